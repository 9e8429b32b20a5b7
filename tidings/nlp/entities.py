"""Entities of one document: spaCy's names, repaired, merged per referent, with titles,
countries and sectors.

Steps over one parsed Doc:
1. mentions: spaCy's ents, trimmed of honorifics and possessives, split where spaCy ran
   two names together ("Rubio, Iwaya") or across a sentence end, re-typed by the shipped
   knowledge ("Quad" is an organisation, "Japanese" a nationality);
2. people: every multi-word PERSON name founds a person; a mention whose words are a subset
   of a founded name ("Iwaya", "Iwaya Takeshi", "D. Trump") joins it, whatever type spaCy
   gave it, and capitalised tokens spaCy left unlabelled that equal a known surname join too;
3. organisations and places merge on a normalised key (country words to ISO codes, corporate
   suffixes dropped: "US Steel" = "United States Steel Corp.") and on acronyms;
4. titles, countries and sectors come from the words before a person's name or an apposition
   after it ("Japanese Foreign Minister ...", "..., the national security adviser,"), read by
   the actor coder (``actors.describe``);
5. common-noun actors ("Iraqi troops", "the police") become OTHER entities with country and
   sector, so that events and actor lookups have something to point at.

Steps 2 and 3, with the mention and cluster records, are in ``entities_names.py``.

``entity_at(doc, i)`` maps a token index to its Entity (a per-token table in ``doc.user_data``).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import DEP, IS_ALPHA, IS_LOWER, LOWER, ORTH, POS, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.symbols import ADJ, AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span

from ..model import Entity
from .actors import describe
from .entities_missed import (BODY_HEADS, UNIT_KINDS, body_then_person, missed_names,
                              office_apposed, person_pieces)
from .entities_prior import MEET_VERBS, lend_document_country
from .entities_pronouns import office_mentions, pronoun_mentions
from .entities_names import (CORP_SUFFIXES, HONORIFICS, _Cluster, _cluster, _is_acronym, _Mention,
                             _name_words, vessels)
from .knowledge import load as load_knowledge
from .knowledge import norm_word
from .knowledge.people import load as load_people
from .paragraphs import doc_column

# Public names of this module; HONORIFICS and CORP_SUFFIXES live in entities_names.
__all__ = ["entity_at", "find_entities", "HONORIFICS", "CORP_SUFFIXES", "TITLE_GLUE"]

_ENTITY_AT = "tidings_entity_at"  # doc.user_data key: per token, the Entity covering it or None
# doc.user_data key: entity id -> the type the record shows, where it differs from the one the
# layers read (an unnamed office: OTHER for the layers, PERSON in the record).
SHOWN_TYPES = "tidings_shown_types"
_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
         "NORP": "NORP", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "WORK_OF_ART": "PRODUCT",
         "LAW": "PRODUCT"}
# Words allowed in a title written before a name besides role words and country words.
TITLE_GLUE = {"former", "acting", "then", "outgoing", "incoming", "current", "interim", "deputy",
              "vice", "top", "senior", "chief", "foreign", "prime", "of", "for", "and", "the",
              "state", "defense", "defence", "affairs", "national", "security", "general",
              "'s", "’s", "-", "lead", "special", "assistant", "under", "home", "finance",
              "trade", "economy", "interior", "justice", "health", "energy", "commerce",
              "treasury", "cabinet", "party", "opposition", "presidential", "white", "house",
              "press", "u.s.", "us", "new", "longtime", "veteran", "retired", "ex", "incumbent"}
_MAX_TITLE_TOKENS = 8
_NAMEISH = re.compile(r"^[A-Z][\w'’.\-]*$")


def entity_at(doc: Doc, i: int) -> Entity | None:
    """The entity covering token ``i`` of a processed doc, or None."""
    # The quote and event layers ask this for nearly every token: a plain dict lookup, since
    # each ``doc._`` access builds an Underscore object.
    table = doc.user_data.get(_ENTITY_AT)
    if table is None or not 0 <= i < len(table):
        return None
    return table[i]


def find_entities(doc: Doc, learned: bool = True) -> list[Entity]:
    """The entities of a parsed Doc; ``learned=False`` leaves out what was learned from other
    articles (``knowledge/people.json``), as ``knowledge/learn.py`` needs when it learns."""
    mentions = _mentions(doc)
    clusters = _cluster(doc, mentions)
    _repeated_names(doc, clusters)
    _attach_roles(doc, clusters)
    vessels(doc, clusters)
    _places_within(doc, clusters)
    _title_leads(doc, clusters)
    _affiliations(doc, clusters)
    roles = _role_actors(doc, mentions)
    if learned:
        # Before the two guesses below from offices named elsewhere in the text: those name
        # whoever holds the office, and a known holder of another country is not him.
        _learned_people(doc, clusters + roles)
    _office_countries(doc, clusters, roles)
    _bodies_beside(doc, clusters + roles)
    _counterpart_countries(doc, clusters)
    clusters.extend(roles)
    # Last: only gaps no cue of the actor's own could fill (see entities_prior).
    lend_document_country(doc, clusters)
    _place_trails(doc, clusters)
    _place_kinds(doc, clusters)
    clusters.extend(_acting_states(doc, clusters))
    clusters.extend(_facility_places(doc, clusters))
    clusters.extend(_party_groups(doc, clusters))
    return _to_entities(doc, clusters)


def _repeated_names(doc: Doc, clusters: list[_Cluster]) -> None:
    """An organisation's name the model labelled in one place and not in another ("the
    Coalition said ... The Coalition is trained") is a mention there too: the same words in
    the same case, outside any other mention. A lone word at a sentence start is left alone:
    its capital may be the sentence's ("Coalition" of a body, "Coalition aircraft")."""
    forms: dict[str, dict[tuple[str, ...], _Cluster]] = {}
    covered = bytearray(len(doc))
    for c in clusters:
        for m in c.mentions:
            covered[m.start - m.lead:m.end + m.trail] = b"\x01" * (m.end + m.trail - m.start + m.lead)
        if c.type != "ORG" or c.role:
            continue
        for m in c.mentions:
            words = tuple(t.text for t in doc[m.start:m.end])
            if words[0][:1].isupper() and len(words[0]) > 1:
                forms.setdefault(words[0], {}).setdefault(words, c)
    if not forms:
        return
    strings = doc.vocab.strings
    text = [strings[o] for o in doc_column(doc, ORTH)]
    starts = doc_column(doc, SENT_START)
    for i, w in enumerate(text):
        if w not in forms or covered[i]:
            continue
        # (the longest first: "CTF 50" before "CTF")
        for words, c in sorted(forms[w].items(), key=lambda x: -len(x[0])):
            e = i + len(words)
            if tuple(text[i:e]) != words or any(covered[i:e]):
                continue
            if e - i == 1 and starts[i] == 1:
                break  # a capital that may be the sentence's, not the name's
            m = _Mention(i, e, "ORG", doc[i:e].text, cluster=c)
            if i > 0 and text[i - 1].lower() == "the" and not covered[i - 1]:
                m.lead = 1
            c.mentions.append(m)
            covered[i - m.lead:e] = b"\x01" * (e - i + m.lead)
            break
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


# Nouns of places and facilities: a phrase headed by one names a location ("an ISIL-held
# building", "fighting positions", "the town"), as news-entity annotation (re3d, ACE FAC/LOC)
# marks it. Not "target", "base" or "cache": as often things or figures of speech.
_FACILITY_NOUNS = {"building", "position", "bridge", "route", "entrance", "facility", "station",
                   "compound", "city", "town", "area", "hospital", "school", "restaurant",
                   "village", "tunnel", "checkpoint", "depot", "airfield", "airport", "site",
                   "complex", "location", "territory", "neighborhood", "neighbourhood", "district",
                   "region", "camp", "mosque", "road", "highway"}
_FACILITY_KEY = "facility:"
_COUNT_WORDS = {"some", "several", "many", "other", "more", "than", "about", "nearly", "over"}


def _facility_places(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """Noun phrases headed by a place or facility noun that no name covers: LOC entities of
    no country (the place is unnamed). A count or possessive before the noun is not part of
    the place ("destroyed three fighting positions", "their positions"); a phrase followed by
    "of" is left to the place named after it ("the city of Mosul")."""
    kb = load_knowledge()
    named = bytearray(len(doc))
    for c in clusters:
        for m in c.mentions:
            named[m.start - m.lead:m.end + m.trail] = b"\x01" * (m.end + m.trail - m.start + m.lead)
    out = []
    for ch in _noun_chunks(doc):
        root = ch.root
        word = root.lower_
        if root.tag_ not in ("NN", "NNS"):
            continue
        if word not in _FACILITY_NOUNS and not (word.endswith("s") and word[:-1] in _FACILITY_NOUNS) \
                and not (word.endswith("ies") and word[:-3] + "y" in _FACILITY_NOUNS):
            continue  # (the plural of "facility", "city", "territory" is in -ies)
        if named[root.i] or ch.end < len(doc) and doc[ch.end].lower_ == "of":
            continue
        if ch.end < len(doc) and named[ch.end] and root.i > ch.start and any(
                h.kind == "role" for h in kb.lookup([doc[root.i - 1].text, root.text])):
            continue  # "the news site RTL Info": the kind of body the name after it is
        i = ch.start
        last = max((k for k in range(ch.start, root.i) if named[k]), default=None)
        if last is not None and doc[last + 1].text not in ("-", "–"):
            # "ISIL fighting positions": the name before the place is the holder's, its own
            # mention; "an ISIL-held building" has it inside one word of the place.
            i = last + 1
        while i < root.i and (doc[i].like_num or doc[i].lower_ in _COUNT_WORDS or
                              doc[i].dep_ == "poss" and doc[i].pos_ == "PRON" or
                              doc[i].tag_ == "POS"):  # "the Gaza Strip's border regions"
            i += 1
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[i:ch.end - 1]):
            continue  # a heading run into the next line
        c = _Cluster("LOC", f"{_FACILITY_KEY}{i}", forms=[doc[i:ch.end].text], first=i, role=True)
        m = _Mention(i, ch.end, "LOC", doc[i:ch.end].text, cluster=c)
        c.mentions.append(m)
        out.append(c)
    return out


# Nouns of parties known only by their relation to someone ("our partners", "all parties",
# "its backers", "both countries", "the enemy"): no role word of the table (they say nothing of
# a sector), but news-entity annotation (re3d, ACE) marks such a phrase an organisation.
_PARTY_GROUP_NOUNS = {"partners", "allies", "parties", "countries", "nations", "backers",
                      "counterparts", "perpetrators", "victims", "communities", "companies",
                      "organisations", "organizations", "teams", "others", "enemy", "enemies",
                      # bodies named by their kind, with an article: "the command", "its network"
                      "command", "squadron", "network", "networks", "convoy", "delegation",
                      "workforce", "group", "team"}
_PARTY_KEY = "party:"
_KIND_NOUNS = {"group", "team", "network", "networks", "convoy", "delegation"}
# Words of a count before a party noun; "other" and "several" say which ("other partners").
_HOW_MANY = {"some", "many", "more", "than", "about", "nearly", "over", "at", "least"}


