"""Stable knowledge shipped with tidings: countries, demonyms, capitals, organisations, roles.

``knowledge.json`` is compiled by ``build.py``; this module loads it once and offers one
longest-match scanner over words, used by the actor coder and the entity layer.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).parent / "knowledge.json"


@dataclass(frozen=True)
class Hit:
    """One table entry a word sequence matched."""

    kind: str  # "country" | "demonym" | "capital" | "place" | "org" | "role"
    country: str | None = None
    sector: str | None = None
    role_kind: str | None = None  # "title" | "group" for roles
    name: str | None = None  # the canonical name (country or organisation)


@dataclass(frozen=True)
class Match:
    start: int  # word index
    end: int  # word index, exclusive
    hit: Hit


_POSSESSIVE = re.compile(r"['’]s?$")
# "MPs", "MLAs": an acronym in capitals with a lower-case plural s.
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
# With the invisible marks web text carries at word edges (left-to-right mark, zero-width
# space, byte-order mark): "Minister\u200e" is the word "minister".
_EDGE = "\"'“”‘’«»()[]{},;:!?\u200b\u200c\u200d\u200e\u200f\ufeff"


@lru_cache(maxsize=65536)
def norm_word(w: str) -> str:
    """A word as the tables key it: lower case, no edge punctuation, no possessive."""
    w = w.strip(_EDGE)
    w = _POSSESSIVE.sub("", w)
    return w.lower()


# "al-qaeda" -> "al", "-", "qaeda", as spaCy's tokenizer splits a hyphen between letters.
_HYPHEN_SPLIT = re.compile(r"(?<=\w)(-)(?=\w)")
_MAX_TOKEN_KEY = 9  # no longer than the longest written key: the scans' window stays


class Knowledge:
    def __init__(self, data: dict):
        self.version = data.get("version")
        self.table: dict[tuple[str, ...], list[Hit]] = {}
        # Short all-capital keys ("US", "WHO", "IS", "AP") are also common words: they match
        # only when written in capitals.
        self.exact_case: set[tuple[str, ...]] = set()
        self.country_names: dict[str, str] = {}
        for iso3, c in data["countries"].items():
            self.country_names[iso3] = c.get("name") or iso3
            for n in c.get("names", []):
                self._add(n, Hit("country", country=iso3, name=self.country_names[iso3]))
            for n in c.get("demonyms", []):
                self._add(n, Hit("demonym", country=iso3, name=self.country_names[iso3]))
            for n in c.get("capitals", []):
                self._add(n, Hit("capital", country=iso3, name=self.country_names[iso3]))
        for name, iso3 in data.get("places", {}).items():
            self._add(name, Hit("place", country=iso3, name=name))
        for o in data["organisations"]:
            full = o["names"][0]
            for n in o["names"]:
                self._add(n, Hit("org", country=o["country"], sector=o["sector"], name=full))
        for role, (sector, kind) in data["roles"].items():
            self._add(role, Hit("role", sector=sector, role_kind=kind))
        # The last words of role phrases: most noun phrases end in none, and need no lookup.
        self.role_heads = {key[-1] for key, hits in self.table.items()
                           if any(h.kind == "role" for h in hits)}
        self.max_len = max(len(k) for k in self.table)
        # Every beginning of a key: a scan over words stops lengthening a window at the first
        # word no key goes on with, instead of trying all max_len windows from the longest.
        self.prefixes = {key[:k] for key in self.table for k in range(1, len(key) + 1)}
        self._seen: dict[tuple[str, ...], tuple[Hit, ...]] = {}

    def reach(self, norms: list[str], i: int) -> int:
        """The end of the longest run of ``norms`` from ``i`` that begins some key (``i`` if
        none does): no window from ``i`` ending past it is a key."""
        j, end = i, min(len(norms), i + self.max_len)
        while j < end and tuple(norms[i:j + 1]) in self.prefixes:
            j += 1
        return j

    def _add(self, surface: str, hit: Hit) -> None:
        words = surface.split()
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        key = tuple(norm_word(w) for w in words)
        if not all(key):
            return
        if len(words) == 1 and words[0].isupper() and len(words[0].strip(".")) <= 4 \
                and hit.kind != "role":
            self.exact_case.add(key)
        hits = self.table.setdefault(key, [])
        if hit not in hits:
            hits.append(hit)
        if hit.kind != "role" and any("-" in w[1:-1] for w in key):
            # The tokenizer splits a name's inner hyphens ("Tehrik-i-Taliban Pakistan" is
            # seven tokens): the name is also keyed by its tokens, so the passes over tokens
            # find it as the passes over written words do.
            parts = tuple(x for w in key for x in _HYPHEN_SPLIT.split(w) if x)
            if len(parts) <= _MAX_TOKEN_KEY and parts != key:
                hits = self.table.setdefault(parts, [])
                if hit not in hits:
                    hits.append(hit)

    def may_end_role(self, word: str) -> bool:
        """Could a role phrase end in this word (as written, or as a plural)?"""
        w = _office_parts(norm_word(word))[-1]
        return w in self.role_heads or w.endswith("s") and w[:-1] in self.role_heads and (
            len(w) > 3 or bool(_ACRONYM_PLURAL.match(word)))

    def lookup(self, words: list[str]) -> list[Hit]:
        # The layers look up the same words many times over (every noun chunk's head, every
        # capitalised window): each written form is read once, and the list handed out is
        # the caller's own.
        written = tuple(words)
        hits = self._seen.get(written)
        if hits is None:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            hits = self._seen[written] = tuple(self._lookup(written))
        return list(hits)

    def _lookup(self, words: tuple[str, ...]) -> list[Hit]:
        key = tuple(map(norm_word, words))
        hits = self.table.get(key)
        if not hits and key[-1].endswith("s") and (len(key[-1]) > 3 or _ACRONYM_PLURAL.match(words[-1])):
            # Plural role words: "soldiers", "diplomats", an acronym's "MPs" (organisations and
            # places keep their s).
            hits = [h for h in self.table.get(key[:-1] + (key[-1][:-1],), []) if h.kind == "role"]
        if not hits and "-" in key[-1]:
            # "Mayor-elect", "vice-minister", "Governor-General": the office written as one
            # hyphenated word is the office of its parts (a role only: "US-led" is no office).
            parts = key[:-1] + _office_parts(key[-1])
            if parts != key:
                hits = [h for h in self.lookup(list(parts)) if h.kind == "role"]
            if not hits and len(key) == 1 and len(parts) > 1 and parts[-2] in _RANK_PREFIXES:
                # "vice-minister", "Lieutenant-General": a rank of the office it prefixes.
                hits = [h for h in self.lookup([parts[-1]]) if h.kind == "role"]
        if not hits:
            return []
        return sorted((h for h in hits if self._case_ok(words, key, h)), key=_priority)

    def _case_ok(self, words: list[str], key: tuple[str, ...], hit: Hit) -> bool:
        if hit.kind == "role":
            return True
        first = _POSSESSIVE.sub("", words[0].strip(_EDGE))
        article = _ARABIC_ARTICLE.match(first)
        if article and article.end() < len(first):
            first = first[article.end():]  # "al-Qaeda", "el-Sisi": the name after the article
        elif first in ("al", "el") and len(words) > 1:
            first = words[1].strip(_EDGE)  # "al Qaeda"
        if not first[:1].isupper():
            # Names are written with a capital: "us", "who" and "chad" are other words.
            return False
        if key in self.exact_case:
            # ... and "Who", "Is", "Us" at a sentence start are not WHO, IS, US; a capital
            # inside the word still marks an acronym ("DfID").
            return first.replace(".", "").isupper() or any(ch.isupper() for ch in first[1:])
        return True

    def scan(self, words: list[str]) -> list[Match]:
        """Greedy longest matches left to right over a word list."""
        out: list[Match] = []
        i, n = 0, len(words)
        while i < n:
            found = None
            for j in range(min(n, i + self.max_len), i, -1):
                hits = self.lookup(words[i:j])
                if hits:
                    found = Match(i, j, hits[0])
                    break
            if found is None and "-" in words[i].strip(_EDGE)[1:]:
                # "US-led", "Saudi-backed", "Japan-US": the part before the hyphen.
                part = words[i].strip(_EDGE).split("-")[0]
                hits = [h for h in self.lookup([part]) if h.kind != "role"]
                if hits:
                    found = Match(i, i + 1, hits[0])
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.end
        return out


_SEEN_MAX = 200_000  # written forms remembered by ``lookup``; then it starts afresh

# Suffixes of an office not yet or not fully taken up: the sector is the office's.
# First parts of a hyphenated office that only rank it: "vice-minister" is a minister.
# "ex" too: "ex-minister", "ex-army chief" are the office or body they were; the actor layer
# reads the prefix as "former".
_RANK_PREFIXES = {"vice", "deputy", "under", "sub", "co", "acting", "assistant", "lieutenant",
                  "major", "brigadier", "chief", "first", "ex"}
_OFFICE_SUFFIXES = ("-elect", "-designate", "-in-waiting")


@lru_cache(maxsize=65536)
def _office_parts(w: str) -> tuple[str, ...]:
    """A hyphenated office word as separate words: "governor-general" -> (governor, general);
    "mayor-elect" -> (mayor,). Other words are returned whole."""
    for suffix in _OFFICE_SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix):
            w = w[:-len(suffix)]
            break
    return tuple(p for p in w.split("-") if p) or (w,)


# The Arabic article written in lower case before a name ("al-Qaeda", "ash-Sham"): the name's
# own capital is after it.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ed|en|er|es|et)-")

_KIND_ORDER = {"org": 0, "country": 1, "demonym": 2, "capital": 3, "place": 4, "role": 5}


def _priority(hit: Hit) -> int:
    # "Pentagon" is both a capital-like metonym and an organisation: the organisation says more.
    return _KIND_ORDER.get(hit.kind, 9)


@lru_cache(maxsize=1)
def load() -> Knowledge:
    return Knowledge(json.loads(PATH.read_text(encoding="utf-8")))
