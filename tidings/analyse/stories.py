"""Stories and counted-once events.

A *story* is a cluster of near-duplicate articles: syndicated wire copies, re-crawls, the
same release on two sites. Articles are compared by MinHash over word 5-shingles
(datasketch), with an LSH index so each new article is checked against only its likely
copies, not the whole store; a candidate is a copy when most of the shorter text's
shingles are in the other (containment >= config.minhash_threshold).

An *event group* is one happening however many times it is reported: several sentences
of one article, several articles, or several copies of one story all map to one key.
"""
from __future__ import annotations

import re
import sqlite3
from typing import NamedTuple

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Event

NUM_PERM = 128
# datasketch's default scheme, named because rebuilding a MinHash from stored values
# must say which permutations made them.
SCHEME = "affine32"
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+", re.UNICODE)
# Long texts add nothing to near-duplicate detection past this point, but cost time.
_MAX_SHINGLES = 20_000


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8")
            for i in range(min(len(words) - size + 1, _MAX_SHINGLES))}


class Signature(NamedTuple):
    values: np.ndarray  # MinHash hash values (uint32, NUM_PERM of them)
    size: int  # number of distinct shingles: turns a Jaccard estimate into containment


def signature(text: str, num_perm: int = NUM_PERM) -> Signature | None:
    """The MinHash signature of a text, or None for a text with no words."""
    grams = shingles(text)
    if not grams:
        return None
    m = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    m.update_batch(list(grams))
    return Signature(m.hashvalues.astype(np.uint32), len(grams))


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(np.mean(a.values == b.values))


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the shorter text's shingles found in the other.

    Copies of one story are rarely identical: one site trims the last paragraphs, another
    adds a credit line. Jaccard punishes the trimmed copy (half of a story is J = 0.5 of
    it); containment, |A & B| / min(|A|, |B|), still sees the half as a copy.
    """
    j = jaccard(a, b)
    inter = j * (a.size + b.size) / (1.0 + j)
    return min(1.0, inter / max(1, min(a.size, b.size)))


# Candidates are fetched from LSH at this Jaccard level, low enough to reach a copy
# half the length of its original at containment 0.8 (J ~ 0.36); containment decides.
CANDIDATE_JACCARD = 0.3


class StoryIndex:
    """Article signatures in an LSH index, mirrored in the article_minhash table."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM):
        self.threshold = threshold  # containment at or above which two articles are one story
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=num_perm)
        self.signatures: dict[int, Signature] = {}

    def _minhash(self, sig: Signature) -> MinHash:
        return MinHash(num_perm=self.num_perm, seed=1, hashvalues=sig.values, scheme=SCHEME)

    def load(self, conn: sqlite3.Connection) -> None:
        rows = conn.execute("SELECT article_id, num_perm, n_shingles, signature FROM article_minhash")
        for article_id, num_perm, size, blob in rows:
            if num_perm != self.num_perm:
                continue  # made with other settings: that article just joins no story
            self._add(article_id, Signature(np.frombuffer(blob, dtype="<u4").astype(np.uint32), size))

    def _add(self, article_id: int, sig: Signature) -> None:
        self.signatures[article_id] = sig
        self.lsh.insert(article_id, self._minhash(sig), check_duplication=False)

    def remove(self, article_id: int) -> None:
        if article_id in self.signatures:
            del self.signatures[article_id]
            self.lsh.remove(article_id)

    def nearest(self, sig: Signature, exclude: int | None = None) -> tuple[int, float] | None:
        """The stored article most contained in/containing this one, at or above the threshold."""
        best = None
        for other in self.lsh.query(self._minhash(sig)):
            if other == exclude:
                continue
            score = containment(sig, self.signatures[other])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (other, score)
        return best

    def assign(self, conn: sqlite3.Connection, article_id: int, sig: Signature | None, *,
               title: str | None, now: str) -> int:
        """The story id for an article (its nearest copy's story, or a new one); records it."""
        story_id = None
        if sig is not None and len(sig.values) == self.num_perm:
            match = self.nearest(sig, exclude=article_id)
            if match is not None:
                row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (match[0],)).fetchone()
                story_id = row[0] if row else None
            conn.execute("INSERT OR REPLACE INTO article_minhash VALUES (?, ?, ?, ?)",
                         (article_id, self.num_perm, sig.size, sig.values.astype("<u4").tobytes()))
            self._add(article_id, sig)
        if story_id is None:
            story_id = conn.execute("INSERT INTO stories (title, created_at) VALUES (?, ?)",
                                    (title, now)).lastrowid
        return story_id


def _party(actor_id: int | None, country: str | None, name: str | None) -> str:
    if actor_id is not None:
        return f"a{actor_id}"
    if country:
        return f"c{country}"
    return "n" + " ".join((name or "").casefold().split())


def event_key(event: Event, source_actor: int | None, target_actor: int | None,
              story_id: int | None) -> str:
    """What makes two reports one event: who did what to whom, and when.

    An event with its own date and both parties known is the same happening wherever it
    is reported. Otherwise reports are only merged inside one story (its copies and its
    own sentences): two undated "met" in unrelated stories may be different meetings, and
    "Blinken expressed support" twice on one day, with no one named as the target, may be
    support for two different things.
    """
    source = _party(source_actor, event.source.country, event.source.name)
    target = _party(target_actor, event.target.country, event.target.name)
    day = (event.date or "")[:10]
    when = day if day and source != "n" and target != "n" else f"{day}|story{story_id}"
    return "|".join((event.type, event.mode or "", source, target, when))
