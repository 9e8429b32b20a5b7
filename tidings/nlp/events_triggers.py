"""Event triggers and how their clause frames them.

``trigger(tok)`` finds a lexicon verb, a support verb with an event noun, or an event noun
with its own actors; ``frame`` tells whether the action happened (or will), was negated,
merely wished or requested, offered, or failed; ``reframe`` turns intended material actions
into intents (CAMEO 03/13) and refusals into rejections.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, ENT_TYPE, LOWER, TAG
from spacy.tokens import Doc, Token

from .events_lexicon import LexEntry, inflect
from .events_words import (
    ACCUSATIONS, ASPECTUAL, BUILD_VERBS, COMMENT_VERBS, COMMIT, CONDITIONAL_MARKS,
    TROOPS, GIVE_ABSTRACT, CONFLICT_OBJECTS, CUT_VERBS, FAIL, FORCE_OBJECTS, GIVE_VERBS, INFO_OBJECTS, INTENT,
    INTENT_NOUNS, MODALS, OCCURRENCE_VERBS, PREP_SUPPORT, REFUGEES, RELATION_OBJECTS,
    REPRESENTATIVES, RESTRICTIONS, SUPPORT_VERBS, WEAPON_OBJECTS, COOPERATIVE, INTENT_TYPES, LEX,
    NO_EVENT, DOCUMENT_NOUNS, PERSON_NOUNS,
)
from .paragraphs import doc_column
from .events_syntax import (
    could_act, direct_object, is_abstract, is_actorish, negated, owner_of, particles_of, prep_objects, sent_start,
    unquantify, with_conjuncts,
)


_DEGREE = {"particularly", "very", "so", "most", "more", "less", "quite", "really", "truly", "especially",
           "too", "rather", "somewhat", "deeply", "highly", "increasingly"}


_MISREAD_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")


def trigger_candidates(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens find_trigger may start an event at: a word the
    lexicon knows as a verb, a copula, "responsible", a noun, or a verb the parse made a
    subject or object. find_trigger gives nothing, and does nothing, for any other token.
    Why: only about a third of a text's tokens pass, and building a Token for every one of
    them was the largest single cost of the events layer."""
    strings = doc.vocab.strings
    low, tag, dep = doc_column(doc, LOWER), doc_column(doc, TAG), doc_column(doc, DEP)
    ents = doc_column(doc, ENT_TYPE)
    words, kinds = {}, {}
    misread = {i for i in set(dep) if strings[i] in _MISREAD_DEPS}
    amounts = {i for i in set(ents) if strings[i] in _AMOUNT_ENTS}
    nounish = _event_noun_words()
    out = []
    for i, (w, t, d) in enumerate(zip(low, tag, dep)):
        known = words.get(w)
        if known is None:
            s = strings[w]
            known = words[w] = 2 if s in LEX.lemma_of or s in _COPULAS or s == "responsible" \
                else 1 if s in nounish else 0
        kind = kinds.get(t)
        if kind is None:
            s = strings[t]
            kind = kinds[t] = 1 if s.startswith("NN") else 2 if s.startswith("VB") and s != "VBG" else 0
        # A word the lexicon knows no verb of starts an event only as a noun, through
        # noun_entry: a noun no entry's words could make (~85% of nouns) is left out here.
        if known == 2 or (kind == 1 or kind == 2 and d in misread) and (known or ents[i] in amounts):
            out.append(i)
    return out


_AMOUNT_ENTS = ("MONEY", "CARDINAL")  # noun_entry reads an amount's "in"/"of" phrase
# Amount words whose "in"/"of" phrase may name the aid ("1.5 million euros in emergency aid").
_AMOUNT_WORDS = ("million", "billion", "amount", "sum", "package", "increase", "euros", "dollars",
                 "pounds", "yen", "yuan", "francs", "rupees", "tons", "tonnes")
_RELEASE_WORDS = ("release", "delivery", "transfer", "provision")


@lru_cache(maxsize=1)
def _event_noun_words() -> frozenset[str]:
    """Every word for which ``noun_entry`` can find an entry: each ending of each event noun
    (the noun itself, the head of "hunger strike", the "fire" of "cease-fire" or "ceasefire"),
    the head before "of" ("state" of "state of siege"), and the words it reads a phrase of."""
    words = set(_AMOUNT_WORDS) | set(_RELEASE_WORDS)
    for key in LEX.nouns:
        words.update(key[k:] for k in range(len(key)))
        head, of, _ = key.partition(" of ")
        if of:
            words.add(head)
    return frozenset(words)


def find_trigger(tok: Token) -> tuple[LexEntry, Token, Token | None] | None:
    """(entry, predicate token, event noun or None) when tok starts an event."""
    low = tok.lower_
    if low in _COPULAS and tok.tag_.startswith("VB"):
        donor = _donor_attribute(tok)
        if donor is not None:
            return LEX.nouns["aid"], tok, donor
    # A "verb" the parse makes a subject or object is a noun the tagger misread ("Aid from
    # Japan arrived ...", sentence-initial and capitalised).
    # (A gerund is a verb there: "began shelling", "by arresting 26 opponents".)
    misread = tok.tag_.startswith("VB") and tok.tag_ != "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if tok.tag_.startswith("VB") and not misread or _headline_verb(tok):
        lemma = LEX.lemma_of.get(low)
        if lemma is None:
            return None
        if low in ("free", "go") and tok.dep_ in ("ccomp", "xcomp") and tok.head.lower_ in ("let", "lets", "letting"):
            return None  # "let free X": the release is coded on "let", X is no releaser
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and _a_topic(tok.head):
            return None  # "a dialogue focused on deepening the partnership": what it is about
        if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
            return None  # "ending violence against women requires ...", "attacking civilians is a crime": an activity in general
        if tok.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in tok.children):
            return None  # "particularly striking", "very threatening": an adjective, not an act
        obj = direct_object(tok)
        if obj is None:  # "sanctions were lifted", "the strike was called off"
            obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        special = _special_predicate(lemma, tok, obj)
        if special is NO_EVENT:
            return None
        if special is not None:
            return special
        if (lemma in SUPPORT_VERBS or lemma in ("participate", "gather", "go", "reiterate", "reaffirm",
                                                 "authorize", "authorise", "arrive")) and not _withholding(lemma, tok):
            cands = ([obj] if obj is not None else [])
            if lemma in PREP_SUPPORT:
                cands += prep_objects(tok, ("for", "in", "on", "at", "into", "as"))
            if obj is not None:  # "launched air and artillery strikes" parses as "air" + conj
                cands += [c for c in obj.children if c.dep_ == "conj"]
                if lemma in ("hold", "use", "take"):  # "held families as human shields"
                    cands += prep_objects(obj, ("as",))
            if obj is None:
                cands += [c for c in tok.children if c.dep_ == "nsubjpass"]
            # "began a new round of joint exercises", "launched a wave of strikes": the event is
            # what the batch is of.
            cands += [o for c in cands if c.lower_ in _BATCHES for o in prep_objects(c, ("of",))]
            for cand in cands:
                if cand.ent_type_ in ("DATE", "TIME"):
                    continue  # "held elections in March": when, not a march
                noun = noun_entry(cand)
                if lemma == "sign" and cand == obj and _enactment(cand) and _one_signer(tok):
                    return None  # "signed a memorandum instructing all agencies": one's own act, no party
                if noun is not None and lemma == "have" and noun.type in ("AGREE", "COOPERATE"):
                    continue  # "we have an agreement", "they have a partnership": a standing state, not an act
                if noun is not None and not _noun_misread(lemma, cand, noun):
                    return _support_entry(lemma, cand, noun), tok, cand
        entry = LEX.verb(low, particles_of(tok))
        if entry is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "quantmod":
            # "hand over 30 vehicles": the parser read the particle as "more than" of the number.
            entry = LEX.verb(low, [tok.doc[tok.i + 1].lower_])
        if entry is None:
            return None
        entry = _verb_condition(lemma, entry, tok, obj)
        return (entry, tok, None) if entry is not None else None
    if low == "responsible" and tok.dep_ == "acomp":  # "X is responsible for mass killings"
        for p in prep_objects(tok, ("for",)):
            noun = noun_entry(p)
            if noun is not None and noun.type in ("ASSAULT", "COERCE"):
                return noun, tok.head, p
    if tok.tag_.startswith("NN") or misread:
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March", "since March 3": a month, not a protest march
        noun = noun_entry(tok)
        if noun is None:
            return None
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and (LEX.lemma_of.get(head.lower_) in OCCURRENCE_VERBS
                                                   or LEX.lemma_of.get(head.lower_) in BUILD_VERBS):
            return noun, tok, tok  # "clashes erupted between X and Y": the noun holds the actors
        if tok.dep_ in ("pobj", "nsubj", "dobj", "ROOT", "appos") and _nominal_has_actors(tok):
            return noun, tok, tok
        if noun.type in ("ASSAULT", "COERCE") and died_of(tok):
            return noun, tok, tok
        if noun.type == "AID" and tok.dep_ == "nsubj" and head.lower_ in _ARRIVING and arrived_at(head) \
                and clause_frame(head, None) is None:  # not "to allow supplies to reach X"
            return noun, tok, tok  # "donations had come to the Navajo Nation from Ireland"
    return None


