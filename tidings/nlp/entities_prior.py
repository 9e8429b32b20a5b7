"""The country a whole article is about, lent to its local actors who state none.

News writes a local office holder without a country once the story has placed itself:
"NAIROBI — ... Governor Anne Waiguru said" or a story whose country words all name Kenya
("Kenyan police", "in Nairobi", "the Kenyan government") then says "the police", "the High
Court", "Interior Minister X". A reader codes them as Kenyan; the mention alone cannot.

The prior is a last resort and only fills a gap: it never replaces a country the text, the
tables or the learned people gave. It is lent only
* to actors whose office is domestic by nature (government, legislature, courts, police,
  parties, opposition): an ambassador, envoy or foreign minister is in the story because he
  deals with another country, and armies and coalitions fight abroad, so diplomatic and
  foreign-affairs offices ("Foreign Secretary", "Deputy Secretary of State", "Minister for
  the Middle East" when the parser marks the region) and military actors are left out; so is a bare name with no office
  (a name alone says nothing about belonging to the place);
* when the evidence is one-sided: the dateline's country, unless another country is named
  more often, or else one country holding at least PRIOR_SHARE of the country mentions and
  at least PRIOR_MIN of them. A bilateral or multi-country story gets no prior.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .actors import describe
from .entities_names import _Cluster
from .knowledge import load as load_knowledge

# Sectors of offices that belong to the place they are exercised in.
# Measured on government statements about other countries: their own foreign ministers and
# coalition forces took the topic country there, wrongly; on domestic news the loans read
# by hand were right.
LOCAL_SECTORS = {"GOV", "LEG", "JUD", "COP", "PTY", "OPP"}
# Words of offices and bodies that are in a story because they deal with elsewhere.
_FOREIGN_WORDS = {"ambassador", "envoy", "consul", "consul-general", "diplomat", "attache",
                  "attaché", "emissary", "chargé", "charge", "secretary-general",
                  "representative", "delegate", "delegation", "special",
                  "foreign", "overseas", "international", "coalition", "allied", "multinational",
                  "peacekeepers", "peacekeeping", "embassy", "consulate", "state"}
_PREFIX_TOKENS = 6
# Codes that are not countries: an organisation's mentions say nothing of where a story is.
_NOT_PLACES = {"IGO", "UNO", "NGO", "MNC"}
# Verbs of one official meeting another; with them the met official is the visitor's counterpart.
# The model may run without a lemmatizer, so the inflected forms are listed.
MEET_VERBS = {"meet", "meets", "met", "meeting", "host", "hosts", "hosted", "hosting", "receive",
              "receives", "received", "receiving", "welcome", "welcomes", "welcomed", "call",
              "calls", "called", "phoned", "visit", "visits", "visited", "hold", "holds", "held",
              "talk", "talks", "talked"}
PRIOR_SHARE = 0.75
PRIOR_MIN = 3


def document_country(doc: Doc, clusters: list[_Cluster]) -> str | None:
    """The one country the article is about, or None when the text is not one-sided."""
    counts: Counter[str] = Counter()
    for c in clusters:
        if c.country and c.country not in _NOT_PLACES:
            counts[c.country] += len(c.mentions)
    dateline = getattr(getattr(doc._, "tidings_ctx", None), "dateline", None)
    if dateline:
        place = describe(dateline[:80]).country
        if place and place not in _NOT_PLACES:
            # A dateline places the story even where its own name is rare ("KABUL —" then
            # "the Taliban", "the ministry"), unless another country clearly fills the text.
            top = max(counts.values(), default=0)
            if counts[place] >= top or top < PRIOR_MIN:
                return place
            return None
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    if n >= PRIOR_MIN and n >= PRIOR_SHARE * sum(counts.values()):
        return country
    return None


def _local_office(doc: Doc, c: _Cluster) -> bool:
    if c.sector not in LOCAL_SECTORS:
        return False
    words = set((c.title or "").lower().split())
    for f in c.forms:
        words.update(f.lower().split())
    for m in c.mentions:
        # The whole title as written, which the kept title may have cut short:
        # "Minister for the Middle East Tobias Ellwood", "Deputy Secretary of State X".
        for t in doc[max(0, m.start - _PREFIX_TOKENS):m.start]:
            words.add(t.lower_)
            if t.ent_type_ == "LOC":
                return False  # "Minister for Africa": an office over a region abroad
        if m.end < len(doc) and doc[m.end].text == ",":
            # The title written after the name ("X, Deputy Secretary of State"), to the end
            # of its phrase or line.
            for t in doc[m.end + 1:m.end + 2 + _PREFIX_TOKENS]:
                if t.is_space or t.is_punct and t.text != "-":
                    break
                words.add(t.lower_)
    # "High Commissioner" is a Commonwealth ambassador; "High Court", "police commissioner"
    # are local.
    return not words & _FOREIGN_WORDS and not {"high", "commissioner"} <= words


def _office_words(c: _Cluster) -> set[str]:
    return {w for w in c.key.split() if w not in ("the", "a", "an")}


def lend_document_country(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """Give the document's country to local office holders and bodies that have none.
    Returns the clusters changed (for diagnostics and tests)."""
    # Titles of the named people: "the Secretary" of a text that names "X, Secretary of
    # State" is most likely X again, who is in the story for his own country.
    held = {w for c in clusters if c.type == "PERSON" and c.title
            for w in c.title.lower().split()}
    gaps = [c for c in clusters if c.country is None and c.type in ("PERSON", "ORG", "OTHER")
            and _local_office(doc, c) and (c.type != "PERSON" or c.title)
            and not (c.type == "OTHER" and c.role and _office_words(c) <= held)]
    generic = [c for c in clusters if c.type == "ORG" and not c.role and c.country and
               _generic_body(c)]
    if not gaps and not generic:
        return []
    # The table's country of a generic body ("the Supreme Court": the US one) is no evidence
    # of where the story is.
    place = document_country(doc, [c for c in clusters if c not in generic])
    if place is None:
        return []
    for c in gaps:
        if not _visitor(doc, c, place):
            c.country = place
    moved = [c for c in generic if c.country != place]
    for c in moved:
        # "The Supreme Court said", "the Senate voted" in a story about Kenya are Kenya's:
        # the table knows the best-known body of that name, the story means its own.
        c.country = place
    return gaps + moved


def _generic_body(c: _Cluster) -> bool:
    """Every form of the body is a name the tables know both as one state's body and as the
    office every state has ("Supreme Court", "Senate", "Congress", "Defense Department")."""
    kb = load_knowledge()
    for f in c.forms:
        words = [w for w in f.split() if w.lower() not in ("the", "a", "an")]
        hits = kb.lookup(words) if words else []
        if not (any(h.kind == "org" for h in hits) and any(h.kind == "role" for h in hits)):
            return False
    return bool(c.forms)


def _visitor(doc: Doc, c: _Cluster, place: str) -> bool:
    """"The Secretary met the Foreign Minister of Peru", "the Crown Prince of Bahrain met the
    Secretary": one who meets an official of the story's country is that official's
    counterpart from elsewhere, not one of its own. Only an office holder (a body or group
    that "met protesters" meets no counterpart)."""
    if c.type not in ("PERSON", "OTHER"):
        return False
    for m in c.mentions:
        tok = doc[m.start:m.end].root
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head  # "met with X"
        elif tok.dep_ not in ("nsubj", "dobj"):
            continue
        if verb.lower_ not in MEET_VERBS or verb.pos_ != "VERB":
            continue
        for o in verb.children:
            if o.dep_ == "prep" and o.lower_ == "with":
                o = next((x for x in o.children if x.dep_ == "pobj"), o)
            if o.dep_ in ("nsubj", "dobj", "pobj") and o.i != tok.i and \
                    describe(doc[o.left_edge.i:o.right_edge.i + 1].text[:200]).country == place:
                return True
    return False
