"""Actors of events: from a dependency head to an Actor (entity, name, country, sector).

The entity layer gives entities with character mentions; this module maps tokens to them,
resolves pronouns (quote speakers for "I"/"we", the previous referent for "he"/"him",
the reporting subject for "he said he ..."), definite descriptions ("the foreign minister"
-> the person whose title that is) and falls back to the phrase itself for common-noun
actors ("Iraqi troops"), coded by the actor coder when it is available.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Entity
from .events_syntax import could_act, is_actorish, sent_start
from .voice import first_person_voice
from .events_words import PERSON_NOUNS

FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
PERSONAL = {"he", "him", "his", "she", "her"}
NONPERSONAL = {"it", "its", "they", "them", "their"}
RELATIONAL = {"counterpart", "counterparts", "leaders", "ministers", "officials", "delegations",
              "representatives", "envoys", "diplomats", "delegates", "heads"}
# Clauses inside a noun phrase carry their own events; they are not part of the actor's name.
_CUT_DEPS = {"relcl", "acl", "conj", "cc", "punct", "advcl", "prep_clause"}
_SPEECH = {"said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "states",
           "announced", "announces", "noted", "notes", "insisted", "claimed", "claims"}
_MAX_ACTOR_TOKENS = 14
_ROLES = {"minister", "president", "secretary", "premier", "chancellor", "envoy", "ambassador", "king",
          "queen", "prince", "leader", "chief", "commander", "governor", "mayor", "spokesman", "spokeswoman",
          "spokesperson", "senator", "general", "emir", "sultan", "pope", "chairman", "chairwoman", "official"}
# Words that qualify an office without saying whose it is ("deputy foreign minister").
_OFFICE_WORDS = {"foreign", "prime", "deputy", "vice", "assistant", "under", "defense", "defence", "interior",
                 "finance", "senior", "top", "chief", "acting", "state", "trade", "home", "justice", "health",
                 "economy", "energy", "special", "principal", "permanent", "undersecretary", "press", "department",
                 "government", "administration", "military", "u.n.", "un"}
_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# "US-backed forces", "Iranian-allied militias": the country before these is a sponsor's.
# ("Saudi-led", "US-based", "Taliban-claimed" do say whose the actor is.)
_SPONSORED = {"backed", "allied", "funded", "sponsored", "supported", "brokered", "aligned", "trained",
              "armed", "born", "held", "controlled", "occupied", "friendly", "leaning"}
_LOOKBACK_CHARS = 600
# Words of allegiance: "loyal to X", "affiliated with X", "linked to X".
_CLAUSE_PLACES = {"in", "inside", "at", "near", "from", "across", "throughout"}
# Verbs whose "from" is where the group is from ("families who fled from Syria").
_FROM_PLACE = {"fled", "fleeing", "escaped", "escaping", "evacuated", "displaced", "uprooted", "came",
               "coming", "arrived", "arriving", "deported", "returned", "returning", "originating", "hailing"}
# Offices a government's own officials are named by (with the government left unsaid).
_OWN_OFFICES = {"secretary", "undersecretary", "ambassador", "counselor", "counsellor", "envoy", "coordinator",
                "administrator", "spokesperson", "adviser", "advisor", "director", "ambassador-at-large"}
# A body named in a title makes its holder that body's ("External Action Service Deputy
# Secretary General", "UN Special Envoy"), not the publisher's.
_BODIES = {"service", "commission", "council", "union", "agency", "organization", "organisation", "bank", "fund",
           "court", "parliament", "nations", "assembly", "alliance", "committee", "forum", "un", "u.n.", "eu", "nato",
           "osce", "au", "asean", "imf", "who", "wto", "unicef", "unhcr"}
_TITLE_GLUE = {"of", "for", "and", "the", ",", "-", "&", "to", "dr.", "ms.", "mr.", "mrs."}
_LOYAL = {"loyal", "affiliated", "linked", "tied", "allegiant", "faithful"}


def _code_actor():
    """The entity engineer's actor coder (text -> (country, sector)), if it has landed."""
    try:
        from .actors import code_actor  # type: ignore
    except ImportError:
        return None
    return code_actor


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity


_COMMANDS = {"command", "leadership", "camp", "side", "wing", "branch", "unit", "units"}
_SETTING_PREPS = {"in", "at", "near", "across", "throughout", "around", "inside", "outside", "within"}


