"""Small readings of the dependency parse shared by the event coder's parts."""
from __future__ import annotations

from spacy.tokens import Token

from .events_words import (
    ABSTRACT, DOCUMENT_NOUNS, GROUP_NOUNS, NEGATIONS, HUMAN, LEX, NON_AGENTS, NOT_ACTORS, PERSON_NOUNS, PLACE_NOUNS, QUANTIFIERS,
)


def particles_of(tok: Token) -> list[str]:
    prts = [c.lower_ for c in tok.children if c.dep_ == "prt" or
            (c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.lower_ in ("free", "go"))]
    # "let free activists": the parser can make "free" an adjective of whom the verb frees.
    prts += [g.lower_ for c in tok.children if c.dep_ == "dobj" for g in c.children
             if g.dep_ == "amod" and g.lower_ == "free" and g.i == tok.i + 1]
    preps = [c.lower_ for c in tok.children if c.dep_ in ("prep", "agent")]
    # "called for Egyptians to join": the parser reads the preposition as the clause's "for".
    preps += [m.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
              for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1]
    # "stands in solidarity with X", "works in partnership with X": the manner phrase carries
    # the verb's own "with".
    preps += [p.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" and g.tag_ == "NN" and not g.ent_type_
              for p in g.children if p.dep_ == "prep" and p.lower_ == "with"]
    out = [f"{p} {q}" for p in prts for q in preps] + prts + preps
    return out


def direct_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    for c in tok.children:  # "carry out attacks", "engage in talks"
        if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "in", "into", "up"):
            for g in c.children:
                # "were imposed ... in 2018": a date is when, never what; "met ... in
                # Warsaw": a place is where ("engage in talks" has an act there).
                if g.dep_ in ("pobj", "dobj") and g.ent_type_ not in ("DATE", "TIME") and not (
                        c.lower_ == "in" and g.ent_type_ in ("GPE", "LOC", "FAC")):
                    return g
    for c in tok.children:
        # "returned to Brazil last week 21 frogs": the object shifted past the "to" phrase,
        # which the parser hangs as an adverbial noun.
        if c.dep_ == "npadvmod" and c.tag_ in ("NN", "NNS") and c.i > tok.i and not c.ent_type_ and any(
                p.dep_ == "prep" and p.lower_ in ("to", "into") and tok.i < p.i < c.i for p in tok.children):
            return c
    if tok.dep_ == "relcl" and tok.head.tag_.startswith("NN") and not any(  # "a meeting Rubio had"
            c.tag_ == "WRB" or c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in tok.children):
        return tok.head  # (not "Kuwait City, where he will meet X", "the day on which ...": where or when)
    for c in tok.children:  # "let free the detained activist", "let him go": the parser makes
        if c.dep_ in ("ccomp", "xcomp") and c.lower_ in ("free", "go"):  # the freed one a subject
            for g in c.children:
                if g.dep_ in ("nsubj", "dobj"):
                    return g
    return None


def negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in NEGATIONS):
            return True
        # "No U.S. personnel were injured", "no country has recognised it": nobody did or suffered it.
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True
    return False


def with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.tag_.startswith(("NN", "PRP")):
            out.extend(with_conjuncts(c))
    return out


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        # A "to" the parser calls a dative ("sent aid to Sudan") is still a preposition.
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prt":  # "crack down on", "pull out of"
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return out


_CAPTIVE_VERBS = {"detained", "imprisoned", "jailed", "kidnapped", "kidnaped", "abducted", "arrested"}


def _holds_captive(verb: Token) -> bool:
    """'detained', 'held hostage', 'held captive': what the participle describes is a person."""
    return verb.lower_ in _CAPTIVE_VERBS or verb.lower_ == "held" and any(
        g.dep_ in ("oprd", "acomp", "xcomp", "dobj") and g.lower_ in ("captive", "hostage", "prisoner", "incommunicado")
        for g in verb.children)


def is_actorish(tok: Token) -> bool:
    """Could this head be an actor (a person, group, place or pronoun) rather than a thing?"""
    if tok.ent_type_ in NOT_ACTORS:
        return False
    if tok.tag_ in ("PRP", "NNP", "NNPS") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    low = tok.lower_
    if low in ("state", "states") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a state of emergency"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _holds_captive(c) for c in tok.children):
        return True  # "two guards held captive by them": only people are held captive
    if low in NON_AGENTS:
        return False
    return low in HUMAN or low.endswith(("ers", "ists", "ians", "ees")) or _man_word(tok) or \
        low.rstrip("s") in PERSON_NOUNS or low in PERSON_NOUNS


# Common nouns that end in -man/-men without being people (or, "ladies and gentlemen", that
# only address an audience).
_NOT_MEN = {"abdomen", "abdomens", "specimen", "specimens", "regimen", "regimens", "acumen", "stamen", "stamens",
            "omen", "omens", "semen", "hymen", "gentlemen", "gentleman", "talisman", "caiman", "caimans", "german", "germans", "roman", "ottoman"}


