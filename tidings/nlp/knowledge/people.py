"""People known by name: the holders of well-known offices written by hand
(``src/people.tsv``, compiled into ``knowledge.json``) and the people learned from articles
(``people.json``, made by ``learn.py``): whose country and office the articles stated, with
the dates they were seen. A hand-written row wins over a learned one of the same name.

This is changing knowledge, kept apart from the stable tables of ``knowledge.json``: a
document's own cues always win, and the learned entry only fills a country or sector the
document leaves open. Names are matched on their first and last name words, accents and
case ignored, in either order ("Iwaya Takeshi"); a surname alone matches only a person who
is the one learned holder of that surname and was seen in several articles, and a full name
the articles never wrote matches a surname they gave, in several articles, only with an office
("President X").
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

OUT = Path(__file__).parent / "people.json"
VERSION = 1
# Words of a name that say nothing about who it is.
_SKIP = {"mr", "mrs", "ms", "dr", "sir", "dame", "jr", "sr", "ii", "iii", "iv", "prof", "h.e"}
# A surname must be seen in this many articles before it stands for the person alone.
_SURNAME_ARTICLES = 2
_STATE_SECTORS = {"GOV", "LEG", "MIL", "JUD", "SPY", "COP"}


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    sector: str | None
    title: str | None
    first: str | None
    last: str | None
    articles: int
    # Hand-written office holders: the years of each term ((from, to or None), ...) and
    # whether the surname alone names them ("Putin"); None for learned people.
    terms: tuple = ()
    alone: bool | None = None

    def at(self, year: int | None) -> "Person":
        """The person as of a year: a state office holder whose every term had ended is a
        former official, which PLOVER codes as an elite (ELI)."""
        if year is None or not self.terms or self.sector not in _STATE_SECTORS:
            return self
        if all(end is not None and end < year for _, end in self.terms):
            return replace(self, sector="ELI")
        return self

    def held(self, year: int) -> bool:
        return any(start <= year and (end is None or year <= end) for start, end in self.terms)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A name word compared without case, accents or edge punctuation."""
    w = unicodedata.normalize("NFKD", word)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = w.strip("\"'“”‘’«»()[]{},;:!?.")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


# Spellings of one name that transliteration varies ("Mohammed Hussein Roble" is "Mohamed
# Hussein Roble"): compared as one.
_VARIANTS = {v: "muhammad" for v in ("mohammed", "mohamed", "mohammad", "muhammed", "mohamad",
                                     "muhamad", "mohmmad")}
_VARIANTS.update({v: "abdul" for v in ("abdel", "abdal", "abd")})
_VARIANTS.update({"yusuf": "yousef", "youssef": "yousef", "yussef": "yousef",
                  "ahmad": "ahmed", "hasan": "hassan", "husain": "hussein", "husayn": "hussein",
                  "hussain": "hussein"})


def canon(word: str) -> str:
    """A name word as names are compared: folded, one spelling for transliterated variants."""
    w = fold(word)
    return _VARIANTS.get(w, w)


def name_words(name: str) -> list[str]:
    out = []
    for part in name.replace("-", " ").split():
        w = canon(part)
        if w and w not in _SKIP and not (len(w) == 1 and w.isalpha()):
            out.append(w)
    return out


# Particles written before a surname: "al-Assad" is the surname Assad.
_PARTICLES = {"al", "el", "ad", "as", "ash", "at", "az", "le", "la", "de", "di", "da", "del",
              "van", "von", "der", "du", "dos", "das"}
_REGNAL = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
           "xv", "xvi"}


def name_key(name: str) -> tuple[str, str] | None:
    """First and last name word, in sorted order (name order varies); None for one word.
    A monarch's name and numeral ("Abdullah II") are a key of their own."""
    words = name_words(name)
    if len(words) == 1:
        numeral = next((fold(w) for w in name.split()[1:] if fold(w) in _REGNAL), None)
        if numeral is not None:
            return tuple(sorted((words[0], numeral)))
    if len(words) < 2:
        return None
    return tuple(sorted((words[0], words[-1])))


