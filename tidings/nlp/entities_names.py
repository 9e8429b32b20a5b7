"""Names of one document's entities: the mention and cluster records, and the merging of
mentions into one cluster per referent (steps 2 and 3 of ``entities.py``).

People found on full names, with shorter forms, initials and unlabelled surnames joining
them; organisations and places keyed on a normalised name (country words to ISO codes,
corporate suffixes dropped) and on acronyms.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .knowledge import load as load_knowledge
from .knowledge import norm_word
from .paragraphs import doc_column

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mr.", "mrs.",
              "ms.", "dr.", "prof.", "sen.", "sen", "rep.", "rep", "gov.", "gen.", "lt.", "col.",
              "capt.", "sgt.", "president", "minister", "secretary", "senator", "governor",
              "general", "judge", "pope", "king", "queen", "prince", "princess", "ambassador",
              "chancellor", "premier", "mayor", "speaker", "adm.", "maj.", "cmdr.", "rev.", "sheikh"}
CORP_SUFFIXES = {"corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc",
                 "llc", "company", "group", "holdings", "ag", "sa", "se", "nv", "gmbh", "the", "&"}


@dataclass
class _Mention:
    start: int  # token index
    end: int  # token index, exclusive
    type: str
    text: str
    cluster: "_Cluster | None" = None
    lead: int = 0  # tokens before ``start`` the mention's offsets include ("the" United States)
    trail: int = 0  # tokens after ``end`` the offsets include ("Palmyra" ", Syria")


@dataclass
class _Cluster:
    type: str
    key: str
    forms: list[str] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)
    name_words: set[str] = field(default_factory=set)  # persons: the words of the full name
    title: str | None = None
    country: str | None = None
    sector: str | None = None
    first: int = 0
    role: bool = False  # a common-noun actor ("Iraqi troops"), not a name
    canonical: str | None = None  # an ambiguous acronym: the table's name of the body it is here
    # The type the record gives an unnamed office ("PERSON") or its holders ("ORG"), as
    # news-entity annotation does; the quote and event layers read it as a role (OTHER).
    shown_as: str | None = None


# -- 2./3. clustering ------------------------------------------------------------------------

def _name_words(text: str) -> list[str]:
    return [w for w in (norm_word(x) for x in text.replace("-", " ").split())
            if w and w not in HONORIFICS]


def _org_key(kb, text: str) -> str:
    words = text.split()
    out = []
    i = 0
    while i < len(words):
        hit = None
        for j in range(min(len(words), i + 4), i, -1):
            hs = [h for h in kb.lookup(words[i:j]) if h.kind in ("country", "demonym")]
            if hs:
                hit = (j, hs[0].country)
                break
        if hit:
            out.append(hit[1].lower())
            i = hit[0]
            continue
        w = norm_word(words[i]).rstrip(".")
        if w and w not in CORP_SUFFIXES:
            out.append(w)
        i += 1
    return " ".join(out)


def _initial(w: str) -> bool:
    """A word ``_initials_ok`` may match to a name word by its first letter."""
    w2 = w.rstrip(".")
    return len(w2) == 1 and w2.isalpha()


def _initials_ok(short: list[str], full: list[str]) -> bool:
    """Each word of a short form is a word of the full name or an initial of one."""
    rest = list(full)
    for w in short:
        w2 = w.rstrip(".")
        if w in rest:
            rest.remove(w)
            continue
        # An initial is one letter ("J." of "John"): a two-letter word is a name of its
        # own ("Wu", "Le", "Ng"), not an initial of "W." in "Carlton W. Reeves".
        if len(w2) == 1 and w2.isalpha():
            hit = next((f for f in rest if f.startswith(w2[:1])), None)
            if hit is not None:
                rest.remove(hit)
                continue
        return False
    return True


def _cluster(doc: Doc, mentions: list[_Mention]) -> list[_Cluster]:
    kb = load_knowledge()
    clusters: list[_Cluster] = []
    persons: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}

    # People with a full name found a person each, in order of appearance.
    for m in mentions:
        if m.type != "PERSON":
            continue
        words = _name_words(m.text)
        if len(words) < 2:
            continue
        found = next((c for c in persons if set(words) <= c.name_words or
                      set(words) >= c.name_words), None)
        if found is None:
            found = _Cluster("PERSON", " ".join(words), first=m.start)
            persons.append(found)
            clusters.append(found)
        found.name_words |= set(words)
        _join(found, m)

    # Each person's name words in order, sorted once: a person's words do not change from
    # here on, and every unclustered mention is tried against every person.
    ordered = {id(c): sorted(c.name_words) for c in persons}
    # ... and the people each word is a name word of: a short form's word that is no initial
    # must be one of the person's words, so only those people are tried for it.
    having: dict[str, list[_Cluster]] = {}
    surnames: dict[str, _Cluster] = {}
    for c in persons:
        for w in c.name_words:
            # A word shared by two people ("Kim") resolves to neither.
            surnames[w] = c if w not in surnames or surnames[w] is c else None
            having.setdefault(w, []).append(c)
    for m in mentions:
        if m.cluster is not None:
            continue
        words = _name_words(m.text)
        if not words:
            continue
        target = None
        # A country or a body of that name is not the person; a town may be ("Bush" is
        # also a town in Egypt): a person of this text is the stronger reading.
        if m.type in ("PERSON", "ORG", "PRODUCT", "GPE", "NORP", "LOC") and not any(
                h.kind != "place" for h in kb.lookup(m.text.split())):
            word = next((w for w in words if not _initial(w)), None)
            tried = persons if word is None else having.get(word, ())
            cands = {id(c): c for c in tried if _initials_ok(words, ordered[id(c)])}
            if len(cands) == 1:
                target = next(iter(cands.values()))
        if target is not None:
            _join(target, m)
            continue
        if m.type == "PRODUCT":
            continue
        if m.type == "PERSON":
            key = ("PERSON", " ".join(words))
        elif m.type in ("GPE", "NORP"):
            # "US" and "United States" are one entity; "Washington" is the city.
            hits = [h for h in kb.lookup(m.text.split()) if h.kind in ("country", "demonym")]
            key = (m.type, hits[0].country if hits else " ".join(words))
        else:
            key = (m.type, _org_key(kb, m.text))
        c = by_key.get(key)
        if c is None:
            c = _Cluster(m.type, key[1], first=m.start)
            if m.type == "PERSON":
                c.name_words = set(words)
                persons.append(c)
                ordered[id(c)] = sorted(c.name_words)
                for w in c.name_words:
                    having.setdefault(w, []).append(c)
            by_key[key] = c
            clusters.append(c)
        _join(c, m)

    _acronyms(doc, clusters, mentions)
    _unlabelled_surnames(doc, mentions, persons, surnames)
    return [c for c in clusters if c.mentions]


def _join(c: _Cluster, m: _Mention) -> None:
    m.cluster = c
    c.mentions.append(m)
    if m.text not in c.forms:
        c.forms.append(m.text)


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 8 and bare.isalnum() and bare.isupper()


def _initials(form: str) -> str:
    # "Self-Defense Forces" is S, D, F: each part of a hyphenated word has its own capital.
    return "".join(w[0] for w in form.replace("-", " ").split() if w[:1].isupper())


def _acronyms(doc: Doc, clusters: list[_Cluster], mentions: list[_Mention]) -> None:
    """"NSC" joins "National Security Council" when both are organisations of this text, and
    an acronym in brackets right after a name ("the Syrian Democratic Forces (SDF)") is that
    name's in this text, whatever else the tables know by those letters."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions if m.cluster is not None}
    defined: dict[str, _Cluster] = {}
    # Brackets found over the ORTH array: a Token object per word costs more than the test.
    orth = doc_column(doc, ORTH)
    opening, closing = get_string_id("("), get_string_id(")")
    for i in range(2, len(doc) - 1):
        if orth[i - 1] != opening or orth[i + 1] != closing:
            continue
        tok = doc[i]
        if not _is_acronym(tok.text):
            continue
        long = by_end.get(i - 1)
        if long is None or long.cluster.type != "ORG" or _is_acronym(long.text):
            continue
        # Its letters start as the name's words do ("PKK" for a Kurdistan Workers' Party may
        # follow the name in its own language; the first letter is still one of the name's).
        if tok.text[0] not in {w[:1].upper() for w in long.text.replace("-", " ").split()}:
            continue
        defined.setdefault(tok.text.replace(".", ""), long.cluster)
        own = by_start.get(i)
        if own is None:
            # The model often leaves the bracketed acronym unlabelled.
            own = _Mention(i, i + 1, "ORG", tok.text)
            mentions.append(own)
            _join(long.cluster, own)
    long_by_initials: dict[str, _Cluster] = {}
    for c in clusters:
        if c.type != "ORG":
            continue
        for f in c.forms:
            if not _is_acronym(f) and len(f.split()) >= 2:
                long_by_initials.setdefault(_initials(f), c)
    for c in clusters:
        if c.type != "ORG" or not c.mentions:
            continue
        if all(f.replace(".", "").isupper() and len(f) <= 8 for f in c.forms):
            key = c.forms[0].replace(".", "")
            target = defined.get(key) or long_by_initials.get(key)
            if target is not None and target is not c:
                for m in c.mentions:
                    _join(target, m)
                c.mentions = []