# Nouns that only count or group the events named in their "of" phrase.
_BATCHES = {"round", "rounds", "series", "wave", "waves", "spate", "string", "flurry", "barrage", "volley"}


# Acts that impose what their modifier names ("the boycott law", "the curfew order").
_MEASURES = {"law", "laws", "act", "order", "orders", "decree", "decrees", "regime", "rule", "rules",
             "regulation", "regulations", "measure", "measures", "policy", "policies", "legislation"}


def _an_aim(tok: Token) -> bool:
    """An infinitive of purpose or its conjunct: 'to advance X, strengthen Y and encourage Z'
    (a base form joined to a list with neither subject nor auxiliary of its own is one of the
    infinitives, however the parser hung the list)."""
    v = tok
    while v.tag_ == "VB":
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return True
        if any(c.dep_ in ("aux", "nsubj") for c in v.children) or v.dep_ != "conj":
            return False
        v = v.head
    return v is not tok and v.tag_ in ("VBP", "VBZ", "VBG")


# Texts one publishes ("released its new Strategic Concept"), besides reports and statements.
_PUBLICATIONS = {"following", "concept", "paper", "papers", "guidelines", "roadmap", "findings", "study", "studies",
                 "assessment", "analysis", "handbook", "manual", "toolkit", "factsheet", "edition", "volume", "book"}
_VISITORS = {"delegation", "delegations", "minister", "ministers", "president", "leader", "leaders", "counterpart",
             "counterparts", "visitors", "guests", "envoy", "secretary", "prince", "king", "queen", "premier"}


# Who comes to be hosted for a visit or a meeting (titles and bodies that travel), as against
# a population, a unit or an institution that a place houses.
_GUESTS = _VISITORS | {"officials", "official", "ambassador", "ambassadors", "diplomats", "envoys", "dignitaries",
                       "heads", "head", "chancellor", "governor", "governors", "chairman", "chair", "speaker",
                       "emperor", "pope", "ministerial", "premiers", "presidents", "kings", "representatives",
                       "representative", "lawmakers", "senators", "mayor", "mayors", "monarch"}


def _hosts_a_visit(tok: Token, obj: Token) -> bool:
    """'host' as receiving a guest or a gathering ("hosted the Saudi king", "hosts the summit")
    is a meeting; as housing someone over time ("the base hosts an Air National Guard wing",
    "communities that host refugees") it is not. A pronoun guest counts when a person hosts."""
    if any(p.lower_ in _GATHERINGS or getattr(LEX.nouns.get(p.lower_), "type", None) == "CONSULT"
           for p in prep_objects(tok, ("for",))):
        return True  # "hosted them for talks"
    if (obj.tag_ in ("WDT", "WP") or obj.lower_ in ("that", "which", "whom")) and tok.dep_ == "relcl":
        obj = tok.head  # "the summit that Biden will host": what the clause is about is hosted
    if obj.tag_ == "PRP":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "relcl":
            subj = tok.head
        return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in _GUESTS)
    head = unquantify(obj)
    low = head.lower_
    if head.ent_type_ in ("PERSON", "NORP", "GPE") or low in _GUESTS or low in _GATHERINGS:
        return True
    if (head.ent_type_ in ("ORG", "EVENT") or head.tag_ in ("NNP", "NNPS")) and any(
            t.lower_ in _GATHERINGS for t in head.lefts for t in t.subtree):
        return True  # a named gathering the parser split: "the ASEAN Regional Forum Symposium ..."
    noun = LEX.nouns.get(low)
    return noun is not None and noun.type in ("CONSULT", "AGREE", "COOPERATE")


_GATHERINGS = {"summit", "summits", "meeting", "meetings", "talks", "conference", "conferences", "dinner",
               "lunch", "luncheon", "breakfast", "reception", "forum", "session", "sessions", "event", "events",
               "visit", "visits", "ceremony", "dialogue", "round", "gathering", "games", "retreat", "roundtable",
               "consultations", "negotiations", "exercise", "exercises", "delegation", "delegations", "celebration",
               "ministerial", "convention", "symposium", "workshop", "talk", "discussion", "discussions", "panel",
               "panels", "seminar", "seminars", "webinar", "hearing", "hearings", "briefing", "briefings",
               "convening", "engagement", "engagements"}


# What a head of government or a legislature signs on its own: an instrument of its own
# law or administration, which binds no counterpart.
_ENACTMENTS = {"order", "orders", "decree", "decrees", "bill", "bills", "law", "laws", "legislation", "act",
               "proclamation", "proclamations", "directive", "directives", "ordinance", "ordinances",
               "memorandum", "memorandums", "memoranda", "determination", "budget", "statute", "amendment"}


def _enactment(obj: Token) -> bool:
    """'a memorandum instructing all agencies', 'an executive order': not 'a memorandum of
    understanding' nor 'the Paris Agreement' (an accord has parties)."""
    if obj.lower_ not in _ENACTMENTS or not obj.text.islower():
        return False  # (a named text, "the Nairobi Proclamation", may well have parties)
    return not any(c.lower_ in ("understanding", "cooperation", "intent", "agreement") for o in prep_objects(obj, ("of", "on"))
                   for c in [o]) and not prep_objects(obj, ("with", "between"))


def _one_signer(verb: Token) -> bool:
    """No second party: no "with X", and a single signer ("Kenya and Uganda signed a
    memorandum", "the two countries signed" are parties to it)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not prep_objects(verb, ("with",)) and not (subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)))


def _a_topic(prep: Token) -> bool:
    """'on'/'about' after focusing or after talks: 'focused on deepening ties', 'talks about
    expanding trade' name a subject of discussion, not an act."""
    if prep.lower_ not in ("on", "about", "upon"):
        return False
    head = prep.head
    low = head.lower_
    # (Not "Kenya focused on attacking rebel bases": a finite verb's focus is its own act.)
    return low.startswith(("focus", "center", "centre", "concentrat")) and head.dep_ in ("acl", "amod", "advcl", "conj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) or \
        low.startswith("discussion") or getattr(LEX.nouns.get(low), "type", None) == "CONSULT"


def _withholding(lemma: str, tok: Token) -> bool:
    """'holding back gas supplies', 'held up the aid convoy', 'put off the talks': a light verb
    with one of these particles is a phrasal verb of keeping or delaying, not the act its noun
    names."""
    parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.i > tok.i}
    return lemma in ("hold", "keep", "put", "take") and bool(parts & {"back", "off"}) or \
        lemma == "hold" and "up" in parts


_DYING = {f for v in ("die", "succumb", "perish") for f in inflect(v)} | {"dying"}


