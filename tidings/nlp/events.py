"""PLOVER event coding from the dependency parse: who does what to whom, when and where.

An event needs a trigger and its arguments read off the parse of its sentence:
- a lexicon verb ("met", "accused", "withdrew from"), its subject the source and its object,
  dative or prepositional object the target (passives swap through the "by" agent);
- a support verb with an event noun ("launched an attack on", "held talks with",
  "imposed sanctions on"), typed by the noun;
- an event noun with its own actors ("his meeting with Rubio", "clashes between X and Y").
Negated, modal/conditional, interrogative and merely intended or requested actions give no
event; a complement of another event ("agreed to work together") is that event's content.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import combinations

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event
from .events_actors import ActorResolver, is_pronoun
from .events_context import caption_dates, caption_for, event_date, event_place, sentence_country, tense_of
from .events_lexicon import LexEntry, inflect
from .events_words import GIVE_VERBS, LEX, SUPPORT_VERBS, OCCASIONS, ONE_GROUP, VAGUE_PARTNERS, ABSTRACT, WEAPON_OBJECTS, DEMAND_CUES, DISASTERS, DOCUMENT_NOUNS, DOMESTIC_PEOPLE, MAX_EVENTS_PER_SENT, VERBAL, NAMED_OCCASIONS, NAMED_TEXTS, STATE_BODIES
from .events_syntax import (
    could_act, direct_object, is_abstract, is_actorish, negated, own_phrase, owner_of, prep_objects, thing_targets, tree_depth,
    unquantify, with_conjuncts,
)
from .events_triggers import clause_frame, reframe, find_trigger, sent_to_inquire, trigger_candidates
from .events_args import event_arguments, placed_people
from .paragraphs import doc_column, doc_text


def find_events(doc: Doc) -> list[Event]:
    ctx = doc._.tidings_ctx
    pub = getattr(ctx, "pub_date", None)
    resolver = ActorResolver(doc, list(doc._.tidings_entities or []),
                             list(doc._.tidings_quotes or []))
    captions = caption_dates(getattr(ctx, "captions", None) or [], pub)
    out: list[Event] = []
    seen: set[tuple] = set()
    dateline = getattr(ctx, "dateline", None)
    dateline_country = None
    if dateline and resolver.code_actor is not None:
        dateline_country = resolver.code_actor(dateline[:80])[0]
    text = doc_text(doc)  # the layers' one copy of the text, built once per Doc
    cands = trigger_candidates(doc)
    deps = doc_column(doc, DEP)
    ccomp = {d for d in set(deps) if doc.vocab.strings[d] == "ccomp"}
    ccomps = [i for i, d in enumerate(deps) if d in ccomp]  # where a demand's clause can be
    for sent in doc.sents:
        said = text[sent.start_char:sent.end_char]  # sent.text, without a Token per word
        if said.rstrip().endswith("?") or _in_question_turn(text, sent.start_char):
            continue  # a question reports no event
        # A question run into the next speaker's label ("... one more time, please? OPERATOR:")
        # ends the sentence the parser made: what comes before its mark is asked, not reported.
        asked_to = max((t.i for t in sent if t.text == "?"), default=-1) if "?" in said else -1
        found = []
        for i in cands[bisect_left(cands, sent.start):bisect_left(cands, sent.end)]:
            tok = doc[i]
            trig = find_trigger(tok)
            if trig is None:
                continue
            entry, pred, noun = trig
            if pred.i < asked_to:
                continue
            # "target" aimed by sanctions is a sanction, but whom it aims at is read as for any
            # targeting: "targeting Putin's war machine with sanctions" aims at Putin.
            aimed, entry = entry, _sense_of_target(entry, pred, sent)
            frame = clause_frame(pred, noun)
            if frame == "block":
                continue
            coded = reframe(entry, frame, pred)
            if coded is None:
                continue
            if coded is not entry and coded.mode == "intent" and pred.dep_ == "relcl":
                continue  # "a platform that will provide training": what it is for, not a pledge
            # Arguments are read with the action's own sense ("will not lift the ban on X"
            # is a rejection whose target is X, as the lifting's would be).
            coded_here = _code(coded, pred, noun, sent, resolver, aimed if aimed.key == "target" else entry)
            found.extend(coded_here)
            if coded.mode == "arrest" and noun is None and _charged(pred):
                # "was arrested for collaborating with X": the arrest states a charge, an
                # accusation by the one who arrests against the one arrested.
                found.extend((d, replace(ev, type="ACCUSE", mode="charge", cameo="112", intensity=-2.0), p)
                             for d, ev, p in coded_here)
        found.extend(_demands([doc[i] for i in ccomps[bisect_left(ccomps, sent.start):bisect_left(ccomps, sent.end)]],
                              sent, resolver))
        # The best-supported reading first: events with both actors, then main-clause ones.
        found.sort(key=lambda e: (e[1].source.name is None, e[1].target.name is None, e[0]))
        # "a soldier killed in Kabul a decade ago", "X, who had been jailed": a relative clause
        # with no actor is background.
        found = [f for f in found if not (f[1].source.name is None and f[2].dep_ in ("acl", "relcl"))]
        setting = sentence_country(sent, resolver) if found else None
        for _, ev, pred in found[:MAX_EVENTS_PER_SENT]:
            if not _informative(ev):
                continue
            # By name: the entity layer may list one name twice ("Iran" and "Iran’s").
            key = (ev.type, ev.source.name or ev.source.entity_id, ev.target.name or ev.target.entity_id,
                   ev.sentence[0])
            if key in seen:
                continue
            seen.add(key)
            story = _carried_on(ev, pred, sent, out)
            ev.date = event_date(pred, doc, pub, ev, captions, story)
            ev.place, place_country = event_place(pred, resolver, None, caption_for(ev, captions))
            if ev.place is None and story is not None and story.place:
                ev.place = story.place  # the story's scene, not the city the report was filed in
            elif ev.place is None and dateline:
                ev.place = dateline.title() if dateline.isupper() else dateline
            # Common-noun actors ("protesters", "gunmen", "a police headquarters") named
            # without a country are coded by where the event happened, as the sentence says.
            local = place_country or setting or dateline_country
            if local:
                if ev.source.name and ev.source.country is None and resolver.is_generic(ev.source):
                    ev.source = replace(ev.source, country=local)
                if ev.target.name and ev.target.country is None and resolver.is_generic(ev.target):
                    ev.target = replace(ev.target, country=local)
            if not local:
                _named_just_before(ev, sent, resolver)
            _domestic_target(ev, resolver)
            _other_of_a_pair(ev, resolver)
            _the_countrys(ev, sent, resolver)
            # "The Secretary met the Minister" with no name or country behind either: a bare
            # office is nobody in particular.
            if resolver.is_bare_title(ev.source) and not _office_of(said, ev.source.name):
                ev.source = Actor(None)
            if resolver.is_bare_title(ev.target) and not _office_of(said, ev.target.name):
                if ev.type == "CONSULT":
                    continue  # a meeting with nobody in particular
                ev.target = Actor(None)
            if not _informative(ev) or ev.source.name is None and ev.target.name is None:
                continue
            if ev.mode == "praise" and ev.target.name is None and pred.lower_ == "welcome" and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") for c in pred.children):
                continue  # "welcome, welcome, welcome", "a very warm welcome to Berlin": a greeting
            if ev.mode == "recognize" and _only_a_clause(pred):
                continue  # "we recognize that many Roma suffer": a statement, not recognition
            if ev.type == "AGREE" and _with_the_addressee(pred):
                continue  # "And yes, I agree with you": assent in a conversation, not an accord
            out.append(ev)
    return out


_PAIR = re.compile(r"^(?:the\s+)?([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)?)\s?[-–]\s?([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)?)(?:\s+[a-z][\w-]*)*$")


def _other_of_a_pair(ev: Event, resolver: ActorResolver) -> None:
    """"committed to the U.S.-Jordanian relationship", "praised the U.S.-Kenya partnership":
    a pair named by its two sides is, to one of them, the other side (the phrase codes as
    its first word's country)."""
    m = _PAIR.match(ev.target.name or "")
    if m is None or not ev.source.country or ev.target.country != ev.source.country or resolver.code_actor is None:
        return
    first, second = (resolver.code_actor(x)[0] for x in m.groups())
    if first == ev.source.country and second and second != first:
        ev.target = replace(ev.target, country=second)
    elif second == ev.source.country and first and first != second:
        ev.target = replace(ev.target, country=first)


_MANNER = {"focus", "emphasis", "eye", "view", "aim", "goal", "purpose", "regard", "respect", "priority", "attention",
           "urgency", "caution", "care", "concern", "interest", "objective", "intention", "intent"}
_CHARGES = {"charge", "charges", "suspicion", "allegations", "accusations", "allegedly", "crimes", "offences",
            "offenses", "treason", "terrorism", "espionage", "spying", "sedition", "corruption", "fraud", "murder"}


def _charged(verb: Token) -> bool:
    """An arrest with its charge: "for collaborating with X", "on charges of treason", "for
    espionage" (not "for questioning", "for two weeks", "for their safety")."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("for", "on", "over"):
            continue
        for g in p.children:
            if p.lower_ == "for" and g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lower_ not in ("questioning", "interrogation"):
                return True
            if g.dep_ == "pobj" and g.lower_ in _CHARGES:
                return True
    return False


_FORCE_WORDS = {"weapon", "weapons", "military", "troops", "forces", "fighters", "militants", "army", "drone",
                "drones", "artillery", "bomb", "bombs", "warplanes", "jets", "militia", "militias", "terrorist",
                "terrorists", "gunmen", "soldiers"}


def _sense_of_target(entry: LexEntry, pred: Token, sent: Span) -> LexEntry:
    """'target' takes its sense from its means: aimed with sanctions, visa bans or asset
    freezes ("under this policy we are targeting 19 oligarchs", after the sanctions are
    announced) it is a sanction; aimed with strikes, weapons or fighters it is an assault."""
    if entry.key != "target" or entry.type != "ASSAULT":
        return entry  # (the cheap test first: the walk below is over the whole sentence)
    # Force named in whom it aims at ("military officials") or in a clause giving a reason
    # ("as they are complicit in Putin's war") is no means of the targeting.
    aside = {x.i for c in pred.children if c.dep_ in ("dobj", "advcl") for x in c.subtree}
    aside |= {x.i for t in sent if t.dep_ in ("advcl", "relcl") and not (t.left_edge.i <= pred.i <= t.right_edge.i)
              for x in t.subtree}
    if _speaks_of_force(sent, aside):
        return entry
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    for span in (sent, before):
        if span is None:
            continue
        if span is before and _speaks_of_force(span):
            return entry
        for t in span:
            lex = LEX.nouns.get(t.lower_) if t.pos_ in ("NOUN", "PROPN") else LEX.verb(t.lower_, [])
            if lex is not None and lex.type == "SANCTION" and t != pred or \
                    t.lower_.startswith(("designat", "visa restriction")) or \
                    t.lower_ in ("visa", "visas") and t.head.lower_.startswith("restrict"):
                return LEX.verb("sanction", []) or entry
    return entry


def _speaks_of_force(span: Span, aside: set[int] = frozenset()) -> bool:
    """Whether the span (but for the tokens aside) speaks of armed force: an assault word
    other than 'target' itself, or a weapon or armed body."""
    for t in span:
        if t.i in aside:
            continue
        if t.lower_ in _FORCE_WORDS or t.lower_ in WEAPON_OBJECTS:
            return True
        lex = LEX.nouns.get(t.lower_) if t.pos_ in ("NOUN", "PROPN") else None
        if lex is not None and lex.type == "ASSAULT":
            return True
        vlex = LEX.verb(t.lower_, []) if t.pos_ == "VERB" else None
        if vlex is not None and vlex.type == "ASSAULT" and vlex.key != "target":
            return True
    return False


_TEXTS = {"proclamation", "proclamations", "communique", "communiqué", "pact", "deal", "deals", "plans",
          "roadmap", "charter", "text", "texts", "document", "documents", "arrangement", "arrangements"}
_FISCAL = {"budget", "budgets", "spending", "appropriations", "appropriation", "funding", "fiscal", "tax"}
_NOBODY_IN_PARTICULAR = {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever",
                         "nobody", "no-one"}
_PRESS = {"reporters", "reporter", "journalists", "journalist", "press", "media", "newsmen", "public", "audience",
          "audiences", "viewers", "listeners"}
_SPOKEN = ("AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COOPERATE")


def _only_a_clause(pred: Token) -> bool:
    """The verb's object is a that-clause, not someone: acknowledging a fact ("recognize
    that ...") recognises no government or claim."""
    deps = {c.dep_ for c in pred.children}
    return "ccomp" in deps and not deps & {"dobj", "attr", "oprd"}


def _with_the_addressee(pred: Token) -> bool:
    """'agree with you': the one agreed with is whoever the speaker is talking to."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "you" for g in c.children)
               for c in pred.children)


_EXERCISE_PARTNERS = {"allies", "partners"}


def _peacekeepers_moved(pred: Token, src_heads: list[Token]) -> bool:
    """'the peacekeepers are being deployed', 'peacekeepers began deploying': when the forces
    moved are the clause's subject (passive, or a deploying with no object) they are not in
    the predicate's own phrase, yet peacekeepers sent are still a peacekeeping aid."""
    if any(c.dep_ == "dobj" for c in pred.children):
        return False  # "peacekeepers deployed tanks": what moves is the object
    moved = [c for c in pred.children if c.dep_ == "nsubjpass"] or src_heads
    return any(w.lower_.startswith("peacekeep") for h in moved for m in (h, unquantify(h))
               for w in [m, *(c for c in m.children if c.dep_ in ("compound", "amod"))])


def _to_train(pred: Token) -> Token | None:
    """'deployed to X to train 200 Nigerian soldiers': forces sent to train someone's forces are
    military assistance (not 'for training exercises', which are drills), and those trained
    receive it, wherever the trainers are sent ('sent instructors to Poland to train Ukrainian
    troops')."""
    for t in own_phrase(pred):
        if t.lower_ == "train" and t.tag_ == "VB":
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is not None and is_actorish(obj):
                return obj
    return None


_GOING_ON = {"also", "then", "later", "afterwards", "subsequently", "too", "further"}


def _carried_on(ev: Event, pred: Token, sent: Span, out: list[Event]) -> Event | None:
    """'Iwaya met Rubio in Washington on Tuesday. ... The minister also met Mike Waltz': a later
    past act of the same actor, in the next sentence or marked as going on ("also", "then"),
    continues the story of that actor's last event, and happened when and where it did unless
    its own sentence says otherwise."""
    if not out or not ev.source.name or tense_of(pred) != "past":
        return None
    last = out[-1]
    if last.sentence[0] >= sent.start_char or not _same_actor(ev.source, last.source):
        return None
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    adjacent = before is not None and last.sentence[0] >= before.start_char
    marked = any(c.dep_ == "advmod" and c.lower_ in _GOING_ON for c in pred.children)
    if adjacent or marked and sent.start_char - last.sentence[1] < 1500:
        return last
    return None


def _same_actor(a: Actor, b: Actor) -> bool:
    """The same entity, or the same name down to the surname ("Takeshi Iwaya" ... "Iwaya")."""
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    if not a.name or not b.name or a.country and b.country and a.country != b.country:
        return False
    if a.name == b.name:
        return True
    short, long_ = sorted((a.name, b.name), key=len)
    # A surname, not an office ("Secretary" of "Deputy Secretary").
    return " " not in short and short[:1].isupper() and long_.endswith(" " + short) and \
        short.lower() not in _OFFICE_WORDS


_OFFICE_WORDS = {"secretary", "minister", "president", "ambassador", "envoy", "spokesperson", "director", "chairman",
                 "chair", "governor", "mayor", "prince", "king", "queen", "premier", "chancellor", "general", "states"}


def _office_of(sentence: str, name: str) -> bool:
    """'The president of the Central Asian nation of Kyrgyzstan': the office is someone's."""
    return re.search(re.escape(name) + r"\s+(?:of|for)\s", sentence) is not None


def _informative(ev: Event) -> bool:
    """A statement needs whoever made it: an unresolved speaker ("we" in a transcript, a
    "they" with nobody before it) leaves nothing to code."""
    # (A charge stated by an arrest is made by whoever arrested, named or not.)
    return not (ev.source.name is None and ev.type in _SPOKEN and ev.mode != "charge")


_QUESTION_TURN = re.compile(r"\s*(?:QUESTION|Q)\s*:")


_SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Z .'’-]{0,60}):")


def _in_question_turn(text: str, start: int) -> bool:
    """A transcript's 'QUESTION: ...' turn is a reporter's framing, not the news; the turn
    runs to the next speaker's label, over single line breaks as well as blank lines."""
    para = max(text.rfind("\n\n", max(0, start - 3000), start), max(0, start - 3000))
    last = None
    for m in _SPEAKER_LABEL.finditer(text, para, min(len(text), start + 80)):
        if m.start() > start:
            break
        last = m  # the sentence's own label counts: "SECRETARY BLINKEN: ..." answers
    if last is not None:
        return last.group(1).strip() in ("QUESTION", "Q")
    return _QUESTION_TURN.match(text, para) is not None


def _domestic_target(ev: Event, resolver: ActorResolver) -> None:
    """'Libya freed 37 prisoners', 'Armenian police detained demonstrators': people a state
    arrests or frees, named by no country or place, are that state's own."""
    src, tgt = ev.source, ev.target
    if ev.type not in ("COERCE", "CONCEDE") or not tgt.name or tgt.country or not resolver.is_generic(tgt):
        return
    if not src.country or len(src.country) != 3 or src.country in ("IGO", "UNO"):
        return
    words = tgt.name.lower().replace("-", " ").split()
    if not any(w in DOMESTIC_PEOPLE for w in words) or any(w in ("foreign", "migrant", "expatriate") for w in words):
        return  # "foreign workers" are someone else's
    ev.target = replace(tgt, country=src.country)


def _countries_in(span: Span, resolver: ActorResolver) -> set[str]:
    return {e.country for t in span for e in [resolver.entity_at(t)]
            if e is not None and e.country and len(e.country) == 3 and e.country not in ("IGO", "UNO")}


_THE_ONE = {"the", "its", "their", "local", "national", "federal", "central", "interim", "transitional", "new",
            "security", "state", "government", "country's", "country’s"}


def _named_just_before(ev: Event, sent: Span, resolver: ActorResolver) -> None:
    """'We support Nigeria as it works towards unity. We call on the government to ...': a
    state body named by its office alone ("the government", "authorities", "police") in a
    sentence that names no other country is the one country the sentence before spoke of,
    leaving aside the other side's own."""
    for side, other in (("source", ev.target), ("target", ev.source)):
        actor = getattr(ev, side)
        if not actor.name or actor.country or not resolver.is_generic(actor):
            continue
        words = actor.name.lower().split()
        if words[-1] not in STATE_BODIES or not all(w in _THE_ONE for w in words[:-1]):
            # "a government", "other governments", "representative government": any one or a
            # kind, not the one just spoken of
            continue
        own = {other.country} if other.country else set()
        if _countries_in(sent, resolver) - own or sent.start == 0:
            continue  # the sentence names its own country, or there is nothing before it
        before = _countries_in(sent.doc[sent.start - 1].sent, resolver) - own
        if len(before) == 1:
            setattr(ev, side, replace(actor, country=before.pop()))


_THE_COUNTRY = re.compile(r"\b(?:the|this|that) (?:country|nation|state)(?:'s|’s)? ", re.I)


def _the_countrys(ev: Event, sent: Span, resolver: ActorResolver) -> None:
    """'Libyan authorities suspended aid to the country's rebel groups': "the country" is the
    one country the sentence's named actors belong to."""
    for side in ("source", "target"):
        actor = getattr(ev, side)
        if not actor.name or actor.country or not _THE_COUNTRY.search(actor.name + " "):
            continue
        named = {e.country for t in sent for e in [resolver.entity_at(t)]
                 if e is not None and e.country and len(e.country) == 3 and e.country not in ("IGO", "UNO")}
        named |= {a.country for a in (ev.source, ev.target) if a.country and a.country not in ("IGO", "UNO")}
        if len(named) == 1:
            setattr(ev, side, replace(actor, country=named.pop()))


def _demands(clauses: list[Token], sent: Span, resolver: ActorResolver) -> list[tuple[int, Event, Token]]:
    """'The resolution demands that Russia must withdraw': a that-clause with "must" or "should"
    under a verb of demanding is a request. clauses: the sentence's ccomp tokens."""
    out = []
    for tok in clauses:
        if not tok.tag_.startswith("VB") or tok.dep_ != "ccomp" or tok.head.lower_ not in DEMAND_CUES:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) or negated(tok):
            continue
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is None or subject is None:
            continue
        # "The resolution reaffirms that ...": a text speaks for the body named in it.
        src = next(iter(_actors(_behind_thing(speaker, resolver, recipients=False), resolver, set())), None)
        # "that the oppression of the Venezuelan people must end", "that military intervention
        # in Venezuela must be avoided": what must stop or be avoided stands for whom it
        # concerns, as the object of "called for an end to ..." does.
        tgt = next(iter(_actors(_behind_thing(subject, resolver), resolver,
                                {src.entity_id} if src and src.entity_id else set())), None)
        if src is None or tgt is None:
            continue
        out.append((tree_depth(tok), Event(type="REQUEST", source=src, target=tgt,
                                       sentence=[sent.start_char, sent.end_char], mode="demand",
                                       intensity=-5.0, cameo="100"), tok))
    return out