def _unlabelled_surnames(doc: Doc, mentions: list[_Mention], persons: list[_Cluster],
                         surnames: dict[str, _Cluster]) -> None:
    """Capitalised tokens spaCy left unlabelled that are a known person's name word."""
    if not persons:
        return
    # Only words of multi-word names, and only the distinctive ones (not "Kim" shared by two).
    keys = {w: c for w, c in surnames.items() if c is not None and len(w) > 2}
    if not keys:
        return
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    # Look words up by hash over arrays: a Token object per token costs more than the rest.
    by_hash = {doc.vocab.strings[w]: c for w, c in keys.items()}
    flags = doc.to_array(["IS_TITLE", "LOWER"])
    for i in flags[:, 0].nonzero()[0].tolist():
        c = by_hash.get(int(flags[i, 1]))
        if c is None or i in covered:
            continue
        tok = doc[i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.i not in covered and not nxt.is_sent_start:
            continue  # part of some other name
        m = _Mention(tok.i, tok.i + 1, "PERSON", tok.text)
        mentions.append(m)
        _join(c, m)


# Navies' ship prefixes and the state each stands for ("USS", "HMS"; None where two navies
# share one, as India's and Israel's "INS").
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "USCGC": "USA", "HMS": "GBR", "HMAS": "AUS",
                 "HMCS": "CAN", "HMNZS": "NZL", "FS": "FRA", "ROKS": "KOR", "JS": "JPN",
                 "TCG": "TUR", "PNS": "PAK", "KRI": "IDN", "HNLMS": "NLD", "HDMS": "DNK",
                 "ESPS": "ESP", "NRP": "PRT", "BRP": "PHL", "ARA": "ARG", "INS": None}