class ActorResolver:
    """Everything needed to turn dependency heads into Actors, built once per Doc."""

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list) -> None:
        self.doc = doc
        self.entities = entities
        self.by_token: list[Entity | None] = [None] * len(doc)
        mentions: list[Mention] = []
        for ent in entities:
            if ent.type == "LOC" and ent.name.rsplit(None, 1)[-1][:1].islower():
                # The entity layer's unnamed places ("fighting positions", "a police
                # checkpoint"): the event coder reads such a phrase itself, with the holder
                # and the place its words name ("military positions in Saudi Arabia").
                continue
            for s, e in ent.mentions or []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span) == 1 and span[0].tag_ == "PRP":
                    # The entity layer's pronoun mentions are its guess for readers; the
                    # event coder resolves "we" and "he" itself, from the speaker and the
                    # publisher's voice ("We urge them" in a ministry's release is the
                    # ministry, not the body the release names most).
                    continue
                mentions.append(Mention(s, e, ent))
                if span is None:
                    continue
                for t in span:
                    cur = self.by_token[t.i]
                    # The longer name wins a token claimed twice ("US" inside "US Steel").
                    if cur is None or _span_len(ent) > _span_len(cur):
                        self.by_token[t.i] = ent
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self._starts = [m.start for m in mentions]
        self.quotes = [(q.span[0], q.span[1], q.speaker_id) for q in quotes or []
                       if getattr(q, "span", None) and getattr(q, "speaker_id", None)]
        self.by_id = {e.id: e for e in entities}
        self.code_actor = _code_actor()
        self._officials: dict[str, str | None] = {}

    # -- phrases -------------------------------------------------------------------------
    def phrase(self, head: Token) -> Span:
        """The actor's noun phrase: the head's subtree without clauses, conjuncts and edges."""
        keep = {head.i}
        stack = [c for c in head.children if c.dep_ not in _CUT_DEPS]
        while stack:
            t = stack.pop()
            keep.add(t.i)
            stack.extend(c for c in t.children if c.dep_ not in _CUT_DEPS)
        lo, hi = min(keep), max(keep)
        while lo < head.i and (self.doc[lo].is_punct or self.doc[lo].dep_ == "case"):
            lo += 1
        while hi > head.i and (self.doc[hi].is_punct or self.doc[hi].dep_ == "case"):
            hi -= 1
        if hi - lo + 1 > _MAX_ACTOR_TOKENS:
            lo = max(lo, head.i - _MAX_ACTOR_TOKENS + 1)
            hi = min(hi, head.i + 3)
        return self.doc[lo:hi + 1]

    # -- entities ------------------------------------------------------------------------
    def entity_at(self, tok: Token) -> Entity | None:
        return self.by_token[tok.i]

    def entities_within(self, span: Span) -> set[str]:
        """Ids of every entity mentioned inside the span (nested names included)."""
        lo = bisect.bisect_left(self._starts, span.start_char)
        return {m.entity.id for m in self.mentions[lo:lo + 40]
                if m.start < span.end_char and m.end <= span.end_char}

    def head_entity(self, head: Token, span: Span) -> Entity | None:
        """The entity the phrase is about: the one under its head, else a compound name."""
        own = self.by_token[head.i]
        if own is not None and own.type in _ACTOR_TYPES:
            return own
        # "The then president, Goodluck Jonathan": a role the entity layer kept as a name
        # of its own is still described by the person in apposition.
        for c in head.children:
            if c.dep_ in ("compound", "appos") and self.by_token[c.i] is not None \
                    and self.by_token[c.i].type == "PERSON":
                return self.by_token[c.i]
        for c in head.children:
            if c.dep_ == "appos":
                e = self.by_token[c.i]
                if e is not None:
                    return e
        return own

    def _previous(self, tok: Token, types: set[str], exclude: set[str], floor: int = 0,
                  referents_only: bool = False) -> Entity | None:
        pos = bisect.bisect_left(self._starts, tok.idx)
        for m in reversed(self.mentions[max(0, pos - 60):pos]):
            if tok.idx - m.end > _LOOKBACK_CHARS or m.start < floor:
                break
            if m.end <= tok.idx and m.entity.type in types and m.entity.id not in exclude:
                if referents_only and not self._can_be_referred_to(m):
                    continue
                return m.entity
        return None

    def _can_be_referred_to(self, m: Mention) -> bool:
        """'European markets fell ... They', 'Talks were held in Mumbai. They ...': a name used
        as an adjective of a thing describes that thing, and a place where something happened
        is a setting; neither is what a later 'they' or 'it' stands for."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return True
        root = span.root
        # A name describing a group or person ("Muslim leaders", "the Syrian army command")
        # still stands for them; one describing a thing ("European markets") does not.
        if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end and \
                self.by_token[root.head.i] is not m.entity and not (
                    could_act(root.head) or root.head.lower_ in _COMMANDS):
            return False
        return not (root.dep_ == "pobj" and root.head.lower_ in _SETTING_PREPS)

    def _people_since(self, floor: int, end: int) -> int:
        """How many people are named in [floor, end): 'X met Y at the EU offices. They ...'
        are X and Y, whatever organisation was named last."""
        lo = bisect.bisect_left(self._starts, floor)
        hi = bisect.bisect_left(self._starts, end)
        return len({m.entity.id for m in self.mentions[lo:hi][:80] if m.entity.type == "PERSON"})

    def _speaker_of(self, tok: Token) -> Entity | None:
        for s, e, sid in self.quotes:
            if s <= tok.idx < e:
                return self.by_id.get(sid)
        # Without an attributed quote here: the person of the sentence's own "..., X said".
        for t in tok.sent:
            if t.lower_ in _SPEECH and t.i != tok.i:
                for c in t.children:
                    if c.dep_ == "nsubj" and not c.is_ancestor(tok):
                        ent = self.by_token[c.i]
                        if ent is not None and ent.type == "PERSON":
                            return ent
        return None

    def _reporting_subject(self, tok: Token) -> Entity | None:
        """'X said he ...': the pronoun is the reporting verb's subject X."""
        t = tok.head
        for _ in range(6):
            if t.lower_ in _SPEECH:
                for c in t.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:
                        ent = self.by_token[c.i]
                        if ent is not None and ent.type == "PERSON":
                            return ent
                return None
            if t.head == t:
                return None
            t = t.head
        return None

    def _cataphor(self, tok: Token) -> Entity | None:
        """'Following his meeting ..., Iwaya told ...': a pronoun before the main subject."""
        root = tok.sent.root
        for c in root.children:
            if c.dep_ == "nsubj" and c.i > tok.i and not tok.is_ancestor(c):
                ent = self.by_token[c.i]
                if ent is not None and ent.type == "PERSON" and tok.i < root.i:
                    return ent
        return None

    def resolve_pronoun(self, tok: Token, exclude: set[str]) -> Entity | None:
        low = tok.lower_
        if low in FIRST_PERSON:
            return self._speaker_of(tok)
        if low in PERSONAL:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                ent = self._reporting_subject(tok)
                if ent is not None and ent.id not in exclude:
                    return ent
                ent = self._subject_carried_on(tok)
                if ent is not None and ent.id not in exclude:
                    return ent
            if tok.dep_ == "poss":
                ent = self._cataphor(tok)
                if ent is not None and ent.id not in exclude:
                    return ent
            return self._previous(tok, {"PERSON"}, exclude)
        if low in NONPERSONAL:
            # A group pronoun refers back at most one sentence; further back it is a guess.
            floor = _previous_sentence_start(tok)
            if low in ("they", "them", "their"):
                # "The Secretary and the Minister ... They also discussed": plural pronouns
                # after people are those people, not the last organisation named before them.
                last = self._previous(tok, {"PERSON", "ORG", "GPE", "NORP"}, exclude, floor)
                if last is not None and last.type == "PERSON" or self._people_since(floor, tok.idx) > 1:
                    return None
            return self._previous(tok, {"ORG", "GPE", "NORP"}, exclude, floor, referents_only=True)
        return None

    def by_title(self, span: Span) -> Entity | None:
        """'the foreign minister' -> the person whose title is those words (and country fits)."""
        words = {t.lower_ for t in span if t.is_alpha}
        countries = {self.by_token[t.i].country for t in span
                     if self.by_token[t.i] is not None and self.by_token[t.i].country}
        best = None
        for ent in self.entities:
            if ent.type != "PERSON" or not ent.title:
                continue
            tw = {w.lower() for w in ent.title.split() if w.isalpha()}
            if tw and tw <= words and (not countries or ent.country in countries):
                if best is None or span.start_char - _last_before(ent, span.start_char) < \
                        span.start_char - _last_before(best, span.start_char):
                    best = ent
        return best

    def holder_named_before(self, span: Span) -> Entity | None:
        """The one person named before `span` whose title holds its office word, when the span
        is a bare office ("The Secretary", "the Minister")."""
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("the", "a", "an")]
        office = _bare_office(words)
        if office is None:
            return None
        holders = [ent for ent in self.entities if ent.type == "PERSON"
                   and office in (ent.title or "").lower().split()
                   and _last_before(ent, span.start_char) >= 0]
        # "The Deputy Secretary" after Deputy Secretary Sherman and a Secretary of State: the
        # holder whose title has every word of the office.
        exact = [ent for ent in holders if set(words) <= set((ent.title or "").lower().split())]
        if len(holders) > 1 and len(exact) == 1:
            return exact[0]
        # Two foreign ministers named before "the Minister": which one is meant is a guess.
        return holders[0] if len(holders) == 1 else None

    def is_bare_title(self, actor: Actor) -> bool:
        """'The Secretary', 'the foreign minister', 'an official' with no name and no country:
        nobody in particular can be told from a bare office, so it is no actor."""
        if actor.name is None or actor.country is not None:
            return False
        ent = self.by_id.get(actor.entity_id) if actor.entity_id else None
        if ent is not None and ent.type not in ("OTHER",):
            return False
        words = [w.strip(".,").lower() for w in actor.name.split()]
        words = [w for w in words if w not in ("the", "a", "an", "then", "former")]
        office = _bare_office(words)
        if office is None:
            return False
        # A document that names whoever holds such an office ("Secretary Blinken's call with
        # ...: The Secretary urged ...") means that person, even where it is not resolved here.
        return not any(e.type == "PERSON" and office in (e.title or "").lower() for e in self.by_id.values())

    def is_generic(self, actor: Actor) -> bool:
        """A common-noun actor ("demonstrators", "gunmen"), whether or not the entity layer
        registered it: no name of its own tells its country, so the setting may."""
        if actor.entity_id is None:
            # "Industry Abdullah Al Taweel" is a misread name, "allied fighters" a group.
            words = (actor.name or "").split()
            return len(words) == 1 or bool(words) and not words[-1][:1].isupper()
        ent = self.by_id.get(actor.entity_id)
        if ent is None or ent.type in ("PERSON", "GPE", "LOC", "NORP"):
            return False
        for s, e in (ent.mentions or [])[:4]:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or span.root.tag_ in ("NNP", "NNPS") or span.root.text.isupper():
                return False
        return bool(ent.mentions)

    # -- actors --------------------------------------------------------------------------
    def _subject_carried_on(self, tok: Token, depth: int = 0) -> Entity | None:
        """'X met President Y in Panama. He also visited ...': a subject pronoun opening a
        sentence carries on the last person who was a sentence's subject (named, a bare office
        naming its holder, or the same pronoun resolved the same way), not the last name
        mentioned (Y). Sentences about things ("These discussions will ...") are passed over."""
        doc = self.doc
        start = sent_start(tok)
        if depth > 3 or start == 0 or any(t.tag_.startswith(("NN", "PRP")) for t in doc[start:tok.i]):
            return None
        for _ in range(3):
            if start == 0:
                return None
            pstart = sent_start(doc[start - 1])
            root = next((t for t in doc[pstart:start] if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if root is not None else None
            if subj is not None:
                if subj.lower_ == tok.lower_:
                    return self._subject_carried_on(subj, depth + 1) or self._previous(subj, {"PERSON"}, set())
                ent = self.by_token[subj.i]
                if ent is not None and ent.type == "PERSON":
                    return ent
                if ent is not None and ent.type == "OTHER":
                    return self.holder_named_before(self.phrase(subj))
                if is_pronoun(subj) or ent is not None or subj.lower_ in _ROLES or \
                        subj.lower_.rstrip("s") in PERSON_NOUNS:
                    return None  # someone else, or a body, was the subject: no carrying on
            start = pstart
        return None

    def _previous_subject(self, tok: Token, person: bool = False) -> Token | None:
        """'Terrorists detonated bombs near the embassies. Their attacks killed 224 people':
        a plural pronoun opening a sentence is the previous sentence's plural or collective
        subject, named or not, rather than the last name mentioned (here a city)."""
        doc = self.doc
        start = sent_start(tok)
        if start == 0 or any(t.tag_.startswith(("NN", "PRP")) for t in doc[start:tok.i]):
            return None
        pstart = sent_start(doc[start - 1])
        root = next((t for t in doc[pstart:start] if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subj is None or is_pronoun(subj) or not subj.tag_.startswith("NN"):
            return None
        ent = self.by_token[subj.i]
        if person:  # a singular role named without a name: "the foreign minister", "Kenya's envoy"
            return subj if subj.tag_ in ("NN", "NNP") and (ent is None or ent.type == "OTHER") \
                and (subj.lower_ in _ROLES or subj.lower_.rstrip("s") in PERSON_NOUNS) else None
        if subj.tag_ in ("NNS", "NNPS") and (ent is None or ent.type in ("ORG", "NORP")) or \
                ent is not None and ent.type in ("ORG", "NORP") and subj.tag_ in ("NNP", "NNPS"):
            return subj
        return None

    def joint_antecedents(self, tok: Token) -> list[Token]:
        """'Kenya and Ethiopia held talks on Monday. They signed a trade pact.', 'Kenya and
        Ethiopia said they would sign': a subject "they" after a joined subject of named
        actors is all of them, not the last one named. [] when there is no such pair."""
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        subj = self._reporting_phrase(tok)
        if subj is None:
            doc = self.doc
            start = sent_start(tok)
            if start == 0 or any(t.tag_.startswith(("NN", "PRP")) for t in doc[start:tok.i]):
                return []
            pstart = sent_start(doc[start - 1])
            root = next((t for t in doc[pstart:start] if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subj is None:
            return []
        joined = [subj] + [t for t in subj.subtree if t.dep_ == "conj" and t.head.i in
                           {subj.i} | {c.i for c in subj.subtree if c.dep_ == "conj"}]
        named = [t for t in joined if self.by_token[t.i] is not None
                 and self.by_token[t.i].type in ("GPE", "ORG", "NORP", "PERSON")]
        return named if len(joined) > 1 and len(named) == len(joined) else []

    def _reporting_phrase(self, tok: Token) -> Token | None:
        """'The rebels said they will ...': the reporting verb's (common-noun) subject."""
        t = tok.head
        for _ in range(4):
            if t.lower_ in _SPEECH:
                return next((c for c in t.children if c.dep_ == "nsubj" and c.i != tok.i
                             and c.tag_ not in ("PRP", "PRP$")), None)
            if t.head == t:
                return None
            t = t.head
        return None

    def actor(self, head: Token, exclude: set[str] = frozenset()) -> Actor | None:
        actor = self._actor(head, exclude)
        if actor is not None and actor.country is None and actor.entity_id:
            country = self.publishers_official(actor.entity_id)
            if country:
                actor = replace(actor, country=country)
        return actor

    def publishers_official(self, entity_id: str) -> str | None:
        """A government's own release names its own officials by office alone ("Assistant
        Secretary of State for Political-Military Affairs Jessica Lewis", "Ambassador to Yemen
        Steve Fagin", "Counselor Chollet") and everyone else's with their country ("Ukrainian
        Foreign Minister Kuleba"): in a text that speaks in a government's voice, a person titled
        by an office with no country, organisation or place before the name is that government's."""
        if entity_id in self._officials:
            return self._officials[entity_id]
        voice = getattr(getattr(self.doc._, "tidings_ctx", None), "voice", None)
        ent = self.by_id.get(entity_id)
        country = None
        if voice is not None and voice.country and ent is not None and ent.type == "PERSON":
            runs = [self._title_run(s, e) for s, e in ent.mentions or []]
            runs = [r for r in runs if r is not None]
            office = any(t.lower_ in _OWN_OFFICES for r in runs for t in r) or (
                ent.title is not None and any(w in _OWN_OFFICES for w in ent.title.lower().split()))
            if office and runs and not any(self._names_other(r, voice.country) for r in runs):
                country = voice.country
        self._officials[entity_id] = country
        return country

    def _title_run(self, start_char: int, end_char: int) -> list[Token] | None:
        """The capitalised words of office before a name, in its own phrase ("Under Secretary
        of State for Arms Control Bonnie Jenkins"; not "In Haiti," before "Assistant Secretary X").
        A mention may itself start with the office ("Trade Secretary Jan Adams")."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        own = {t.i for t in root.subtree}
        run: list[Token] = [t for t in span if t.i < root.i and not t.ent_type_ == "PERSON"]
        i = span.start - 1
        while i >= 0 and span.start - i <= 16 and i in own:
            t = self.doc[i]
            if not (t.text[:1].isupper() or t.lower_ in _TITLE_GLUE):
                break
            run.insert(0, t)
            i -= 1
        while run and run[0].lower_ in _TITLE_GLUE:
            run.pop(0)
        return run

    def _names_other(self, run: list[Token], own: str) -> bool:
        """Does the title name a country, a place or a body other than the publisher's own?
        Where an envoy is sent or what an office is for ("Ambassador to Yemen", "Assistant
        Secretary for European and Eurasian Affairs") says whose they are not."""
        prep = None
        for t in run:
            if t.lower_ in ("of", "for", "to"):
                prep = t.lower_
            ent = self.by_token[t.i]
            if ent is not None and ent.country == own:
                continue
            placed = t.ent_type_ in ("GPE", "NORP", "LOC") or ent is not None and ent.type in ("GPE", "NORP", "LOC") or \
                t.tag_ in ("NNP", "NNPS") and t.dep_ == "compound" and self._token_country(t) not in (None, own)
            # ("Australia Department of Foreign Affairs and Trade Secretary Jan Adams": a country
            # the tagger took for part of an organisation's name.)
            body = t.lower_ in _BODIES or t.ent_type_ == "ORG" and ent is not None and ent.country not in (None, own)
            if (placed or body) and prep not in ("for", "to"):
                return True
        return False

    def _actor(self, head: Token, exclude: set[str] = frozenset()) -> Actor | None:
        if is_pronoun(head):
            obj = _participle_antecedent(head)
            if obj is not None:
                actor = self.actor(obj, exclude)
                if actor is not None:
                    return actor
            if head.lower_ in ("it", "they", "we") and head.dep_ in ("nsubj", "nsubjpass"):
                # "The Kenyan government said it had expelled ...": the reporting subject, not
                # the last country word inside it.
                subj = self._reporting_phrase(head)
                ent = self.by_token[subj.i] if subj is not None else None
                if subj is not None and (ent is None or ent.type != "PERSON"):
                    actor = self.actor(subj, exclude)
                    if actor is not None:
                        return actor
            if head.lower_ in ("they", "them", "their"):
                prev = self._previous_subject(head)
                if prev is not None:
                    actor = self.actor(prev, exclude)
                    if actor is not None:
                        return actor
            ent = self.resolve_pronoun(head, set(exclude))
            if ent is None and head.lower_ in PERSONAL and head.dep_ in ("nsubj", "nsubjpass"):
                # "Ethiopia's foreign minister met the press. He also visited ...": with no person
                # named before, a subject pronoun opening a sentence continues the previous
                # sentence's (unnamed) subject.
                prev = self._previous_subject(head, person=True)
                if prev is not None:
                    return self.actor(prev, exclude)
            if ent is None and head.lower_ in NONPERSONAL | {"we", "us"} and head.dep_ in ("nsubj", "nsubjpass"):
                subj = self._reporting_phrase(head)
                if subj is not None:
                    return self.actor(subj, exclude)
            if ent is None:
                # "We condemn ..." in a ministry's own statement: the publishing government.
                return first_person_voice(head)
            return _from_entity(ent)
        if head.tag_ in ("WDT", "WP", "EX", "DT") or head.lower_ in {
                "who", "which", "that", "those", "these", "this", "others", "some", "many", "all", "one"}:
            return None  # an unresolved reference is no actor
        span = self.phrase(head)
        ent = self.head_entity(head, span)
        if ent is not None and ent.type not in ("PERSON", "ORG", "GPE", "NORP", "LOC") and \
                head.tag_ in ("NN", "NNS"):
            ent = self.by_title(span) or ent  # a role phrase ("the foreign minister") names a person
        elif ent is not None and ent.type == "OTHER" and head.tag_ == "NNP":
            # "Secretary Blinken spoke with X ... The Secretary expressed ...": a capitalised bare
            # office means the person named with it before.
            ent = self.holder_named_before(span) or ent
        if ent is None and head.tag_ in ("NN", "NNS") and any(t.lower_ in ("the", "'s", "’s") or
                                                               self.by_token[t.i] for t in span):
            ent = self.by_title(span)
        if ent is not None:
            actor = _from_entity(ent, span)
            if ent.type in ("PERSON", "ORG", "OTHER") or ent.type in ("NORP", "GPE", "LOC") and ent.country is None:
                # A place the knowledge table does not know is placed the same way:
                # "Venafro, Italy", "Iraqi Kurdistan".
                # "Russia's Supreme Court", "US Vice-President Mike Pence", "Omar al-Bashir of
                # Sudan": the phrase says whose the actor is where the name alone does not.
                country, own_pre = self._phrase_country(head, span, ent)
                if country and (actor.country is None or ent.type in ("ORG", "PERSON") and own_pre
                                and actor.country not in ("IGO", "UNO")):
                    actor = Actor(name=actor.name, country=country, sector=actor.sector,
                                  entity_id=actor.entity_id)
            if actor.country is None and ent.type == "ORG" and self.is_generic(actor):
                # "more than 1,500 people now living in Greek refugee camps", registered as a
                # group: its own clause places it as for an unregistered one.
                country = self._clause_country(head) or self._beside_country(head)
                if country:
                    actor = Actor(name=actor.name, country=country, sector=actor.sector,
                                  entity_id=actor.entity_id)
            return actor
        if not could_act(head):
            return None  # "drugs", "compliance", "the budget": a thing acts on no one
        return self._common_noun_actor(span)

    def _token_country(self, tok: Token) -> str | None:
        ent = self.by_token[tok.i]
        if ent is not None and ent.type in ("GPE", "NORP") and ent.country:
            return ent.country
        if tok.tag_ in ("NNP", "NNPS", "JJ") and tok.is_alpha and tok.text[:1].isupper() \
                and self.code_actor is not None:
            # A country word inside a longer name ("Venezuela" in "Venezuela's embattled
            # president"), with its compound parts ("Saudi Arabia", "South Sudan").
            lo = tok.i
            # Compounds of compounds too: "Guinea President" alone reads as Guinea, where the
            # phrase is "Equatorial Guinea President".
            while lo > 0 and self.doc[lo - 1].dep_ == "compound" and lo <= self.doc[lo - 1].head.i <= tok.i:
                lo -= 1
            try:
                return self.code_actor(self.doc[lo:tok.i + 1].text)[0]
            except Exception:  # untrusted text; no code is a fine answer
                return None
        return None

    def _sponsors(self, span: Span) -> set[int]:
        """Tokens of "US-backed", "Taliban-allied": a sponsor, not the actor's country."""
        doc = self.doc
        return {i for t in span if t.text == "-" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SPONSORED
                for i in (t.i - 1, t.i, t.i + 1)}

    def _phrase_country(self, head: Token, span: Span, ent: Entity) -> tuple[str | None, bool]:
        """(country the phrase names around the entity's own words, named before them?):
        the nearest country word before the name ("French President Emmanuel Macron",
        "Myanmar's Supreme Court"), else an "of"/"from" object or apposition after it
        ("Omar al-Bashir of Sudan", "Ali Kushayb, a Sudanese militia leader")."""
        doc = self.doc
        own = [t for t in span if self.by_token[t.i] is ent]
        if not own:
            return None, False
        # The whole mention, where the parse hung part of it outside the phrase ("Omar al-Bashir").
        lo, hi = own[0].i, own[-1].i
        while lo > 0 and lo > own[0].i - 8 and self.by_token[lo - 1] is ent:
            lo -= 1
        while hi + 1 < len(doc) and hi < own[-1].i + 8 and self.by_token[hi + 1] is ent:
            hi += 1
        own = list(doc[lo:hi + 1])
        first = lo
        skip = self._sponsors(span)
        for t in reversed(span[:first - span.start]):
            if t.i in skip or t.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod"):
                continue
            c = self._token_country(t)
            if c:
                return c, True
        preps = ("of", "from", "in") if ent.type == "ORG" else ("of", "from")
        for t in own + ([head] if head not in own else []):
            for c in t.children:
                cands = []
                if c.dep_ == "prep" and c.lower_ in preps:
                    cands = [x for g in c.children if g.dep_ == "pobj" for x in _belongs_to(g)]
                elif c.dep_ == "appos":
                    # "Nimal Perera, the former Prime Minister of Sri Lanka": the office's own
                    # "of" phrase places the person as the office's modifiers do.
                    cands = [c] + [g for g in c.children if g.dep_ in ("amod", "compound", "poss")] + [
                        x for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                        for o in p.children if o.dep_ == "pobj" for x in _belongs_to(o)]
                for g in cands:
                    country = None if g.i in skip else self._token_country(g)
                    if country:
                        return country, False
        country = self._affiliation_country(head) or self._possessor_country(head, ent)
        if country:
            return country, False
        if ent.country is None and self.code_actor is not None:
            try:  # "Estonian MEP", "Sri Lankan Tamil": a country word inside the name itself
                return self.code_actor(doc[lo:hi + 1].text)[0], False
            except Exception:
                return None, False
        return None, False

    def _affiliation_country(self, head: Token) -> str | None:
        """'fighters loyal to Riek Machar', 'militiamen affiliated with the Libyan government':
        an unnamed group is placed by whom it is loyal to (a sponsor's "-backed" is not this)."""
        for c in head.children:
            if c.dep_ not in ("amod", "acl") or c.lower_ not in _LOYAL:
                continue
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ not in ("to", "with"):
                    continue
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    ent = self.by_token[o.i]
                    if ent is not None and ent.country and ent.type in ("PERSON", "ORG", "GPE", "NORP"):
                        return ent.country
                    for t in [o] + [g for g in o.children if g.dep_ in ("amod", "compound", "poss")]:
                        country = self._token_country(t)
                        if country:
                            return country
        return None

    def _clause_country(self, head: Token) -> str | None:
        """'people now living in Greek refugee camps', 'aid workers who served in Darfur', 'families
        who fled from Syria': an unnamed group's own clause says where it is or whose it is,
        before the event's setting may. Where it went ("fled to X") is not whose it is, and a
        possessed group ("its troops stationed in X") is its possessor's."""
        if any(c.dep_ == "poss" for c in head.children):
            return None
        for c in head.children:
            if c.dep_ not in ("acl", "relcl") or not c.tag_.startswith("VB") or \
                    any(g.dep_ == "neg" for g in c.children):
                continue
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ not in _CLAUSE_PLACES or \
                        p.lower_ == "from" and c.lower_ not in _FROM_PLACE:
                    continue  # "sought recognition from Russia" is not where the side is from
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    ent = self.by_token[o.i]
                    if ent is not None and ent.country and ent.type in ("GPE", "LOC", "NORP", "ORG", "FAC"):
                        return ent.country
                    for t in [o] + [g for g in o.children if g.dep_ in ("amod", "compound", "poss")]:
                        country = self._token_country(t)
                        if country:
                            return country
        return None

    def _possessor_country(self, head: Token, ent: Entity) -> str | None:
        """'Maduro's vice president', read as one name by the entity layer: an office or aide
        is of its possessor's country, where the possessor is a person or body that has one."""
        for c in head.children:
            if c.dep_ != "poss":
                continue
            lo = bisect.bisect_left(self._starts, c.idx - 200)
            for m in self.mentions[lo:lo + 60]:
                if m.start > c.idx:
                    break
                if m.end >= c.idx + len(c.text) and m.entity is not ent and \
                        m.entity.type in ("PERSON", "ORG") and m.entity.country:
                    return m.entity.country
        return None

    def _beside_country(self, head: Token) -> str | None:
        """'aid for war victims in Syria' parsed with 'in Syria' on 'aid': the place beside an
        unnamed recipient, on the very noun it receives, is where that recipient is."""
        p = head.head
        if head.dep_ != "pobj" or p.dep_ != "prep" or p.lower_ not in ("for", "to") or \
                not p.head.tag_.startswith("NN") or any(c.dep_ == "poss" for c in head.children):
            return None
        for q in p.head.children:
            if q.dep_ != "prep" or q.i < p.i or q.lower_ not in ("in", "inside", "across", "throughout"):
                continue
            for o in q.children:
                ent = self.by_token[o.i]
                if o.dep_ == "pobj" and ent is not None and ent.type in ("GPE", "LOC") and ent.country:
                    return ent.country
        return None

    def split_sides(self, head: Token) -> list[Actor]:
        """'Kenyan and Ethiopian troops', 'the Russian and Ukrainian delegations': one noun with
        coordinated country modifiers names one actor per country."""
        ent = self.by_token[head.i]
        if not head.tag_.startswith("NN") or ent is not None and (
                ent.type == "PERSON" or head.tag_ in ("NNP", "NNPS")):
            return []
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
        mods = [m for c in mods for m in [c] + [g for g in c.children if g.dep_ == "conj"]]
        if len(mods) < 2 or not any(g.dep_ == "conj" for g in mods):
            return []
        out = []
        for m in mods:
            country = self._token_country(m)
            if country and all(a.country != country for a in out):
                sector = None
                if self.code_actor is not None:
                    try:
                        sector = self.code_actor(f"{m.text} {head.text}")[1]
                    except Exception:
                        sector = None
                out.append(Actor(name=f"{m.text} {head.text}", country=country, sector=sector))
        return out if len(out) > 1 else []

    def generic_actor(self, head: Token) -> Actor | None:
        """The phrase of a head that is no actor by itself ("a car bomb") as an unnamed one."""
        return self._common_noun_actor(self.phrase(head))

    def _common_noun_actor(self, span: Span) -> Actor | None:
        text = span.text.strip()
        if not text or not any(t.is_alpha for t in span):
            return None
        country = sector = None
        skip = self._sponsors(span)
        if self.code_actor is not None:
            try:
                # As written: tokens joined by spaces would split "People’s Republic of
                # China" into "People ’s" and leave "Republic of China" (Taiwan).
                country, sector = self.code_actor(
                    "".join(t.text_with_ws for t in span if t.i not in skip).strip())
            except Exception:  # the coder reads untrusted text; an actor without a code is fine
                country = sector = None
        if country is None:
            country = self._affiliation_country(span.root) or self._clause_country(span.root) or \
                self._beside_country(span.root)
        if country is None:
            for t in span:
                if t.i in skip:
                    continue
                ent = self.by_token[t.i]
                if ent is not None and ent.country:
                    country = ent.country
                    sector = sector or (ent.sector if ent.type != "GPE" else None)
                    break
        return Actor(name=text, country=country, sector=sector, entity_id=None)


def _bare_office(words: list[str]) -> str | None:
    """The office word of a phrase made only of office words ("secretary", "foreign
    minister"), else None. Plural offices are groups that act together ("the ministers
    said they agree"), so the head must be a singular role."""
    if words and words[-1] in _ROLES and all(w.rstrip("s") in _ROLES or w in _OFFICE_WORDS for w in words):
        return words[-1]
    return None


def _belongs_to(body: Token, depth: int = 3) -> list[Token]:
    """The body an office or branch is "of" and its country words, down a short chain:
    "the Russian branch of X", "the Commission for Culture of the Italian Chamber"."""
    out = [m for m in body.children if m.dep_ in ("amod", "compound", "poss") and m.i < body.i]
    if depth > 1:
        out += [x for p in body.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                for o in p.children if o.dep_ == "pobj" for x in _belongs_to(o, depth - 1)]
    # The body's own name last: "Congress" alone reads as the US one, "the Congress of Peru" not.
    return out + [body]


def _participle_antecedent(pron: Token) -> Token | None:
    """'expelled an Indian diplomat, accusing him of spying', 'arrested 20 protesters,
    charging them with rioting': the object of a participle clause is the main verb's object
    when that is a person or group of the pronoun's number."""
    if pron.lower_ not in ("him", "her", "them") or pron.dep_ != "dobj":
        return None
    clause = pron.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or not clause.head.tag_.startswith("VB"):
        return None
    obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > pron.i or not is_actorish(obj) or obj.tag_ in ("PRP", "PRP$"):
        return None
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    return obj if plural == (pron.lower_ == "them") else None


def is_pronoun(tok: Token) -> bool:
    # "US" is the country, not "us", whatever the tagger says.
    if tok.text.isupper() and len(tok.text) > 1:
        return False
    return tok.tag_ in ("PRP", "PRP$") or tok.lower_ in FIRST_PERSON | PERSONAL | NONPERSONAL


def _previous_sentence_start(tok: Token) -> int:
    start = sent_start(tok)
    if start == 0:
        return 0
    return tok.doc[sent_start(tok.doc[start - 1])].idx


def _from_entity(ent: Entity, span: Span | None = None) -> Actor:
    return Actor(name=ent.name, country=ent.country, sector=ent.sector, entity_id=ent.id)


def _span_len(ent: Entity) -> int:
    return len(ent.name or "")


def _last_before(ent: Entity, pos: int) -> int:
    ends = [e for s, e in ent.mentions or [] if e <= pos]
    return max(ends) if ends else -10**9
