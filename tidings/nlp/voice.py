"""Whose voice a document speaks in, when its publisher is a government.

A ministry's press release says "We condemn ..." and "we will continue to support
Ukraine": the "we" outside any quotation is the publishing government, and nothing in the
sentence says so. A newspaper's "we" is rare and means the paper, which is no actor in
the news, so only government publishers get a voice. They are known by their web
domains: most states publish under a government suffix (".gov", ".gov.uk", ".go.jp").

The table is stable knowledge (registries change these suffixes about as often as a
country changes its name) and holds no individual sites except where a state has no
government suffix at all.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import Actor

# Domain suffix -> (ISO 3166-1 alpha-3, sector). Longest suffix wins.
GOVERNMENT_DOMAINS: dict[str, tuple[str, str]] = {
    "gov": ("USA", "GOV"), "mil": ("USA", "MIL"), "fed.us": ("USA", "GOV"),
    "defense.gov": ("USA", "MIL"), "army.mil": ("USA", "MIL"), "senate.gov": ("USA", "LEG"),
    "house.gov": ("USA", "LEG"), "congress.gov": ("USA", "LEG"), "uscourts.gov": ("USA", "JUD"),
    "supremecourt.gov": ("USA", "JUD"),
    "gov.uk": ("GBR", "GOV"), "mod.uk": ("GBR", "MIL"), "parliament.uk": ("GBR", "LEG"),
    "gc.ca": ("CAN", "GOV"), "canada.ca": ("CAN", "GOV"),
    "gov.au": ("AUS", "GOV"), "govt.nz": ("NZL", "GOV"), "gov.ie": ("IRL", "GOV"),
    "gov.in": ("IND", "GOV"), "nic.in": ("IND", "GOV"), "go.jp": ("JPN", "GOV"),
    "go.kr": ("KOR", "GOV"), "gov.cn": ("CHN", "GOV"), "gov.tw": ("TWN", "GOV"),
    "gov.hk": ("HKG", "GOV"), "gov.sg": ("SGP", "GOV"), "gov.ph": ("PHL", "GOV"),
    "go.id": ("IDN", "GOV"), "gov.my": ("MYS", "GOV"), "go.th": ("THA", "GOV"),
    "gov.vn": ("VNM", "GOV"), "gov.pk": ("PAK", "GOV"), "gov.bd": ("BGD", "GOV"),
    "gov.lk": ("LKA", "GOV"), "gov.np": ("NPL", "GOV"), "gov.af": ("AFG", "GOV"),
    "gov.za": ("ZAF", "GOV"), "gov.ng": ("NGA", "GOV"), "go.ke": ("KEN", "GOV"),
    "gov.gh": ("GHA", "GOV"), "gov.et": ("ETH", "GOV"), "go.tz": ("TZA", "GOV"),
    "go.ug": ("UGA", "GOV"), "gov.rw": ("RWA", "GOV"), "gov.eg": ("EGY", "GOV"),
    "gov.ma": ("MAR", "GOV"), "gov.br": ("BRA", "GOV"), "gob.mx": ("MEX", "GOV"),
    "gob.ar": ("ARG", "GOV"), "gob.cl": ("CHL", "GOV"), "gov.co": ("COL", "GOV"),
    "gob.pe": ("PER", "GOV"), "gob.ve": ("VEN", "GOV"), "gob.ec": ("ECU", "GOV"),
    "gouv.fr": ("FRA", "GOV"), "gob.es": ("ESP", "GOV"), "gov.it": ("ITA", "GOV"),
    "gov.pt": ("PRT", "GOV"), "gov.pl": ("POL", "GOV"), "gov.ua": ("UKR", "GOV"),
    "gov.ru": ("RUS", "GOV"), "gov.by": ("BLR", "GOV"), "gov.tr": ("TUR", "GOV"),
    "gov.gr": ("GRC", "GOV"), "gov.cy": ("CYP", "GOV"), "gov.il": ("ISR", "GOV"),
    "gov.sa": ("SAU", "GOV"), "gov.ae": ("ARE", "GOV"), "gov.qa": ("QAT", "GOV"),
    "gov.kw": ("KWT", "GOV"), "gov.bh": ("BHR", "GOV"), "gov.om": ("OMN", "GOV"),
    "gov.jo": ("JOR", "GOV"), "gov.lb": ("LBN", "GOV"), "gov.iq": ("IRQ", "GOV"),
    "gov.ir": ("IRN", "GOV"), "gov.kz": ("KAZ", "GOV"), "gov.ge": ("GEO", "GOV"),
    "gov.am": ("ARM", "GOV"), "gov.az": ("AZE", "GOV"), "gov.rs": ("SRB", "GOV"),
    "gov.si": ("SVN", "GOV"), "gov.hu": ("HUN", "GOV"), "gov.sk": ("SVK", "GOV"),
    "gov.cz": ("CZE", "GOV"), "gov.ro": ("ROU", "GOV"), "gov.bg": ("BGR", "GOV"),
    "gov.lv": ("LVA", "GOV"), "gov.lt": ("LTU", "GOV"), "gov.ee": ("EST", "GOV"),
    "gov.is": ("ISL", "GOV"), "admin.ch": ("CHE", "GOV"), "gv.at": ("AUT", "GOV"),
    "gov.be": ("BEL", "GOV"), "belgium.be": ("BEL", "GOV"), "government.nl": ("NLD", "GOV"),
    "rijksoverheid.nl": ("NLD", "GOV"), "bund.de": ("DEU", "GOV"),
    "bundesregierung.de": ("DEU", "GOV"), "regeringen.se": ("SWE", "GOV"),
    "regjeringen.no": ("NOR", "GOV"), "valtioneuvosto.fi": ("FIN", "GOV"),
    "um.dk": ("DNK", "GOV"), "kremlin.ru": ("RUS", "GOV"), "mid.ru": ("RUS", "GOV"),
}

# A transcript gives each turn its speaker ("FOREIGN MINISTER KOFOD: Thank you."); there
# "we" is the speaker's, not the publisher's.
_TURN_LABEL = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z.'’-]+[ \t]+){0,5}[A-Z][A-Z.'’-]+:[ \t]")


def publisher_voice(url: str | None) -> Actor | None:
    """The government a page at `url` speaks for, or None for any other publisher."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    host = host.removeprefix("www.")
    labels = host.split(".")
    for n in range(min(len(labels), 3), 0, -1):
        suffix = ".".join(labels[-n:])
        if suffix in GOVERNMENT_DOMAINS:
            country, sector = GOVERNMENT_DOMAINS[suffix]
            site = ".".join(labels[-(n + 1):]) if len(labels) > n else host
            return Actor(name=site, country=country, sector=sector)
    return None


def document_voice(url: str | None, text: str) -> Actor | None:
    """The publisher's voice for a document, unless it is a transcript. The URL is checked
    first: the transcript test reads the whole text, and most publishers have no voice."""
    voice = publisher_voice(url)
    return voice if voice is not None and speaks_in_own_voice(text) else None


def speaks_in_own_voice(text: str) -> bool:
    """False for transcripts, whose "we" belongs to each turn's speaker."""
    return _TURN_LABEL.search(text) is None


FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my"}


def first_person_voice(tok) -> Actor | None:
    """The publisher behind a first-person pronoun outside every quotation, if it has a
    voice; inside a quotation the pronoun is the quoted speaker's, found or not."""
    if tok.lower_ not in FIRST_PERSON:
        return None
    voice = getattr(tok.doc._.tidings_ctx, "voice", None)
    if voice is None:
        return None
    for quote in tok.doc._.tidings_quotes or []:
        span = getattr(quote, "span", None)
        if span and span[0] <= tok.idx < span[1]:
            return None
    return voice