def died_of(act: Token) -> list[Token]:
    """'X died after torture', 'died as a result of the torture to which he was subjected',
    'died due to continued torture': whoever died of the act is whom it was done to."""
    t = act
    for _ in range(4):
        if t.dep_ not in ("pobj", "pcomp", "prep", "conj"):
            return []
        t = t.head
        if t.tag_.startswith("VB"):
            break
    if t.lower_ not in _DYING:
        return []
    via = {x.lower_ for x in t.subtree if x.i < act.i and x.dep_ in ("prep", "pcomp") and x.head.i >= t.i}
    if not via & {"after", "from", "of", "following", "to", "under", "in", "during"}:
        return []
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WP", "WDT", "DT"):
        return []  # "those who perished in the attack": the dead are nobody named
    return [subj]


_DEFENDING = {f for v in ("defend", "protect", "save", "preserve", "keep") for f in inflect(v)}
_ARRIVING = {f for v in ("arrive", "come", "reach", "flow", "pour") for f in inflect(v)} | {"came"}


def arrived_at(verb: Token) -> list[Token]:
    """Where aid that arrives, comes or flows ends up: "arrived in Sudan", "reached Gaza",
    "came to the Navajo Nation", "poured into Ukraine"."""
    if verb.lower_.startswith("reach"):
        obj = direct_object(verb)
        return [obj] if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL") else []
    return [t for t in prep_objects(verb, ("to", "in", "into")) if t.ent_type_ not in ("DATE", "TIME")][:1]


_COPULAS = {"is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "becomes", "become",
            "became"}
DONORS = {"donor", "donors", "provider", "providers", "supplier", "suppliers"}


def _donor_attribute(cop: Token) -> Token | None:
    """"X remains the largest donor of aid in Iraq", "Japan is the biggest donor to the
    Palestinians": being someone's donor is giving them aid. Only with a named recipient, and
    not negated or merely hoped for ("would become a donor")."""
    if negated(cop) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return None
    donor = next((c for c in cop.children if c.dep_ == "attr" and c.lower_ in DONORS), None)
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if donor is None or subj is None or subj.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None  # states and agencies give aid; "she is a donor to the party" funds politics
    whom = prep_objects(donor, ("to", "in", "for")) + [
        t for of in prep_objects(donor, ("of",)) for t in prep_objects(of, ("to", "in", "for"))]
    return donor if any(is_actorish(t) or t.ent_type_ in ("GPE", "NORP", "ORG") for t in whom) else None


def _headline_verb(tok: Token) -> bool:
    """A present-tense verb the tagger read as a noun, as headlines often are ("EU and UN hand
    over supplies to X"): a clause root with both a subject and an object or particle is a verb."""
    if not (tok.tag_ in ("NN", "NNS") and tok.dep_ == "ROOT" and tok.lower_ in LEX.lemma_of):
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and ("prt" in deps or ("dobj" in deps and "det" not in deps and "poss" not in deps))


def noun_entry(tok: Token) -> LexEntry | None:
    """The entry of an event noun, trying its modified forms first ("joint exercise", "state of siege")."""
    low = tok.lower_
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":  # "cease-fire" arrives as three tokens
        e = LEX.nouns.get(f"{doc[tok.i - 2].lower_}-{low}") or LEX.nouns.get(f"{doc[tok.i - 2].lower_}{low}")
        if e is not None:
            return e
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            e = LEX.nouns.get(f"{c.lower_} {low}")
            if e is not None:
                return e
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                e = LEX.nouns.get(f"{low} of {g.lower_}")
                if e is not None:
                    return e
    if low in _RELEASE_WORDS and any(
            c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and low == "release") and any(
                (LEX.nouns.get(x.lower_) or LexEntry("", "", None, None, 0)).type == "AID" or
                x.lower_ in ("funds", "funding", "money") for g in c.children for x in g.subtree) for c in tok.children):
        # "the release of $1.2 billion in military assistance to Egypt": money let go is given
        return LEX.nouns.get("aid")
    if low in ("release", "releases") and _stock_released(tok):
        return None  # "a release from the petroleum reserve", "the release of oil": no one is freed
    if tok.ent_type_ in _AMOUNT_ENTS or low in _AMOUNT_WORDS:  # "1.5 million euros in emergency aid"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for g in c.children:
                    e = LEX.nouns.get(g.lower_)
                    if e is not None and e.type == "AID":
                        return e
    return LEX.nouns.get(low)


def _stock_released(noun: Token) -> bool:
    """A release of goods ("of" oil, barrels, a sum) or from a store ("from the petroleum
    reserve") lets out things, not people."""
    if any(o.lower_ in _GOODS or o.ent_type_ in ("MONEY", "QUANTITY") for o in prep_objects(noun, ("of",))):
        return True
    return any(f.lower_ in _STORES for f in prep_objects(noun, ("from",)))


_GOODS = {"oil", "crude", "gas", "fuel", "barrels", "petroleum", "grain", "water", "stocks", "data", "files",
          "documents", "records", "emissions", "gases", "pollutants", "energy"}
_STORES = {"reserve", "reserves", "stocks", "stockpile", "stockpiles", "warehouse", "warehouses", "inventory",
           "inventories", "dam", "reservoir", "reservoirs"}


_WORKFORCE = {"workers", "employees", "staff", "teachers", "doctors", "nurses", "drivers", "miners", "union",
              "unions", "dockers", "pilots", "lecturers", "truckers", "farmers", "students", "personnel"}


_RESOURCES = {"funds", "funding", "resources", "money", "million", "billion", "dollars", "euros", "aid",
              "assistance", "support", "personnel", "staff"}
_CONFINEMENT = {"prison", "prisons", "jail", "jails", "camp", "camps", "labor", "labour", "exile", "court",
                "courts", "detention", "custody", "gulag", "colony", "colonies"}


# Sending an envoy or a delegation is diplomacy, not a delivery.
_ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "diplomats", "delegation", "delegations",
           "representative", "representatives", "emissary", "emissaries", "minister", "official", "officials"}


def destinations(tok: Token) -> list[Token]:
    """Where a sending goes: "to X" on the verb or hung by the parser on what is sent
    ("sent vehicles and a team of paratroopers to Lebanon"), not inside a purpose clause."""
    out = prep_objects(tok, ("to", "into"))
    obj = direct_object(tok)
    for o in with_conjuncts(obj) if obj is not None else []:
        out += prep_objects(o, ("to", "into"))
        for of in prep_objects(o, ("of",)):
            out += prep_objects(of, ("to", "into"))
    return out