def _code(entry: LexEntry, pred: Token, noun: Token | None, sent: Span,
          resolver: ActorResolver, sense: LexEntry | None = None) -> list[tuple[int, Event, Token]]:
    if noun is not None and any(c.dep_ == "compound" and c.lower_ in _FISCAL for c in noun.children):
        return []  # "the budget request", "a spending proposal": a government's accounts, not an act
    src_heads, tgt_heads = event_arguments(sense or entry, pred, noun)
    if noun is None and entry.type not in VERBAL and pred.dep_ in ("acomp", "oprd") and pred.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in pred.children):
        # "the response remains 30 percent funded", "the city stays besieged": a participle
        # after a linking verb is a state its subject is in, not an act anyone does there
        # (a stance is said as a state: "they are committed to opening the economy").
        return []
    # "a penalty for anyone who opposes the war": nobody in particular acts.
    src_heads = [h for h in src_heads if h.lower_ not in _NOBODY_IN_PARTICULAR]
    # "was arrested in Niger": the state where it was done, not "was jailed in Evin Prison".
    src_heads = [h for h in src_heads if not (h.dep_ == "pobj" and h.head.lower_ == "in" and h.head.head == pred)
                 or _is_place(h, resolver)]
    # A colon closes a heading or an attribution ("... attributable to Spokesperson X: the
    # Secretary met ..."): nothing across it is an argument of the clause after it.
    colons = [t.i for t in sent if t.text == ":"] + _heading_end(sent)
    if colons:
        # "Ned Price, Department Spokesperson\nThe United States condemns ...": the parser hangs
        # the real subject under the byline; what of the phrase lies past the line is the subject.
        src_heads = [x for h in src_heads for x in
                     ([h] if not _across(h.i, pred.i, colons) else with_conjuncts(_past(h, pred, colons)))]
        src_heads = [h for h in src_heads if not _across(h.i, pred.i, colons)]
        tgt_heads = [h for h in tgt_heads if not _across(h.i, pred.i, colons)]
    if noun is None and entry.type in ("SUPPORT", "AID") and src_heads and all(h.lower_ in _AID_NOUNS for h in src_heads):
        # "Australian aid supported two million girls", "Japanese funding helped X": the aid
        # stands for the country or body it comes from, and supporting someone with it is aid.
        givers = [c for h in src_heads for c in h.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                  and c.ent_type_ in ("NORP", "GPE", "ORG")] + [g for h in src_heads for g in prep_objects(h, ("from",))
                                                                if g.ent_type_ in ("NORP", "GPE", "ORG")]
        if givers:
            src_heads = givers[:1]
            entry = sense = LexEntry("aid", "AID", None, "070", 7.0)
    if noun is None and entry.type == "SUPPORT" and tgt_heads and any(
            c.dep_ == "dobj" and c.lower_ in _AID_NOUNS and prep_objects(c, ("to", "for"))
            for c in pred.children):
        # "supported economic assistance to the refugees": backing aid that goes to someone
        # is the aid (as "Australian aid supported X" is), not a stance towards them.
        entry = sense = LexEntry("aid", "AID", None, "070", 7.0)
    if src_heads and all(is_abstract(h) if entry.type in VERBAL else
                         (h.lower_ in ABSTRACT and not h.ent_type_) for h in src_heads):
        return []  # "divisions threaten the country's unity": only actors speak or agree
    if entry.mode == "intent" and noun is not None and not tgt_heads:
        return []  # "our commitment to a free region": a stance, not an offer to someone
    if any(h.lower_ in DISASTERS or any(c.lower_ in DISASTERS for c in h.children if c.dep_ == "compound")
           or _a_blaze(h) for h in src_heads):
        return []
    if entry.type in ("AID", "MOBILIZE") and noun is None and any(sent_to_inquire(c) for c in pred.children):
        return []  # "sent a team to Detroit to investigate a crash": the inquiry, coded on its own verb
    trainees = _to_train(pred) if entry.type == "MOBILIZE" else None
    if entry.type == "MOBILIZE" and noun is None and _peacekeepers_moved(pred, src_heads):
        entry = LexEntry(entry.key, "AID", "peacekeeping", "074", 7.0)
    if entry.type == "MOBILIZE" and (any(t.lower_.startswith((
            "peacekeep", "rescue", "relief", "humanitarian", "observer", "monitor", "fund", "medic",
            "doctor", "election", "aid", "assist", "disaster", "engineer", "trainer", "resource", "invest", "financ",
            "capital", "dollar", "billion", "million")) for t in own_phrase(pred)) or trainees is not None):
        entry = LexEntry(entry.key, "AID", "peacekeeping", "074", 7.0)
        if trainees is not None:
            tgt_heads = with_conjuncts(unquantify(trainees))
    # An exercise held by several sides is joint, also when they are named as one plural of
    # partners ("the allies launch war games").
    if entry.mode == "exercise" and (len(src_heads) > 1 or any(
            h.lower_ in _EXERCISE_PARTNERS for h in src_heads) or any(
            c.lower_ == "joint" for c in (noun.children if noun is not None else []))):
        entry = LexEntry(entry.key, "COOPERATE", "military", "062", 6.0)
    # "signed the accords on behalf of Singapore": whom the signer acts for, not a counterpart.
    principals = [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "on"
                  for b in c.children if b.lower_ == "behalf" for g in prep_objects(b, ("of",))]
    tgt_heads = [h for h in tgt_heads if h.lower_ != "behalf" and h not in principals]
    # An abstract object stands for whose it is or whom it is for: "appreciates Denmark's
    # commitment" is about Denmark, "its contributions to the Coalition" go to the Coalition.
    if entry.type in ("CONSULT", "COOPERATE", "AGREE"):
        # "consulting with businesses ..., with a special focus on Africa": a "with" of manner
        # names no partner, nor does what it is on.
        tgt_heads = [h for h in tgt_heads if not (h.lower_ in _MANNER and h.head.lower_ == "with")]
    raw_targets = list(tgt_heads)
    if entry.type == "SUPPORT" and entry.key in ("defend", "protect") and raw_targets and all(
            _ones_own(h) for h in raw_targets):
        return []  # "as they defend their country": people defending their own land back no one
    tgt_heads = [r for h in tgt_heads for r in _behind_thing(
        h, resolver, owner_first=entry.type in ("SUPPORT", "REJECT", "ACCUSE"),
        possessor=entry.type in ("ASSAULT", "COERCE"))]
    if (sense or entry).type == "AID":
        tgt_heads = [x for h in tgt_heads for x in (placed_people(h, lambda t: _is_place(t, resolver)) or [h])]
        # What is given is never whom it is given to: "donated two patrol boats" names no recipient.
        tgt_heads = [h for h in tgt_heads if not (h.dep_ == "dobj" and h.head == pred and not is_actorish(h)
                                                  and _entity_type(h, resolver) not in ("PERSON", "ORG", "GPE", "NORP"))]
        if not tgt_heads:
            tgt_heads = _who_obtained(pred)
    # "met for the third Civil Space Dialogue", "fought in the Battle of X": an occasion
    # named like an actor, which one takes part in, is nobody's counterpart.
    tgt_heads = [h for h in tgt_heads if h.lower_ not in OCCASIONS]
    if entry.type == "AGREE":  # "signed the Emancipation Proclamation": a text, not a counterpart
        tgt_heads = [h for h in tgt_heads if h.lower_ not in DOCUMENT_NOUNS and h.lower_ not in _TEXTS]
    documents = bool(src_heads) and all(h.lower_ in DOCUMENT_NOUNS for h in src_heads)
    weapons: set[int] = set()
    if entry.type == "ASSAULT":
        src_heads = [_wielder(h, weapons) for h in src_heads]
    src_heads = [r for h in src_heads for r in
                 ([h] if h.i in weapons else _behind_thing(h, resolver, recipients=False))]
    src_heads = [r for h in src_heads for r in (resolver.joint_antecedents(h) or [h])]
    if documents and entry.type not in VERBAL and all(h.lower_ in DOCUMENT_NOUNS for h in src_heads):
        # "the budget provides $2 billion for ...": a plan's provisions, nobody's act, even
        # where the entity layer took the plan's title for an organisation ("the State and
        # USAID Budget request increases funding ...").
        return []
    sources = _actors(src_heads, resolver, set(), weapons)
    if entry.type == "AID" and not sources and src_heads and all(
            h.lower_ in ("it", "this", "which") for h in src_heads):
        return []  # "It regulates our climate ... and provides food for billions": an "it" that is no actor is a thing
    if principals and len(sources) == 1 and sources[0].country is None:
        for_whom = _actors(principals[:1], resolver, set())
        if for_whom and for_whom[0].country:
            sources = [replace(sources[0], country=for_whom[0].country)]
    if src_heads and not sources and all(_an_occasion_or_text(a) for h in src_heads if h.i not in weapons
                                         for a in [resolver.actor(h, set())] if a is not None) and any(
            h.i not in weapons and resolver.actor(h, set()) is not None for h in src_heads):
        return []  # "International Women's Day provides us with an opportunity": nobody acts
    # Nor is a target anyone named inside the source's own phrase ("Ethiopian troops attacked
    # its posts": "its" is not Ethiopia).
    src_ids = {a.entity_id for a in sources if a.entity_id} | {
        i for h in src_heads if not is_pronoun(h) for i in resolver.entities_within(resolver.phrase(h))}
    vague = [h for h in tgt_heads if entry.type in ("COOPERATE", "CONSULT", "AGREE", "SUPPORT")
             and _vague_partner(h, resolver)]
    # "spoke with reporters", "talked to the press": a statement, not talks with anyone.
    vague += [h for h in tgt_heads if entry.type == "CONSULT" and h.lower_ in _PRESS and h not in vague]
    if vague:
        tgt_heads = [h for h in tgt_heads if h not in vague]
        if not tgt_heads and entry.type in ("COOPERATE", "CONSULT"):
            return []  # "we're working with our partners": cooperation with nobody in particular
    targets = _actors(tgt_heads, resolver, src_ids)
    if not sources and not targets:
        return []
    if _of_a_kind(entry, pred, src_heads, sources, targets):
        return []
    if _for_a_cause(entry, pred, raw_targets, targets, sources, resolver):
        return []
    if not sources and len(targets) > 1 and noun is not None and noun == pred and \
            entry.type in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT"):
        sources, targets = targets[:1], targets[1:]  # "talks between the Kenyan and Ethiopian delegations"
    if len(sources) > 1 and entry.type in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT") and raw_targets and all(
            h.dep_ == "pobj" and h.head.lower_ in ("in", "at", "near", "along") for h in raw_targets):
        targets = []  # "Indian and Chinese soldiers clashed in the Galwan valley": where, not whom
    if not targets and len(sources) > 1 and all(
            a.country is None and a.name and a.name.lower().split()[-1] in ONE_GROUP for a in sources):
        return []  # "brave men and women fought": one group, not two sides fighting each other
    # "X and Y signed a ceasefire": a truce between the two sides is each's towards the other.
    reciprocal = (entry.type in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT") or entry.mode == "ceasefire") \
        and not targets and len(sources) > 1 and not _state_and_its_own(sources, resolver)
    if reciprocal:
        targets = sources[1:]
        sources = sources[:1]
    else:
        sources = _same_side(sources, resolver)
    if entry.type == "CONSULT" and not targets and entry.mode in ("meet", "negotiate"):
        return []  # a meeting or discussion needs someone met: "members discussed how ..." is not one
    mode = entry.mode
    participants = sources + targets
    depth = tree_depth(pred)
    if entry.type == "ASSAULT" and raw_targets and all(
            h.dep_ == "pobj" and h.head.lower_ in ("in", "into", "across", "throughout") for h in raw_targets) and any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and find_trigger(c) is not None for c in pred.children):
        # "carried out air strikes in Mosul, killing dozens of fighters": where the strikes fell
        # stands in for a target only until the sentence names whom they hit.
        depth += 2
    sentence = [sent.start_char, sent.end_char]
    events = []
    if entry.type == "CONSULT" and len(participants) > 2:
        mode = "multilateral"
        # "A, B and C met", "attended a meeting with A and B": each met each; "X met A, B and
        # C": X met each of them, not they each other.
        # A mediator meets each side; the sides are not thereby meeting each other. Nor do
        # "A and B met with C and D" meet each other: they came as one side.
        one_side_each = noun is None and len(sources) > 1 and bool(targets) and not reciprocal
        pairs = list(combinations(participants, 2)) if (reciprocal or len(sources) > 1 or noun is not None) \
            and entry.mode != "mediate" and not one_side_each else [(s, t) for s in sources for t in targets]
        withs = [p for h in ({pred, noun} - {None}) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
        unknown = not sources or len(sources) == 1 and resolver.is_bare_title(sources[0])
        if unknown and src_heads and not reciprocal and tgt_heads and withs and all(
                any(w.is_ancestor(h) for w in withs) for h in tgt_heads):
            # "the Deputy Assistant Secretary will hold discussions with officials and
            # representatives of X": with the subject unknown, the meeting is its with each;
            # pairing only those it met would make them the meeting's sides.
            pairs = [(s, t) for s in (sources or [Actor(None)]) for t in targets]
    else:
        pairs = [(s, t) for s in (sources or [Actor(None)]) for t in (targets or [Actor(None)])]
    for s, t in pairs[:6]:
        if s.entity_id and s.entity_id == t.entity_id or s.name and s.name == t.name:
            continue
        events.append((depth, Event(type=entry.type, source=s, target=t, sentence=list(sentence),
                                    mode=mode, intensity=entry.intensity, cameo=entry.cameo), pred))
    return events


def _of_a_kind(entry: LexEntry, pred: Token, src_heads: list[Token], sources: list[Actor],
               targets: list[Actor]) -> bool:
    """'companies that provide goods and services', 'defenders who continue to defend networks',
    'Her centre trains young people': the simple present said of a kind or of a body's routine
    describes what such actors do, not something that happened. Only where nobody named takes
    part: a bare plural or an unnamed body, no country on either side."""
    if not src_heads or any(a.country or a.entity_id for a in sources + targets):
        return False
    clause = pred
    while clause.dep_ == "xcomp" and clause.head.tag_.startswith("VB"):  # "who continue to defend"
        clause = clause.head
    if clause.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "to"
                                                 for x in (clause, pred) for c in x.children):
        return False
    if any(t.ent_type_ or t.tag_ in ("NNP", "NNPS", "CD") for t in clause.subtree):
        return False  # "Police arrest 20 protesters in Nairobi": a headline's one occurrence
    relative = clause.dep_ == "relcl"
    if not relative and (clause.dep_ != "ROOT" or entry.type in VERBAL):
        return False  # a report of what someone says is itself the news
    for h in src_heads:
        if h.tag_ in ("WDT", "WP") and relative:
            h = clause.head
        if h.ent_type_ or h.tag_ not in ("NN", "NNS"):
            return False
        dets = [c for c in h.children if c.dep_ in ("det", "poss", "nummod")]
        if h.tag_ == "NNS" and dets and not all(c.lower_ in _KIND_DETS for c in dets):
            return False  # "the companies that supply ...": those ones
        if h.tag_ == "NN" and (relative or not dets or any(c.lower_ in ("this", "that") for c in dets)):
            return False
    return True


