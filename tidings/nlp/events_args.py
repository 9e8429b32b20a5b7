"""Who acts on whom: source and target heads of an event from its dependency structure."""
from __future__ import annotations

from spacy.tokens import Token

from .events_actors import RELATIONAL
from .events_lexicon import LexEntry, inflect
from .events_words import (
    ASPECTUAL, COMMIT, CUT_VERBS, PLACE_NOUNS, RELATION_OBJECTS, DISASTERS, FORCE_OBJECTS, INFO_OBJECTS, WEAPON_OBJECTS, RESTRICTIONS, REPRESENTATIVES, TARGET_PREPS, LEX, NOT_ACTORS, REACTION_TYPES,
    TEMPORAL, THING_TYPES, VERBAL,
)
from .events_syntax import (
    own_phrase, could_act,
    is_abstract, is_actorish, direct_object, makeup_targets, owner_of, prep_objects, thing_targets, unquantify,
    with_conjuncts,
)
from .events_triggers import DONORS, arrived_at, destinations, died_of, find_trigger, sent_to_inquire


# What a refusal can defy: "despite X's request", "under pressure from X".
_PRESSURES = {"request", "requests", "call", "calls", "demand", "demands", "pressure", "pressures", "appeal",
              "appeals", "plea", "pleas", "urging", "ultimatum", "insistence", "objections", "protests"}
_GENERIC_TARGETS = {"target", "targets"}
_WORKPLACES = {"mine", "mines", "plant", "factory", "factories", "port", "refinery", "airport", "hospital",
               "company", "shipyard", "mill", "works", "smelter", "oilfield", "field", "terminal"}
_CURRENCIES = {"usd", "eur", "dollars", "euros", "pounds", "yen", "yuan", "francs", "rupees", "million", "billion"}
_SENDING = {"send", "write", "deliver", "address", "hand", "submit"}
_MESSAGES = {"letter", "letters", "message", "messages", "note", "notes", "memo", "cable", "petition", "email"}
_PREDICATIVE = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}


def _subject(pred: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a predicate, inherited along conj/xcomp/advcl chains.
    A passive predicate stays passive whatever the voice of the clause it takes its subject
    from: in "fled after being detained" the one who fled is the one detained."""
    subj, passive = _subject_of_chain(pred)
    # Only a participle clause borrows its subject so ("said ... is committed": a that-clause
    # whose subject the parser lost is no participle).
    # So does a passive joined to an active verb ("managed to escape, but then was apprehended
    # by the police": the one who escaped is the one apprehended).
    # ("and is committed to ...", "and was determined": a state of mind, not a passive act.)
    if subj is not None and not passive and (pred.dep_ in ("advcl", "pcomp", "xcomp") or pred.dep_ == "conj" and
                                             pred.lower_ not in COMMIT) and any(
            c.dep_ == "auxpass" for c in pred.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in pred.children):
        passive = True
    return subj, passive


def _subject_of_chain(pred: Token) -> tuple[Token | None, bool]:
    t = pred
    for _ in range(6):
        # A participle with its own direct object is a misparsed finite verb, not a passive.
        # ("held hostage": the noun describes the subject; the participle is still passive.)
        misparsed = t.dep_ == "acl" and any(c.dep_ == "dobj" and c.lower_ not in _PREDICATIVE for c in t.children)
        passive = any(c.dep_ == "auxpass" for c in t.children) or \
            (t.dep_ == "acl" and t.tag_ == "VBN" and not misparsed)
        # Two subjects are a heading run into the sentence ("Office of the Spokesperson On
        # April 11, Secretary X will welcome ..."): the one next to the verb is its subject.
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        nearest = max((c for c in subjects if c.i < t.i), key=lambda c: c.i, default=None) \
            if len(subjects) > 1 else None
        if nearest is not None and not any(
                x.head == t and x.dep_ in ("prep", "npadvmod", "punct", "advmod")
                for x in t.doc[min(c.right_edge.i for c in subjects) + 1:nearest.left_edge.i]) and not any(
                "\n" in x.text for x in t.doc[min(c.i for c in subjects):nearest.left_edge.i]):
            nearest = None  # nothing of the verb's own between them: one name split in two
        for c in ([nearest] if nearest is not None else []) + list(t.children):
            if c.dep_ in ("nsubj", "csubj"):
                if c.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    return t.head, False
                return c, False
            if c.dep_ == "nsubjpass":
                if c.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    return t.head, True  # "a citizen who has been wrongfully detained": the citizen
                return c, True
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return t.head, not misparsed
        if t.dep_ == "acl" and t.tag_ in ("VBD", "VBZ") and t.head.dep_ == "ROOT" and t.head.tag_.startswith("NN"):
            # "A delegation of X ... called on Y": a finite verb cannot modify a noun; the
            # noun the parser made the root is its subject.
            return t.head, False
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj":
            t = t.head.head  # "issued a statement urging X": the issuer urges
            continue
        if t.dep_ == "relcl":
            root = _noun_root(t)
            if root is not None:
                return root, passive
            return t.head, passive
        # "Norway is in the process of providing ...": the phase noun passes the subject on.
        phase = t.dep_ == "pobj" and t.lower_ in ("process", "midst", "course", "middle")
        if (t.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "cc", "prep", "ccomp", "acomp") and not phase) \
                or t.head == t:
            return None, passive
        t = t.head
    return None, False


def _noun_root(clause: Token) -> Token | None:
    """'The Afghan government, a number of parties and the Taliban on Thursday condemned ...'
    parsed with no main verb: the sentence's root is a noun and the one finite verb hangs
    off its subject as a relative clause with no relative word and no subject of its own.
    Then that noun (the root) is the subject."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in ("WDT", "WP", "WP$", "WRB")
            for c in clause.children):
        return None
    t = clause.head
    for _ in range(6):
        if t.dep_ == "ROOT":
            return t if t.tag_.startswith("NN") else None
        if t.dep_ not in ("appos", "conj", "pobj", "prep"):
            return None
        t = t.head
    return None


def _expand_relational(heads: list[Token]) -> list[Token]:
    """'their counterparts from Australia and India' -> Australia, India."""
    out = []
    for h in heads:
        if h.lower_ in RELATIONAL:
            # "their counterparts from Australia", "their counterparts in the Ukrainian Government"
            # (not "his counterparts in Brussels": where they met)
            src = prep_objects(h, ("from", "of")) or [g for g in prep_objects(h, ("in",)) if g.ent_type_ == "ORG"
                                                      or g.lower_ in ("government", "ministry", "administration")]
            if src:
                for s in src:
                    out.extend(with_conjuncts(s))
                continue
        out.append(h)
    return out