def _labour_strike(tok: Token) -> bool:
    """'Workers were striking at the port', 'miners struck for better pay': a walkout."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lower_ in _WORKFORCE or any(c.lower_ in ("union", "labour", "labor")
                                                             for c in subj.children)):
        return True
    return any(p.lower_ in ("pay", "wages", "salaries", "conditions", "pensions", "contracts")
               for p in prep_objects(tok, ("for", "over")))


_HELD = {"people", "civilians", "hostages", "prisoners", "captives", "detainees", "villagers", "residents",
         "journalists", "activists", "citizens", "nationals", "migrants", "refugees", "women", "children",
         "soldiers", "workers"}
_VENUES = {"camp", "camps", "prison", "prisons", "jail", "jails", "centre", "center", "centres", "centers",
           "facility", "facilities", "building", "stadium", "site", "sites", "shelter", "shelters"}


def _special_predicate(lemma: str, tok: Token, obj: Token | None):
    """Predicates whose type comes from verb and object together ("severed ties", "on alert")."""
    objl = obj.lower_ if obj is not None else ""
    if lemma == "let" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("'s", "’s", "us"):
        return NO_EVENT  # "Let's go to the next question": the speaker's own proposal, no release
    if lemma in ("hold", "keep") and obj is not None and unquantify(obj).lower_ in _HELD and not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("as", "accountable", "responsible")
            for x in (tok, obj) for c in x.children):
        # "militants were holding 2000 people in Buner", "keeps thousands of prisoners": people
        # held are detained. (Not "held them accountable", nor a place that holds people.)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.dep_ == "nsubjpass" or could_act(subj) and subj.lower_ not in _VENUES:
            return LexEntry("hold", "COERCE", "arrest", "173", -5.0), tok, None
    for p in prep_objects(tok, ("on", "under")):
        if p.lower_ == "alert":
            return LexEntry("alert", "MOBILIZE", "alert", "151", -7.2), tok, None
        if p.lower_ in ("strike", "strikes") and not any(c.lower_ in ("air", "drone") for c in p.children):
            return LexEntry("strike", "PROTEST", "strike", "143", -6.5), tok, p
    if lemma == "strike" and obj is None and _labour_strike(tok):
        return LexEntry("strike", "PROTEST", "strike", "143", -6.5), tok, None
    if lemma == "find" and obj is None and any(
            c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ == "guilty" and any(
                g.dep_ == "nsubj" for g in c.children) for c in tok.children):
        # "found Britta Nielsen guilty of theft": the parser makes the convicted the subject of
        # "guilty".
        return LexEntry("guilty", "ACCUSE", "legal", "115", -2.0), tok, None
    if obj is None:
        return None
    if lemma == "force" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or \
            lemma == "force" and any(p.lower_ == "out" for p in tok.children if p.dep_ in ("prep", "advmod")):
        return LexEntry("expel", "SANCTION", "expel", "166", -5.0), tok, None
    if lemma in ("remove", "lift", "ease", "relax", "waive", "drop", "roll", "end", "scrap", "cut", "reduce",
                 "slash", "suspend", "halt", "repeal", "abolish", "lower", "rescind", "revoke") and (
            objl in RESTRICTIONS or objl in _MEASURES and any(
                c.dep_ == "compound" and c.lower_ in RESTRICTIONS for c in obj.children)):
        # "repealed the boycott law", "lifted the curfew order": a measure named by the
        # restriction it imposes is that restriction ("cut tax revenues" cuts no tax).
        return LexEntry("lift", "CONCEDE", "policy", "081", 5.0), tok, None
    if lemma == "exchange" and objl in ("fire", "gunfire", "shots", "shells", "blows", "rockets"):
        # "India and Pakistan exchanged fire": two sides shooting at each other.
        return LexEntry("fight", "ASSAULT", "fight", "190", -10.0), tok, None
    if lemma == "block" and objl in _BIDS:
        # "Turkey blocked Sweden's bid to join NATO": stopping someone's move is rejecting it.
        return LexEntry("veto", "REJECT", "veto", "1246", -4.0), tok, None
    if lemma in ("open", "reopen") and objl in ("border", "borders", "airspace", "crossing", "crossings", "ports"):
        return LexEntry("open", "CONCEDE", "policy", "081", 5.0), tok, None
    if lemma in BUILD_VERBS:
        if objl in ("ties", "relations", "links", "cooperation", "relationship", "partnership", "co-operation"):
            # Opening or upgrading relations is diplomatic cooperation (CAMEO 05), not material.
            return LexEntry("relations", "SUPPORT", "recognize", "054", 5.0), tok, None
        if objl in FORCE_OBJECTS or objl in ("presence", "deployment", "patrols", "defenses", "defences"):
            return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2), tok, None
    if lemma in ("reinforce", "mass", "station") and objl not in FORCE_OBJECTS and not is_actorish(obj) \
            and objl not in ("presence", "positions", "deployment", "patrols", "defenses", "defences"):
        return NO_EVENT  # "reinforced its commitment" is not a troop movement
    if lemma in CUT_VERBS:
        if lemma in ("withdraw", "recall") and objl in REPRESENTATIVES:
            return LexEntry("withdraw", "SANCTION", "relations", "1662", -5.0), tok, None
        if lemma in ("cease", "halt", "stop", "end", "suspend") and objl in CONFLICT_OBJECTS:
            return LexEntry("ceasefire", "CONCEDE", "ceasefire", "0872", 5.0), tok, None
        if lemma == "close" and objl in ("border", "borders", "airspace", "crossing", "crossings", "port", "ports"):
            return LexEntry("close", "COERCE", "restrict", "172", -5.0), tok, None
        if lemma != "recall" and (objl in RELATION_OBJECTS or (noun_entry(obj) or LexEntry("", "", None, None, 0)).type
                                  in ("AID", "CONSULT", "COOPERATE")):  # "recalling their discussion" remembers it
            return LexEntry("reduce", "SANCTION", "relations", "160", -4.0), tok, None
    if lemma in ("accept", "admit", "resettle", "take", "host", "welcome", "receive") and objl in REFUGEES \
            and (objl != "people" or any(c.lower_ in ("refugee", "asylum") for c in obj.subtree)):
        return LexEntry("asylum", "AID", "asylum", "075", 7.0), tok, None
    if lemma == "share" and objl in ("intelligence", "information", "data", "evidence", "expertise", "technology"):
        return LexEntry("share", "COOPERATE", "intelligence", "062", 6.0), tok, None
    if lemma in ("violate", "breach", "defy", "flout") and not any(
            t.lower_ in ("ceasefire", "truce", "cease", "armistice") for t in obj.subtree):
        return LexEntry("defy", "REJECT", "defy", "1246", -4.0), tok, None
    if (lemma in CUT_VERBS or lemma == "call" and any(c.lower_ == "off" for c in tok.children)) and objl in ("strike", "strikes", "protest", "protests", "boycott",
                                                  "sit-in", "demonstration", "demonstrations", "blockade"):
        return LexEntry("end protest", "CONCEDE", "protest", "0833", 5.0), tok, None
    if lemma == "make" and any(c.lower_ == "available" for t in (tok, obj) for c in t.children) and \
            objl not in INFO_OBJECTS and objl not in GIVE_ABSTRACT and not is_abstract(obj):
        # "made available ambulances and supplies", "made its airfields available"
        return LexEntry("give", "AID", None, "070", 7.0), tok, None
    if lemma == "find" and any(c.lower_ == "guilty" for c in tok.children):
        return LexEntry("guilty", "ACCUSE", "legal", "115", -2.0), tok, None
    if lemma == "stop" and objl == "work":
        return LexEntry("strike", "PROTEST", "strike", "143", -6.5), tok, None
    return None


def _noun_misread(verb: str, obj: Token, noun: LexEntry) -> bool:
    if verb in ("open", "extend", "hold") and obj.lower_ == "arms" and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
        return True  # "opening their arms (and homes) to refugees": a welcome, not weapons
    if obj.lower_ in ("strike", "strikes") and verb in ("stage", "hold", "call", "begin", "start"):
        return False
    if verb == "use" and noun.type not in ("COERCE", "ASSAULT"):
        return True
    if verb == "call" and noun.type != "CONSULT":  # "called a meeting", not "called a strike"
        return True
    if verb == "enforce" and noun.type not in ("SANCTION", "COERCE"):
        return True  # one enforces sanctions, bans and curfews; "enforcing the ceasefire" is no truce
    return False


def _support_entry(verb: str, obj: Token, noun: LexEntry) -> LexEntry:
    if obj.lower_ in ("call", "calls") and (verb in ("receive", "hold", "have") or verb == "make" and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in obj.children)):
        return LexEntry("phone", "CONSULT", "phone", "040", 1.0)  # "received a call from X"
    if verb in ("accept", "meet", "grant", "heed") and noun.type == "REQUEST":
        return LexEntry("accede", "CONCEDE", "policy", "080", 5.0)  # "accepted the demands"
    if verb in GIVE_VERBS and noun.type == "SUPPORT":  # "provided support" is material
        return LexEntry(noun.key, "AID", noun.mode, "070", 7.0)
    if obj.lower_ in ("strike", "strikes") and verb in ("stage", "hold", "call", "begin", "start") \
            and not any(c.lower_ in ("air", "drone", "missile") for c in obj.children):
        return LexEntry("strike", "PROTEST", "strike", "143", -6.5)
    if verb in ("send", "deploy", "dispatch") and obj.lower_ in FORCE_OBJECTS:
        return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2)
    return noun


# What one phones someone to do ("called Lavrov to discuss Syria"), unlike what one calls on
# someone to do ("called the protesters to disperse").
_CALL_PURPOSES = {f for v in ("discuss", "congratulate", "apologize", "apologise", "thank", "express",
                              "convey", "offer", "assure", "inform", "brief", "talk", "invite", "wish",
                              "review", "coordinate", "consult", "extend") for f in inflect(v)}
_PUSHES = {"battle", "offensive", "campaign", "advance", "attack", "attacks", "fight", "war", "assault",
           "advantage", "push", "effort", "efforts", "drive", "onslaught", "operation", "operations"}
_BIDS = {"bid", "bids", "attempt", "attempts", "application", "applications", "request", "requests",
         "proposal", "proposals", "resolution", "resolutions", "nomination", "accession", "membership",
         "appointment", "candidacy", "entry", "move", "effort", "efforts", "motion"}
def _action_noun(tok: Token) -> bool:
    """A deverbal noun of an act ("forced the closure of the paper", "forced his resignation",
    "forced a withdrawal"): forcing it coerces whoever had to do it."""
    low = tok.lower_
    return low in LEX.nouns or low.endswith(("ure", "tion", "sion", "ment", "wal", "ing"))


_HARMS = {"destabilization", "destabilisation", "instability", "insecurity", "violence", "conflict", "crisis",
          "suffering", "deaths", "spread", "erosion", "decline", "tensions", "escalation", "deterioration",
          "problem", "problems", "poverty", "hunger", "corruption", "impunity", "polarization", "disinformation"}
_CHANCES = {"opportunity", "opportunities", "moment", "chance", "chances", "initiative", "momentum", "imagination",
            "attention", "day", "spotlight", "headlines", "mood", "essence", "spirit", "benefits", "potential"}
_PERMISSIONS = {"approval", "permission", "authorization", "authorisation", "clearance", "consent", "go-ahead"}


def _verb_condition(lemma: str, entry: LexEntry, tok: Token, obj: Token | None) -> LexEntry | None:
    """Senses of ambiguous verbs, told apart by their arguments."""
    deps = {c.dep_ for c in tok.children}
    objl = obj.lower_ if obj is not None else ""
    if lemma == "call" and entry.type == "REQUEST" and obj is not None and entry.key == "call for":
        entry = LEX.verb(tok.lower_, [])
    if lemma == "call" and entry.type == "CONSULT":
        # A phone call is to a person or a state ("called his Somali counterpart"), not "called
        # the vote", "called it a mistake".
        if obj is None or deps & {"oprd", "ccomp", "attr"} or any(  # "called the police to disperse them"
                c.dep_ == "xcomp" and LEX.lemma_of.get(c.lower_, c.lower_) not in _CALL_PURPOSES
                for c in tok.children) or not (
                obj.tag_ in ("NNP", "NNPS", "PRP") or obj.tag_ in ("NN", "NNS") and is_actorish(obj)) \
                or obj.lower_ in ("it", "them", "this", "that"):
            return None
    xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
    if lemma == "encourage" and entry.type == "REQUEST" and obj is not None and not deps & {"xcomp", "ccomp"} \
            and _an_aim(tok) and not any(is_actorish(t) or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                                         for t in obj.subtree):
        # "partnership to advance democracy and encourage sustainable development": fostering
        # a thing as an aim asks no one. (Said to someone, "encouraged progress on rights" is
        # an appeal to them.)
        return None
    if lemma == "welcome" and entry.type == "SUPPORT" and obj is not None and (
            obj.ent_type_ == "PERSON" or obj.lower_ in _VISITORS) and any(
            p.ent_type_ in ("GPE", "LOC", "FAC") for p in prep_objects(tok, ("to",))):
        # "will welcome Foreign Minister X to Washington": receiving a visitor is hosting them
        return LEX.verb("host", [])
    if lemma in ("refuse", "decline") and any(LEX.lemma_of.get(x.lower_, x.lower_) in COMMENT_VERBS
                                              or x.lower_ in COMMENT_VERBS for x in xcomps):
        return None  # "declined to comment" is a statement
    if lemma in ("deny", "dismiss", "reject") and (objl in ACCUSATIONS or "ccomp" in deps):
        return None  # denying an accusation is a statement, not a rejection of someone's demand
    if lemma in ("vow", "promise", "pledge", "threaten") or entry.type == "AGREE":
        for x in xcomps:
            inner = LEX.verb(x.lower_, particles_of(x))
            if inner is not None and inner.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
                return LexEntry("threaten", "THREATEN", None, "130", -4.4)
    if lemma in ("release", "free", "give", "provide", "issue", "deliver", "offer", "extend",
                 "express", "send") and objl in INFO_OBJECTS:
        return None
    if lemma == "release" and entry.type == "CONCEDE" and any(
            c.dep_ in ("dobj", "nsubjpass", "dep", "attr") and (c.lower_ in INFO_OBJECTS or c.lower_ in DOCUMENT_NOUNS
                                                               or c.lower_ in _PUBLICATIONS)
            for c in tok.children):
        return None  # "the text was released by", "releasing the new strategic plan": publishing
    if entry.type == "MOBILIZE" and lemma in ("deploy", "dispatch") and obj is not None and \
            obj.lower_ not in FORCE_OBJECTS and _relief_goods(obj):
        return LEX.verb("send", [])  # "deployed planeloads of lifesaving supplies": goods sent are aid
    if entry.type == "MOBILIZE" and obj is not None and obj.lower_ not in FORCE_OBJECTS | WEAPON_OBJECTS \
            and (obj.lower_ in DOCUMENT_NOUNS or is_abstract(obj)):
        return None  # "deployed a plan", "mobilized support": no forces move
    if lemma in ("send", "dispatch", "fly", "airlift") and entry.mode == "send" and (
            obj is None or obj.tag_ in ("PRP", "PRP$") or is_abstract(obj) or obj.ent_type_ in ("PERSON",) or
            objl in INFO_OBJECTS or objl in _ENVOYS or
            not any(could_act(t) or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC")
                    for t in destinations(tok))):
        return None  # "sent him to prison", "sent shockwaves to markets": nothing given to anyone
    if lemma in ("send", "dispatch") and destinations(tok) and all(
            d.lower_ in _CONFINEMENT for d in destinations(tok)):
        return None  # "some are sent to prisons": confinement, coded (if at all) as an arrest
    if lemma in ("arrive", "enter", "cross"):
        # Only forces arriving somewhere are a deployment; peacekeepers and relief teams an aid.
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        words = [t.lower_ for t in (subj.subtree if subj is not None else []) if t.tag_.startswith(("NN", "JJ"))]
        if any(w.startswith(("peacekeep", "rescue", "relief", "medic", "humanitarian")) for w in words):
            return LexEntry("peacekeeping", "AID", "peacekeeping", "074", 7.0)
        if not any(w in TROOPS or w in FORCE_OBJECTS or w in ("paratroopers", "contingents", "contingent")
                   for w in words):
            return None
        # Forces deploy into a named country or region; "soldiers arrived at his village" tells
        # a local scene, not a mobilisation against anyone.
        places = prep_objects(tok, ("in", "at", "to", "into", "inside")) + ([obj] if obj is not None else [])
        if not any(t.ent_type_ in ("GPE", "LOC", "NORP", "ORG") for d in places for t in d.subtree):
            return None
    if lemma in ("provide", "supply", "equip", "furnish") and obj is not None and _only_know_how(tok, obj):
        return None  # "provides regulators with information and tools": know-how shared, no aid given
    if lemma in ("give", "provide", "supply", "equip", "furnish") and obj is not None and is_actorish(obj) \
            and prep_objects(tok, ("with",)):
        return entry if entry.type == "AID" else LexEntry(lemma, "AID", None, "070", 7.0)  # "provided the army with jets"
    if lemma == "hand" and entry.type == "AID" and obj is not None and obj.tag_ != "PRP" and (
            is_actorish(obj) and obj.ent_type_ not in ("GPE", "ORG", "NORP")):
        # "handed over the suspects to prosecutors": a transfer of custody, not a gift
        return LexEntry("extradite", "COOPERATE", "judicial", "063", 6.0)
    if lemma in ("give", "provide", "send", "deliver", "supply") and objl in TROOPS:
        return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2)
    if lemma in ("give", "provide", "deliver", "grant", "supply", "distribute", "allocate") and obj is None:
        return None
    if lemma == "commit" and not xcomps and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        thing = obj if obj is not None else (tok.head if tok.dep_ == "relcl" else None)
        if thing is not None and thing.tag_ != "PRP" and not (thing.ent_type_ in ("MONEY", "CARDINAL") or thing.lower_ in TROOPS or
                                      thing.lower_ in FORCE_OBJECTS or thing.lower_ in _RESOURCES):
            return None  # "committed this aggression", "the crimes it has committed": no pledge
    if lemma == "reinforce" and obj is not None and obj.dep_ == "dobj" and not (
            objl in FORCE_OBJECTS or objl in TROOPS or could_act(obj) or
            objl in ("border", "borders", "positions", "defences", "defenses", "presence", "garrison", "flank")):
        return None  # "will reinforce current efforts", "reinforced the message": no forces move
    if lemma in ("fight", "battle") and entry.type == "ASSAULT":
        foes = ([obj] if obj is not None and obj.dep_ == "dobj" else []) + prep_objects(tok, ("against",))
        if foes and not any(could_act(f) or f.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for f in foes):
            return None  # "fighting corruption", "fights new waves of the pandemic": a policy, no foe
        if not foes and not any(t.lower_ == "against" for t in tok.subtree) and \
                not prep_objects(tok, ("with", "on", "at")) and (
                prep_objects(tok, ("for",)) or any(c.dep_ in ("xcomp", "advcl") and c.lower_ in _DEFENDING
                                                   for c in tok.children)):
            # "as they fight for their country", "is fighting to defend its people": what one
            # fights for or defends is no foe.
            return None
    if lemma == "fire" and not (objl in WEAPON_OBJECTS or {"at", "on"} & set(particles_of(tok))):
        return None
    if lemma == "seek" and obj is None:
        return None  # "sought to cement his hold": an aim, not a request put to anyone
    if lemma in ("return", "press", "seek", "lift", "ease", "target", "charge", "attend", "receive") \
            and obj is None and "xcomp" not in deps:
        return None
    if lemma == "attend" and LEX.nouns.get(objl) is None:
        return None
    if lemma == "receive" and obj is not None and obj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
            and not (obj.ent_type_ == "" and obj.tag_ != "PRP" and is_actorish(obj) and
                     (obj.tag_ in ("NN", "NNS") or obj.lower_.rstrip("s") in PERSON_NOUNS)):
        return None  # "received the ambassador" hosts someone; "received a letter" does not
    if lemma == "host" and entry.mode == "host" and obj is not None and not any(
            _hosts_a_visit(tok, o) for o in [obj] + [c for c in tok.children if c.dep_ == "dobj" and c is not obj]):
        return None  # "the base hosts a National Guard wing", "communities that host them": housing, not a visit
    if lemma in ("recognize", "recognise") and obj is not None and not is_actorish(obj) and owner_of(obj) is None:
        return None  # "recognized the work of ..." is acknowledgement, not diplomatic recognition
    if lemma == "sign" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return None  # "signed up for a class"
    if lemma in ("allow", "permit") and objl in ("it", "this", "that") and not deps & {"xcomp", "ccomp", "dative"}:
        return None  # "We'll allow it" (a question from the floor): who is let do what is not said
    if lemma in ("mobilize", "mobilise") and obj is not None:
        what = unquantify(obj)
        if what.lower_ not in FORCE_OBJECTS | WEAPON_OBJECTS and not is_actorish(what) and \
                what.ent_type_ != "MONEY" and not what.lower_.startswith(_MEANS):
            return None  # "mobilize private sector engagement", "mobilized support": no forces move
    if lemma == "seek" and "xcomp" in deps and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return None  # "we seek to advance our cooperation": an attempt, not a request
    if lemma == "seek" and obj is not None and tok.dep_ == "relcl" and obj.lower_ in ("that", "which"):
        obj = tok.head  # "the future that Americans seek"
    if lemma == "seek" and obj is not None and obj.lower_ in _AIMS \
            and not prep_objects(tok, ("from", "for", "in", "at", "with", "to")) and \
            not any(c.dep_ in ("dative", "iobj") for c in tok.children) and not prep_objects(obj, ("from", "for")):
        # (Not "sought clarification", "seeks recognition": what only someone else can give.)
        return None  # "individuals who seek peace and security": an aim, asked of no one
    if lemma == "sign" and any(p.lower_ in ("law", "effect") for p in prep_objects(tok, ("into",))):
        return None  # "signed the Act into law": a government enacting its own law, with no counterpart
    if lemma == "sign" and obj is not None and _enactment(obj) and _one_signer(tok):
        return None  # "signed a memorandum instructing all agencies", "signed an executive order"
    if entry.mode == "seize" and objl in _CHANCES:
        return None  # "to seize the opportunities it brings", "captured the imagination": no property taken
    if lemma == "press" and objl in _PUSHES:
        return None  # "pressed their battle", "pressed the offensive": pushing on, not pressing someone
    if lemma == "recall" and objl not in REPRESENTATIVES:
        return None  # "recalled the president telling him": remembering
    if lemma in ("give", "grant") and objl in _PERMISSIONS and (
            any(c.dep_ == "dative" and (is_actorish(c) or any(is_actorish(g) for g in c.children if g.dep_ == "pobj"))
                for c in tok.children) or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                                    and any(g.dep_ == "nsubj" for g in c.children) for c in tok.children)):
        return LEX.verb("allow", [])  # "gave approval for the UN to deliver aid": allowed them to
    # With two objects the parser may give both as "dobj" ("providing Yemen the longest period
    # of calm"): the recipient comes first, what is given last.
    given = [c for c in tok.children if c.dep_ == "dobj"][-1:] or ([obj] if obj is not None else [])
    if lemma in ("give", "provide", "grant", "offer", "contribute", "lend", "deliver", "hand") and given and (
            given[0].lower_ in GIVE_ABSTRACT or objl in GIVE_ABSTRACT or any(
                g.lower_ in GIVE_ABSTRACT for p in given[0].children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj")):
        # "gave them a reason", "giving states more power"; a measure of something abstract is
        # as abstract: "another round of applause", "the longest period of calm".
        return None
    if lemma == "contribute" and (obj is None or obj == tok.head) and any(
            p.lower_ in _HARMS or getattr(LEX.nouns.get(p.lower_), "intensity", 0) < 0 for p in prep_objects(tok, ("to", "towards"))):
        return None  # "outlets that contribute to the destabilization of Ukraine": a cause of harm, not a donation
    if lemma == "force" and obj is not None and not could_act(unquantify(obj)) and "xcomp" not in deps \
            and not prep_objects(tok, ("into", "out", "from", "to")) and not _action_noun(obj):
        return None  # "he forced an ethos of self-government", "forced a vote": no one coerced
    if lemma == "contribute" and obj is None and not any(
            t.ent_type_ in ("GPE", "ORG", "NORP") or is_actorish(t)
            for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "towards") for t in c.subtree):
        return None  # "contributing to a prosperous future": a hoped-for effect, not a donation
    # Only a true object counts here: "demonstrated in Nairobi" has a place, not an object.
    if lemma == "demonstrate" and ("dobj" in deps or "ccomp" in deps):
        return None  # "the report demonstrates that ..." shows; protesters demonstrate
    if lemma == "rally" and "dobj" in deps:
        return None  # "rallying allies" mobilises support; protesters rally without an object
    if lemma == "thank" and (objl == "you" or not any(c.dep_ == "nsubj" for c in tok.children)):
        return None  # "Thank you" is politeness, not praise of an actor
    if lemma == "ask" and any(c.lower_ in ("whether", "if", "why", "how", "what", "when")
                              for c in tok.subtree):
        return None  # "was asked whether ..." is a question put to someone
    if lemma == "meet" and objl in ("criticism", "resistance", "opposition", "protests", "demands"):
        return None
    if lemma in ("agree", "accept") and objl in INFO_OBJECTS:
        return None
    if lemma == "agree" and not xcomps and ("ccomp" in deps or any(
            not is_actorish(p) for p in prep_objects(tok, ("with",)))):
        return None  # agreeing with a view ("agree with X that ...") is a statement
    return entry


def _nominal_has_actors(noun: Token) -> bool:
    """An event noun codes on its own only with an agent and a counterpart in its phrase."""
    agent = any(c.dep_ == "poss" and (c.tag_ == "PRP$" or c.ent_type_) or
                c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                for c in noun.children)
    between = [g for p in prep_objects(noun, ("between",)) for g in with_conjuncts(p)]
    two_sided = any(c.dep_ == "conj" and c.ent_type_ in ("NORP", "GPE") for b in between for m in b.children
                    if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for c in m.children)
    if len(between) > 1 or two_sided:  # "the dialogue between the United States and Armenia"
        agent = True  # ... or "between the Kenyan and Ethiopian delegations"
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against", "on") and
                  any(g.dep_ == "pobj" and (g.tag_ in ("NNP", "NNPS") or g.ent_type_) for g in c.children)
                  for c in noun.children) or two_sided
    if noun.head.lower_ in INTENT or LEX.lemma_of.get(noun.head.lower_) in INTENT:
        return False
    if noun.dep_ in ("dobj", "nsubj") and LEX.verbs.get(noun.head.lower_):
        return False  # "welcomed the visit": the verb is the event
    if agent and partner and _inside_argument(noun):
        return False
    return agent and partner


def _inside_argument(noun: Token) -> bool:
    """'welcomed support for the ceasefire between X and Y': a nominal event nested in another
    event's argument is what that event is about, not a report that it happened."""
    t = noun
    for _ in range(5):
        if t.dep_ not in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos", "attr"):
            return False
        t = t.head
        if t.tag_.startswith("VB") and LEX.verbs.get(t.lower_):
            return True
        if t.tag_.startswith("NN") and t is not noun and noun_entry(t) is not None:
            return True
    return False