_KIND_DETS = {"some", "many", "other", "such", "most", "all"}
_AID_NOUNS = {"aid", "assistance", "funding", "funds", "money", "donations", "grants", "loans"}
_STANCES = ("SUPPORT", "AGREE", "COOPERATE")
# Taking up or standing by what someone else proposed or did ("accepted a formula", "defended
# the strikes", "signed on to the roadmap") is a reaction to its author or a pact, even when
# the text names no one.
_REACTING = {"accept", "defend", "ratify", "endorse", "adopt", "welcome", "embrace", "uphold", "sign"}


def _for_a_cause(entry: LexEntry, pred: Token, raw_targets: list[Token], targets: list[Actor],
                 sources: list[Actor], resolver: ActorResolver) -> bool:
    """'will support projects', 'commits to enforcing its laws', 'is committed to a secure
    region': backing a cause, a project or an activity that names no one is a stance, not an
    interaction. Not so a reaction to what someone did or proposed ('accepted the proposal',
    'approved the extradition': an event noun), nor an aim that names whom it concerns
    ('contribute to strengthening African capacities'), nor two sides agreeing together."""
    if entry.type not in _STANCES or targets or len(sources) != 1 or entry.key in _REACTING:
        return False
    objects = list(raw_targets)
    if not objects:
        # "commit to enforcing its laws": the activity's own object is what it is for.
        acts = [c for c in pred.children if c.dep_ == "xcomp" and c.tag_.startswith("VB")] + \
            [g for c in pred.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        lemmas = [LEX.lemma_of.get(v.lower_, v.lower_) for v in acts]
        # Enforcing is an act only on a measure ("enforcing sanctions"), not on one's own rules.
        if not acts or any(x in LEX.verbs or x in GIVE_VERBS or x in SUPPORT_VERBS and (
                x != "enforce" or find_trigger(v) is not None) for x, v in zip(lemmas, acts)):
            return False  # "agreed to offer an aid package": the aim is itself an event
        objects = [o for v in acts for o in v.children if o.dep_ == "dobj"]
        if not objects or any(o.dep_ == "xcomp" for v in acts for o in v.children):
            return False
    return not any(could_act(h) or is_abstract(h) or _names_someone(h, resolver) for h in objects)


def _names_someone(head: Token, resolver: ActorResolver) -> bool:
    """Does the noun phrase (clauses aside) name a person, group, organisation or country?"""
    return any(t.i != head.i and (resolver.entity_at(t) is not None or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                                  or could_act(t) and t.tag_.startswith("NN"))
               for t in resolver.phrase(head))


_OBTAINING = {f for v in ("obtain", "receive", "get", "buy", "purchase", "acquire", "order", "import", "request")
              for f in inflect(v)} | {"got", "bought", "gotten"}


def _who_obtained(pred: Token) -> list[Token]:
    """'supplied the weapons Armenia bought', 'delivered the vaccines Kenya had ordered': what is
    given, said to be obtained by someone, went to them. The parser may hang a relative clause
    with no relative word on the verb as a conjunct with its own subject and no "and"."""
    obj = direct_object(pred)
    things = [obj] if obj is not None else []
    things += [g for t in list(things) for g in prep_objects(t, ("of",))]  # "94% of military equipment"
    clauses = [c for t in things for c in t.children if c.dep_ == "relcl"]
    clauses += [c for c in pred.children if c.dep_ == "conj" and c.i > pred.i and not any(
        x.dep_ == "cc" and x.head == pred and pred.i < x.i < c.i for x in pred.doc[pred.i:c.i]) and any(
        g.dep_ == "nsubj" and things and g.i == max(t.i for t in things) + 1 for g in c.children)]
    for c in clauses:
        if c.lower_ in _OBTAINING and not negated(c):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and is_actorish(subj) and not is_pronoun(subj):
                return [subj]
    return []


_HOMELAND = {"country", "countries", "homeland", "homelands", "nation", "land", "lands", "home", "homes", "territory",
             "freedom", "freedoms", "independence", "sovereignty", "democracy", "city", "cities", "town", "towns",
             "villages", "borders", "motherland", "fatherland"}


_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}


