"""The working record of a quote while a document is read, and span helpers shared by the
direct (``quotes.py``) and reported (``quotes_reported.py``) readers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import Entity


@dataclass
class _Q:
    start: int  # char offsets of the content, marks excluded
    end: int
    direct: bool
    cue: str | None = None
    speaker: Entity | None = None
    speaker_text: str | None = None
    para: int = 0
    # Stretches inside start..end that are no quoted words: the cue clause of a quote split
    # by it ("“A,” she said, “B.”"), kept out of the quote's text.
    cuts: list[tuple[int, int]] = field(default_factory=list)
    # The verb before a quoted work's title ("titled", "entitled", "headlined"): the quote is
    # its maker's words and takes that verb as its cue.
    titled: str | None = None
    # A cited work's title or excerpt on a digest line ('“Headline,” by Jo Doe: “...”'): no
    # speech, kept only so that no reported speech is read inside it, then dropped.
    cited: bool = False


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
          "is", "as", "vs", "vs.", "de", "la", "&"}


def _is_title(content: str) -> bool:
    """A quoted book, film or show title ("Those Guys Have All the Fun") is not a quotation."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", content)]
    if not words or len(words) > 12 or content.rstrip().endswith(("?", "!")):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words) and \
        sum(1 for w in words if w[0].isupper()) >= 2


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _edges(tok: Token) -> tuple[int, int]:
    """Character extent of a token's subtree."""
    last = tok.right_edge
    return tok.left_edge.idx, last.idx + len(last.text)


def _clean(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi <= lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def join_parts(text: str, parts: list[list[int]]) -> str:
    """The quoted words of the parts, one space between parts of a paragraph and a blank
    line between paragraphs (the reader sees one passage, not the cue clause)."""
    out = text[parts[0][0]:parts[0][1]]
    for (_, prev_end), (a, b) in zip(parts, parts[1:]):
        # ("“A,” she said, “B.”": the comma the quote's part ends with stays with it)
        mark = text[prev_end:prev_end + 1]
        if mark in (",", ";", ":", "—") and not out.endswith(mark):
            out += mark
        out += ("\n\n" if "\n" in text[prev_end:a] else " ") + text[a:b]
    return out