class People:
    def __init__(self, data: dict, offices: list[dict] | None = None):
        self.by_key: dict[tuple[str, str], Person] = {}
        # Every hand-written holder of a name: one person may have held offices of two
        # countries or bodies (a prime minister who became NATO's secretary general).
        self.holders: dict[tuple[str, str], list[Person]] = {}
        # One-word names the hand table gives ("Lula", "Jokowi").
        self.aliases: dict[str, Person] = {}
        by_surname: dict[str, list[Person]] = {}
        # Whole names as folded word tuples, to find names the model did not label.
        self.full: dict[tuple[str, ...], Person] = {}
        # Surnames learned alone ("President Tokayev"), for full names the articles never gave.
        self.surnames: dict[str, Person] = {}
        for row in offices or []:
            p = Person(row["names"][0], row["country"], row.get("sector"), row.get("title"),
                       None, None, 0, tuple(tuple(t) for t in row.get("terms") or ()),
                       bool(row.get("alone")))
            main_words = len(name_words(row["names"][0]))
            for name in row["names"]:
                words = name_words(name)
                key = name_key(name)
                if key is not None and len(words) > max(main_words, 2):
                    # A longer form of the name ("Mohamed Irfaan Ali" of "Irfaan Ali") is found
                    # whole; its first and last words alone ("Muhammad Ali") are someone else.
                    self.full.setdefault(tuple(words), p)
                    self.holders.setdefault(key, [])  # the learned row is no better
                    continue
                if key is None:
                    # Only a name written as one word ("Lula") is an alias; "Mohammed VI"
                    # without its numeral is half the world's Mohammeds.
                    if len(words) == 1 and len(name.split()) == 1:
                        self.aliases.setdefault(words[0], p)
                    continue
                if key not in self.by_key:
                    self.by_key[key] = p
                    self.full.setdefault(tuple(words), p)
                self.holders.setdefault(key, []).append(p)
            by_surname.setdefault(name_words(p.name)[-1], []).append(p)
        # Every hand-written holder by surname, for a surname written with an office.
        self.by_last: dict[str, list[Person]] = {w: list(ps) for w, ps in by_surname.items()}
        for row in data.get("people", []):
            p = Person(row["name"], row["country"], row.get("sector"), row.get("title"),
                       row.get("first"), row.get("last"), int(row.get("articles") or 0))
            key = name_key(p.name)
            if key is None:
                words = name_words(p.name)
                if row.get("surname_only") and len(words) == 1 and \
                        p.articles >= _SURNAME_ARTICLES:
                    self.surnames[words[0]] = p
                continue
            if key in self.holders:
                continue  # the hand-written row says it better
            self.by_key[key] = p
            words = name_words(p.name)
            self.full[tuple(words)] = p
            by_surname.setdefault(words[-1], []).append(p)
        # A surname learned alone that a full name with another country also ends in
        # ("Prime Minister Roble" of Somalia, "Rodrigo Chaves Roble" of Costa Rica) is ambiguous.
        self.surnames = {w: p for w, p in self.surnames.items()
                         if all(o.country == p.country for o in by_surname.get(w, []))}
        # A surname stands alone for one person only: learned in several articles, or marked
        # in the hand table as how the news names them.
        self.by_surname = {}
        for w, ps in by_surname.items():
            if len({p.name for p in ps}) != 1:
                continue
            p = ps[0]
            if p.alone if p.alone is not None else p.articles >= _SURNAME_ARTICLES:
                self.by_surname[w] = p
        self.max_words = max((len(k) for k in self.full), default=0)
        self.firsts = {k[0] for k in self.full}

    def find(self, name: str, year: int | None = None) -> Person | None:
        """The person a name stands for; with the year of the text, the office they held
        then (or ELI once all their state offices had ended)."""
        p = self._find(name)
        if p is None or not p.terms:
            return p
        if year is not None:
            p = next((h for h in self.holders.get(name_key(p.name), ()) if h.held(year)), p)
        return p.at(year)

    def find_titled(self, name: str, title: str, year: int | None = None) -> Person | None:
        """A surname written with an office ("Deputy Secretary Hicks"): the one office
        holder of that surname whose office has every word of the title."""
        words = name_words(name)
        wanted = _office_words(title or "")
        if len(words) != 1 or not wanted:
            return None
        found = {p.name: p for p in self.by_last.get(words[0], ())
                 if wanted <= _office_words(p.title or "")}
        if len(found) != 1:
            return None
        return self.find(next(iter(found)), year)

    def _find(self, name: str) -> Person | None:
        words = name_words(name)
        if not words:
            return None
        key = name_key(name)
        if key is not None and key in self.by_key:
            return self.by_key[key]
        if len(words) > 2 and tuple(words) in self.full:
            return self.full[tuple(words)]
        bare = [w for w in words if w not in _PARTICLES]
        if len(bare) == 1:
            # "Putin", or a surname with its particle ("al-Assad", "Le Pen").
            w = bare[0] if len(words) > 1 else words[0]
            return (self.by_surname.get(w) or self.surnames.get(w) or self.aliases.get(w))
        # A full name the articles only gave as "President <surname>". A different given
        # name is a different person, so full names learned with their given name are not
        # matched on the surname.
        return self.surnames.get(words[-1])


_OFFICE_GLUE = {"the", "of", "for", "and", "former", "acting", "then", "current", "interim"}


def _office_words(title: str) -> set[str]:
    """The words of an office as compared: "Defense Minister" is "Defence Minister"."""
    words = title.lower().replace("-", " ").replace("defense", "defence").split()
    return {w for w in words if w not in _OFFICE_GLUE}


@lru_cache(maxsize=1)
def load() -> People:
    from . import PATH

    offices = json.loads(PATH.read_text(encoding="utf-8")).get("people", [])
    if not OUT.exists():
        return People({}, offices)
    return People(json.loads(OUT.read_text(encoding="utf-8")), offices)
