"""People learned from articles (``people.json``, made by ``learn.py``): whose country and
office the articles stated, with the dates they were seen.

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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OUT = Path(__file__).parent / "people.json"
VERSION = 1
# Words of a name that say nothing about who it is.
_SKIP = {"mr", "mrs", "ms", "dr", "sir", "dame", "jr", "sr", "ii", "iii", "iv", "prof", "h.e"}
# A surname must be seen in this many articles before it stands for the person alone.
_SURNAME_ARTICLES = 2


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    sector: str | None
    title: str | None
    first: str | None
    last: str | None
    articles: int


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A name word compared without case, accents or edge punctuation."""
    w = unicodedata.normalize("NFKD", word)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = w.strip("\"'“”‘’«»()[]{},;:!?.")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def name_words(name: str) -> list[str]:
    out = []
    for part in name.replace("-", " ").split():
        w = fold(part)
        if w and w not in _SKIP and not (len(w) == 1 and w.isalpha()):
            out.append(w)
    return out


def name_key(name: str) -> tuple[str, str] | None:
    """First and last name word, in sorted order (name order varies); None for one word."""
    words = name_words(name)
    if len(words) < 2:
        return None
    return tuple(sorted((words[0], words[-1])))


class People:
    def __init__(self, data: dict):
        self.by_key: dict[tuple[str, str], Person] = {}
        by_surname: dict[str, list[Person]] = {}
        # Whole names as folded word tuples, to find names the model did not label.
        self.full: dict[tuple[str, ...], Person] = {}
        # Surnames learned alone ("President Tokayev"), for full names the articles never gave.
        self.surnames: dict[str, Person] = {}
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
            self.by_key[key] = p
            words = name_words(p.name)
            self.full[tuple(words)] = p
            by_surname.setdefault(words[-1], []).append(p)
        # A surname learned alone that a full name with another country also ends in
        # ("Prime Minister Roble" of Somalia, "Rodrigo Chaves Roble" of Costa Rica) is ambiguous.
        self.surnames = {w: p for w, p in self.surnames.items()
                         if all(o.country == p.country for o in by_surname.get(w, []))}
        self.by_surname = {w: ps[0] for w, ps in by_surname.items()
                           if len(ps) == 1 and ps[0].articles >= _SURNAME_ARTICLES}
        self.max_words = max((len(k) for k in self.full), default=0)
        self.firsts = {k[0] for k in self.full}

    def find(self, name: str) -> Person | None:
        words = name_words(name)
        if not words:
            return None
        key = name_key(name)
        if key is not None and key in self.by_key:
            return self.by_key[key]
        if len(words) == 1:
            return self.by_surname.get(words[0]) or self.surnames.get(words[0])
        # A full name the articles only gave as "President <surname>". A different given
        # name is a different person, so full names learned with their given name are not
        # matched on the surname.
        return self.surnames.get(words[-1])


@lru_cache(maxsize=1)
def load() -> People:
    if not OUT.exists():
        return People({})
    return People(json.loads(OUT.read_text(encoding="utf-8")))