def _party_groups(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """Noun phrases headed by a party noun that no actor or name covers: ORG entities of no
    country or sector, one per mention (who "our partners" are is not resolved). The phrase
    keeps its determiner or possessive ("our partners", "all parties"); a bare count is how
    many, not the name ("14 donor countries"). Like unnamed places they are for readers
    only: the token table, which the quote and event layers read, does not hold them."""
    covered = bytearray(len(doc))
    for c in clusters:
        for m in c.mentions:
            # (not a trail: "the victims" of "the families of the victims" is a party too)
            covered[m.start - m.lead:m.end] = b"\x01" * (m.end - m.start + m.lead)
    out = []
    for ch in _noun_chunks(doc):
        root = ch.root
        if root.lower_ not in _PARTY_GROUP_NOUNS or covered[root.i] or root.pos_ != "NOUN":
            continue
        if root.tag_ != "NNS" and not any(t.dep_ in ("det", "poss") for t in ch):
            continue  # "enemy fire", "enemy" as a modifier: no party
        if ch.end < len(doc) and doc[ch.end].lower_ == "of" and root.lower_ in _KIND_NOUNS:
            continue  # "a group of buildings": what the group is of says what it is
        i = ch.start
        own = max((k for k in range(ch.start, root.i) if doc[k].tag_ == "POS"), default=None)
        if own is not None and covered[own - 1]:
            i = own + 1  # "Al-Qaida's network": the owner is its own mention
        while i < root.i and (doc[i].is_punct or doc[i].is_space):
            i += 1
        if i == ch.start:
            while i < root.i and (doc[i].like_num or doc[i].lower_ in _HOW_MANY):
                i += 1
        if _line_break(doc, i, ch.end):
            continue
        c = _Cluster("ORG", f"{_PARTY_KEY}{i}", forms=[doc[i:ch.end].text], first=i, role=True)
        m = _Mention(i, ch.end, "ORG", doc[i:ch.end].text, cluster=c)
        c.mentions.append(m)
        out.append(c)
    return out


# Prepositions after which a country is a place ("in France", "flights to Iraq"), not a party
# ("talks with France", "an offer by Turkey", "between Iraq and Syria").
_PLACE_PREPS = {"in", "at", "near", "across", "from", "into", "inside", "throughout", "within",
                "around", "over", "of", "to", "through", "outside", "for", "on", "towards",
                "toward", "onto", "beyond", "along", "off", "via", "under", "out"}


def _acting_states(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """A country named as the one that acts ("Turkey launched", "the UK is working with
    France") stands for its state, a body, as news-entity annotation types it; named as where
    things are ("in Turkey") it is the place. The acting mentions become an organisation of
    the country's code and sector; the place keeps the rest."""
    kb = load_knowledge()
    out = []
    for c in clusters:
        if c.type != "GPE" or c.role or not c.country or c.sector == "CVL":
            continue
        if not any(h.kind == "country" for h in kb.lookup(_fullest(c).split())):
            continue  # towns stand for their people (CVL), capitals for governments already
        acting = [m for m in c.mentions if _acts(doc[m.start:m.end].root)]
        if not acting:
            continue
        state = _Cluster("ORG", c.key, forms=list(c.forms), first=acting[0].start,
                         country=c.country, sector=c.sector)
        for m in acting:
            m.cluster = state
            state.mentions.append(m)
            if not m.lead and m.start > 0 and doc[m.start - 1].lower_ == "the":
                m.lead = 1  # "the UK", as "the Coalition"
        c.mentions = [m for m in c.mentions if m.cluster is c]
        out.append(state)
    clusters[:] = [c for c in clusters if c.mentions]
    return out


# Nouns of an act whose compound country is who does it: "a U.S. strike", "Russian-led raids".
_ACT_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes",
              "attack", "attacks", "raid", "raids", "bombing", "bombings", "offensive",
              "sanctions", "intervention", "invasion", "support", "aid", "assistance",
              # what a state undertakes: "the U.S. commitment", "UK efforts", "US diplomacy"
              "commitment", "commitments", "effort", "efforts", "engagement", "leadership",
              "pledge", "pledges", "contribution", "contributions", "funding", "diplomacy",
              "cooperation", "co-operation"}
# Bodies of actors whose members are named states: "Coalition nations", "its backers".
_MEMBERS = {"nations", "countries", "states", "members", "partners", "allies", "backers",
            "community", "coalition", "participants", "contributors", "donors", "governments",
            "signatories", "powers", "sponsors", "supporters"}
# Participles of a stance, whose passive subject holds it: "the UK is committed to ...",
# "Japan is deeply concerned" (a state that holds a view acts; "Syria was ripped apart" is
# the place things happen to).
_STANCE = {"committed", "determined", "dedicated", "resolved", "prepared", "engaged",
           "concerned", "alarmed", "disappointed", "pleased", "delighted", "encouraged",
           "convinced", "opposed", "obliged", "obligated", "appalled", "saddened", "troubled"}
# Verbs whose object lists members: "nations which have conducted strikes include X, Y".
_INCLUDE = {"include", "includes", "included", "including"}


# Verbs whose object is a party dealt with, not a place: "support Iraq", "join Jordan in the
# exercise", "urge Russia to ...". (Inflected forms: the model may run without a lemmatizer.)
_PARTY_VERBS = {f"{stem}{end}" for stem in ("support", "help", "assist", "urg", "thank",
                                            "congratulat", "enabl", "encourag", "commend",
                                            "condemn", "accus", "warn", "pressur", "invit",
                                            "join", "back")
                for end in ("", "e", "s", "es", "ed", "d", "ing")}
# Nouns a state is named in apposition to as a party: "our ally Turkey", "its backers, notably
# Russia".
_PARTY_NOUNS = _MEMBERS | {"ally", "partner", "backer", "member", "sponsor", "supporter", "donor"}


def _paired_state(tok) -> bool:
    """"UK-France co-operation", "the Japan-US alliance": two countries joined by a hyphen
    before a common noun are the two parties of a relation (a named summit is a name)."""
    doc = tok.doc
    for dash, other in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
        if not (0 <= other < len(doc) and 0 <= dash < len(doc)) or doc[dash].text not in ("-", "–"):
            continue
        left = doc[min(dash, other, tok.i)]
        if left.whitespace_ or doc[dash].whitespace_ or doc[other].ent_type_ != "GPE":
            continue
        right = doc[max(other, tok.i)]
        return right.dep_ in ("compound", "nmod", "amod") and right.head.pos_ == "NOUN" and \
            right.head.i > right.i
    return False


def _acts(tok) -> bool:
    if _paired_state(tok):
        return True
    # "Australia, Belgium, Canada and ...": every conjunct of the list, however long (the
    # parser chains each to the one before, and a list of a dozen members is common).
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj" or tok.dep_ == "nsubjpass" and tok.head.lower_ in _STANCE:
        return True
    if tok.dep_ == "appos" and tok.head.lower_ in _PARTY_NOUNS:
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lower_ in _PARTY_VERBS:
        return True
    if tok.dep_ == "compound" and tok.head.lower_ in _ACT_NOUNS and tok.head.i == tok.i + 1:
        return True
    if tok.dep_ == "poss" and tok.head.lower_ in _ACT_NOUNS and tok.head.i <= tok.i + 3:
        return True  # "the UK's commitment", "Japan's diplomatic efforts"
    if tok.dep_ in ("dobj", "attr", "pobj", "appos") and tok.head.lower_ in _INCLUDE | {"notably"}:
        # "Coalition nations ... include Australia, ...", "the international community,
        # including Russia and Iran": members named of a body of actors act as it does
        # ("destinations include France" names places).
        verb = tok.head
        body = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if verb.pos_ in ("VERB", "AUX") else verb.head
        return body is not None and body.lower_ in _MEMBERS
    return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and tok.head.lower_ not in _PLACE_PREPS


def _place_trails(doc: Doc, clusters: list[_Cluster]) -> None:
    """"Palmyra, Syria", "Cibolo, Texas": a place written with the country or state it lies
    in is one mention of the place (offsets only: "Syria" keeps its own entity and tokens)."""
    places = {m.start - m.lead: m for c in clusters if c.type in ("GPE", "LOC") and not c.role
              for m in c.mentions}
    if len(places) < 2:
        return
    kb = load_knowledge()
    for m in places.values():
        k = m.end
        y = places.get(k + 1)
        if y is None or doc[k].text != "," or y is m or "\n" in doc[k].whitespace_ or \
                y.cluster is None or y.cluster.type != "GPE" or \
                "the" in (doc[m.start - m.lead].lower_, doc[y.start - y.lead].lower_):
            # What a place lies in is a state or country ("Syria", "Texas"), written bare;
            # "the Arabian Gulf, Gulf of Oman" and "the Manama Dialogue, the United States"
            # are lists.
            continue
        if any(h.kind == "country" for h in kb.lookup([t.text for t in doc[m.start:m.end]])):
            continue  # "Iraq, Syria": a list of countries
        after = doc[y.end] if y.end < len(doc) else None
        nxt = doc[y.end + 1] if y.end + 1 < len(doc) else None
        if after is not None and (after.lower_ in ("and", "or") or after.text == "," and
                                  nxt is not None and nxt.i in {p.start - p.lead for p in places.values()}):
            continue  # "Mosul, Raqqa and Aleppo": a list of towns
        m.trail = y.end - m.end


def _places_within(doc: Doc, clusters: list[_Cluster]) -> None:
    """"Mosul's Old City", "the Old City of Mosul": a place written as part of a town or
    country lies in that town's country, whatever other town has a place of that name."""
    owner = {i: c for c in clusters if c.type in ("GPE", "LOC") and c.country and not c.role
             for m in c.mentions for i in range(m.start, m.end)}
    if not owner:
        return
    for c in clusters:
        if c.type not in ("GPE", "LOC") or c.role or c.country:
            continue
        for m in c.mentions:
            k = m.start - m.lead - 1
            if k >= 1 and doc[k].text in ("'s", "’s") and doc[k - 1].whitespace_ in ("", " "):
                within = owner.get(k - 1)
            elif m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
                within = owner.get(m.end + 2 if doc[m.end + 1].lower_ == "the" else m.end + 1)
            else:
                within = None
            if within is not None and within is not c:
                c.country = within.country
                break


# Kinds of place a name is written after with "of": "the city of Mosul".
_PLACE_OF = {"city", "town", "village", "province", "district", "governorate", "region",
             "county", "municipality", "island", "port", "suburb", "neighbourhood",
             "neighborhood"}


# Kinds of place written after a name: "Idlib province", "the Wadi Barada area".
_KIND_AFTER = {"province", "region", "area", "district", "governorate", "suburbs", "suburb",
               "neighborhood", "neighbourhood", "countryside"}


def _kind_after(doc: Doc, m: _Mention) -> None:
    """"Idlib province", "Damascus suburbs": the kind of place written after its name belongs
    to the place's mention (offsets only), with the article before the name ("the Wadi
    Barada area"). Not where the name is another's ("the U.S. 5th Fleet area": no place)."""
    k = m.end + m.trail
    if k >= len(doc) or doc[k].lower_ not in _KIND_AFTER or doc[k].tag_ not in ("NN", "NNS") or \
            doc[k - 1].whitespace_ != " " or doc[m.end - 1].head.i != k:
        return
    m.trail = k + 1 - m.end
    j = m.start - m.lead
    if not m.lead and j > 0 and doc[j - 1].lower_ == "the" and "\n" not in doc[j - 1].whitespace_:
        m.lead += 1


def _place_kinds(doc: Doc, clusters: list[_Cluster]) -> None:
    """"the city of Mosul", "the Syrian town of Dabiq", "the northwest province of Latakia":
    the kind of place written before the name, with its article and modifiers, is one mention
    of the place (offsets only: the name and its tokens stay the town's)."""
    for c in clusters:
        if c.type not in ("GPE", "LOC") or c.role:
            continue
        for m in c.mentions:
            _kind_after(doc, m)
            k = m.start - 1
            if m.lead or k < 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _PLACE_OF:
                continue
            j = k - 1
            while j > 0 and k - j < 4 and doc[j - 1].pos_ in ("ADJ", "PROPN", "NOUN") and \
                    not doc[j - 1].is_sent_start and "\n" not in doc[j - 1].whitespace_:
                j -= 1
            if j > 0 and doc[j - 1].lower_ in ("the", "a") and "\n" not in doc[j - 1].whitespace_:
                j -= 1
            m.lead = m.start - j


def _learned_people(doc: Doc, clusters: list[_Cluster]) -> None:
    """A person the text gives no country takes the one the office table or other articles
    give that name (as of the text's year, where it has a date)."""
    people = load_people()
    if not people.by_key:
        return
    kb = load_knowledge()
    pub = str(getattr(getattr(doc._, "tidings_ctx", None), "pub_date", None) or "")
    year = int(pub[:4]) if pub[:4].isdigit() else None
    for c in clusters:
        name = _fullest(c)
        words = name.split()
        ruler = next((k for k, w in enumerate(words) if k and w.lower() in RULER_BODIES), None)
        if c.type in ("ORG", "OTHER") and c.country is None and ruler is not None and \
                all(_NAMEISH.match(w) for w in words[:ruler]):
            # "the Assad regime", "Trump administration officials": the body (or its people)
            # take the country of the leader it is named after.
            p = people.find(" ".join(words[:ruler]), year)
            if p is not None:
                c.country = p.country
            continue
        if c.role or (c.country and c.sector) or c.type not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        if c.type != "PERSON":
            # "Putin" or "Hashim Thaci" read as an organisation or a place: a learned
            # person's name that the tables know as nothing else is that person.
            if kb.lookup(name.split()) or not _NAMEISH.match(name.split()[0]):
                continue
            p = people.find(name, year)
            if p is None:
                continue
            c.type = "PERSON"
            c.country = c.sector = None
        p = people.find(name, year) or (c.title and people.find_titled(name, c.title, year))
        if not p and c.type == "PERSON":
            # "Spokesperson John Kirby": the model's span kept the office before the name.
            words = name.split()
            vocab = _title_vocabulary()
            while len(words) > 2 and words[0].lower() in vocab:
                words = words[1:]
            p = people.find(" ".join(words), year) if len(words) < len(name.split()) else None
        if not p:
            continue
        if c.country is None:
            c.country = p.country
        if c.sector is None and c.country == p.country:
            c.sector = p.sector


# Adjectives of offices: "a US presidential inauguration" speaks of the US president.
_OFFICE_ADJECTIVES = {"presidential": "president", "ministerial": "minister",
                      "prime-ministerial": "prime minister", "royal": "king",
                      "gubernatorial": "governor", "mayoral": "mayor"}


def _hyphen_words(span) -> list[str]:
    """The words of a span as the role table writes them: the tokenizer splits "anti-graft"
    and "state-run" at the hyphen, the table keeps them whole ("anti-graft agency"); a
    possessive's "'s" is no word of a role, nor the hyphen after "ex"."""
    out: list[str] = []
    glue = False
    for t in span:
        if t.tag_ == "POS":
            glue = False
            continue
        if t.text == "-" and out and not t.whitespace_ and t.i > span.start and \
                not t.doc[t.i - 1].whitespace_:
            if out[-1].lower() == "ex":
                continue  # "ex-army chief": the office is "army chief", held before
            out[-1] += "-"
            glue = True
            continue
        if glue:
            out[-1] += t.text
        else:
            out.append(t.text)
        glue = False
    return out


def _office_adjective_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _OFFICE_ADJECTIVES)