def _man_word(tok: Token) -> bool:
    """'gunmen', 'a gunman', 'fishermen', 'congressman': an English compound in -man/-men
    names a person by role (a common noun, not a name)."""
    low = tok.lower_
    return tok.tag_ in ("NN", "NNS") and len(low) >= 6 and low.endswith(("man", "men")) and low not in _NOT_MEN


def could_act(tok: Token) -> bool:
    """Can this head stand for an event's source or target: a person, group, organisation,
    country or a place that is hit, rather than a thing, a quality or a topic ("drugs",
    "compliance", "great courage", "a democratic recession", "the budget")?"""
    low = tok.lower_
    if tok.ent_type_ in NOT_ACTORS or low in DOCUMENT_NOUNS:
        return False
    if is_actorish(tok):
        return True
    if low in GROUP_NOUNS or low in PLACE_NOUNS or low.rstrip("s") in GROUP_NOUNS:
        return True
    # Agent nouns: "negotiators", "regulators", "migrants", "opponents" (not "agreements").
    if tok.tag_ == "NNS" and low.endswith(("ors", "ants", "ents")) and not low.endswith("ments") and low not in NON_AGENTS:
        return True
    # A capitalised head inside the sentence is a name the entity layer did not list ("the Coalition").
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start


def is_abstract(tok: Token) -> bool:
    """A topic or state of affairs, which cannot act or be a partner ("the impact of COVID-19")."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.tag_ in ("NNP", "NNPS", "PRP"):
        return False
    low = tok.lower_
    return low in ABSTRACT or low in LEX.nouns or (tok.tag_ == "NN" and low.endswith("ing"))


def owner_of(obj: Token, agents: bool = False) -> Token | None:
    """Whose request, offer or decision: "Trump's comments", "demands by protesters"."""
    for c in obj.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$" and c.ent_type_ not in ("DATE", "TIME"):
            return c  # (not "today's announcement": a day owns nothing)
    # The doer before whom it was done to: "the release of two journalists by Iran" is Iran's.
    # ("by Iran" may hang on the journalists: the parse cannot tell whose "by" it is.)
    of = prep_objects(obj, ("of",))
    # ... as may "by" after what the thing is for ("offers for peace talks by the government").
    owners = prep_objects(obj, ("by",)) + prep_objects(obj, ("from",)) + [
        b for o in of + prep_objects(obj, ("for",)) for b in prep_objects(o, ("by",))] + of
    if agents:  # a reaction's object: "an appeal lodged by X", "proposals laid out by X"
        owners += [a for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in prep_objects(c, ("by",))]
        verb = obj.head
        if obj.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            # "welcomes the declaration today by the Government of X": an active verb has no
            # agent, so a "by" phrase hung on it after its object names the object's doer.
            owners += [a for a in prep_objects(verb, ("by",)) if a.i > obj.i]
    return next((o for o in owners if is_actorish(o)), None)


def unquantify(tok: Token) -> Token:
    """"dozens of demonstrators" -> demonstrators."""
    if tok.lower_ in QUANTIFIERS or tok.ent_type_ in ("CARDINAL", "QUANTITY"):
        inner = prep_objects(tok, ("of",))
        if inner:
            return inner[0]
    return tok


def thing_targets(obj: Token) -> list[Token]:
    """Recipients and targets named around a thing object: "sanctions imposed on X", "aid to X"."""
    out = prep_objects(obj, ("on", "against", "to", "for", "between", "into", "with", "in"))
    for of in prep_objects(obj, ("of",)):  # "a state of emergency in the north"
        out += prep_objects(of, ("on", "against", "to", "for", "in"))
    for c in obj.children:
        if c.dep_ == "acl":
            out += prep_objects(c, ("on", "against", "to", "for"))
        elif c.dep_ == "relcl":
            out += makeup_targets(c)
    return out


def makeup_targets(clause: Token) -> list[Token]:
    """'an attack that included 500 troops and tanks on the SDF headquarters': the parser hangs
    the thing's "on" on the clause that lists what it was made of, or on the last item listed."""
    if clause.lower_ not in MAKEUP_VERBS:
        return []
    items = [t for d in clause.children if d.dep_ == "dobj" for t in [d] + [
        g for g in d.subtree if g.dep_ == "conj" and g.head.i >= d.i]]
    return [o for t in [clause] + items for o in prep_objects(t, ("on", "against"))]


MAKEUP_VERBS = {"included", "includes", "include", "including", "involved", "involves", "involving",
                 "comprised", "comprising", "used", "uses", "employed"}


def own_phrase(pred: Token):
    """The predicate's objects and adjuncts, without clauses that have their own subject."""
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "mark", "aux"):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and c.dep_ not in ("dobj", "pobj"):
            continue
        yield from c.subtree


def tree_depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok = tok.head
        d += 1
    return d


def sent_start(tok: Token) -> int:
    """Index of the first token of tok's sentence. Token.sent walks every sentence of the Doc
    on each call, which made per-trigger checks quadratic in the article's length."""
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i