def _ones_own(head: Token) -> bool:
    """'their country', 'its homeland', 'our freedom': the subject's own land or liberty;
    'as it defends itself': the subject itself."""
    return head.lower_ in _REFLEXIVES or head.lower_ in _HOMELAND and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)


def _is_place(tok: Token, resolver: ActorResolver) -> bool:
    ent = resolver.entity_at(tok)
    return tok.ent_type_ in ("GPE", "LOC") or ent is not None and ent.type in ("GPE", "LOC")


def _entity_type(tok: Token, resolver: ActorResolver) -> str | None:
    ent = resolver.entity_at(tok)
    return ent.type if ent is not None else None


def _heading_end(sent: Span) -> list[int]:
    """'Office of the Spokesperson\nThe Secretary met ...', 'Ned Price, Department
    Spokesperson\nThe United States condemns ...': a short line with no verb that opens the
    sentence is a heading or byline the page ran into it; its end bounds the arguments."""
    doc = sent.doc
    for t in sent[:12]:
        if "\n" in t.text or "\n" in t.whitespace_:
            nxt = next((x for x in doc[t.i + 1:sent.end] if not x.is_space), None)
            # A hard-wrapped line goes on in lower case ("The Kenyan army\nattacked ...").
            if t.i == sent.start or nxt is None or not nxt.text[:1].isupper():
                return []
            return [t.i if "\n" in t.text else t.i + 1]
        if t.tag_.startswith(("VB", "MD")):
            return []
    return []