def clause_frame(pred: Token, noun: Token | None) -> str | None:
    """How the clause frames the action: None (it happened or will), "block" (negated, modal,
    conditional, wished or requested), "commit" (an offered/intended action) or "fail"."""
    if negated(pred) or (noun is not None and noun != pred and negated(noun)):
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall") for c in pred.children)
        # "people he wouldn't otherwise meet", "assurances that they would not allow ...": a
        # clause on a noun describes it or is its content, not a refusal made.
        described = pred.dep_ in ("relcl", "acl", "ccomp") and pred.head.tag_.startswith("NN")
        return "refuse" if future and not described and not _hypothetical(pred) else "block"
    if noun is not None and noun == pred and pred.head.tag_.startswith("VB") and negated(pred.head):
        return "block"
    for c in pred.children:
        if c.dep_ == "aux" and c.lower_ in MODALS and not _continues(pred):
            return "block"
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "’ll") and _hypothetical(pred):
            return "block"  # "if they are X, they'll be killed": a case imagined, not a pledge
        if c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") and \
                any(t.lower_ in CONDITIONAL_MARKS for t in pred.sent):
            return "block"
    t = pred
    via_pcomp = False
    for _ in range(8):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            return "block"
        if t.dep_ == "advcl" and t.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.children) and _not_yet(t.head):
            # "will not lift the embargo until China signs", "will withdraw once the truce
            # holds": a present tense after "until" or "once" under a future or refusal is a
            # time yet to come, not something done.
            return "block"
        if _asked(t):
            return "block"
        if t.head == t:
            break
        parent = t.head
        plow = parent.lower_
        plemma = LEX.lemma_of.get(plow, plow)
        if t.dep_ == "pcomp" and parent.dep_ == "prep" and parent.head.tag_.startswith("NN") \
                and parent.head.lower_ not in ("process", "midst", "course", "act", "verge", "middle"):
            # "tests, including stopping COVID-19", "cooperation in contributing to ...",
            # "its role in supporting ...": a gerund qualifying a noun names a task or topic.
            return "block"
        if t.dep_ in ("xcomp", "acl", "prep", "pobj", "acomp", "pcomp", "ccomp"):
            if plemma in FAIL and t.dep_ == "xcomp":
                return "fail"
            if t.dep_ in ("pcomp", "pobj") and plow == "to" and (parent.head.lower_ == "forward" or any(
                    c.lower_ == "forward" for c in parent.head.children)):
                return "block"  # "we look forward to working with ...": a hope, not an act or pledge
            if (plemma in COMMIT or plow in COMMIT) and not LEX.verbs.get(plow) \
                    and t.dep_ in ("xcomp", "acl", "prep", "pobj", "pcomp"):
                return "commit" if not negated(parent) else "block"
        if parent.tag_.startswith("NN"):
            if plow in INTENT_NOUNS and t.dep_ in ("acl", "prep", "pobj", "relcl", "ccomp"):
                return "block"  # "plans for talks", "a request for aid"
        elif (plemma in INTENT or plow in INTENT) and (t.dep_ in ("xcomp", "ccomp", "acomp", "advcl", "pcomp")
                                                      or t.dep_ == "prep" and parent.tag_ == "JJ"):
            return "block"  # "wanted to meet", "urged him to withdraw", "told X to leave"
        if t.dep_ in ("xcomp", "pcomp") and plemma not in ASPECTUAL and LEX.verbs.get(plow):
            return "block"  # the complement of another event is its content
        if via_pcomp and t.dep_ == "prep" and LEX.verbs.get(plow):
            return "block"  # "accused X of shelling", "warned against attacking"
        via_pcomp = t.dep_ == "pcomp"
        if t.dep_ == "pcomp" and plow == "as":
            return "block"  # "anyone it sees as opposing its rule": a characterisation
        if pred.tag_ == "VBG" and t.dep_ in ("prep", "advcl", "pcomp") \
                and parent.dep_ == "relcl" and find_trigger(parent) is None:
            # "activists who have dedicated their lives to defending ...", "members, who have
            # shown leadership ..., providing aid": what a described group does, in general.
            return "block"
        if t.dep_ in ("xcomp", "advcl", "acl", "relcl") and plemma not in ASPECTUAL and \
                any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) and not sent_to_inquire(t):
            return "block"  # purpose or plan: "to discuss ...", "efforts to dispel ..."
        if negated(parent) and t.dep_ in ("xcomp", "ccomp"):
            return "block"
        if t.dep_ == "conj" and t.tag_ == "VB" and parent.tag_ in ("VBD", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children) and any(
                x.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in t.doc[parent.i + 1:t.i]):
            # "He called for action to press the military to end the violence, release those
            # detained and ...": a bare verb after an infinitive cannot go on the finite verb's
            # clause; the parser joined it to the wrong verb, and it continues the infinitives
            # (an aim). ("We took note of X and welcome Y" has no infinitive: a present tense.)
            return "block"
        if negated(parent) and t.dep_ == "conj" and t.tag_ == "VB" and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg") for c in t.children):
            # "will not assist, encourage or induce anyone": a bare verb joined to a negated
            # one shares its auxiliary and so its "not" ("did not attack X and threatened Y",
            # a past form, does not).
            return "block"
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in parent.children) and t.dep_ in ("xcomp", "conj") \
                and not (t.dep_ == "xcomp" and _continues(parent)):
            return "block"
        if t.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "pcomp", "prep", "pobj", "relcl", "acl", "acomp"):
            break
        t = parent
    if _alleged(t):
        return "block"
    return None