def _office_countries(doc: Doc, clusters: list[_Cluster], roles: list[_Cluster]) -> None:
    """A titled person whose country the text does not state takes the one country the text
    gives that office elsewhere ("the US president", "a US presidential visit")."""
    missing = [c for c in clusters if c.type == "PERSON" and c.title and c.country is None]
    if not missing:
        return
    kb = load_knowledge()
    # office -> (country, start of the sentence that names it)
    offices: dict[str, set[tuple[str, int]]] = {}
    for r in roles:
        if r.country and r.type == "OTHER":
            d = describe(r.forms[0])
            if d.title:
                offices.setdefault(d.title.lower(), set()).update(
                    (r.country, doc[m.start].sent.start) for m in r.mentions)
    adjectives = _office_adjective_ids()
    for i, low in enumerate(doc_column(doc, LOWER)):
        if i == 0 or low not in adjectives:
            continue
        tok = doc[i]
        office = _OFFICE_ADJECTIVES[tok.lower_]
        prev = doc[tok.i - 1]
        hits = [h for h in kb.lookup([prev.text]) if h.kind in ("country", "demonym")]
        if hits:
            offices.setdefault(office, set()).add((hits[0].country, tok.sent.start))
    for c in missing:
        # An office phrase in a sentence that also names the person, but not as his own
        # title (the prefix or apposition read earlier), is someone else: "the President of
        # the United States wants to see Ortega go" speaks of two presidents.
        own = {doc[m.start].sent.start for m in c.mentions}
        countries = {k for k, sent in offices.get(c.title.lower(), set()) if sent not in own}
        # Another person already holding that office in one country does not count twice.
        taken = {o.country for o in clusters if o is not c and o.type == "PERSON" and
                 o.title and o.title.lower() == c.title.lower() and o.country}
        left = countries - taken
        if len(left) == 1:
            c.country = next(iter(left))


def _counterpart_countries(doc: Doc, clusters: list[_Cluster]) -> None:
    """A titled person of unknown country whom an official of one side meets, in an article
    whose officials come from exactly two countries, belongs to the other side: in a bilateral
    story ("the foreign minister also met National Security Adviser Mike Waltz") the host is
    the visitor's counterpart, not a colleague travelling with him."""
    missing = [c for c in clusters if c.type == "PERSON" and c.title and c.country is None]
    if not missing:
        return
    officials = [c for c in clusters if c.type == "PERSON" and c.title and c.country]
    sides = {c.country for c in officials}
    if len(sides) != 2:
        return
    by_title: dict[str, set[str]] = {}
    for c in officials:
        by_title.setdefault(c.title.lower(), set()).add(c.country)
    owner = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for c in missing:
        for m in c.mentions:
            side = _meeter_country(doc, doc[m.start:m.end].root, owner, by_title)
            if side is not None:
                c.country = next(iter(sides - {side}))
                break


def _meeter_country(doc: Doc, tok, owner: dict, by_title: dict[str, set[str]]) -> str | None:
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head  # "held talks with X", "met with X"
        if verb.pos_ == "NOUN":
            verb = verb.head
    elif tok.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in MEET_VERBS:
        return None
    subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    c = owner.get(subj.i)
    if c is not None and c.country:
        return c.country
    # "The foreign minister also met ...": the one office-holder of that title in the text.
    title = " ".join(t.lower_ for t in subj.subtree if not t.is_stop and not t.is_punct)
    countries = by_title.get(title, set())
    return next(iter(countries)) if len(countries) == 1 else None


# -- 1. mentions -----------------------------------------------------------------------------

def _class_name(doc: Doc, s: int, e: int) -> bool:
    """A name written with "class" ("Arleigh Burke-class", "the Nimitz class carrier") names
    a class of ships or weapons after a person or place: the kind of thing, not the namesake."""
    # Written in lower case ("Jim Class" is a surname) and hyphenated when inside the span.
    if doc[e - 1].text == "-class" or doc[e - 1].text == "class" and e - s > 2 and doc[e - 2].text == "-":
        return True
    nxt = [t.text for t in doc[e:e + 2]]
    return bool(nxt) and (nxt[0] in ("class", "-class") or nxt == ["-", "class"])


def _mentions(doc: Doc) -> list[_Mention]:
    kb = load_knowledge()
    out: list[_Mention] = []
    # Words of full person names: they mark where spaCy ran a name into the one before it
    # ("... Steel Corp. Iwaya said", "the Iwaya-Rubio meeting").
    person_words: dict[str, set[int]] = {}
    ents = doc.ents  # (spaCy builds the spans anew on each read)
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            for t in ent:
                if t.is_alpha and len(t) > 2:
                    person_words.setdefault(t.lower_, set()).add(ent.start)
    person_names = frozenset(tuple(t.lower_ for t in ent) for ent in ents
                             if ent.label_ == "PERSON" and len(ent) > 1)
    # The words for the table look-ups, read over arrays (a Token object per word is dear).
    # Words the text also writes in lower case mid-sentence are common words ("question",
    # "remarks"): a heading or speaker label of only such words is nobody's name.
    strings = doc.vocab.strings
    # (one cached column each: a 2-D read costs as much again; see paragraphs.doc_column)
    words = [strings[orth] for orth in doc_column(doc, ORTH)]
    lower_words = {w for w, low, alpha, start in zip(words, doc_column(doc, IS_LOWER),
                                                      doc_column(doc, IS_ALPHA),
                                                      doc_column(doc, SENT_START))
                   if low and alpha and start != 1}
    for start, end, label in _across_no_break(doc, _name_spans(doc, kb, words), words, lower_words):
        t = _TYPE.get(label)
        if t is None:
            continue
        for s, e in _split(doc, start, end, t, person_words, person_names):
            s, e = _trim(doc, s, e, t)
            if t == "PERSON":
                s = _office_before_name(doc, kb, s, e)
            if e <= s:
                continue
            text = doc[s:e].text
            if text.islower() and t != "ORG":
                continue  # "netizen", "the government": a common noun, read as a role below
            if _class_name(doc, s, e):
                continue  # "an Arleigh Burke-class destroyer": a kind of ship, no one named
            t2 = _retype(kb, doc, s, e, t, person_words)
            if t2 == "PERSON" and _common_words(doc, s, e, lower_words, person_words):
                continue
            if t2 == "PERSON" and e - s == 1 and doc[s].lower_ in _TRANSCRIPT_LABELS and \
                    e < len(doc) and doc[e].text == ":":
                continue  # "QUESTION: ...": a briefing transcript's label, nobody's name
            if t2 is None or (t2 == "ORG" and _all_title_words(doc, s, e)):
                continue
            m = _Mention(s, e, t2, text)
            if s > 0 and doc[s - 1].lower_ == "the" and (
                    t2 in ("ORG", "GPE", "LOC") and s > start or t2 in ("ORG", "LOC")):
                # "the United States", "the Coalition", "the SDF", "the Red Sea": the article
                # of an organisation or of a region, sea or range belongs to its mention (the
                # model often reads it so); the name drops it.
                m.lead = 1
            elif t2 in ("GPE", "LOC") and s > 0 and _COMPASS.match(doc[s - 1].text):
                m.lead = 1  # "northern Iraq", "eastern Aleppo": the part of the place named
            out.append(m)
    _one_sense(kb, out)
    out.extend(_known_names(doc, kb, out, words))
    out = _seas(doc, out)
    covered = bytearray(len(doc))
    for m in out:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    for s, e, t in missed_names(doc, covered, lower_words, _title_vocabulary()):
        out.append(_Mention(s, e, t, doc[s:e].text))
    return out


# Labels of the turns of a briefing or interview transcript ("QUESTION:", "Answer:"), which
# the model reads as a speaker's name where the text never writes the word in lower case.
_TRANSCRIPT_LABELS = {"question", "questions", "answer", "q", "questioner"}


def _one_sense(kb, mentions: list[_Mention]) -> None:
    """A one-word name read as a place in one mention and as an organisation in another
    ("the town of Dabiq" ... "Dabiq held symbolic importance") is the place in both, unless
    the tables know it as a body."""
    places = {m.text for m in mentions if m.type == "GPE" and m.end - m.start == 1}
    if not places:
        return
    for m in mentions:
        if m.type == "ORG" and m.end - m.start == 1 and m.text in places and \
                not any(h.kind == "org" for h in kb.lookup([m.text])):
            m.type = "GPE"


def _across_no_break(doc: Doc, spans: list[tuple[int, int, str]], words: list[str],
                     lower_words: set[str]) -> list[tuple[int, int, str]]:
    """Person names that a no-break space splits ("Stu\u00a0Burguiere") made whole: the
    tokenizer makes the space a token of its own and the model ends the name before it; a
    capitalised word right after it, untagged or read as a person of its own, is the rest,
    unless the text also writes it in lower case ("Scott Conroy\u00a0Video": a common word)
    or in another kind of name."""
    if not any(w in _NO_BREAK for w in words):
        return spans
    starts = {s: k for k, (s, _, _) in enumerate(spans)}
    # A word of another kind of name in the text ("News" of "Breitbart News") is no surname.
    other = {t.lower_ for s, e, label in spans if label != "PERSON" for t in doc[s:e]}
    out, skip = [], set()
    for k, (s, e, label) in enumerate(spans):
        if k in skip:
            continue
        while label == "PERSON" and e + 1 < len(doc) and doc[e].text in _NO_BREAK and \
                doc[e + 1].tag_ == "NNP" and doc[e + 1].is_title and not doc[e + 1].is_sent_start \
                and doc[e + 1].lower_ not in lower_words and doc[e + 1].lower_ not in other:
            nxt = starts.get(e + 1)
            if nxt is not None and spans[nxt][2] != "PERSON":
                break
            if nxt is not None:
                skip.add(nxt)
                e = spans[nxt][1]
            elif doc[e + 1].ent_type_:
                break
            else:
                e += 2
        out.append((s, e, label))
    return out


_NO_BREAK = ("\u00a0", "\u202f", "\u2007")

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff"

# A part of a place named by its direction, in lower case ("East Mosul" is a name of its own).
_COMPASS = re.compile(r"^(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?$")


def _common_words(doc: Doc, s: int, e: int, lower_words: set[str],
                  person_words: dict[str, set[int]]) -> bool:
    """Every word of a person-typed span is a word the text writes in lower case elsewhere
    (or a title word), and none is a word of another full person name here ("Price" of "Ned
    Price" stays): "QUESTION:", "Welcoming Remarks", "Principal"."""
    vocab = _title_vocabulary()
    alpha = [t for t in doc[s:e] if t.is_alpha]
    if not alpha:
        return False
    for t in alpha:
        if person_words.get(t.lower_, set()) - {s}:
            return False
        if t.lower_ not in lower_words and t.lower_ not in vocab:
            return False
    return True


def _name_spans(doc: Doc, kb, words: list[str]) -> list[tuple[int, int, str]]:
    """spaCy's entity spans, with the small model's commonest slips in people's names mended:
    a learned person's name it missed or mistyped ("Ayman Safadi"), a name it cut in two
    ("Harry Ho-jen" + "Tseng"), and a foreign given name it took for a place ("Gitanas"
    GPE + "Nauseda")."""
    # A known name inside a person span of the model's own ("Spokesperson John Kirby") is
    # already read as a person; the span, with its title, stays the model's.
    ents = doc.ents  # (spaCy builds the spans anew on each read)
    people_ents = [(ent.start, ent.end) for ent in ents if ent.label_ == "PERSON"]
    learned = [(s, e) for s, e in _learned_spans(doc, words)
               if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in people_ents)]
    taken = {i for s, e in learned for i in range(s, e)}
    spans: list[list] = [[s, e, "PERSON"] for s, e in learned]
    known: dict[str, set[int]] = {}  # words of the model's full person names -> their starts
    surnames: dict[str, set[int]] = {}  # ... and their last words
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            for t in ent:
                known.setdefault(t.lower_, set()).add(ent.start)
            surnames.setdefault(ent[-1].lower_, set()).add(ent.start)
    for ent in _repaired(doc, kb, known, surnames, ents):
        if taken.intersection(range(ent[0], ent[1])):
            continue
        s, e, label = ent
        prev = spans[-1] if spans and spans[-1][1] <= s else None
        if label == "PERSON" and prev is not None and prev[2] == "PERSON" and prev[1] == s and \
                doc[s - 1].whitespace_ == " " and not doc[s].is_sent_start:
            prev[1] = e
            continue
        if label in ("GPE", "ORG", "LOC") and e - s == 1 and prev is not None and \
                prev[2] == "PERSON" and prev[1] == s and doc[s - 1].whitespace_ == " " and \
                not doc[s].is_sent_start and doc[s].is_title and not kb.lookup([doc[s].text]):
            # "Ana Cecilia" + "Gervasi" (GPE): a capitalised word the tables know as no place
            # or body, right after a person's name, is the rest of that name.
            prev[1] = e
            continue
        if label in ("GPE", "ORG", "NORP", "LOC") and e - s == 1 and e < len(doc) and \
                _given_name_slip(doc, kb, s):
            spans.append([s, e + 1, "PERSON"])
            continue
        if label == "PERSON" and e - s >= 2 and e < len(doc) and _surname_left_out(doc, kb, e):
            e += 1  # "Juan Carlos" + "Jobet": the model stopped one word short
        if label == "PERSON" and e - s >= 2 and s > 0 and _given_name_left_out(doc, kb, s):
            s -= 1  # "Antony" + "J. Blinken": an initial is never where a name starts
        if label == "ORG" and s > 0 and e - s >= 2 and _office_left_out(doc, kb, s):
            s -= 1  # "Attorney" + "General's Office": the office is the whole title
        if label == "ORG" and _unit_number(doc, e):
            e += 1  # "CTF" + "50", "Task Force" + "58"
        spans.append([s, e, label])
    spans.sort()
    spans = _rejoin_known(doc, kb, words, [tuple(x) for x in spans])
    spans = _body_of_country(doc, kb, words, spans)
    return [_ruler_body(doc, kb, x) for x in spans]