def _past(head: Token, pred: Token, bounds: list[int]) -> Token | None:
    """The top noun of head's phrase on pred's side of the boundary, if the phrase reaches it."""
    for x in head.subtree:
        if x.tag_.startswith("NN") and not _across(x.i, pred.i, bounds) and _across(x.head.i, pred.i, bounds):
            return x
    return head  # nothing past the line: the caller drops it


def _across(i: int, j: int, colons: list[int]) -> bool:
    lo, hi = min(i, j), max(i, j)
    return any(lo < c < hi for c in colons)


def _vague_partner(head: Token, resolver: ActorResolver) -> bool:
    """'our partners', 'all parties', 'like-minded countries': a relation, no actor. A phrase
    that says which ("partners backing the deal", "partners in the Gulf") names someone."""
    if head.lower_ not in VAGUE_PARTNERS or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both")
                                                for c in head.children) or any(
            c.dep_ in ("acl", "relcl", "prep", "appos", "compound", "nummod") or
            c.dep_ == "amod" and (c.ent_type_ or c.text[:1].isupper()) for c in head.children):
        return False  # "their European counterparts" says whose
    actor = resolver.actor(head, set())
    return actor is not None and actor.country is None and resolver.is_generic(actor)


def _same_side(actors: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """'the Yemeni army and allied fighters': unnamed partners acting together with a
    country's actor are on its side, wherever the action took place."""
    country = next((a.country for a in actors if a.country and a.country not in ("IGO", "UNO")), None)
    if country is None or len(actors) < 2:
        return actors
    return [replace(a, country=country) if a.country is None and a.name and resolver.is_generic(a) else a
            for a in actors]


def _behind_thing(head: Token, resolver: ActorResolver, recipients: bool = True,
                  owner_first: bool = False, possessor: bool = False) -> list[Token]:
    """The actor an abstract argument stands for: its owner ("Denmark's commitment", "a
    decision by a Moscow court"), else whom it goes to or is aimed at ("assistance to Egypt",
    "restrictions on foreign workers"), else the actor named inside it ("a UN draft resolution",
    "the Iraqi and Turkish demands"); nothing when there is none ("great courage").
    A reaction (praise, rejection, accusation) is to whoever did the thing, so there the actor
    inside it comes before its recipient: "welcomed the Omani trip to Sanaa" is about Oman."""
    if is_pronoun(head) or resolver.entity_at(head) is not None or could_act(head):
        return [head]
    if any(c.dep_ == "appos" and _entity_type(c, resolver) in ("PERSON", "ORG") for c in head.children):
        return [head]  # "the jornalist Moussa Tchangari": whatever the noun, the name says who
    owner = owner_of(head, agents=owner_first)
    if owner is None and possessor:  # "attacked its border posts", "shelled their positions"
        owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is not None:
        return [owner]
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and
            (resolver.entity_at(c) is not None or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or
             (c.tag_.startswith("NN") and is_actorish(c)))]
    inner = [max(mods, key=lambda c: c.i)] if mods else []
    if owner_first and inner:
        return inner
    if recipients:
        # "support for the ceasefire between Israel and Hamas": a thing between two sides
        # concerns both of them, not only the first named.
        to = [c for t in thing_targets(head) for c in (with_conjuncts(t) if t.head.lower_ == "between" else [t])
              if could_act(c) or resolver.entity_at(c) is not None][:3]
        if to:
            return to
        if not inner and head.dep_ in ("dobj", "nsubjpass"):
            # "rejected any military solution to the North Korean crisis": the actor named on
            # what the thing is about.
            inner = [c for t in thing_targets(head) for c in t.children
                     if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < t.i and
                     (resolver.entity_at(c) is not None or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))][:1]
    return inner