def _governing_prep(tok: Token) -> str | None:
    """The preposition a noun (or the first of its conjuncts) is the object of."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.head.lower_ if tok.dep_ == "pobj" else None


def _past_aspect(verb: Token) -> Token:
    """The act under "continue to", "keep", "begin to" ...: the verb its content is."""
    for _ in range(3):
        if LEX.lemma_of.get(verb.lower_, verb.lower_) not in ASPECTUAL:
            break
        inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_.startswith("VB")), None)
        if inner is None:
            break
        verb = inner
    return verb


_SETTINGS = {"margins", "margin", "sidelines", "sideline", "fringes", "fringe", "eve", "occasion",
             "backdrop", "heels", "course"}


# Types whose verbs take no object of their own ("withdrew", "protested", "met and discussed
# X": X is the topic), so that an object after a conjoined verb is none of theirs.
_OWN_FRAME_TYPES = ("RETREAT", "PROTEST", "CONSULT", "MOBILIZE")


def _shared_object(entry: LexEntry, pred: Token) -> Token | None:
    """'attacked and beat peaceful protesters', 'arrested and detained 20 students': two
    verbs joined right before one object share it (right node raising). Only where the first
    verb has no object, dative or preposition of its own and the second follows it at once,
    with no subject of its own."""
    if entry.type in _OWN_FRAME_TYPES or any(
            c.dep_ in ("dobj", "dative", "iobj", "prep", "agent", "ccomp", "xcomp", "prt", "nsubjpass", "attr")
            for c in pred.children):
        return None
    doc = pred.doc
    for c in pred.children:
        if c.dep_ != "conj" or not c.tag_.startswith("VB") or c.i <= pred.i:
            continue
        if any(x.dep_ not in ("cc", "advmod", "punct") or x.head not in (pred, c) for x in doc[pred.i + 1:c.i]):
            return None  # "withdrew from the city and attacked X": not joined at once
        if any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children):
            return None
        return direct_object(c)
    return None


def event_arguments(entry: LexEntry, pred: Token, noun: Token | None) -> tuple[list[Token], list[Token]]:
    """(source heads, target heads) of the event."""
    if noun is not None and noun == pred:  # a nominal event: "his meeting with Rubio"
        src = [c for c in noun.children if c.dep_ == "poss"] or \
              [c for c in noun.children if c.dep_ in ("compound", "amod") and
               c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")][:1]
        tgt = [t for h in prep_objects(noun, ("with", "against", "on", "between")) for t in with_conjuncts(h)]
        src += prep_objects(noun, ("by",))
        if not src and len(tgt) > 1:  # "talks between X and Y"
            src, tgt = tgt[:1], tgt[1:]
        if not tgt and entry.type in ("ASSAULT", "COERCE"):
            tgt = died_of(noun)
        if entry.type == "AID" and noun.dep_ == "nsubj" and not tgt:
            # "aid from Japan arrived in Sudan": from the giver, to where it arrived (the parser
            # may hang the "from" on the destination).
            tgt = arrived_at(noun.head)
            src = src or [g for h in [noun] + tgt for g in prep_objects(h, ("from",)) if is_actorish(g)][:1]
            tgt = [t for h in tgt for t in with_conjuncts(h)]
        return src, tgt
    subj, passive = _subject(pred)
    sources: list[Token] = []
    targets: list[Token] = []
    if passive:
        agents = prep_objects(pred, ("by",))
        if entry.mode == "exercise":  # "staged by U.S. marines and Jordanian forces": drills together
            agents = [t for a in agents for t in with_conjuncts(a)]
        sources = agents
        if subj is not None:
            targets = with_conjuncts(subj)
        if not agents:
            sources = _unstated_agent(entry, pred, subj)
            if sources and entry.mode == "expel":
                targets = [t for t in targets if t not in sources]
    elif subj is not None:
        sources = with_conjuncts(subj)
        of = prep_objects(subj, ("of",)) if subj.tag_ == "NNS" and len(sources) == 1 and \
            entry.type in ("CONSULT", "AGREE", "COOPERATE") else []
        if of and len(with_conjuncts(of[0])) > 1 and could_act(subj):
            # "the Governments of the United States and North Macedonia held a dialogue",
            # "the foreign ministers of Kenya and Japan met": each country's side is one party.
            sources = with_conjuncts(of[0])
    elif pred.tag_ in ("VBD", "VBZ", "VBP"):
        # The parser sometimes misreads a sentence-initial acronym ("USAID deployed ...").
        sources = [c for c in pred.lefts if c.dep_ in ("advmod", "npadvmod", "dep", "nmod", "compound")
                   and (c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or (c.text.isupper() and len(c) > 1))][:1]
    if noun is not None:  # support verb + event noun: the noun's own arguments first
        if not sources:
            sources = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("by",))
        # Aid or funding "from X" comes from X: the giver, not whom it goes to.
        givers = [g for n in [noun] + prep_objects(noun, ("in", "of")) for g in prep_objects(n, ("from",))
                  if is_actorish(g)] if entry.type == "AID" else []
        if givers:  # "announced funding from the United States", "received aid from Japan"
            sources = givers[:1]
        # "an operation, Operation X, against militants": the name in apposition carries it on.
        # A meeting, conference or talks "on" something are about it ("a Ministerial
        # Conference on Migration and Protection", "talks on Somalia"): a topic, not a party.
        # (A dinner "for" someone has them as its guest.)
        topics = ("on", "upon") if entry.type == "CONSULT" else ()
        tgt = [t for n in [noun] + [c for c in noun.children if c.dep_ == "appos"]
               for t in prep_objects(n, tuple(p for p in ("on", "upon", "against", "with", "to", "at", "for",
                                                          "between", "into") if p not in topics) +
                                     # one is released from prison, not by it
                                     (("from",) if entry.type != "AID" and entry.mode != "release" else ()))]
        if not tgt:  # "an attack that included 500 troops and tanks on X": see thing_targets
            tgt = [t for c in noun.children if c.dep_ == "relcl" for t in makeup_targets(c)]
        if not tgt and entry.type in ("ASSAULT", "COERCE", "CONCEDE", "COOPERATE"):
            tgt = prep_objects(noun, ("of",))  # "bombardment of X", "release of X"
        if not tgt and noun.lower_ in DONORS:  # "the largest donor of aid in Iraq"
            tgt = prep_objects(noun, ("in",)) or [t for of in prep_objects(noun, ("of",))
                                                  for t in prep_objects(of, ("to", "in", "for"))]
        tgt = [t for h in tgt for t in with_conjuncts(h)]
        if entry.type in ("CONSULT", "AGREE", "COOPERATE"):
            # "a Conference on Migration and Protection with Panama", "talks on trade with
            # Japan": once a partner is named, what the talks are "on" is their topic.
            partners = [t for t in tgt if _governing_prep(t) in ("with", "between")]
            tgt = partners or tgt
        tgt += [c for c in noun.children if c.dep_ == "conj" and c.lower_ in RELATIONAL]
        if not tgt and entry.mode == "hostage":  # "held 20 aid workers hostage" (parsed as a compound)
            tgt = [c for c in noun.children if c.dep_ == "compound" and is_actorish(c)]
            if noun.i == pred.i + 1 and noun.lower_ in ("hostage", "captive") and not list(noun.children) and \
                    not passive:
                # "Kenyans held hostage by the rebels": a bare "hostage" right after the verb
                # says what the subject is; the one holding them is the "by" agent, if named.
                sources, tgt = prep_objects(pred, ("by",)), sources
                targets = []
        targets = targets or tgt
        if noun.lower_ in RESTRICTIONS and not any(is_actorish(t) for t in targets):
            # "imposed blockades around Palestinian towns", "a ban on imports of Australian wine"
            targets = measured(noun) or targets
    if not targets:
        obj = direct_object(pred)
        if obj is None and noun is None and not passive:
            obj = _shared_object(entry, pred)
        if obj is not None and obj != noun and LEX.nouns.get(obj.lower_) is None:
            targets = [obj]
        elif obj is not None and obj != noun:
            targets = [obj]
        # "will release a volunteer to the Red Cross": whom one frees is the target, not the
        # body one hands them over to.
        freed = entry.mode == "release" and obj is not None and is_actorish(obj)
        # "welcomed the minister to Washington": whom one hosts, not where.
        freed = freed or entry.mode == "host" and obj is not None and is_actorish(obj)
        for c in pred.children:
            if c.dep_ in ("dative", "iobj") and not freed:
                # "offered Kenya troops" has the recipient itself; "offered to Kenya troops"
                # its preposition, whose object is the recipient.
                inner = [g for g in c.children if g.dep_ == "pobj"] if c.tag_ == "IN" else [c]
                if inner:  # the recipient, not what is given
                    targets = [t for h in inner for t in with_conjuncts(h)]
        # What is fired or said is not whom it is aimed at: "fired rockets at Israel".
        # Nor is money or a quantity whom it goes to: "pledged $500 million to Ukraine".
        if not targets or targets[0].lower_ in INFO_OBJECTS or unquantify(targets[0]).ent_type_ in NOT_ACTORS or \
                (entry.type == "ASSAULT" and targets[0].lower_ in WEAPON_OBJECTS):
            preps = TARGET_PREPS if entry.type != "REQUEST" else ("on", "upon", "to", "from", "for")
            if entry.type == "CONSULT" and entry.mode != "phone":
                # One meets with or visits someone; "from" says where one comes from ("attends
                # meetings, from the Department of State"), a call "from X" excepted.
                preps = tuple(p for p in preps if p != "from")
            # The verb's own preposition ("stand by X") names whom, even one that elsewhere
            # names the doer.
            own = entry.key.split()[-1] if " " in entry.key else None
            targets = prep_objects(pred, preps + ((own,) if own and own not in preps else ())) or targets
        if targets and obj is not None and targets[0] == obj:
            targets = with_conjuncts(obj)
    obj = direct_object(pred)
    obj = unquantify(obj) if obj is not None else None
    targets = [unquantify(t) for t in targets]
    to = (destinations(pred) if entry.mode == "send" else prep_objects(pred, ("to",))) or [
        t for t in own_phrase(pred) if t.dep_ == "pobj" and t.head.lower_ == "to"
        and t.head.head.lower_ != "back"  # "skulls that date back to A.D. 640": an age, not a recipient
        and (is_actorish(t) or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))][:1]
    # A border or airspace is opened or closed to the neighbours it faces, whoever's it is
    # ("closed Venezuela's land borders with Brazil"): like one's own troops, where, not what.
    own_forces = obj is not None and entry.mode != "expel" and (  # the expelled are others' diplomats
        obj.lower_ in FORCE_OBJECTS | REPRESENTATIVES | _FRONTIERS or
        any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children))
    provided_with = obj is not None and is_actorish(obj) and bool(prep_objects(pred, ("with",)))
    if to and not provided_with and (entry.type == "AID" or entry.mode in ("return", "judicial") or (
            entry.mode == "surrender" and is_actorish(to[0]))):  # "surrendered their territory to X"
        targets = to  # "returned the artifacts to Peru", "extradited him to the US"
    elif entry.type in ("RETREAT", "MOBILIZE", "SANCTION", "AID", "COERCE", "CONCEDE") and own_forces and not (
            entry.type == "AID" and prep_objects(pred, ("with",)) and is_actorish(obj)):  # "provided the army with jets"
        # "withdrew its troops from Syria", "closed its borders with Togo": where, not what
        where = prep_objects(pred, ("from", "to", "into", "in", "with", "against", "on")) + thing_targets(obj)
        where = [t for t in where if t.ent_type_ not in NOT_ACTORS]
        helped = [o for x in pred.children if x.dep_ in ("advcl", "xcomp") for o in [direct_object(x)]
                  if o is not None and (is_actorish(o) or o.ent_type_ in ("GPE", "NORP", "ORG"))]
        if not helped and entry.type in ("CONCEDE", "AID") and not prep_objects(pred, ("to", "with", "from")):
            # "opened its borders to reduce Syrian hardship": whose need the purpose clause names.
            helped = [c for x in pred.children if x.dep_ in ("advcl", "xcomp") and x.tag_ == "VB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                      for o in [direct_object(x)] if o is not None for c in o.children
                      if c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE")][:1]
            where = where or helped
        if not where and entry.type == "MOBILIZE" and not helped:  # "sent troops to help X fight Y": X
            # "mobilized troops for a possible order to move against Syria's weapons": whom
            # the forces are readied against, however deep.
            where = [t for t in own_phrase(pred) if t.dep_ == "pobj" and t.head.lower_ == "against"][:1]
            # "against Syria's chemical weapons": a thing stands for whose it is.
            where = [owner_of(t) or t for t in where]
        if where:
            targets = [t for h in where[:1] for t in with_conjuncts(h)]
        elif obj.lower_ in _FRONTIERS and targets and targets[0] == obj and not any(
                c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ or c.tag_ in ("NNP", "NNPS"))
                for c in obj.children):  # "the Rafah crossing" is a named place
            targets = []  # "reopened its border": the state's own frontier is nobody it acts on
    elif entry.type in REACTION_TYPES and targets and not is_actorish(targets[0]) and not (
            entry.type == "AGREE" and len(sources) > 1):  # "X and Y agreed to a truce brokered by Z": X with Y
        owner = owner_of(targets[0], agents=True)
        if owner is not None:
            targets = [owner]
    # "encouraged platforms to act responsibly, in line with X": whoever is asked to act is
    # the one asked, actor-like word or not.
    addressed = entry.type == "REQUEST" and bool(targets) and obj is not None and targets[0] == obj and \
        obj.tag_ in ("NNS", "NN") and any(c.dep_ in ("xcomp", "ccomp") and c.i > obj.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in pred.children)
    if entry.type in THING_TYPES and (not targets or not is_actorish(targets[0])) and not addressed:
        things = targets
        moved = prep_objects(pred, ("to", "from", "on", "against", "into", "with", "in", "for")) \
            + [t for o in ([obj] if obj is not None else []) + things for t in thing_targets(o)]
        moved = [t for t in (unquantify(m) for m in moved) if t.ent_type_ not in NOT_ACTORS]
        if entry.type == "REQUEST" and obj is not None:
            # "will seek support from Abbas": whom a thing is sought from is whom one asks.
            asked = [t for t in prep_objects(obj, ("from",)) if is_actorish(t)]
            # "an appeal for USD 88 million to help people in Ethiopia": money asked for is
            # nobody; the purpose clause names whom it is for.
            money = [t for t in moved if t.lower_ in _CURRENCIES or any(
                c.dep_ == "nummod" and c.tag_ == "CD" for c in t.children) and not is_actorish(t)]
            moved = asked or [t for t in moved if t not in money]
            if money and not moved:
                moved = [o for t in money for x in t.head.head.children if x.dep_ in ("acl", "advcl", "relcl")
                         for o in [direct_object(x)] if o is not None and is_actorish(o)][:1] or [
                    o for x in list(obj.children) + list(pred.children) if x.dep_ in ("acl", "advcl")
                    for o in [direct_object(x)] if o is not None and is_actorish(o)][:1]
        # "restrictions between it and Israel": the pronoun is the acting side itself.
        moved = [c for m in moved for c in (with_conjuncts(m)[1:] if m.tag_ == "PRP" and m.head.lower_ == "between"
                                            else [m])]
        if not any(is_actorish(m) for m in moved) and entry.type in ("CONCEDE", "SANCTION") and obj is not None \
                and (obj.lower_ in RESTRICTIONS or obj.lower_ in _TRADE):
            # "suspended imports of Lithuanian beef": whose goods the measure stops.
            moved = measured(obj, pred) or moved
        if not any(is_actorish(m) for m in moved) and entry.type in ("CONCEDE", "SANCTION") and obj is not None \
                and (obj.lower_ in RESTRICTIONS or entry.mode == "policy"):
            # "lifted restrictions on the ability of individuals to visit relatives in Cuba",
            # "travel curbs to and from North Korea": the one country the measure is about.
            named = {t.lower_: t for t in own_phrase(pred) if t.ent_type_ == "GPE" and t != obj
                     and t.dep_ != "compound"}
            if len(named) == 1:
                moved = list(named.values())
        # Money and goods given are not the recipient: "gave 6 million euros ... in Ethiopia".
        things = [t for t in things if t.ent_type_ not in ("MONEY", "QUANTITY", "CARDINAL")]
        if entry.mode == "return" and not any(is_actorish(m) for m in moved) and obj is not None:
            # "will return the bases it seized from the government": to whom they were taken from.
            moved = [g for x in obj.children if x.dep_ in ("relcl", "acl") for g in prep_objects(x, ("from",))
                     if is_actorish(g)][:1] or moved
        targets = moved or _territory(pred, noun) or things
    # "agreed to lift tariffs on X", "threatened to shell X": the content's target; so too for
    # the content of a noun: "accepted an invitation to meet X", "rejected appeals to release X".
    contents = [x for x in pred.children if x.dep_ == "xcomp"] or [
        x for h in {n for n in (noun, obj) if n is not None and n != pred} for x in h.children
        if x.dep_ == "acl" and x.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)] or [
        # "rejected appeals to release X" with the appeal's content hung on the verb
        x for x in pred.children if x.dep_ == "advcl" and x.tag_ == "VB" and obj is not None
        and obj.lower_ in _PRESSURES and obj.i < x.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]
    for x in contents:
        x = _past_aspect(x)  # "committed to continue to provide Ukraine with X": the providing
        if x.tag_.startswith("VB") and (not targets or not is_actorish(targets[0]) or len(sources) > 1) and not addressed:
            inner = find_trigger(x)
            if inner is not None:
                inner_targets = [t for t in event_arguments(inner[0], inner[1], inner[2])[1] if is_actorish(t) or any(
                    c.ent_type_ in ("NORP", "GPE", "ORG") for c in t.subtree)]
                if inner_targets:
                    targets = inner_targets
            break
    if not targets and len(sources) < 2:  # "refused to lift sanctions on X": the complement's
        for x in pred.children:
            if entry.type == "REQUEST" and x.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in x.children):
                break  # "called for the Taliban to let girls go": the clause's subject, below
            if x.dep_ in ("xcomp", "advcl") and x.tag_.startswith("VB"):
                xo = direct_object(x)
                inner = prep_objects(x, ("to", "on", "against", "with", "from"))
                if xo is not None:
                    inner = ([xo] if is_actorish(xo) else []) + thing_targets(xo) + inner
                targets = [t for t in inner if is_actorish(t)]
                if not targets and entry.type in REACTION_TYPES:
                    # "refused to comply with the Commission's provisions", "refused to join in
                    # the NATO exercises": whose the thing is.
                    things = inner + prep_objects(x, ("in",))
                    owners = [owner_of(t, agents=True) for t in things]
                    # "refused to join the NATO exercises": the body named on the thing itself.
                    named = things + ([xo] if xo is not None else [])
                    targets = [o for o in owners if o is not None][:1] or [
                        c for t in named for c in t.children if c.dep_ in ("compound", "nmod")
                        and c.ent_type_ in ("ORG", "GPE", "NORP")][:1]
                break
    if entry.type == "AID" and not any(t.ent_type_ in ("GPE", "NORP") for t in targets) or \
            entry.mode in ("send", "troops") and not targets:  # "send troops to distribute supplies in Somalia"
        # "gave 6 million euros to promote development in Ethiopia", "donated ventilators to
        # assist Ethiopia": the country the purpose clause names is the recipient.
        beneficiary = _purpose_country(pred, obj)
        if beneficiary:
            targets = beneficiary
        elif entry.type == "AID" and not any(is_actorish(t) for t in targets):
            targets = _purpose_people(pred) or targets
    targets = [t for t in targets if t.ent_type_ not in NOT_ACTORS and t.lower_ not in TEMPORAL
               and t.lower_ not in DISASTERS and t.lower_ not in ("today", "tonight", "aggression")]
    # "in Paris", "at the summit": where it happened is not whom it involved.
    if entry.type in VERBAL or entry.type in ("COOPERATE", "PROTEST"):
        targets = [t for t in targets if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "inside")
                                              and t.head.head in (pred, noun))]
    # "met X on the margins of the G20", "on the sidelines of President Y's trip to Europe":
    # the occasion it happened at, and whatever that names, is nobody met.
    targets = [t for t in targets if not (t.dep_ == "pobj" and t.lower_ in _SETTINGS)]
    if entry.mode == "strike" and not any(is_actorish(t) for t in targets):
        # "stopped work in a strike at the Grasberg mine": a named workplace struck at stands
        # for its owner, whom a labour strike is against.
        heads = [pred] + ([noun] if noun is not None else []) + [
            p for p in prep_objects(pred, ("in", "on")) if p.lower_ in ("strike", "strikes")]
        sites = [t for h in heads for t in prep_objects(h, ("at",)) if t.lower_ in _WORKPLACES
                 and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in t.children)]
        targets = sites[:1] or targets
    if not targets and entry.type == "PROTEST":  # "demonstrated in Nairobi against the government"
        targets = [t for h in prep_objects(pred, ("against",)) for t in with_conjuncts(h)]
    if not any(is_actorish(t) for t in targets) and entry.type == "PROTEST":
        # "rallied outside the Russian embassy": a protest at a state's mission is against that state.
        sites = [t for h in [pred] + ([noun] if noun is not None and noun != pred else [])
                 for t in prep_objects(h, ("outside", "at", "near", "to", "before", "in"))
                 + [g for p in prep_objects(h, ("in",)) if p.lower_ == "front" for g in prep_objects(p, ("of",))]
                 if t.lower_ in _MISSION_SITES]
        named = [c for t in sites for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                 and c.ent_type_ in ("GPE", "NORP")]
        targets = named[:1] or targets
    if entry.type == "CONSULT" and LEX.lemma_of.get(pred.lower_) in ("discuss", "debate", "review", "explore"):
        # One discusses a topic ("the coup in Burma") with a partner: only "with" names one.
        partners = prep_objects(pred, ("with",)) + [w for t in targets if t.head == pred and t.dep_ == "dobj"
                                                    for w in prep_objects(t, ("with",))]
        targets = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ == "with"] or \
            [t for h in partners for t in with_conjuncts(h)]
    if entry.type in ("CONSULT", "AGREE", "COOPERATE"):
        # One discusses topics with partners; "ratified a defence agreement with the United
        # States": the pact's own partner.
        targets = [x for t in targets for x in (
            [p for h in prep_objects(t, ("with", "between")) for p in with_conjuncts(h) if is_actorish(p)]
            if is_abstract(t) else [t])]
    if not any(is_actorish(t) for t in targets):
        # Whom a request or refusal is about, as the subject of its clause: "called for Britain
        # to stay", "its demand that the US ease sanctions", "will not accept refugees fleeing".
        clauses = [c for c in pred.children if c.dep_ in ("advcl", "ccomp") and (
            any(m.dep_ == "mark" and m.lower_ in ("for", "that") for m in c.children)
            if entry.type == "REQUEST" or entry.key == "allow"  # "gave approval for the UN to deliver"
            else c.tag_ == "VBG" and direct_object(pred) is None)]
        if entry.type == "REQUEST" and noun is not None and noun != pred:
            clauses += [c for c in noun.children if c.dep_ in ("acl", "ccomp") and
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        subjects = [g for c in clauses[:1] for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                    and g.tag_ not in ("PRP", "WDT", "WP")]
        if subjects:
            targets = with_conjuncts(subjects[0])
    if entry.type in ("COOPERATE", "CONSULT", "AGREE") and not any(is_actorish(t) for t in targets):
        # "coordinated sanctions alongside the United States": whom one acts alongside is the
        # partner, whatever the object acted on.
        anchors = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
        beside = [t for a in anchors for h in prep_objects(a, ("alongside",)) for t in with_conjuncts(h)
                  if is_actorish(t)]
        targets = beside or targets
    if entry.type in ("SUPPORT", "COOPERATE", "CONSULT", "AGREE") and not targets:
        # "stands in solidarity with the UK", "is in partnership with X": the partner of the
        # state one is in.
        states = [s for s in prep_objects(pred, ("in",)) if s.tag_ in ("NN", "NNS") and not s.ent_type_]
        targets = [t for h in (prep_objects(pred, ("with",)) if states else []) + [
            h for s in states for h in prep_objects(s, ("with",))] for t in with_conjuncts(h) if not is_abstract(t)]
        # "with its neighbour Peru": the name in apposition is the partner.
        targets = [next((a for a in t.children if a.dep_ == "appos" and a.tag_ in ("NNP", "NNPS")), t)
                   for t in targets]
    if entry.type == "COOPERATE" and obj is not None:
        # "shared evidence with India against X": one cooperates with the partner; whom the
        # work is against is the common adversary.
        partners = [t for a in (pred, obj) for h in prep_objects(a, ("with",)) for t in with_conjuncts(h)
                    if is_actorish(t)]
        if partners and targets and not any(t in partners for t in targets):
            targets = partners
    if entry.mode in ("recognize", "relations") and obj is not None and obj.lower_ in RELATION_OBJECTS and \
            not any(is_actorish(t) for t in targets):
        # "established diplomatic ties on Saturday with Bhutan": the partner, wherever "with" hangs.
        partners = prep_objects(pred, ("with",)) + prep_objects(obj, ("with", "between"))
        targets = [t for h in partners for t in with_conjuncts(h)] or targets
    if entry.mode == "mediate" and not any(is_actorish(t) for t in targets):
        # A mediation is between the parties it names, however deep: "a mediation effort to
        # resolve the rift between Qatar and other Gulf states".
        sides = [t for t in own_phrase(pred) if t.dep_ == "pobj" and t.head.lower_ == "between"][:1]
        targets = [t for h in sides for t in with_conjuncts(h)] or targets
    if entry.mode == "leadership" and not targets:
        # "resigned as president of Indonesia": the state whose office it was.
        offices = prep_objects(pred, ("as", "from")) + ([noun] if noun is not None else [])
        targets = [t for o in offices for t in prep_objects(o, ("of",)) if t.ent_type_ in ("GPE", "ORG")][:1]
    if entry.type in VERBAL and not any(is_actorish(t) for t in targets) and pred.dep_ == "advcl" and \
            pred.tag_ == "VBG" and LEX.lemma_of.get(pred.head.lower_) in _SENDING and \
            any(o.lower_ in _MESSAGES for o in [direct_object(pred.head)] if o is not None):
        # "sent a letter to the head of the WHO threatening to pull funding": what the letter
        # says is said to whom it was sent.
        to = [g for c in pred.head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
        targets = to[:1] or targets
    if entry.mode == "investigate" and not any(is_actorish(t) for t in targets) and sent_to_inquire(pred):
        # "sent officials to Qatar to investigate a report": the inquiry is into the place
        # the inquirers are sent to, unless it names whom it looks into.
        to = [g for g in destinations(pred.head) if g.ent_type_ in ("GPE", "ORG", "NORP", "LOC")]
        targets = with_conjuncts(to[0]) if to else targets
    if entry.type in ("AID", "MOBILIZE") and not passive and obj is not None and obj in targets and \
            LEX.lemma_of.get(pred.lower_, pred.lower_) in _DEPLOYING:
        # "USAID deployed seven search-and-rescue teams": those sent are the sender's own; whom
        # they serve is where they go or work ("... an effort that saved 130 lives in Haiti").
        subj_toks = {t.i for h in sources for t in h.subtree}
        places = [t for t in pred.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "into")
                  and t.ent_type_ in ("GPE", "LOC") and t.i not in subj_toks]
        targets = with_conjuncts(places[0]) if places else [t for t in targets if t.i != obj.i]
    if entry.type in ("COERCE", "ASSAULT") and not passive and not any(is_actorish(t) for t in targets):
        # "used tear gas as protesters staged a sit-in": force used while people protest is
        # used on them.
        targets = _protesting(pred) or targets
    if entry.key == "guilty" and not targets:  # "found X guilty", X parsed as the subject of "guilty"
        targets = [g for c in pred.children if c.lower_ == "guilty" for g in c.children if g.dep_ == "nsubj"][:1]
    if entry.mode == "expel" and obj is not None and not passive and obj.ent_type_ not in ("GPE", "NORP", "ORG") \
            and not any(c.ent_type_ in ("GPE", "NORP") for c in obj.children):
        # "expelled diplomats from Poland, Germany and Sweden": unnamed people sent away from
        # where they came stand for those countries.
        origins = [t for g in prep_objects(pred, ("from",)) if g.ent_type_ == "GPE" for t in with_conjuncts(g)]
        targets = origins or targets
    if entry.mode in ("seize", "occupy") and obj is not None and not passive:
        # "recaptured the town of Palmyra from Islamic State": ground or goods are taken from someone.
        losers = [t for t in prep_objects(pred, ("from",)) + prep_objects(obj, ("from",)) if is_actorish(t)]
        targets = with_conjuncts(losers[0]) if losers else targets
    if entry.mode == "asylum" and obj is not None:
        # "will not accept refugees from Afghanistan": refugees are taken in from the country
        # they flee, which the shelter (or its refusal) concerns.
        origins = [g for h in (obj, pred) for g in prep_objects(h, ("from",)) if g.ent_type_ == "GPE"]
        targets = origins[:1] or targets
    if entry.type == "REQUEST" and not any(t.ent_type_ in ("GPE", "ORG") for t in targets):
        # "called on its supporters to rally against the government": a call to protest sets
        # the caller against whom the protest is against; those called on are its own side.
        foes = _protested(pred)
        targets = foes or targets
    if entry.mode == "ceasefire" and not any(is_actorish(t) for t in targets):
        # "The coalition fighting Houthi rebels in Yemen has declared a ceasefire": a truce one
        # side declares is towards whom it is fighting.
        foes = [o for h in sources for x in h.children if x.dep_ in ("acl", "relcl") and x.tag_ in ("VBG", "VBZ", "VBP")
                and LEX.lemma_of.get(x.lower_, x.lower_) in ("fight", "battle", "combat") for o in [direct_object(x)]
                if o is not None and is_actorish(o)]
        targets = with_conjuncts(foes[0]) if foes else targets
    if entry.type == "REJECT" and not any(is_actorish(t) for t in targets):
        # "declined to resign despite Biden's request", "refused to quit under pressure from
        # his party": a refusal in the face of someone's demand rejects whoever made it.
        for a in [pred] + [x for x in pred.children if x.dep_ == "xcomp"]:
            pressed = [owner_of(d, agents=True) for d in prep_objects(a, ("despite", "under", "defying"))
                       if d.lower_ in _PRESSURES]
            pressed = [o for o in pressed if o is not None]
            if pressed:
                targets = pressed[:1]
                break
    if entry.type == "ASSAULT" and targets and all(
            t.lower_ in _GENERIC_TARGETS and t.dep_ == "dobj" and t.head == pred and not any(
                x.ent_type_ for x in t.subtree) for t in targets):
        # "struck a target in the Gaza Strip": an unnamed target is known by where it is.
        targets = _territory(pred, noun) or targets
    if entry.type not in ("CONSULT", "SUPPORT", "ACCUSE", "THREATEN", "REJECT", "PROTEST") and \
            (not targets or entry.type not in ("ASSAULT", "COERCE") and all(_bare_thing(t) for t in targets)) \
            and not addressed:
        # "sought refuge in Niger's Maradi region": a plain thing taken names nobody, so the
        # place where it is taken is what the act concerns (what is struck is the target itself).
        targets = _territory(pred, noun) or targets
    if noun is not None and noun != pred and entry.type == "CONSULT" and LEX.lemma_of.get(pred.lower_) == "receive":
        callers = prep_objects(noun, ("from",)) + prep_objects(pred, ("from",))
        if callers:  # "received a phone call from his French counterpart": the caller calls
            return callers[:1], sources
    # One receives aid from a giver; one receives (hosts) a visitor as the host.
    if (entry.key == "receive" and entry.type != "CONSULT" or (entry.type == "AID" and pred.lower_.startswith("receiv"))) \
            and not (noun is not None and prep_objects(noun, ("from",))):
        sources, targets = prep_objects(pred, ("from",)), sources
    if entry.type == "AID" and LEX.lemma_of.get(pred.lower_, pred.lower_) in _SHIPPING:
        # "deployed supplies from our warehouse in Dubai": where goods are sent from is no recipient.
        targets = [t for t in targets if not _sent_from(t, pred)]
    # "troops to the UN peacekeeping mission in Mali", "a NATO-led force in Afghanistan": a
    # multinational mission stands for the country it serves in.
    targets = [next((p for p in prep_objects(t, ("in",)) if p.ent_type_ == "GPE"), t)
               if t.lower_ in _MISSIONS and _multinational(t) else t for t in targets]
    return sources, _expand_relational(targets)


# Recipients known only as people somewhere: "aid to populations affected by the cyclone in
# Mozambique and Zimbabwe", "food for families in Tigray".
_PEOPLE_AT = {"people", "population", "populations", "communities", "community", "families", "residents",
              "households", "victims", "survivors", "civilians", "inhabitants"}


def placed_people(t: Token, is_place=lambda x: x.ent_type_ in ("GPE", "LOC")) -> list[Token]:
    """Aid to unnamed people identified only by where they are goes to that place, as one
    says "aid to Mozambique"; people said to be someone's ("Syrian families", "its citizens")
    are that someone's."""
    if t.lower_ not in _PEOPLE_AT or any(
            c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and (c.ent_type_ or c.text[:1].isupper())
            for c in t.children):
        return []
    frontier = [c for c in t.children if c.dep_ in ("prep", "acl")]
    for _ in range(6):
        nxt = []
        for x in frontier:
            if x.dep_ == "pobj" and x.head.lower_ == "in" and is_place(x):
                return with_conjuncts(x)
            if x.dep_ == "relcl" or x.ent_type_ in ("DATE", "TIME"):
                continue  # a clause of its own, or "in the months after ...": not where they are
            nxt += [c for c in x.children if c.dep_ in ("prep", "pobj", "agent", "acl")]
        frontier = nxt
    return []