# Nouns whose clause states what someone alleges: its content is claimed, not reported as done.
_ALLEGATIONS = {"charges", "charge", "accusation", "accusations", "allegation", "allegations",
                "claim", "claims", "rumours", "rumors", "rumour", "rumor"}


def _alleged(t: Token) -> bool:
    """Whether t sits, at any depth, inside the content clause of an allegation: "denied charges
    by X that it suspended an official whose office rescued Y", "rejected accusations that its
    army is guilty of abuses in a region where fighting displaced Z". The frame walk above stops
    at the first noun argument (the official, the region); what hangs below it is still only
    alleged. (A clause right on the noun is caught there, through INTENT_NOUNS.)"""
    for _ in range(16):
        parent = t.head
        if parent is t:
            return False
        if t.dep_ in ("acl", "ccomp", "relcl") and parent.lower_ in _ALLEGATIONS \
                and parent.tag_.startswith("NN") and t.tag_.startswith("VB"):
            return True
        t = parent
    return False


_DISPATCH = {"send", "dispatch", "deploy"}


def sent_to_inquire(clause: Token) -> bool:
    """'sent officials to Qatar to investigate a report': people sent to look into something
    are the inquiry under way (it is what their being there is), unlike a plan to look into it."""
    if clause.dep_ not in ("advcl", "xcomp") or (LEX.verb(clause.lower_, []) or _NO_ENTRY).mode != "investigate":
        return False
    sender = clause.head
    return LEX.lemma_of.get(sender.lower_, sender.lower_) in _DISPATCH and not negated(sender) and any(
        c.dep_ == "dobj" and could_act(unquantify(c)) for c in sender.children)