_ATTACKS = {"attack", "attacks", "blast", "blasts", "explosion", "explosions", "strike", "strikes", "airstrike",
            "airstrikes", "shelling", "bombing", "bombings", "explosives", "drone", "drones", "barrage", "raid",
            "raids", "ambush", "offensive", "assault"}


def _wielder(head: Token, weapons: set[int]) -> Token:
    """Who a weapon or an attack in the subject stands for: "missiles fired by the Russian
    army" -> the army; with nobody named, the weapon's own phrase is the (unknown) attacker,
    coded by its words ("a Taliban-claimed car bomb", "Syrian regime air strikes") or by where
    it struck."""
    if head.lower_ not in WEAPON_OBJECTS and head.lower_ not in _ATTACKS:
        return head
    if head.lower_ == "fire" and not any(c.dep_ in ("compound", "amod") for c in head.children):
        return head  # "a fire that killed 100 people" may be an accident; "artillery fire" is not
    claimant = _claimant(head)
    if claimant is not None:
        return claimant
    for c in head.children:
        if c.dep_ == "poss":  # "their attacks", "Russia's missiles"
            return c
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agents = prep_objects(c, ("by",))
            if agents:
                return agents[0]
    weapons.add(head.i)
    return head


def _claimant(attack: Token) -> Token | None:
    """'The Taliban claimed responsibility for the attack, which killed ...': whoever claims an
    attack did it."""
    p = attack.head
    if attack.dep_ == "pobj" and p.lower_ == "for" and p.head.lower_ in ("responsibility", "credit"):
        verb = p.head.head
        if verb.lower_.startswith(("claim", "admit", "accept", "took", "take")):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _a_blaze(h: Token) -> bool:
    """'A fire killed 20 people': a blaze, unlike 'artillery fire' or 'sniper fire', which are
    someone's shooting (a modifier says whose or what weapon)."""
    return h.lower_ in ("fire", "fires") and any(c.dep_ == "det" for c in h.children) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") or c.dep_ == "prep" and c.lower_ in ("from", "of", "by")
        for c in h.children)