_DEPLOYING = {"deploy", "send", "dispatch"}
_WHILE = {"as", "when", "while"}


def _protesting(pred: Token) -> list[Token]:
    """Who protests in a clause of the same moment: "as protesters staged a sit-in", "when
    students marched on parliament"; also the parse that makes "as" a preposition ("as
    around one hundred people ... staged a protest")."""
    for c in pred.children:
        if c.dep_ not in ("advcl", "dep") or not c.tag_.startswith("VB"):
            continue
        obj = direct_object(c)
        if _protest_word(c) or obj is not None and _protest_word(obj):
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            marked = any(x.dep_ == "mark" and x.lower_ in _WHILE for x in c.children)
            if subj is not None and marked and could_act(unquantify(subj)):
                return with_conjuncts(unquantify(subj))
            if subj is None and c.dep_ == "dep":
                people = [unquantify(g) for p in pred.children if p.dep_ == "prep" and p.lower_ in _WHILE
                          and p.i < c.i for g in p.children if g.dep_ == "pobj"]
                if people and could_act(people[0]):
                    return with_conjuncts(people[0])
    return []


# What those called on are asked to join or stage against someone, besides the lexicon's
# protest and mobilization nouns and verbs.
_UPRISINGS = {"mobilization", "mobilisation", "mobilizations", "uprising", "revolt", "strike", "strikes",
              "resistance", "struggle", "protests", "marches", "rallies"}