_NO_ENTRY = LexEntry("", "", None, None, 0.0)
# What a programme gives people to work with that is no material help between actors.
_KNOW_HOW = {"tools", "tool", "skills", "knowledge", "expertise", "advice", "insights", "methods",
             "toolkit", "toolkits"}


def _only_know_how(verb: Token, obj: Token) -> bool:
    """'provides policy makers, regulators and contractors with information and tools': the
    'with' things (on the verb or hung by the parser on a recipient) are all information or
    know-how."""
    things = prep_objects(verb, ("with",)) + [w for o in with_conjuncts(obj) for w in prep_objects(o, ("with",))]
    things = [t for w in things for t in with_conjuncts(w)]
    return bool(things) and all(t.lower_ in INFO_OBJECTS or t.lower_ in _KNOW_HOW for t in things)
# Goods sent for relief, which no force carries out: deploying them gives aid.
_RELIEF_GOODS = {"supplies", "aid", "assistance", "food", "medicine", "medicines", "vaccines", "vaccine", "doses",
                 "tents", "blankets", "kits", "rations", "relief", "shelter"}


def _relief_goods(obj: Token) -> bool:
    """'four planeloads of supplies', 'relief supplies', 'emergency food': the head or its
    'of' object is a relief good."""
    if obj.lower_ in _RELIEF_GOODS:
        return True
    for of in obj.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            # (the parser may read "of lifesaving supplies" as a gerund with an object)
            for t in of.subtree:
                if t.lower_ in _RELIEF_GOODS and t.dep_ in ("pobj", "dobj") and t.head.dep_ in ("prep", "pcomp") \
                        and of.i in (t.head.i, t.head.head.i):
                    return True
    return False