_SHIP_PREFIX_IDS = frozenset(get_string_id(p) for p in SHIP_PREFIXES)


def vessels(doc, clusters: list[_Cluster]) -> None:
    """"USS Mahan", "HMS Daring", "FS Forbin": a name after a navy's ship prefix is a ship,
    whatever the model typed it (a person, a body, a place): no entity type of the contract's
    is a vessel's, so it is OTHER, of its navy's state and military; its short form
    ("Forbin") stays with it, and a mention the model began after the prefix covers it."""
    if _SHIP_PREFIX_IDS.isdisjoint(doc_column(doc, ORTH)):
        return  # (most texts name no ship: one pass over the tokens)
    for c in clusters:
        if c.type not in ("PERSON", "ORG", "GPE", "LOC") or c.role:
            continue
        words = max(c.forms, key=len, default="").split()
        prefix = words[0] if len(words) >= 2 and words[1][:1].isupper() else None
        if prefix not in SHIP_PREFIXES:
            prefix = next((doc[m.start - 1].text for m in c.mentions
                           if m.start > 0 and not m.lead and doc[m.start - 1].text in SHIP_PREFIXES
                           and doc[m.start - 1].whitespace_ == " "), None)
            if prefix is None:
                continue
            for m in c.mentions:
                if m.start > 0 and not m.lead and doc[m.start - 1].text == prefix:
                    m.lead = 1
        c.type, c.title = "OTHER", None
        c.country, c.sector = SHIP_PREFIXES[prefix], "MIL"
        for m in c.mentions:
            m.type = "OTHER"