_RISING = {f for v in ("rise", "revolt", "rebel", "resist", "fight", "stand", "unite") for f in inflect(v)}


def _protest_word(h: Token) -> bool:
    kind = LEX.nouns.get(h.lower_) if h.tag_.startswith("NN") else LEX.verb(h.lower_, [])
    return kind is not None and kind.type in ("PROTEST", "MOBILIZE") or h.lower_ in _UPRISINGS or \
        LEX.lemma_of.get(h.lower_) == "strike" or h.tag_.startswith("VB") and (
            h.lower_ in _RISING or  # "rise up against", "take to the streets against"
            any(p.lower_ == "to" and any(g.lower_ in ("streets", "street") for g in p.children) for p in h.children))


def _called_off(t: Token) -> bool:
    """Is the protest word (or the protest its "against" hangs on) the object of ending it?"""
    for x in (t, t.head, t.head.head):
        if x.dep_ in ("dobj", "pobj", "nsubjpass") and LEX.lemma_of.get(x.head.lower_, x.head.lower_) in (
                CUT_VERBS | {"lift", "call", "abandon", "drop", "stop", "end"}):
            return True
    return False


def _protested(pred: Token) -> list[Token]:
    """Whom the protest a call asks for is against: "called on workers to mobilize against
    U.S. war moves", "called for Egyptians to join the mobilization against army rule", "urged
    members to boycott Israeli goods". Only a party named on it counts ("against corruption"
    names nobody)."""
    scopes = [x for x in pred.children if x.dep_ in ("xcomp", "advcl", "ccomp") and x.tag_.startswith("VB")] + \
        prep_objects(pred, ("for",))  # "called for protests against X", "called for a boycott of X"
    for x in scopes:
        for t in x.subtree:
            foe = None
            if t.dep_ == "prep" and t.lower_ == "against":
                h = t.head
                if h.tag_.startswith("VB") and direct_object(h) is not None and _protest_word(direct_object(h)):
                    h = direct_object(h)  # "join a march ... against X" with "against" on "join"
                if _protest_word(h):
                    foe = next((g for g in t.children if g.dep_ == "pobj"), None)
            elif LEX.lemma_of.get(t.lower_) == "boycott" or t.lower_ in ("boycott", "boycotts"):
                # what is boycotted stands for whoever makes or owns it
                foe = direct_object(t) if t.tag_.startswith("VB") else next(iter(prep_objects(t, ("of", "on"))), None)
            if foe is None or _called_off(t):
                continue  # "asked them to end the boycott of Uzbek cotton": no protest is called for
            if is_actorish(foe):
                return with_conjuncts(foe)
            # A thing stands for whose it is or whom it names: "Germany's rules", "U.S. war moves".
            owner = owner_of(foe)
            named = [c for c in foe.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < foe.i
                     and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or is_actorish(c))]
            return [owner] if owner is not None else named[:1]
    return []


