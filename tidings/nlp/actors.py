"""Code an actor phrase to (country ISO-3, sector): "Japanese Foreign Minister" -> (JPN, GOV).

The public entry point for other layers is ``code_actor(text_or_span)``; it reads only the
shipped knowledge tables (``knowledge/``), so it is cheap and needs no model. ``describe``
returns the same reading with the parts it found (country word, role words), which the
entity layer uses to attach titles.

Rules, in order of trust:
* an organisation known by name ("Pentagon", "NATO") gives its country and sector;
* the leftmost country word (name, demonym, capital) gives the country;
* the head role word gives the sector: the last role before a preposition ("Defense Minister
  of Japan" -> the minister), except generic heads ("spokesman", "leader", "head") which take
  the sector of what they speak for ("leader of the opposition" -> OPP, "army spokesman" -> MIL);
* "former"/"retired"/"ex-" before a state office makes the person an elite (ELI), as PLOVER
  codes ex-officials.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .knowledge import Hit, Match, load

_WORD = re.compile(r"[^\s]+")
_PREPS = {"of", "for", "to", "at", "in", "from", "with", "on", "by"}
GENERIC_HEADS = {"leader", "leaders", "head", "heads", "chief", "spokesperson", "spokesman",
                 "spokeswoman", "spokespeople", "member", "members", "official", "officials",
                 "director", "representative", "representatives", "chairman", "chairwoman",
                 "chair", "commander", "adviser", "advisor", "envoy", "delegation", "source", "officer",
                 "officers", "employee", "employees", "staff", "worker", "personnel", "agent", "agents",
                 "sources", "secretary", "president", "minister", "director-general",
                 "secretary-general"}
# Offices a "former" holder keeps as an elite rather than as the government.
_STATE_SECTORS = {"GOV", "LEG", "MIL", "JUD", "SPY", "COP"}
# Removed from office is out of it too: "the ousted president", "a deposed king".
_FORMER = {"former", "retired", "ex", "ex-president", "onetime", "one-time", "erstwhile",
           "ousted", "deposed", "toppled", "overthrown"}


@dataclass
class ActorReading:
    country: str | None = None
    sector: str | None = None
    title_words: tuple[int, int] | None = None  # word range of the role phrase used as title
    matches: list[Match] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    org_name: str | None = None  # the canonical name when the whole phrase is a known org

    @property
    def title(self) -> str | None:
        if self.title_words is None:
            return None
        s, e = self.title_words
        return " ".join(w.strip(",;:\"'“”‘’()\u200b\u200c\u200d\u200e\u200f\ufeff")
                        for w in self.words[s:e])


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


# Offices held towards another country or body, and the words that name where.
_ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "emissary", "consul",
           "consul-general", "chargé", "charge", "attaché", "attache", "ambassador-designate",
           "representative", "coordinator", "negotiator"}


# A state named as the one behind an armed group: "Iran-backed", "Russian-sponsored".
_BACKED = ("-backed", "-sponsored", "-supported", "-funded", "-armed", "-trained", "-allied",
           "-aligned")


def _posting_start(lowered: list[str]) -> int:
    """The index of the first word after "to"/"for" following an envoy's office, or the
    length of the phrase when there is none."""
    for i, w in enumerate(lowered):
        if w in _ENVOYS and i + 1 < len(lowered) and lowered[i + 1] in ("to", "for", "in"):
            return i + 2
    return len(lowered)


# Words of a state's formal name between "of" and its country: "the Congress of the Republic
# of Peru", "the Parliament of the Kingdom of Spain".
_STATE_FORM = {"the", "of", "republic", "kingdom", "federal", "federation", "state", "islamic",
               "democratic", "people's", "people’s", "united", "commonwealth", "principality",
               "sultanate", "emirate", "socialist", "arab", "plurinational", "bolivarian"}


def _state_of(lowered: list[str], end: int, country: int) -> bool:
    """The words from ``end`` to ``country`` are "of" and a state's formal name before its
    country word: a body written "... of [the Republic of] Peru" is that country's."""
    return end < country and lowered[end] == "of" and \
        all(w in _STATE_FORM for w in lowered[end + 1:country])


# Offices and bodies named "<office> of <field>" ("Minister of Health", "Ministry of
# Education"), as news also writes them "<field> <office>" ("Health Minister").
_FIELD_OFFICES = {"minister", "ministry", "secretary", "department", "ministers", "ministries"}
_FIELD_END = _PREPS | {"and", "&", ","}


def _domain_of(kb, words: list[str], lowered: list[str], head: Match) -> str | None:
    """The sector of "<office> of <field>" read as "<field> <office>": "Minister of Health"
    is a health minister (HLH), as the tables code the office written the other way round;
    None where the field words make no office the tables know."""
    office = lowered[head.end - 1]
    if office not in _FIELD_OFFICES or head.end >= len(words) or lowered[head.end] != "of":
        return None
    start = head.end + 1
    if start < len(lowered) and lowered[start] == "the":
        start += 1
    end = start
    while end < len(lowered) and end - start < 3 and lowered[end] not in _FIELD_END:
        end += 1
    office = office[:-1] if office.endswith("s") and office != "ministries" else office
    office = "ministry" if office == "ministries" else office
    for stop in range(end, start, -1):
        hits = [h for h in kb.lookup(words[start:stop] + [office])
                if h.kind == "role" and h.sector]
        if hits:
            return hits[0].sector
    return None