def _an_occasion_or_text(actor: Actor) -> bool:
    """'attended the Farnborough International Airshow', 'International Women's Day provides
    us with ...', 'signed an MOU': a name that ends in an occasion or a text names what one
    takes part in or signs, which the entity layer may still list as an organisation."""
    words = re.findall(r"[\w-]+", (actor.name or "").lower())
    return bool(words) and (words[-1] in NAMED_OCCASIONS or words[-1] in NAMED_TEXTS)


def _actors(heads: list[Token], resolver: ActorResolver, exclude: set[str],
            weapons: set[int] = frozenset()) -> list[Actor]:
    out, ids = [], set()
    for h in heads[:6]:
        sides = resolver.split_sides(h)
        if sides:  # "Kenyan and Ethiopian troops": two sides under one noun
            out.extend(a for a in sides if a.name not in ids)
            ids.update(a.name for a in sides)
            continue
        a = resolver.actor(h, exclude) if h.i not in weapons else resolver.generic_actor(h)
        if a is None or _an_occasion_or_text(a):
            continue
        if a.country is None and resolver.is_generic(a):
            shared = _shared_of_country(h, resolver)
            if shared:
                a = replace(a, country=shared)
        key = a.entity_id or a.name
        if key in ids:
            continue
        ids.add(key)
        out.append(a)
    return out