def _multinational(mission: Token) -> bool:
    """'the UN peacekeeping mission', 'the NATO-led security force', 'an African Union force'."""
    mods = [x for c in mission.children if c.dep_ in ("compound", "amod", "nmod") and c.i < mission.i
            for x in c.subtree]
    return any(x.lower_ in _MULTINATIONAL or x.ent_type_ == "ORG" for x in mods)


_MULTINATIONAL = {"peacekeeping", "multinational", "international", "peace", "stabilization", "stabilisation",
                  "led", "un", "u.n.", "nato", "au", "ecowas", "eu"}
_TRADE = {"imports", "exports", "trade", "flights", "shipments", "purchases", "sales", "deliveries", "supplies"}
_MISSION_SITES = {"embassy", "embassies", "consulate", "consulates", "mission", "legation", "residence"}
_FRONTIERS = {"border", "borders", "frontier", "frontiers", "airspace", "crossing", "crossings"}
_MISSIONS = {"mission", "missions", "force", "forces", "operation", "contingent", "coalition"}
_RESTRICTING = {f for v in ("restrict", "block", "bar", "limit", "deny", "prevent", "cut", "close", "seal", "ban")
                for f in inflect(v)}
_MEASURE_PREPS = ("on", "against", "of", "with", "between", "to", "from", "into", "around")