_TIME_MARKS = {"until", "till", "once", "before", "after"}


def _not_yet(verb: Token) -> bool:
    """The clause speaks of a time to come or of what will not be done: a future, modal or
    negated verb, or an infinitive."""
    return verb.tag_ == "VB" or negated(verb) or any(
        c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ in ("will", "wo", "would", "'ll", "’ll", "shall"))
        for c in verb.children)


def _continues(verb: Token) -> bool:
    """'must continue military aid to Egypt', 'should keep supplying X': whatever the modal
    says of the future, to go on doing something says it is being done now."""
    return LEX.lemma_of.get(verb.lower_, verb.lower_) in ("continue", "keep")


def _hypothetical(pred: Token) -> bool:
    """'If X attacks, we will not ...' imagines a case; a refusal on terms ("will not release
    them unless ...", "will not accept refugees even if ...") is still a refusal."""
    doc = pred.doc
    for t in pred.sent:
        if t.lower_ in CONDITIONAL_MARKS and t.lower_ != "unless" and not (
                t.i > 0 and doc[t.i - 1].lower_ in ("even", "as")):
            return True
    return False


def _asked(clause: Token) -> bool:
    """A question or a hypothetical put to the listener, even where no question mark closes
    it (transcripts): "Would you meet ...", "Will the minister visit ...", "how you envision
    ...", "you would sign ..."."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(a.i < subj.i for a in auxes) and any(
            a.i == _first_word(clause.doc, sent_start(clause)) for a in auxes if a.i < subj.i):
        return True  # subject-auxiliary inversion opening the clause: a yes/no question
    if subj.lower_ == "you":
        if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "why", "what", "when", "whether")
               for c in clause.children):
            return True
        if any(a.lower_ in MODALS | {"would", "will", "'d", "’d", "'ll", "’ll"} for a in auxes):
            return True
    return False


def _first_word(doc, start: int) -> int:
    """The sentence's own first word, past a speaker label ("QUESTION:", "Q:") or an opener."""
    for i in range(start, min(start + 6, len(doc))):
        tok = doc[i]
        if i > start and tok.is_sent_start:
            break
        if tok.text in (":", "—", "--") or tok.lower_ in ("so", "and", "but", "also", "then", ","):
            continue
        if i + 1 < len(doc) and doc[i + 1].text == ":":
            continue
        return i
    return start


# States of affairs one strives for, rather than asks someone for.
_AIMS = {"peace", "security", "stability", "prosperity", "justice", "solution", "solutions", "flexibility", "care",
         "opportunity", "opportunities", "safety", "happiness", "life", "lives", "future", "progress", "growth",
         "balance", "freedom", "dignity", "democracy", "reconciliation", "ways", "means"}
# What is mobilised when it is money, not forces (coded as aid where the event coder sees it).
_MEANS = ("fund", "resource", "invest", "financ", "capital", "money", "dollar", "billion", "million", "grant")
_PROLONGING = {f for v in ("renew", "extend", "prolong", "maintain") for f in inflect(v)}


def reframe(entry: LexEntry, frame: str | None, pred: Token) -> LexEntry | None:
    """An intended or future material action is an expression of intent (CAMEO 03/13)."""
    if frame == "refuse":  # "will not release them" is a refusal (CAMEO 12)
        return LexEntry(entry.key, "REJECT", "refuse", "120", -4.0) if entry.type in COOPERATIVE else None
    if frame == "fail":
        if entry.type == "SANCTION" and pred.lower_ in _PROLONGING:
            # "failed to renew the arms embargo on Iran": a measure left to lapse is eased.
            return LexEntry("lift", "CONCEDE", "policy", "081", 5.0)
        return LexEntry(entry.key, "REJECT", "fail", "120", -4.0) if entry.type in COOPERATIVE else None
    future = frame == "commit" or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall")
                                      for c in pred.children)
    if future and entry.type == "COOPERATE" and pred.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ == "be" for c in pred.children):
        # "will be working closely with X": the future progressive reports joint work already
        # arranged and under way, not a promise to start it ("will cooperate on X").
        return entry
    if future and entry.type in INTENT_TYPES:
        typ, cameo = INTENT_TYPES[entry.type]
        return LexEntry(entry.key, typ, "intent", cameo, 4.0 if typ == "AGREE" else -4.4)
    return entry