def _shared_of_country(head: Token, resolver: ActorResolver) -> str | None:
    """'the government and people of Ukraine', 'the people and the government of Ethiopia':
    an "of" phrase after the last of joined common nouns belongs to each of them, whichever
    one the parser hangs it on. Only where the noun has no phrase of its own before it."""
    first = head
    while first.dep_ == "conj" and first.head.tag_ in ("NN", "NNS"):
        first = first.head
    chain = with_conjuncts(first)
    if len(chain) < 2 or any(x.tag_ not in ("NN", "NNS") or x.ent_type_ for x in chain):
        return None
    last = chain[-1].i
    if any(c.dep_ in ("poss", "compound", "amod") or c.dep_ == "prep" and c.i < last for c in head.children):
        return None  # "its government and the people of X", "the government in exile and ..."
    for g in (g for x in chain for g in prep_objects(x, ("of",)) if g.i > last):
        ent = resolver.entity_at(g)
        if ent is not None and ent.country and len(ent.country) == 3 and ent.country not in ("IGO", "UNO"):
            return ent.country
    return None


def _state_and_its_own(actors: list[Actor], resolver: ActorResolver) -> bool:
    """'President Putin and Russia', 'Kenya and its army': a country named with its own
    leader or body is one side, acting together, not two sides acting on each other."""
    def kind(a: Actor) -> str | None:
        ent = resolver.by_id.get(a.entity_id) if a.entity_id else None
        return ent.type if ent is not None else None
    states = {a.country for a in actors if a.country and kind(a) == "GPE"}
    # (a person, or a body the entity layer did not name; two named regions or bodies may
    # be two sides: "South Kordofan and Blue Nile agreed")
    return any(a.country in states for a in actors if kind(a) in ("PERSON", None))