def measured(obj: Token, pred: Token | None = None) -> list[Token]:
    """Whom a restriction is on, however deep the phrase names them: "a ban on imports of
    British beef" (Britain), "the ban on doing business with ZTE", "restrictions between it
    and Israel" (Israel, not the restricting state itself). The nearest actors win; failing
    them, the country a thing is qualified by ("Indian television channels")."""
    frontier = [obj] + ([c for c in pred.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
                        if pred is not None else [])
    # "a curfew that restricts access to the city's downtown": what the measure's own clause
    # restricts says what it is on.
    frontier += [c for c in obj.children if c.dep_ in ("relcl", "acl") and
                 c.lower_ in _RESTRICTING]
    for _ in range(4):
        nxt: list[Token] = []
        for h in frontier[:12]:
            kids = [h] if h.dep_ == "prep" and h in frontier and h.head == pred else list(h.children)
            for c in kids:
                if c.dep_ in ("prep", "dative") and c.lower_ in _MEASURE_PREPS:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            nxt.extend(with_conjuncts(g))
                        elif g.dep_ == "pcomp":
                            nxt.append(g)
                elif h.tag_.startswith("VB") and c.dep_ == "dobj":
                    nxt.append(c)
        nxt = [t for t in nxt if t.ent_type_ not in NOT_ACTORS]
        hits = [t for t in nxt if t.tag_ not in ("PRP", "PRP$") and t.tag_.startswith("NN")
                and (is_actorish(t) or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))]
        # "restricts access to the downtown", "blocked access to Gaza": the place closed off.
        hits = hits or [t for t in nxt if t.dep_ == "pobj" and t.head.lower_ == "to" and
                        t.head.head.lower_ == "access" and t.tag_.startswith("NN")]
        if hits:
            return hits[:3]
        # "blockades around Palestinian towns in the West Bank": places closed off are what
        # the measure is on, before the country they are qualified by.
        places = [t for t in nxt if t.lower_ in PLACE_NOUNS and t.tag_.startswith("NN")]
        if places:
            return places[:3]
        mods = [m for t in nxt if t.tag_.startswith("NN") for m in t.children
                if m.dep_ in ("amod", "compound", "nmod", "poss") and m.ent_type_ in ("NORP", "GPE")]
        if mods:
            return mods[:3]
        # "restrictions on the formation of political parties": a group that is no name.
        groups = [t for t in nxt if t.tag_ in ("NNS", "NN") and could_act(t) and not is_abstract(t)
                  and not prep_objects(t, ("of",))]  # "the movement of workers" is their moving
        if groups:
            return groups[:3]
        frontier = nxt
    return []