def describe(text_or_span) -> ActorReading:
    """Read an actor phrase: its country, sector, and which words did it."""
    text = getattr(text_or_span, "text", text_or_span) or ""
    words = words_of(text[:400])
    kb = load()
    matches = kb.scan(words)
    r = ActorReading(words=words, matches=matches)
    if not matches:
        return r
    lowered = [w.lower().strip(",;:") for w in words]
    content = [i for i, w in enumerate(lowered) if w not in ("the", "a", "an")]

    # A national name of another state's body ("Chile's Defense Department", "the Mexican
    # National Guard", "the Congress of Peru") is the generic office there, not the body
    # the table knows.
    for k, m in enumerate(matches):
        if m.hit.kind == "org" and any(
                p.hit.kind in ("country", "demonym") and p.hit.country != m.hit.country
                and (p.end <= m.start or _state_of(lowered, m.end, p.start))
                for p in matches):
            generic = [h for h in kb.lookup(words[m.start:m.end]) if h.kind == "role"]
            matches[k] = Match(m.start, m.end, generic[0] if generic else
                               Hit("role", sector=m.hit.sector, role_kind="group"))

    # Country: an organisation or a country word, leftmost first; not the post of an envoy
    # ("Special Envoy for Yemen", "Ambassador to Japan"): that is where he is sent, and his
    # own country is the sender's (unknown here unless written before).
    posted = _posting_start(lowered)
    for m in matches:
        if m.hit.kind != "role" and m.hit.country and m.start < posted:
            r.country = m.hit.country
            if m.end - m.start == 1 and lowered[m.start].endswith(_BACKED) and m.end < len(words):
                # "Turkish-backed Syrian fighters", "US-backed Syrian Democratic Forces": the
                # backer is another state; the actor is of the country the rest names.
                own = describe(" ".join(words[m.end:])).country
                r.country = own or r.country
            break
    if r.country is None:
        # An office named after its body ("Duma deputy", "Rada deputy") is read whole as a
        # role, which hides the body's own country; the body's words before it still give it.
        for m in matches:
            if m.hit.kind != "role" or m.end - m.start < 2 or m.start >= posted:
                continue
            body = [h for h in kb.lookup(words[m.start:m.end - 1])
                    if h.kind in ("org", "country", "demonym") and h.country]
            if body:
                r.country = body[0].country
                break

    # A phrase that is only a known organisation's name takes everything from the table.
    orgs = [m for m in matches if m.hit.kind == "org"]
    if orgs and content and orgs[0].start <= content[0] and orgs[0].end > content[-1]:
        r.sector = orgs[0].hit.sector
        r.country = orgs[0].hit.country
        r.org_name = orgs[0].hit.name
        return r

    roles = [m for m in matches if m.hit.sector]
    if not roles:
        if len(matches) == 1 and matches[0].hit.kind == "capital" and content and \
                matches[0].start <= content[0] and matches[0].end > content[-1]:
            # "Washington said", "Beijing warned": a capital alone stands for its government.
            r.sector = "GOV"
        elif len(matches) == 1 and matches[0].hit.kind == "place" and content and \
                matches[0].start <= content[0] and matches[0].end > content[-1]:
            # Any other town named as an actor stands for the people there, as CAMEO codes it.
            r.sector = "CVL"
        return r
    # The first preposition outside a role ("Chief of Police of Lagos State": the second).
    inside = {i for m in roles for i in range(m.start + 1, m.end)}
    prep = next((i for i, w in enumerate(lowered) if w in _PREPS and i > 0 and i not in inside),
                len(words))
    before = [m for m in roles if m.end <= prep]
    after = [m for m in roles if m.start > prep]
    head = before[-1] if before else roles[-1]
    sector = head.hit.sector
    head_word = lowered[head.end - 1]
    if head.hit.kind == "role" and head_word == "general" and lowered[head.start] in GENERIC_HEADS:
        # "WHO Director General", "UN Secretary General": the generic office of what it
        # heads, as "director" alone would be.
        head_word = lowered[head.start]
    domain = _domain_of(kb, words, lowered, head)
    if domain is not None:
        sector = domain
    elif head_word in GENERIC_HEADS and head.hit.kind == "role":
        # "spokesman for the army", "Pentagon spokesman", "leader of the opposition".
        other = after[0] if after else (before[-2] if len(before) > 1 else None)
        if other is not None and other.hit.sector == "CVL" and not after:
            # "a Jewish community leader": "community" only says he is a civilian; a more
            # specific word before it (religion, army, party) says what he leads.
            other = next((m for m in reversed(before[:-2]) if m.hit.sector not in (None, "CVL")),
                         other)
        if other is not None and other.hit.sector:
            sector = other.hit.sector
    if sector == "UAF" and head.hit.kind == "role":
        # "Taliban gunmen", "Hamas attackers": armed men of unknown allegiance (UAF) are not
        # unknown when a named body qualifies them; they are its men.
        body = next((m for m in reversed(before[:-1] if before else [])
                     if m.hit.kind == "org" and m.hit.sector), None)
        if body is not None:
            sector = body.hit.sector
    if head.hit.kind == "role" and head.hit.role_kind == "title":
        r.title_words = (head.start, head.end)
    if sector in _STATE_SECTORS and any(
            w in _FORMER or w.startswith("ex-") for w in lowered[:head.start + 1]):
        sector = "ELI"
    r.sector = sector
    return r


def code_actor(text_or_span) -> tuple[str | None, str | None]:
    """(country ISO-3 or IGO/UNO, sector) of an actor phrase or spaCy Span; None where unknown."""
    r = describe(text_or_span)
    return r.country, r.sector