def _body_of_country(doc: Doc, kb, words: list[str],
                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name written with the state it belongs to after "of" is one name ("the
    Supreme Court of Kenya", "the Ministry of Foreign Affairs of Peru"), as "the Government
    of Iraq" is; the model often ends the body before "of" (or just after it), which leaves
    a bare "Supreme Court" to be read as another state's. Only where the body's name has a
    word of a body ("court", "ministry", "party") and the place is a country."""
    out: list[tuple[int, int, str]] = []
    n = len(words)
    k = 0
    while k < len(spans):
        s, e, label = spans[k]
        end = None
        if label == "ORG" and any(w.lower() in BODY_HEADS for w in words[s:e]):
            p = e - 1 if words[e - 1].lower() == "of" else e
            if p < n and words[p].lower() == "of":
                p += 1 + (p + 1 < n and words[p + 1].lower() == "the")
                end = next((q for q in range(min(n, p + 4), p, -1)
                            if words[p][:1].isupper() and "\n" not in doc[s:q].text and
                            any(h.kind == "country" for h in kb.lookup(words[p:q]))), None)
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if end is not None and (nxt is None or nxt[0] >= end or
                                (nxt[0] >= e and nxt[1] == end and nxt[2] == "GPE")):
            out.append((s, end, "ORG"))
            k += 2 if nxt is not None and nxt[1] == end else 1
            continue
        out.append(spans[k])
        k += 1
    return out


def _repaired(doc: Doc, kb, known: dict[str, set[int]], surnames: dict[str, set[int]], ents):
    """The model's entity spans as (start, end, label), person spans cut to the name and a
    body's span cut where the name of the person heading it starts (``entities_missed``)."""
    for ent in ents:
        s, e, label = ent.start, ent.end, ent.label_
        if label in ("ORG", "PERSON", "GPE", "LOC") and _adjective_only(doc, kb, s, e):
            continue
        if label == "PERSON":
            for a, b in person_pieces(doc, s, e, known, surnames):
                yield a, b, label
            continue
        if label == "ORG" and e - s >= 3:
            k = body_then_person(doc, kb, s, e, known)
            if k is not None:
                yield s, k, label
                yield k, e, "PERSON"
                continue
            k = _office_place_then_holder(doc, kb, s, e)
            if k is not None:
                yield s, k, "LOC"
                yield k, e, "PERSON"
                continue
        yield s, e, label


def _office_place_then_holder(doc: Doc, kb, s: int, e: int) -> int | None:
    """"Minister for the Middle East Tobias Ellwood", "Envoy for Syria Staffan de Mistura":
    the model reads the place an office is for and its holder's name as one body. The name
    is the span's last two capitalised words (with a lower-case particle between: "de");
    where it starts, or None."""
    if s < 2 or doc[s - 1].lower_ not in ("for", "to") or not any(
            h.kind == "role" and h.role_kind == "title" for h in kb.lookup([doc[s - 2].text])):
        return None
    k = e - 3 if e - 3 > s and doc[e - 2].is_lower and doc[e - 2].is_alpha else e - 2
    name = [t for t in doc[k:e] if not t.is_lower]
    if k <= s or len(name) != 2 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in name) \
            or any(kb.lookup([t.text]) for t in name) or not any(t.is_title for t in doc[s:k]):
        return None
    return k


_JJ = get_string_id("JJ")


# Military units are numbered after their kind word (UNIT_KINDS: "Task Force 58", "Carrier Air
# Wing 7"), or with the number spelled out ("Riverine Squadron Four").
_UNIT_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve"}


def _unit_number(doc: Doc, e: int) -> bool:
    """"CTF 50 is led by ...", "Combined Task Force 150": the number after a unit's acronym or
    kind word is part of its name. Not a year ("NATO 2030") nor a count of what follows
    ("ISIL 50 fighters")."""
    if e + 1 > len(doc) or e == 0 or doc[e - 1].whitespace_ != " ":
        return False
    last, num = doc[e - 1], doc[e]
    if num.is_title and num.lower_ in _UNIT_NUMBER_WORDS:
        # "Riverine Squadron Four", "Carrier Strike Group Eleven": the navy spells the number; only
        # capitalised and after a kind word ("CTF One" may be a count of what follows).
        if last.lower_ not in UNIT_KINDS:
            return False
    elif not num.is_digit or len(num.text) > 3:
        return False
    elif not (last.is_upper and len(last.text) >= 2 or last.lower_ in UNIT_KINDS):
        return False
    nxt = doc[e + 1] if e + 1 < len(doc) else None
    return nxt is None or nxt.pos not in (NOUN, PROPN) and nxt.text != "-"


# Capitalised words of a sea named after the land on its shore ("the Gulf of Mexico", "the
# Bay of Bengal", "the Strait of Hormuz", "the Sea of Japan").
_WATERS = {"Gulf", "Bay", "Strait", "Straits", "Sea"}


def _seas(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """"Gulf of" + "Aden", "the Bay of" + "Bengal": the model (or the tables) often label only
    the place after "Gulf of", a town or country; the sea's name is the whole, a place."""
    dropped: set[int] = set()
    for m in mentions:
        s = m.start
        if m.type not in ("GPE", "LOC") or s < 2 or doc[s - 1].text != "of" or \
                doc[s - 2].text not in _WATERS or doc[s - 2].whitespace_ != " ":
            continue
        s -= 2
        before = [k for k, o in enumerate(mentions) if o.start < m.start and o.end > s]
        # "the Bay of" (LOC) + "Bengal": the same sea, cut before its place; any other name
        # over the words before is left as it is.
        if any(mentions[k].end != m.start or mentions[k].type not in ("GPE", "LOC") or
               mentions[k].start < s - 1 for k in before):
            continue
        dropped.update(before)
        m.start, m.type, m.text = s, "LOC", doc[s:m.end].text
        m.lead = int(doc[s - 1].lower_ == "the") if s > 0 else 0
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _adjective_only(doc: Doc, kb, s: int, e: int) -> bool:
    """"growth in Transatlantic security", "Pan-African trade": a capitalised adjective before
    the noun it qualifies is no name, though the model may read it as one: a name ends on a
    noun. Only a span of adjectives (and hyphens) qualifying the noun right after it, and no
    name the tables know."""
    if e >= len(doc) or doc_column(doc, TAG)[e - 1] != _JJ or \
            any(t.tag_ not in ("JJ", "HYPH") and not (t.i + 1 < e and doc[t.i + 1].tag_ == "HYPH")
                for t in doc[s:e]):
        return False  # a prefix before a hyphen may read as a noun ("Euro" of "Euro-Atlantic")
    last = doc[e - 1]
    if last.dep_ != "amod" or last.head.i < e or not last.head.is_lower or last.whitespace_ != " ":
        return False
    return not kb.lookup([t.text for t in doc[s:e]])


# Bodies named after the one who leads them: "the Assad regime", "the Maduro government".
RULER_BODIES = {"regime", "administration", "government", "junta"}
_POSSESSIVE = {"'s", "’s"}


def _ruler_body(doc: Doc, kb, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A leader's name right before "regime"/"administration"/"government" names the body
    he leads, an organisation ("the Asad regime"); names the tables know ("the Kabul
    regime", "the Iraqi government") are read as role phrases instead. The model may call an
    unknown leader's name before "regime" a nationality (NORP): the tables know the real ones."""
    s, e, label = span
    if label not in ("PERSON", "ORG", "NORP") or e >= len(doc) or e - s > 3:
        return span
    k = e
    if doc[k].lower_ in _POSSESSIVE and doc[e - 1].whitespace_ == "" and k + 2 < len(doc):
        # "Asad's regime", "Museveni's brutal regime": the leader's, one adjective between
        k += 1 + (doc[k + 1].tag_ == "JJ" and doc[k + 1].is_lower and doc[k + 1].whitespace_ == " ")
    nxt = doc[k]
    if nxt.lower_ not in RULER_BODIES or not nxt.is_lower or doc[k - 1].whitespace_ != " " or \
            k > e and nxt.dep_ == "compound":
        return span  # ("Smith's regime change": what Smith owns is the change)
    words = [t.text for t in doc[s:e] if t.lower_ != "the"]
    if not words or not all(_NAMEISH.match(w) for w in words) or kb.lookup(words):
        return span
    return s, k + 1, "ORG"


def _rejoin_known(doc: Doc, kb, words: list[str], spans: list[tuple[int, int, str]]):
    """A name of several words that the tables know, which the model cut short, into pieces
    or missed in part ("Islamic State of Iraq" + "Levant" of "the Islamic State of Iraq and
    the Levant"): the known name, whole, in place of the pieces inside it."""
    n = len(doc)
    norms = list(map(norm_word, words))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        hit = None
        for j in range(kb.reach(norms, i), i + 1, -1):
            if tuple(norms[i:j]) not in kb.table or "\n" in doc[i:j].text:
                continue
            hits = [h for h in kb.lookup(words[i:j]) if h.kind in ("org", "country")]
            if hits:
                hit = (i, j, "ORG" if hits[0].kind == "org" else "GPE")
                break
        if hit is None:
            i += 1
            continue
        s, e = hit[0], hit[1]
        inside = [x for x in spans if x[0] < e and x[1] > s]
        # Only where the model's spans lie within the name and do not already say it; a
        # known name inside a longer one ("Iraq" of "Bank of Iraq") is left to the model.
        if inside and all(x[0] >= s - 1 and x[1] <= e for x in inside) and \
                (len(inside) > 1 or (inside[0][1] - inside[0][0]) < e - s):
            found.append(hit)
        i = e
    if not found:
        return spans
    out = [x for x in spans if not any(x[0] < e and x[1] > s for s, e, _ in found)]
    return sorted(out + found)


def _office_left_out(doc: Doc, kb, s: int) -> bool:
    """The capitalised word before an organisation span makes an office with its first word
    ("Attorney" + "General's Office", "Prosecutor" + "General's Office"): the model cut the
    title in two, and the half it kept ("General") reads as an army rank."""
    prev, first = doc[s - 1], doc[s]
    if not prev.is_title or not prev.is_alpha or prev.whitespace_ != " " or first.is_sent_start:
        return False
    return any(h.kind == "role" and h.role_kind == "title"
               for h in kb.lookup([prev.text, first.text]))


def _surname_left_out(doc: Doc, kb, i: int) -> bool:
    """The token right after a person's name is one more word of it: a capitalised proper
    noun, unlabelled, in the same sentence, no word the tables know, and the end of the run."""
    tok = doc[i]
    if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha or \
            tok.is_sent_start or doc[i - 1].whitespace_ != " ":
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN" and not after.is_sent_start:
        return False
    return not kb.lookup([tok.text]) and tok.lower_ not in _PLACE_WORDS


_INITIAL = re.compile(r"^[A-Z]\.$")


def _given_name_left_out(doc: Doc, kb, s: int) -> bool:
    """The name at ``s`` opens with a middle initial and the word before it is an unlabelled
    capitalised proper noun on the same line that is no title or known word: the given name
    the model left out ("Secretary of State Antony" + "J. Blinken")."""
    tok, prev = doc[s], doc[s - 1]
    if not _INITIAL.match(tok.text) or prev.ent_type_ or prev.whitespace_ != " ":
        return False
    if not (prev.is_title and prev.is_alpha and prev.pos_ == "PROPN"):
        return False
    return prev.lower_ not in _title_vocabulary() and prev.lower_ not in HONORIFICS and \
        not kb.lookup([prev.text])


def _given_name_slip(doc: Doc, kb, s: int) -> bool:
    """"Gitanas Nauseda": an unknown one-word place followed by an unlabelled capitalised
    proper noun, and nothing more of a name, is a person's given name and surname."""
    tok, nxt = doc[s], doc[s + 1]
    if not (tok.is_title and tok.is_alpha and nxt.is_title and nxt.is_alpha):
        return False
    if nxt.ent_type_ or nxt.pos_ != "PROPN" or nxt.is_sent_start or tok.whitespace_ != " ":
        return False
    after = doc[s + 2] if s + 2 < len(doc) else None
    if after is not None and after.is_title and not after.is_sent_start and after.pos_ == "PROPN":
        return False
    return not kb.lookup([tok.text]) and not kb.lookup([nxt.text]) and \
        nxt.lower_ not in _PLACE_WORDS


# Words that continue a place's name rather than start a surname.
_PLACE_WORDS = {"city", "province", "state", "region", "district", "county", "river", "valley",
                "island", "islands", "mountains", "hills", "bay", "lake", "sea", "coast",
                "strait", "gulf", "airport", "port", "square", "street", "road", "camp", "base",
                "prefecture", "governorate", "oblast", "territory", "peninsula", "desert",
                "basin", "plain", "heights", "border", "crossing", "dam", "bridge", "park"}


def _learned_spans(doc: Doc, texts: list[str]) -> list[tuple[int, int]]:
    """Where the text writes the whole name of a person learned from other articles."""
    people = load_people()
    if not people.max_words:
        return []
    from .knowledge.people import canon

    out = []
    firsts = people.firsts
    starts = [i for i, w in enumerate(texts) if w[:1].isupper() and canon(w) in firsts]
    n = len(doc)
    for i in starts:
        if out and i < out[-1][1]:
            continue
        found = None
        top = min(n, i + 2 * people.max_words)
        # (each word's canonical form once, not once per candidate end)
        window = [canon(x) if x != "-" else "" for x in texts[i:top]]
        for j in range(top, i + 1, -1):
            if not texts[j - 1].isalpha():
                continue
            words = tuple(w for w in window[:j - i] if w)
            if words in people.full:
                found = j
                break
        if found is not None:
            out.append((i, found))
    return out


_LOCATIVE = {"in", "near", "outside", "around", "into", "towards", "toward", "across", "inside"}
_KNOWN_TYPE = {"org": "ORG", "country": "GPE", "capital": "GPE", "place": "GPE", "demonym": "NORP"}


def _known_names(doc: Doc, kb, found: list[_Mention], words: list[str]) -> list[_Mention]:
    """Names from the shipped tables that spaCy did not label ("Boko Haram", "TEHRAN")."""
    covered = bytearray(len(doc))
    for m in found:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    norms = list(map(norm_word, words))
    table = kb.table
    i, n = 0, len(doc)
    while i < n:
        w = words[i]
        if covered[i] or not w[:1].isupper():
            i += 1
            continue
        hit_end, hit = None, None
        for j in range(kb.reach(norms, i), i, -1):
            if covered[j - 1] or tuple(norms[i:j]) not in table:
                continue
            hits = [h for h in kb.lookup(words[i:j]) if h.kind in _KNOWN_TYPE]
            if hits:
                hit_end, hit = j, hits[0]
                break
        if hit is None:
            i += 1
            continue
        nxt = doc[hit_end] if hit_end < n else None
        if hit.kind in ("place", "capital") and nxt is not None and nxt.is_title and \
                not nxt.is_sent_start:
            i = hit_end  # part of a longer name spaCy did not see ("Sydney Morning Herald")
            continue
        m = _Mention(i, hit_end, _KNOWN_TYPE[hit.kind], doc[i:hit_end].text)
        if hit.kind in ("org", "country") and i > 0 and doc[i - 1].lower_ == "the" and \
                not covered[i - 1]:
            m.lead = 1  # "the UN", as the model writes "the United States"
        out.append(m)
        i = hit_end
    return out


def _split(doc: Doc, s: int, e: int, t: str, person_words: dict[str, set[int]],
           person_names: frozenset[tuple[str, ...]] = frozenset()):
    """Cut a span where spaCy joined two names: commas, sentence starts, "X-Y" of two people,
    a body or place run into a full name the text gives a person elsewhere ("Minister for
    the Middle East Tobias Ellwood" read as one organisation)."""
    cuts = [s]
    for i in range(s + 1, e):
        tok = doc[i]
        prev = doc[i - 1]
        if tok.is_sent_start or tok.text in (",", ";") or "\n" in tok.text or \
                (tok.lower_ in person_words and prev.text.endswith(".") and t != "PERSON"):
            cuts.append(i)
        elif t != "PERSON" and e - i >= 2 and person_names and \
                tuple(x.lower_ for x in doc[i:e]) in person_names:
            cuts.append(i)
        elif tok.text == "-" and i + 1 < e and (
                _elsewhere(person_words, prev.lower_, s) and
                _elsewhere(person_words, doc[i + 1].lower_, s) or
                doc[i + 1].is_lower and doc[i + 1].pos_ != "PROPN"):
            # "the Iwaya-Rubio meeting" names two people of other mentions, "Jeb Bush-spent"
            # runs a word into a name; "Jean-Yves Le Drian" and "Tseng Hou-jen" are one
            # person's hyphenated given name.
            cuts.append(i)
    if t == "PERSON":
        # "Donald Trump's America", "Smith's Labour": the model ran a person's name over
        # the possessive into what the person has; the name ends there, and what follows is
        # a name only where the tables know it (a country, a body).
        pos = next((i for i in range(s + 1, e - 1) if doc[i].text in ("'s", "’s")), None)
        if pos is not None:
            rest = [tok.text for tok in doc[pos + 1:e]]
            if not any(h.kind in ("country", "org", "demonym") for h in load_knowledge().lookup(rest)):
                e = pos + 1
            cuts.append(pos + 1)
    cuts.append(e)
    for a, b in zip(cuts, cuts[1:]):
        while a < b and (doc[a].text in (",", ";", "-") or doc[a].is_space):
            a += 1
        while b > a and doc[b - 1].is_space:
            b -= 1
        if a < b:
            yield a, b


def _elsewhere(person_words: dict[str, set[int]], word: str, start: int) -> bool:
    """The word is part of a full person name other than the one starting at ``start``."""
    return bool(person_words.get(word, set()) - {start})


def _trim(doc: Doc, s: int, e: int, t: str) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in ("the",) or doc[s].is_punct and doc[s].text not in ("(",)
                     or e - s > 1 and doc[s].lower_ in _LOCATIVE):
        s += 1
    if t == "PERSON":
        while s < e - 1 and doc[s].lower_ in HONORIFICS:
            s += 1
    while e > s and (doc[e - 1].text in ("'s", "’s", "'", "’") or
                     (doc[e - 1].is_punct and doc[e - 1].text not in (".", ")")) or
                     # "Aleppo and" of "attacks on Aleppo and Daraya": no name ends in a
                     # conjunction; the model ran on into the list
                     e - s > 1 and doc[e - 1].lower_ in ("and", "or")):
        e -= 1
    return s, e


def _all_title_words(doc: Doc, s: int, e: int) -> bool:
    """"State" of "Secretary of State", "National Security" of "... Adviser": part of a title."""
    vocab = _title_vocabulary()
    return all(tok.lower_ in vocab for tok in doc[s:e])


def _country_and_office_words(kb, doc: Doc, s: int, e: int) -> bool:
    """Words ``s..e`` are a country word and title words, and a title word follows them."""
    vocab = _title_vocabulary()
    # ... or the span ends the phrase: "Jordanian King" alone is an office, no one's name.
    if e < len(doc) and (doc[e].lower_ not in vocab or not doc[e].is_title) and \
            (doc[e].is_alpha or doc[e].ent_type_ == "PERSON"):
        return False
    country = any(h.kind in ("country", "demonym") for h in kb.lookup([doc[s].text]))
    return country and all(t.lower_ in vocab for t in doc[s + 1:e])


def _office_before_name(doc: Doc, kb, s: int, e: int) -> int:
    """The start of the name in a person span that opens with a country word and an office
    ("Jordanian King Abdullah", "Kenyan President William Ruto"): the model ran the title
    into the name; the name starts after it, and the title is read as its prefix."""
    if e - s < 3 or not any(h.kind in ("country", "demonym") for h in kb.lookup([doc[s].text])):
        return s
    vocab = _title_vocabulary()
    k = s + 1
    while k < e - 1 and doc[k].lower_ in vocab:
        k += 1
    return k if k > s + 1 else s


def _retype(kb, doc: Doc, s: int, e: int, t: str,
            person_words: dict[str, set[int]]) -> str | None:
    """The type the shipped knowledge says a name has, overriding spaCy where it knows."""
    # The tables key names by their written words: "Wa-Jama" is one word there, three tokens.
    words = doc[s:e].text.split()
    if t == "PERSON" and e - s <= 2 and s > 0 and doc[s - 1].lower_ in _LOCATIVE and \
            (doc[s - 1].pos_ == "ADP" or doc[s - 1].is_sent_start):
        # "in Raqqah", "near Palmyra": the small model often calls unknown towns people.
        return "GPE"
    if t == "PERSON" and e - s > 1 and doc[e - 1].lower_.endswith("s") and any(
            h.kind == "role" and h.role_kind == "group" for h in kb.lookup(words[-1:])):
        # "Rakhine Buddhists", "Kachin Rebels": a group named by what its members are is
        # nobody's name; the common-noun actors read it.
        return None
    if t == "PERSON" and e - s > 1 and _country_and_office_words(kb, doc, s, e):
        # "Bangladeshi Home" of "Bangladeshi Home Minister": a nationality and the first words
        # of an office are nobody's name; the common-noun actors read the whole office.
        return None
    if t == "PERSON" and e - s > 1 and doc[e - 1].lower_ in _BODY_HEADS and doc[e - 1].is_title:
        # "James Madison University", "Kofi Annan Foundation": a body named after a person.
        return "ORG"
    if t == "PERSON" and e - s > 1 and doc[e - 1].lower_ in BODY_HEADS and doc[e - 1].is_title and \
            any(h.kind in ("country", "demonym") for h in kb.lookup(words[:1])):
        # "Kenyan High Court", "Nigerian Senate": a nationality and a body's head word name
        # that country's body, nobody's name.
        return "ORG"
    if t in ("ORG", "GPE") and e - s == 1 and _NAMEISH.match(words[0]) and not kb.lookup(words) and \
            _ruled_by(doc, e):
        return "PERSON"
    if t == "ORG" and 2 <= e - s <= 3 and all(x.is_title and x.is_alpha and x.pos_ == "PROPN" and
                                              x.lower_ not in BODY_HEADS for x in doc[s:e]) and \
            not any(kb.lookup([w]) for w in words) and office_apposed(doc, e):
        # "Lidia Carbajal, president of the Congress of Peru,": whoever holds an office is
        # a person, whatever type the model gave the name.
        return "PERSON"
    hits = kb.lookup(words)
    if t == "ORG" and not hits and e - s == 1 and doc[s].is_title and _placed(doc, s) and \
            doc[s - 1].lower_ in _IN_TOWN and doc[s].lower_ not in _BODY_HEADS:
        # "atrocities in Marea", "the town of Dabiq": a one-word name the tables do not know,
        # written where things happen, is a town ("according to Politico", "a job at Acme"
        # are bodies: only "in", "near" and the like say where).
        return "GPE"
    if t in ("ORG", "GPE", "LOC") and not hits and _instrument_name(doc, s, e):
        # "the Geneva Communique", "the Law of Armed Conflict": an agreement, law or
        # resolution is a document (OntoNotes LAW), no body or place that acts.
        return "PRODUCT"
    if hits and all(h.kind == "role" and h.role_kind == "equipment" for h in hits):
        # "VBIED", "UAV": the model takes a weapon's abbreviation for a body's; it is a
        # thing, read as a common-noun actor if at all.
        return None
    for h in hits:
        if h.kind == "org":
            return "ORG"
        if h.kind == "country":
            return "GPE"
        if h.kind == "demonym":
            last = doc[e - 1]
            if last.tag_ in ("NNPS", "NNS") and last.lower_.endswith("s") and \
                    last.dep_ not in ("amod", "compound"):
                # "the Syrians", "Iraqis", "South Africans": a people named as acting together
                # is a body of actors, as "Syrian troops" is; "Syrian" alone stays a nationality.
                return "ORG"
            # The whole name is the nationality ("Sri Lankan" of "Sri Lankan officials", which
            # the model reads as a person's name): no one is called by a demonym alone.
            return "NORP"
        if h.kind == "capital" and t in ("GPE", "LOC", "ORG", "PERSON", "PRODUCT"):
            return "GPE"
        if h.kind == "place" and t in ("PERSON", "NORP", "PRODUCT") and e - s == 1 and \
                not person_words.get(doc[s].lower_) and \
                not (s > 0 and (doc[s - 1].lower_ in HONORIFICS or doc[s - 1].is_title)):
            # "Aleppo" as a nationality, "Raqqah" as a person: a known town that is no word
            # of a person's full name in this text is the town.
            return "GPE"
        if h.kind == "place" and t == "ORG" and e - s == 1 and (_placed(doc, s) or _taken(doc[s])):
            # "fighting near Sinjar", "the town of Raqqa": a known town where things happen
            # is the town, not a body (a company named like a town is not "near" anything);
            # so is a town taken or freed ("the fall of X", "X was liberated", "X is free").
            return "GPE"
    return t


# Head nouns of the names of agreements, laws and other instruments.
_INSTRUMENTS = {"law", "laws", "act", "agreement", "agreements", "accord", "accords", "treaty",
                "pact", "protocol", "convention", "charter", "declaration", "communique",
                "communiqué", "resolution", "memorandum", "ceasefire", "truce", "cessation"}


def _instrument_name(doc: Doc, s: int, e: int) -> bool:
    """A name whose head word, the last before any "of" ("Treaty of Rome", "Cessation of
    Hostilities") or else its last, names an instrument, written capitalised."""
    head = next((k - 1 for k in range(s + 1, e) if doc[k].lower_ == "of"), e - 1)
    return doc[head].is_title and doc[head].lower_ in _INSTRUMENTS


_IN_TOWN = {"in", "near", "outside", "around", "inside", "of"}
_TOWN_NOUNS = {"city", "town", "village", "province", "district", "region", "area", "outskirts"}


def _placed(doc: Doc, s: int) -> bool:
    """The name at ``s`` follows a locative preposition or "the town of"."""
    prev = doc[s - 1] if s > 0 else None
    if prev is None or prev.pos_ != "ADP":
        return False
    if prev.lower_ in _LOCATIVE | {"from", "to", "at", "outside", "around"}:
        return True
    return prev.lower_ == "of" and s > 1 and doc[s - 2].lower_ in _TOWN_NOUNS


# Words of taking or freeing ground, whose object is a place: "the fall of X to the rebels",
# "X has been recaptured", "forces seized X".
_TAKEN_VERBS = {f"{stem}{end}" for stem in ("liberat", "captur", "recaptur", "seiz", "besieg",
                                            "encircl", "occupi")
                for end in ("e", "es", "ed", "ing")} | {
    "retake", "retakes", "retaken", "retook", "retaking", "overrun", "overran", "overruns",
    "free", "freed", "frees", "freeing", "occupy", "occupies"}
_TAKEN_NOUNS = {"liberation", "fall", "capture", "recapture", "siege", "seizure", "occupation",
                "encirclement"}


def _taken(tok) -> bool:
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lower_ in _TAKEN_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _TAKEN_NOUNS:
        return True
    # "X is free", "X is now liberated"
    return tok.dep_ == "nsubj" and head.lower_ in ("is", "was", "be", "remains") and any(
        c.dep_ == "acomp" and c.lower_ in ("free", "liberated") for c in head.children)


# Last words of bodies' names, which no person's name ends in.
_BODY_HEADS = {"university", "college", "institute", "foundation", "center", "centre",
               "council", "party", "company", "corporation", "bank", "school", "academy",
               "hospital", "museum", "agency", "ministry", "commission", "committee",
               "association", "society", "fund", "trust", "library", "airport", "stadium"}

# Nouns of a leader's time in office: "a Merkel-era law", "the Obama years". The model reads
# the name before them as an organisation; it is the leader's surname. ("The Assad regime",
# "the Bush administration" are bodies in their own right and stay organisations.)
_TENURE = {"era", "presidency", "premiership", "chancellorship", "years"}


def _ruled_by(doc: Doc, e: int) -> bool:
    j = e + 1 if e < len(doc) and doc[e].text == "-" and doc[e - 1].whitespace_ == "" else e
    return j < len(doc) and doc[j].lower_ in _TENURE


# -- 4. titles, countries, sectors ---------------------------------------------------------

def _title_vocab() -> set[str]:
    kb = load_knowledge()
    vocab = set(TITLE_GLUE)
    for key, hits in kb.table.items():
        if any(h.kind == "role" and h.role_kind == "title" for h in hits):
            vocab.update(key)
    return vocab


_VOCAB: set[str] | None = None


def _title_vocabulary() -> set[str]:
    global _VOCAB
    if _VOCAB is None:
        _VOCAB = _title_vocab()
    return _VOCAB


def _prefix(doc: Doc, m: _Mention) -> Span | None:
    """The title words written right before a name: "Japanese Foreign Minister" Takeshi Iwaya."""
    vocab = _title_vocabulary()
    kb = load_knowledge()
    i = m.start
    lo = max(0, i - _MAX_TITLE_TOKENS)
    j = i
    while j > lo:
        tok = doc[j - 1]
        if tok.text == "." and j - 2 >= lo and not doc[j - 2].whitespace_ and \
                doc[j - 2].lower_ in _RANK_ABBREVIATIONS:
            j -= 2  # "Lt." read as "Lt" and "."
            if doc[j].is_sent_start:
                break
            continue
        if tok.is_sent_start and tok.pos_ in ("ADP", "SCONJ"):
            # "In Turkey Minister X", "As Deputy Secretary X": the opening preposition and
            # the place it governs are no part of the title.
            if tok.lower_ in _LOCATIVE:
                while j < i and doc[j].ent_type_ in ("GPE", "LOC"):
                    j += 1
            break
        if tok.is_sent_start and j - 1 < i - 1:
            j -= 1
            break
        low = tok.lower_
        if tok.is_punct and tok.text not in ("-",):
            break
        if low in vocab or low in HONORIFICS or tok.text in ("'s", "’s") or kb.lookup([tok.text]) or \
                (tok.is_title and tok.ent_type_ in ("", "GPE", "NORP", "ORG", "LOC")) or \
                (tok.is_upper and len(tok) > 1 and tok.ent_type_ in ("GPE", "NORP", "ORG")):
            # ... and acronyms of bodies ("FCO Minister X"), forms of address in capitals
            # ("MR KIRBY" in a transcript).
            j -= 1
            if tok.is_sent_start:
                break
            continue
        break
    while j < i and (doc[j].lower_ in ("of", "for", "and", "the", "'s", "’s", "-") or
                     doc[j].is_punct):  # '“Mr Johnson': the quotation mark opening the sentence
        j += 1
    k = i - 1
    while k >= j and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k >= j and doc[k].lower_ in ("of", "for", "under", "to", "and", "&", "or"):
        # "the Secretary of State of the Biden administration": the name is the object of the
        # office's phrase (whose administration), not its holder.
        return None
    cut = next((t.i for t in reversed(doc[j:i]) if t.lower_ in ("and", "&")), None)
    if cut is not None and cut + 1 < i:
        right = describe(doc[cut + 1:i])
        if right.title and (right.country or not describe(doc[j:cut]).title):
            # "Ann Lee of the Security Council and General Mark Hall": a body before "and" is
            # the first person's, and so is an office of its own country ("the top U.S.
            # diplomat and Iranian Foreign Minister X"); two offices joined by "and"
            # ("Deputy Prime Minister and Foreign Minister X") are both this person's.
            j = cut + 1
    return doc[j:i] if j < i else None


# Adverbs an apposed title may open with: ", then foreign minister,".
_TITLE_ADVERBS = {"then", "now", "also", "formerly", "currently", "once", "still"}


def _apposition(doc: Doc, m: _Mention) -> Span | None:
    """", Japan's foreign minister," after a name."""
    i = m.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    if j < len(doc) and (doc[j].pos_ in ("SCONJ", "ADP", "VERB", "AUX") or
                         doc[j].pos_ == "ADV" and doc[j].lower_ not in _TITLE_ADVERBS or
                         doc[j].lower_ in ("while", "when", "as", "after", "before")):
        # ", while on a visit to Santiago, Chile," ", in Nairobi,": a clause or place of
        # the moment, not what the person is.
        return None
    stop = min(len(doc), j + _MAX_TITLE_TOKENS + 2)
    k = j
    while k < stop:
        tok = doc[k]
        if tok.is_punct and tok.text not in ("-", "'s", "’s") or tok.pos_ in ("VERB", "AUX") \
                or tok.lower_ in ("who", "which", "that") or tok.is_space:
            # A line break ends it: "Name, Secretary of State\nMelbourne, Australia" is a
            # signature block, and the place line below is where he spoke, not his country.
            break
        k += 1
    if k == j or k < len(doc) and doc[k].text not in (",", ".", ")", ";") and \
            not (doc[k].is_space and "\n" in doc[k].text):
        return None
    if doc[k - 1].ent_type_ == "PERSON" and doc[k - 1].pos_ == "PROPN":
        # "X, Australian Foreign Minister Jane Roe, and ...": the next item of a list, whose
        # title is Roe's, not X's.
        return None
    return doc[j:k]


def _attach_roles(doc: Doc, clusters: list[_Cluster]) -> None:
    # Bodies and places first: a person's title may name one of them ("SDF spokesman X"),
    # and an acronym means what this text makes it mean.
    for c in clusters:
        if c.type != "PERSON":
            _attach_body(doc, c)
    for c in clusters:
        if c.type == "ORG" and not c.role:
            _ambiguous_acronym(c, clusters)
    names = _acronym_names(clusters)
    for c in clusters:
        if c.type != "PERSON":
            continue
        for m in c.mentions:
            for span in (_prefix(doc, m), _apposition(doc, m)):
                if span is None:
                    continue
                r = describe(_spelled_out(span, names))
                if r.title and c.title is None and r.sector:
                    c.title = _title_case(r.title)
                    c.sector = r.sector
                if r.country and c.country is None and (r.title or r.sector):
                    c.country = r.country
            if c.title and c.country:
                break


def _bodies_beside(doc: Doc, clusters: list[_Cluster]) -> None:
    """An office holder of no country takes that of the body or place he is written with:
    before the title ("Kenyan High Court Judge X", whose title the model cut at the body)
    or after "of" ("Governor X of Kano State")."""
    people = [c for c in clusters if c.type == "PERSON" and c.title and c.country is None]
    if not people:
        return
    spans = [(m.start - m.lead, m.end, o.country) for o in clusters
             if o.type in ("ORG", "GPE") and o.country and len(o.country) == 3 and
             o.country not in ("IGO", "UNO") for m in o.mentions]
    for c in people:
        c.country = _body_country_beside(doc, c, spans)


def _body_country_beside(doc: Doc, c: _Cluster, spans) -> str | None:
    for m in c.mentions:
        p = _prefix(doc, m)
        s = p.start if p is not None else m.start
        for a, b, country in spans:
            if a < s <= b or (m.end + 1 < len(doc) and doc[m.end].lower_ == "of" and
                              a in (m.end + 1, m.end + 2) and
                              all(t.lower_ == "the" for t in doc[m.end + 1:a])):
                return country
    return None


def _attach_body(doc: Doc, c: _Cluster) -> None:
    name = _fullest(c)
    r = describe(name)
    if c.type == "ORG" and r.org_name and r.country and \
            any(w.lower() in BODY_HEADS for w in name.split()):
        owner = _owning_state(doc, c)
        if owner is not None and owner[0] != r.country:
            # "Israel's Supreme Court", "the Kenyan Senate" with the model's span cut to the
            # body: a name the table knows as one state's ("Supreme Court" of the US) is,
            # under another state's name, that state's body of that kind.
            r = describe(owner[1] + " " + name)
    c.country = r.country
    c.sector = r.sector
    if c.type == "ORG" and c.country is None:
        # "the Japanese steelmaker Nippon Steel": a country word before the name.
        for m in c.mentions[:3]:
            span = _prefix(doc, m)
            if span is not None:
                r2 = describe(span)
                if r2.country:
                    c.country = r2.country
                    c.sector = c.sector or r2.sector
                    break
    if c.type == "ORG" and c.country is None:
        c.country = _place_after(doc, c)
    if c.type == "ORG" and c.sector == "MED" and any(_state_run(doc, m) for m in c.mentions):
        # "the official National News Agency", "state-run Xinhua": state media speak
        # for their government, as the roles table codes "state news agency".
        c.sector = "GOV"
    if c.type in ("GPE", "LOC") and c.sector not in ("GOV", "CVL"):
        c.sector = None
    if c.type == "GPE" and c.sector == "GOV" and all(_locative(doc, m) for m in c.mentions):
        # "a park in Kabul": a capital named only as where things are is the town,
        # not its government; towns stand for the people there (CVL).
        c.sector = "CVL"


def _owning_state(doc: Doc, c: _Cluster) -> tuple[str, str] | None:
    """(country, words) of a state written right before a body's mention as its owner:
    "Israel's" or "Kenyan" of "Israel's Supreme Court", "the Kenyan Senate"."""
    kb = load_knowledge()
    for m in c.mentions[:3]:
        i = m.start - m.lead
        j = i - 1 if i >= 2 and doc[i - 1].text in ("'s", "’s") else i
        for k in range(max(0, j - 3), j):
            if not all(t.is_title or t.is_upper for t in doc[k:j]) or \
                    "\n" in doc[k:i].text:
                continue
            kinds = ("country",) if j < i else ("demonym",)
            hit = next((h for h in kb.lookup([t.text for t in doc[k:j]])
                        if h.kind in kinds and h.country), None)
            if hit is not None:
                return hit.country, doc[k:i].text
    return None


def _title_leads(doc: Doc, clusters: list[_Cluster]) -> None:
    """A person's mention covers the title written before the name ("Russian Foreign Minister
    Sergei Lavrov", "Lt. Gen. X", "Mr X"), as news-entity annotation marks a titled mention;
    the name itself (and what other layers read per token) stays the bare name."""
    for c in clusters:
        if c.type != "PERSON":
            continue
        for m in c.mentions:
            if m.lead:
                continue
            span = _prefix(doc, m)
            if span is None or span.end != m.start:
                continue
            if not (all(t.lower_ in HONORIFICS or t.lower_ in _RANKS for t in span) or
                    describe(span).title):
                continue
            start = next((t.i + 1 for t in reversed(span) if t.lower_ in ("and", "&")), span.start)
            if start >= m.start:
                continue
            if start > 0 and doc[start - 1].lower_ == "the" and not doc[start - 1].is_space:
                start -= 1  # "the Foreign Secretary Boris Johnson"
            m.lead = m.start - start


# Rank abbreviations the tokenizer may split from their full stop ("Lt" + ".").
_RANK_ABBREVIATIONS = {"lt", "brig", "maj", "col", "gen", "capt", "cpt", "sgt", "cmdr", "cdr", "adm",
                       "cpl", "spc", "pfc", "pvt", "sen", "rep", "gov", "lt.col"}
# Ranks and forms of address the role table does not list as offices.
_RANKS = {"spc.", "pfc.", "cpl.", "pvt.", "commodore", "sgt", "cpt.", "lcpl.", "dr", "mr", "mrs",
          "ms", "mme", "messrs.", "prof", "rev.", "fr.", "sr.", "hon.", "rt."}


def _acronym_names(clusters: list[_Cluster]) -> dict[str, str]:
    """Acronym -> the name it stands for in this text: the long form written with it, or the
    table's body of that acronym whose country the text is about (see ``_ambiguous_acronym``)."""
    out: dict[str, str] = {}
    for c in clusters:
        if c.type != "ORG" or c.role:
            continue
        full = _fullest(c)
        for f in c.forms:
            if f != full and _is_acronym(f):
                out.setdefault(f, full)
        if getattr(c, "canonical", None) and _is_acronym(full):
            out.setdefault(full, c.canonical)
    return out


def _spelled_out(span: Span, names: dict[str, str]):
    """The span's text with this text's acronyms written out, or the span itself."""
    if not names or not any(t.text in names for t in span):
        return span
    return "".join(names.get(t.text, t.text) + t.whitespace_ for t in span)


def _ambiguous_acronym(c: _Cluster, clusters: list[_Cluster]) -> None:
    """An acronym the tables give to bodies of several countries ("SDF": Syria's Democratic
    Forces, Japan's Self-Defense Forces) is the one of the country the text names."""
    full = _fullest(c)
    if not _is_acronym(full):
        return
    kb = load_knowledge()
    hits = [h for h in kb.lookup([full]) if h.kind == "org"]
    if len({h.country for h in hits}) < 2:
        return
    named = {o.country for o in clusters if o.type in ("GPE", "NORP", "LOC") and o.country}
    named |= {o.country for o in clusters if o.type == "ORG" and o is not c and o.country}
    fits = [h for h in hits if h.country in named]
    if len({h.country for h in fits}) == 1:
        c.country, c.sector = fits[0].country, fits[0].sector
        c.canonical = fits[0].name


_STATE_MEDIA = {"official", "state", "state-run", "state-owned", "state-controlled",
                "government-run", "government-controlled", "government-owned"}


def _state_run(doc: Doc, m: _Mention) -> bool:
    if m.start == 0:
        return False
    # The tokenizer splits "state-run" into three tokens.
    hyphened = "".join(t.lower_ for t in doc[max(0, m.start - 3):m.start])
    return doc[m.start - 1].lower_ in _STATE_MEDIA or hyphened in _STATE_MEDIA


def _locative(doc: Doc, m: _Mention) -> bool:
    k = m.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in _LOCATIVE | {"at", "from", "to"} and doc[k].pos_ == "ADP"


def _place_after(doc: Doc, c: _Cluster) -> str | None:
    """"the University of St. Andrews in Scotland": a body placed in a country belongs to it."""
    kb = load_knowledge()
    for m in c.mentions[:3]:
        k = m.end
        if k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].ent_type_ in ("GPE", "LOC"):
            ent = next((e for e in doc.ents if e.start == k + 1), None)
            if ent is None:
                continue
            hits = [h for h in kb.lookup([t.text for t in ent])
                    if h.kind in ("country", "capital", "place") and h.country]
            if hits:
                return hits[0].country
    return None


def _affiliations(doc: Doc, clusters: list[_Cluster]) -> None:
    """"Gen. Mark Stone of the Canadian Army", "Ana Ruiz from Peru": a person written with the
    body or country they come from takes its country (and, from a body, its sector)."""
    owner = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for c in clusters:
        if c.type != "PERSON" or c.country:
            continue
        for m in c.mentions:
            k = m.end
            if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "from"):
                continue
            k += 1
            if doc[k].lower_ == "the" and k + 1 < len(doc):
                k += 1
            other = owner.get(k)
            if other is None or other is c or other.type not in ("ORG", "GPE") or \
                    not other.country:
                continue
            c.country = other.country
            if c.sector is None and other.type == "ORG":
                c.sector = other.sector
            break


def _title_case(title: str) -> str:
    words = title.split()
    if any(w[:1].isupper() for w in words):
        return title
    small = {"of", "for", "and", "the"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words)


def _fullest(c: _Cluster) -> str:
    if c.type == "PERSON":
        # The form with most name words, written in the order most used for it.
        return max(c.forms, key=lambda f: (len(_name_words(f)), -c.forms.index(f)))
    return max(c.forms, key=lambda f: (len(f), -c.forms.index(f)))


# -- 5. common-noun actors -------------------------------------------------------------------

def _role_actors(doc: Doc, mentions: list[_Mention]) -> list[_Cluster]:
    """Noun phrases headed by a role word and naming nobody: "Iraqi troops", "the police"."""
    kb = load_knowledge()
    person_tokens = set()
    for m in mentions:
        if m.type == "PERSON" or (m.cluster is not None and m.cluster.type == "PERSON"):
            # With the title before the name: "Minister" of "Minister for the Middle East X"
            # is X's office, not another actor.
            person_tokens.update(range(m.start - m.lead, m.end))
    out: dict[str, _Cluster] = {}
    if not doc.has_annotation("DEP"):
        return []  # no parser in this pipeline
    chunks = _noun_chunks(doc)
    name_ends = {m.end for m in mentions if m.type == "ORG"}
    name_starts = {m.start: m for m in mentions if m.type in ("ORG", "PERSON") and not m.lead}
    named = {i for m in mentions for i in range(m.start, m.end)}
    org_spans = {(m.start, m.end) for m in mentions if m.type == "ORG"}
    # The span of each name, by its tokens after the first: a chunk the parser starts inside
    # a name ("the Levant fighters" of "Islamic State of Iraq and the Levant fighters": it
    # splits the name at its inner "and") starts where the name does.
    name_from = {i: (m.start, m.end) for m in mentions if m.type in ("ORG", "GPE")
                 for i in range(m.start + 1, m.end)}
    for ch in chunks:
        root = ch.root
        unnamed = False
        if root.pos_ == "PROPN" and root.ent_type_ and root.ent_type_ != "NORP":
            if root.i in named:
                continue  # a name is its own actor
            # A model span dropped as only title words ("the Prosecutor General of" +
            # "Ukraine") leaves an office to read here: an office, not a body ("State").
            unnamed = True
        if root.i + 1 in name_ends and root.lower_ in RULER_BODIES:
            continue  # "the Asad regime" is already a named body
        # The role may be several words ending at the head: "state news agency",
        # "paramilitary group", "police station".
        hits = []
        # "the president's office", "the Attorney General's Office": the possessive is no
        # word of the role, nor does it count among the role's three words.
        may_end = kb.may_end_role(root.text)
        role_toks = _hyphen_words(doc[ch.start:root.i + 1])[-3:] if may_end else []
        span_words = 0
        for k in ((2, 1, 0) if may_end else ()):
            if k < len(role_toks):
                hits = [h for h in kb.lookup(role_toks[len(role_toks) - 1 - k:])
                        if h.kind == "role"]
                if hits:
                    span_words = k + 1
                    break
        office_end = None
        if root.i + 2 < len(doc) and doc[root.i + 1].lower_ == "of":
            # "a Kenyan Member of Parliament", "the Chief of the Defence Staff": an office
            # written with "of", which the parser splits into two chunks; it says more than
            # its first word ("Director" of "Director of Public Prosecutions").
            for k in range(min(len(doc), root.i + 6), root.i + 2, -1):
                whole = [h for h in kb.lookup([t.text for t in doc[root.i:k]])
                         if h.kind == "role" and h.role_kind == "title"]
                if whole:
                    hits, office_end = whole, k
                    break
        lone = False
        if not hits and _actor_noun(root):
            # "army accountant", "gang confederations": a person or band the role word
            # before it qualifies takes that word's sector, but is not that body itself.
            hits = [h for t in root.lefts if t.dep_ == "compound" and t.i >= ch.start
                    for h in kb.lookup([t.text]) if h.kind == "role" and h.role_kind == "group"]
            lone = bool(hits)
        if not hits or unnamed and hits[0].role_kind != "title" and not (
                span_words > 1 or root.lower_ in BODY_HEADS):
            # A body's generic name the model labelled and the mentions dropped as only role
            # words ("Pakistan's National Assembly", "the Parliament") is that body; a lone
            # word that is no body's head ("State" of "Secretary of" + "State") is none.
            continue
        if any(t.i in person_tokens for t in ch):
            continue
        s = ch.start
        while s < ch.end and (doc[s].dep_ in ("det", "poss") and doc[s].pos_ in ("DET", "PRON")
                              or doc[s].is_punct):
            s += 1
        if s == ch.start:
            # "four ISIL tactical units", "more than 20 militants": a count is how many of
            # the actor, not its name ("the two leaders" keeps its article and count).
            while s < root.i and (doc[s].like_num or doc[s].pos_ == "NUM" or
                                  doc[s].lower_ in _QUANTIFIERS):
                s += 1
        # A chunk over a line break joins a heading or label to the next line
        # ("Spokesperson\nRepresentatives of ..."): the phrase starts after the last break
        # before its head, and one whose head is on the label's line is none.
        for i in range(s, ch.end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                if i >= root.i:
                    s = ch.end
                    break
                s = i + 1
        while s < ch.end and doc[s].is_space:
            s += 1
        if s >= ch.end:
            continue
        # The mention keeps its article ("the Iraqi government"), the name does not.
        ms = s - 1 if s > ch.start and doc[s - 1].lower_ in ("the", "a", "an") else s
        name = name_from.get(ch.start)
        if name is not None and name[1] <= root.i:
            s = ms = name[0]  # the name qualifies the head: its words are the phrase's
        end = max(ch.end, office_end or 0)
        tail = _object_end(doc[end]) if end < len(doc) and doc[end].head.i == root.i else \
            root.right_edge.i + 1
        while tail > end and doc[tail - 1].is_space:
            tail -= 1  # the parser hangs a closing line break on the phrase it ends
        where = None
        if tail > end and tail - end <= 6 and doc[end].lower_ in ("in", "of", "from") and \
                _names_a_place(doc[end + 1:tail], kb) and not _line_break(doc, end - 1, tail):
            if doc[end].lower_ == "in" and any(t.pos in _VERBAL for t in root.sent):
                # "Trade unions in Denmark called a strike", "ISIL fighters in eastern Mosul
                # fired": where a group is gives its country but is no part of its mention;
                # the place is its own mention (news-entity annotation marks "ISIL fighters"
                # and "Mosul" apart; the name keeps it). A phrase standing alone with no verb
                # ("police in Kaduna State", a label or actor string) is one actor, the place
                # included. "Of" and "from" say whose the group is: "the people of Iraq" is
                # one phrase.
                where = (end, tail)
            else:
                end = tail
        tied = None
        if end + 2 < len(doc) and doc[end].lower_ in _TIED and doc[end + 1].lower_ in ("to", "with"):
            # "hackers linked to the Iranian government", "gunmen loyal to Damascus": the group
            # is of the country it serves, with its own sector (not the government's). The
            # parser may read "linked" as the verb: the phrase is what "to" governs.
            tail = doc[end + 1].right_edge.i + 1
            if end + 2 < tail <= end + 8 and not _line_break(doc, end - 1, tail):
                tied = describe(doc[end + 2:tail]).country
                if tied:
                    end = tail
        if (s, end) in org_spans or (ms, end) in org_spans:
            continue  # the model named this very phrase ("the state news agency"): one actor
        span = doc[s:end]
        r = describe(span)
        named_next = name_starts.get(end) if end == ch.end else None
        if named_next is not None and root.tag_ == "NN" and root.is_lower and \
                hits[0].role_kind == "group" and root.whitespace_ == " " and not lone:
            # "the newspaper Le Monde", "the news site RTL Info", "the militant group ISIL":
            # a body's kind written right before its name says what that body is; it is no
            # second actor; it gives the organisation its sector where the name does not, and
            # the mention covers it, as a person's covers a title ("the Colombian guerrilla
            # group ELN" is one actor, ELN, not a nationality and a name).
            c = named_next.cluster
            if c is not None and c.type == "ORG" and named_next.type == "ORG":
                named_next.lead = named_next.start - ms
                c.sector = c.sector or r.sector
                c.country = c.country or r.country
            continue
        if r.sector is None:
            continue
        if r.country is None and _the_country_s(doc, ch):
            r.country = _sentence_country(doc, root, mentions)
        if tied:
            r.country, r.sector = tied, describe(doc[s:ch.end]).sector
        elif r.country is None and end > ch.end:
            r.country = describe(doc[ch.end:end]).country
        elif r.country is None and where is not None:
            r.country = describe(doc[where[0]:where[1]]).country
        elif r.country is None:
            body = _body_after(doc, end)
            if body is not None:
                # "a spokesman for NATO" speaks for NATO: its country and sector.
                r = describe(doc[s:body])
        # The name keeps where the group is ("Houthi rebels in Yemen": the actor as a reader
        # would list it); the mention does not (see ``where``).
        written = doc[s:where[1]].text if where is not None else span.text
        office_of = _office_of(doc, root, hits[0], lone, end)
        if office_of:
            # "the UN High Commissioner for Refugees", "commander of the Amphibious Task
            # Group": the body or brief an unnamed office is of is part of its mention (the
            # name inside it is no mention of its own). An office of no country of its own
            # is the body's ("President of the Chadian Human Rights League"), as "a
            # spokesman for NATO" speaks for NATO.
            end = office_of
            written = doc[s:end].text
            if r.country is None:
                whole = describe(doc[s:end])
                if whole.country is not None:
                    r = whole
        key = written.lower()
        c = out.get(key)
        if c is None:
            # Groups ("troops", "the government") act as organisations; a lone office
            # ("the foreign minister") stays OTHER: it is a person the text has not named,
            # and so do weapons and craft ("patrol aircraft"): things a force acts through.
            typ = "ORG" if hits[0].role_kind == "group" and not lone else "OTHER"
            if typ == "ORG" and root.lower_.rstrip("s") in _FACILITY_NOUNS and root.dep_ != "nsubj":
                # "bombed a hospital", "keep schools open": a place with a sector; "the
                # hospital said" is the body that runs it.
                typ = "LOC"
            c = _Cluster(typ, key, first=s, country=r.country, sector=r.sector, role=True)
            if typ == "OTHER" and hits[0].role_kind == "title" and not lone:
                # For readers, an office or rank without a name is a person the text has not
                # named ("The Foreign Secretary", "a soldier", "the commander of X"), and in
                # the plural a group of people ("the ministers", "Coalition advisers"), as
                # news-entity annotation types them; a bare word in apposition ("X,
                # commander,") is left a title.
                if root.tag_ in ("NNS", "NNPS"):
                    c.shown_as = "ORG"
                elif s > ch.start or s < root.i or office_of:
                    c.shown_as = "PERSON"
            elif typ == "OTHER" and lone and root.tag_ in ("NNS", "NNPS"):
                # A band of people the word before qualifies ("Coalition partners", "army
                # accountants") is a group for readers as "our partners" is, whose head is
                # a party noun of its own.
                c.shown_as = "ORG"
            out[key] = c
        m = _Mention(ms, end, c.type, written)
        if ms == s and s > ch.start and doc[s - 1].lower_ in _WHOSE:
            m.lead = 1  # "our forces", "these terrorists": offsets only, the token stays no one's
        m.trail = _whose_members(doc, root, end)
        c.mentions.append(m)
        m.cluster = c
        if written not in c.forms:
            c.forms.append(written)
    _possessed_nominals(doc, kb, person_tokens, out)
    return list(out.values())


def _office_of(doc: Doc, root, hit, lone: bool, end: int) -> int | None:
    """The end of an office's "of/for <Name>" ("High Commissioner for Refugees", "commander
    of U.S. Central Command"), for one unnamed office holder; None where there is none."""
    if hit.role_kind != "title" or lone or root.tag_ not in ("NN", "NNP") or end >= len(doc) \
            or doc[end].lower_ not in ("of", "for") or doc[end].head.i != root.i:
        return None
    tail = _object_end(doc[end])
    if not end + 1 < tail <= end + 8 or _line_break(doc, end - 1, tail):
        return None
    if not any(t.is_upper or t.is_title for t in doc[end + 1:tail] if t.is_alpha):
        return None  # "the head of the family" is an office of no one named
    return tail


# Nouns of people who are some others' ("the families of the victims", "members of the tribe").
_MEMBERS_OF = {"families", "family", "members", "residents", "friends", "relatives", "people"}


def _whose_members(doc: Doc, root, end: int) -> int:
    """Tokens after a group's phrase its mention's offsets include: "of" and whose members
    they are, where that is a group of people or a named body ("the families of the victims",
    "members of the Al bu Nimr tribe"), as news-entity annotation marks the whole phrase."""
    if root.lower_ not in _MEMBERS_OF or end + 1 >= len(doc) or doc[end].lower_ != "of" or \
            doc[end].head.i != root.i:
        return 0
    tail = _object_end(doc[end])
    obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if obj is None or tail - end > 6 or _line_break(doc, end - 1, tail):
        return 0
    kb = load_knowledge()
    if obj.pos_ == "PROPN" or obj.lower_ in _PARTY_GROUP_NOUNS or any(
            h.kind == "role" and h.role_kind in ("group", "person") for h in kb.lookup([obj.text])):
        return tail - end
    return 0


# Determiners and possessives a group's mention keeps, as news-entity annotation (re3d) marks
# "our forces", "all Syrians", "this terrorist group"; the group's name does not.
_WHOSE = {"our", "their", "its", "his", "her", "my", "your", "this", "these", "those", "that",
          "all", "both"}


def _object_end(prep) -> int:
    """The end of the noun phrase a preposition governs, without what follows its own noun:
    "of Peru" of "the Foreign Minister of Peru in Lima on Monday" (where they met is no part of
    the office). The phrase's right edge when the parse gives the preposition no object."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return prep.right_edge.i + 1
    end = obj.i + 1
    for c in obj.rights:
        if c.dep_ in ("prep", "acl", "relcl", "punct", "appos", "advcl") and not (
                c.lower_ == "of" and obj.pos == PROPN and
                any(x.dep_ == "pobj" and x.pos == PROPN for x in c.children)):
            break  # ("of" between two proper nouns is inside a name: "Islamic Republic of Iran")
        end = c.right_edge.i + 1
    return end


def _the_country_s(doc: Doc, ch: Span) -> bool:
    """The phrase is owned by "the country" ("the country's rebel groups")."""
    return any(t.lower_ in ("country", "nation") and t.dep_ == "poss" and t.i > ch.start and
               doc[t.i - 1].lower_ in ("the", "this", "that") for t in ch)


def _sentence_country(doc: Doc, root, mentions: list[_Mention]) -> str | None:
    """The one country the sentence's named actors belong to ("Libyan authorities suspended
    aid to the country's rebel groups": Libya's), or None when they name none or several."""
    sent = root.sent
    found = {m.cluster.country for m in mentions
             if sent.start <= m.start < sent.end and m.cluster is not None and
             m.cluster.country and len(m.cluster.country) == 3 and
             m.cluster.country not in ("IGO", "UNO", "EUR")}
    return found.pop() if len(found) == 1 else None


def _body_after(doc: Doc, end: int) -> str | None:
    """"The prosecutor of the ICC", "a spokesman for NATO": an unnamed office of a body the
    tables know (an international one too: IGO) is of that body's country. The end of the
    body's name, or None."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for", "at") or \
            doc[end].head.i >= end:
        return None
    tail = doc[end].right_edge.i + 1
    if tail - end > 8 or _line_break(doc, end - 1, tail):
        return None
    r = describe(doc[end + 1:tail])
    return tail if r.org_name and r.country else None


# Words of a count before an actor: "more than 20", "at least 12", "dozens of".
_QUANTIFIERS = {"more", "than", "at", "least", "about", "some", "nearly", "almost", "over",
                "around", "up", "to", "roughly", "approximately", "fewer", "less", "several",
                "dozens", "hundreds", "thousands", "of"}

# Participles tying a group to the side it serves.
_TIED = {"linked", "loyal", "affiliated", "aligned", "tied", "allied", "connected"}


def _names_a_place(span: Span, kb) -> bool:
    """The words after "of"/"in" name a country or place: by the model's label, or by the
    tables where the model took the town for something else ("the mayor of Mariupol", ORG)."""
    if any(t.ent_type_ in ("GPE", "NORP") for t in span):
        return True
    places = [m for m in kb.scan([t.text for t in span])
              if m.hit.kind in ("country", "capital", "place", "demonym")]
    covered = {k for m in places for k in range(m.start, m.end)}
    # Every capitalised word is the place's: "Nippon Steel" is a company, not Japan; the
    # word for the kind of place after its name is the place's too ("Borno State").
    return bool(places) and all(k in covered or (k - 1 in covered and t.lower_ in _PLACE_KINDS)
                                for k, t in enumerate(span) if t.is_title)


# Words for a kind of place written after its name: "Borno State", "Kherson Region".
_PLACE_KINDS = {"state", "province", "region", "oblast", "governorate", "district", "county",
                "prefecture", "city", "territory", "department", "municipality"}


_NP_DEPS = frozenset(get_string_id(d) for d in (
    "oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
_CONJ = get_string_id("conj")
_VERBAL = (VERB, AUX)
_NOMINAL_POS = (NOUN, PROPN, PRON)


def _noun_chunks(doc: Doc) -> list[Span]:
    """``doc.noun_chunks`` of spaCy's English iterator, the same spans by the same rule, with
    a Token built only for the nouns and pronouns it tests: its walk builds one per word.
    Read once per Doc (role actors and facility places both use them)."""
    cached = doc.user_data.get(_CHUNKS)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    out = _find_noun_chunks(doc)
    doc.user_data[_CHUNKS] = (len(doc), out)
    return out


_CHUNKS = "tidings_noun_chunks"


def _find_noun_chunks(doc: Doc) -> list[Span]:
    prev_end = -1
    out = []
    for i, (pos, dep) in enumerate(zip(doc_column(doc, POS), doc_column(doc, DEP))):
        if pos not in _NOMINAL_POS:
            continue
        word = doc[i]
        left = word.left_edge.i
        # Prevent nested chunks from being produced
        if left <= prev_end:
            continue
        if dep in _NP_DEPS:
            prev_end = i
            out.append(Span(doc, left, i + 1, label="NP"))
        elif dep == _CONJ:
            head = word.head
            while head.dep == _CONJ and head.head.i < head.i:
                head = head.head
            # If the head is an NP, and we're coordinated to it, we're an NP
            if head.dep in _NP_DEPS:
                prev_end = i
                out.append(Span(doc, left, i + 1, label="NP"))
    return out


def _line_break(doc: Doc, s: int, e: int) -> bool:
    """A line break falls inside tokens ``s..e`` (in a token or the space after one)."""
    return any("\n" in t.text or "\n" in t.whitespace_ for t in doc[s:e - 1]) or \
        any(t.is_space and "\n" in t.text for t in doc[s:e])


def _possessed_nominals(doc: Doc, kb, person_tokens: set[int], out: dict) -> None:
    """"Sudan's displaced", "the country's poor": an adjective or participle used as a noun
    after a possessive is no noun chunk to the parser, but is the group the table names."""
    for i, pos in enumerate(doc_column(doc, POS)):
        if pos not in (VERB, ADJ) or i < 2 or i in person_tokens:
            continue
        t = doc[i]
        if doc[t.i - 1].text not in ("'s", "’s") or (t.i + 1 < len(doc) and
                                                      doc[t.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        hits = [h for h in kb.lookup([t.text]) if h.kind == "role" and h.role_kind == "group"]
        if not hits:
            continue
        s = t.i - 2
        while s > 0 and doc[s - 1].ent_type_ and doc[s - 1].ent_type_ == doc[t.i - 2].ent_type_:
            s -= 1
        span = doc[s:t.i + 1]
        r = describe(span)
        if r.sector is None or span.text.lower() in out:
            continue
        c = _Cluster("ORG", span.text.lower(), first=s, country=r.country, sector=r.sector,
                     role=True)
        m = _Mention(s, t.i + 1, "ORG", span.text)
        m.cluster = c
        c.mentions.append(m)
        c.forms.append(span.text)
        out[c.key] = c


# Endings of nouns for people by what they do ("accountant", "driver", "activist") and
# collective nouns for bands of them: such a noun qualified by a role word is an actor.
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")
_COLLECTIVE = {"confederation", "alliance", "coalition", "network", "ring", "faction", "wing",
               "unit", "cell", "band", "members", "member", "staff", "personnel", "veteran",
               "chief", "boss", "figure"}


# ... but not these things, which share the endings.
_THINGS = {"headquarter", "quarter", "border", "order", "center", "number", "matter", "letter",
           "shelter", "water", "helicopter", "computer", "corner", "tower", "power", "paper",
           "sector", "floor", "door", "corridor", "factor", "reactor", "motor", "error",
           "terror", "mirror", "plant", "restaurant", "grant", "warrant", "fee", "degree",
           "tree", "guarantee", "event", "incident", "percent", "content", "extent",
           "intent", "talent", "accident", "patent", "tangent"}


def _actor_noun(tok) -> bool:
    if tok.pos_ != "NOUN":
        return False
    w = tok.lower_[:-1] if tok.lower_.endswith("s") and len(tok.lower_) > 4 else tok.lower_
    if w in _COLLECTIVE or tok.lower_ in _COLLECTIVE:
        return True
    return w.endswith(_AGENT_ENDINGS) and not w.endswith("ment") and w not in _THINGS


# -- output ----------------------------------------------------------------------------------

class _Nesting:
    """Whether a token span lies inside one of a set of spans, by bisection: a long text has
    hundreds of mentions, and testing each against every span was quadratic."""

    def __init__(self, spans: set[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = []  # the furthest end of the spans up to each one, in start order
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)
        self.longest_at: dict[int, int] = {}
        for a, b in ordered:
            self.longest_at[a] = b

    def __call__(self, s: int, e: int, same_counts: bool) -> bool:
        """Inside a span that starts before ``s`` or ends after ``e``; or inside the very same
        span, if ``same_counts``."""
        k = bisect_left(self.starts, s)
        if k and self.reach[k - 1] >= e:
            return True
        b = self.longest_at.get(s, -1)
        return b > e or (same_counts and b == e)


def _to_entities(doc: Doc, clusters: list[_Cluster]) -> list[Entity]:
    clusters = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
    token_entity = [-1] * len(doc)
    out: list[Entity] = []
    shown_types = doc.user_data[SHOWN_TYPES] = {}
    clusters_by_index: list[_Cluster] = []
    # Spans of the mentions of actors (and of their names): a nationality word inside one
    # ("Iraqi" of "Iraqi forces", "the Syrian Democratic Forces") is a word of that mention,
    # not a mention of its own; its tokens still point to the nationality (entity_at).
    # Mentions are flat, as news-entity annotation marks them: a name inside another
    # entity's longer mention ("ISIL" of "ISIL fighters", "Texas" of "Cibolo, Texas", "Iraq"
    # of "the government of Iraq") is a word of it too. Its entity stays listed, with its
    # country, for the actor registry, even where no mention of its own is left.
    inside = _Nesting({(m.start - m.lead, m.end + m.trail) for c in clusters if c.type != "NORP"
                       for m in c.mentions})
    for c in clusters:
        name = _fullest(c)
        if "\u00a0" in name:
            name = " ".join(name.split())  # a name written with a no-break space
        typ = c.type if c.type in ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT") else "OTHER"
        shown = [m for m in c.mentions if not inside(m.start - m.lead, m.end + m.trail, typ == "NORP")]
        # Offsets leave out the invisible marks web text glues to words ("Mosul\u200e").
        mentions = sorted({(doc[m.start - m.lead].idx,
                            doc[m.end - 1 + m.trail].idx +
                            len(doc[m.end - 1 + m.trail].text.rstrip(_INVISIBLE)))
                           for m in shown})
        ent = Entity(id=f"e{len(out) + 1}", name=name, type=typ,
                     aliases=[f for f in c.forms if f != name and " ".join(f.split()) != name], title=c.title,
                     country=c.country, sector=c.sector, mentions=[list(x) for x in mentions])
        if c.shown_as:
            shown_types[ent.id] = c.shown_as
        idx = len(out)
        out.append(ent)
        clusters_by_index.append(c)
        if c.key.startswith((_FACILITY_KEY, _PARTY_KEY)):
            # An unnamed place is a mention for readers only: the layers that read the token
            # table (quote speakers) take "the camp" of "the Clinton camp said" for no one.
            continue
        for m in c.mentions:
            for i in range(m.start, m.end):
                cur = token_entity[i]
                # A name inside a common-noun actor ("Iraqi" in "Iraqi troops") keeps the token.
                if cur < 0 or clusters_by_index[cur].role:
                    token_entity[i] = idx
    doc.user_data[_ENTITY_AT] = [out[k] if k >= 0 else None for k in token_entity]
    named = [not c.role for c in clusters_by_index]
    office_mentions(doc, out, named)
    pronoun_mentions(doc, out, named, token_entity)
    return out