def _bare_thing(tok: Token) -> bool:
    """A common noun that is no actor and has no owner or named modifier ("refuge", "shelter")."""
    return tok.tag_ in ("NN", "NNS") and not tok.ent_type_ and not is_actorish(tok) and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and (c.ent_type_ or c.tag_ in ("NNP", "NNPS", "PRP$"))
        for c in tok.children) and not prep_objects(tok, ("of", "to", "for", "on", "against", "with"))


def _territory(pred: Token, noun: Token | None) -> list[Token]:
    """Where an untargeted action applies: "a curfew in parts of Kashmir", "refuge in Niger",
    "a ceasefire in Hodeidah" (the place is then what is acted on)."""
    heads = [pred] + ([noun] if noun is not None and noun != pred else [])
    obj = direct_object(pred)
    if obj is not None and obj not in heads:
        heads.append(obj)
    for p in prep_objects(pred, ("to",)):  # "agreed to a ceasefire in ..."
        heads.append(p)
    for h in list(heads[1:]):  # "a ceasefire halting Turkey's incursion into northern Syria"
        for c in h.children:
            if c.dep_ == "acl" and c.tag_ == "VBG":
                o = direct_object(c)
                heads += [c] + ([o] if o is not None else [])
    if pred.dep_ == "advcl" and pred.tag_ == "VBG":  # "arrived in Chad seeking refuge": where they came
        heads.append(pred.head)
    found = []
    for h in heads:
        for t in prep_objects(h, ("in", "into", "across", "throughout")):
            # "in Niger's Maradi region": an area word owned by a named place is that place.
            placed = any(c.dep_ in ("poss", "compound") and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.tag_ == "NNP")
                         for c in t.children)
            if t.ent_type_ not in NOT_ACTORS and t.lower_ not in TEMPORAL and (placed or not is_abstract(t)):
                found.append(t)
    return found[:1]


def _purpose_country(pred: Token, obj: Token | None) -> list[Token]:
    """The country an aid's purpose clause ("to help X", "to fight Ebola in X") names."""
    clauses = [c for c in pred.children if c.dep_ in ("advcl", "xcomp")]
    if clauses and not pred.tag_ == "VB":
        # "provided $1 billion to stem and end the outbreak in X": a bare infinitive the parser
        # coordinated with the finite verb is the second half of the purpose clause.
        clauses += [c for c in pred.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > clauses[0].i
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if obj is not None:  # "an increase in funding to fight Ebola in West Africa"
        clauses += [c for c in obj.children if c.dep_ in ("acl", "relcl", "advcl")]
    for x in clauses:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children) and x.dep_ != "conj":
            continue
        clause = {x} | {c for c in x.children if c.dep_ in ("ccomp", "xcomp")}
        for t in x.subtree:
            # "to help Haiti", "to help Haiti cope with ...", "to fight Ebola in West Africa"
            if t.ent_type_ in ("GPE", "LOC") and (t.dep_ in ("dobj", "nsubj") and t.head in clause or
                                         t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "throughout")):
                return with_conjuncts(t)[:3]
    return []


def _purpose_people(pred: Token) -> list[Token]:
    """Whom an aid's purpose clause serves: "handed over vehicles to support health services
    for children in Afar" (the children), "to help displaced families"."""
    for x in pred.children:
        if x.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            continue
        o = direct_object(x)
        heads = ([o] if o is not None else []) + prep_objects(x, ("for",)) + (
            prep_objects(o, ("for",)) if o is not None else [])
        people = [h for h in heads if is_actorish(h) and h.tag_ in ("NN", "NNS")]
        if people:
            return with_conjuncts(people[0])
    return []


def _unstated_agent(entry: LexEntry, pred: Token, subj: Token | None) -> list[Token]:
    """Who acted in an agentless passive, where the sentence still says: "were expelled from
    North Korea" (the expelling state), "UN sanctions against Iran were lifted" (the body
    whose sanctions they were)."""
    if entry.mode == "expel":
        return [t for t in prep_objects(pred, ("from",)) if t.ent_type_ == "GPE"][:1]
    if entry.mode == "arrest":
        # "was arrested on Monday in Niger": only a state's police and courts arrest and jail,
        # so unnamed, they are those of the state where it was done.
        # (The caller keeps it only where the entity layer knows it as a place.)
        return [t for t in prep_objects(pred, ("in",)) if t.tag_ == "NNP"][:1]
    if subj is not None and subj.lower_ in RESTRICTIONS:
        return [c for c in subj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                and c.ent_type_ in ("GPE", "ORG", "NORP")][:1]
    return []


_SHIPPING = {"send", "deploy", "dispatch", "ship", "fly", "airlift", "deliver"}


def _sent_from(t: Token, pred: Token) -> bool:
    """Is `t` inside a "from" phrase below `pred` (the goods' origin)?"""
    x = t
    for _ in range(8):
        if x.i == pred.i or x.head.i == x.i:
            return False
        if x.dep_ == "prep" and x.lower_ == "from":
            return True
        x = x.head
    return False
