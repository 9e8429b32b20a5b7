"""Cut untrusted text into plain segments that carry highlight labels.

Article text, quotes and snippets are never turned into markup here: they are split at
annotation offsets into pieces of *text*, each with the annotations covering it, and the
templates (autoescape on) wrap each piece. No string from an article ever reaches a page
unescaped, however it is highlighted.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Iterable

PARAGRAPH_BREAK = "\n\n"


@dataclass
class Segment:
    text: str
    start: int
    entity: dict[str, Any] | None = None  # the innermost entity mention covering it
    quotes: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # ids placed just before this piece
    roles: list[str] = field(default_factory=list)  # "src-<event>"/"tgt-<event>": who did what to whom
    mark: bool = False

    @property
    def classes(self) -> str:
        out = []
        if self.entity is not None:
            out += ["ent", "ent-" + str(self.entity.get("type") or "OTHER")]
        if self.quotes:
            out.append("quote")
        if self.events:
            out += ["ev", *(f"ev-{e}" for e in self.events)]
        out += self.roles
        if self.mark:
            out.append("mark")
        return " ".join(out)

    def role_in(self, event_id: int | None) -> str | None:
        """'src' or 'tgt' if this piece names the source or target of that event."""
        for role in self.roles:
            kind, _, ev = role.partition("-")
            if ev == str(event_id):
                return kind
        return None


def marked_segments(text: str, marks: Iterable[Iterable[int]]) -> list[Segment]:
    """A snippet or title with FTS matches marked (``marks`` are [start, end) offsets)."""
    out: list[Segment] = []
    pos = 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in marks):
        if end <= start or start < pos:
            continue
        if start > pos:
            out.append(Segment(text[pos:start], pos))
        out.append(Segment(text[start:end], start, mark=True))
        pos = end
    if pos < len(text) or not out:
        out.append(Segment(text[pos:], pos))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while pos <= len(text):
        end = text.find(PARAGRAPH_BREAK, pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            spans.append((pos, end))
        pos = end + len(PARAGRAPH_BREAK)
    return spans


def article_paragraphs(text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]],
                       events: list[dict[str, Any]]) -> list[list[Segment]]:
    """The body as paragraphs of segments, with entity mentions, quotes and event sentences.

    Offsets outside the text, or reversed, are dropped: a bad span is not guessed at. Each quote and
    event gets an anchor (``q-<id>``, ``ev-<id>``) where it starts, so lists can link to it.
    """
    n = len(text)
    spans: list[tuple[int, int, str, Any]] = []
    for ent in entities:
        for start, end in ent.get("mentions", []):
            spans.append((start, end, "entity", ent))
    for q in quotes:
        spans.append((q["start"], q["end"], "quote", q["id"]))
    for ev in events:
        spans.append((ev["sentence_start"], ev["sentence_end"], "event", ev["id"]))
    spans = [(s, e, kind, v) for s, e, kind, v in spans
             if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n]
    paragraphs = _paragraphs(text)
    cuts = sorted({0, n, *(p for s, e in paragraphs for p in (s, e)),
                   *(p for s, e, _, _ in spans for p in (s, e))})
    pieces = [Segment(text[a:b], a) for a, b in zip(cuts, cuts[1:])]
    # Innermost entity wins where mentions nest: apply the longest first, shortest last.
    for start, end, kind, value in sorted(spans, key=lambda s: -(s[1] - s[0])):
        first, last = bisect_left(cuts, start), bisect_left(cuts, end)
        for piece in pieces[first:last]:
            if kind == "entity":
                piece.entity = value
            elif kind == "quote":
                piece.quotes.append(value)
            else:
                piece.events.append(value)
        if kind in ("quote", "event"):
            pieces[first].anchors.append(("q-" if kind == "quote" else "ev-") + str(value))
    # An entity mention inside an event's sentence that is the event's source or target
    # is marked as such, so the sentence shows who did what to whom.
    parties = {ev["id"]: (ev.get("source_entity_id"), ev.get("target_entity_id")) for ev in events}
    for piece in pieces:
        if piece.entity is None or not piece.events:
            continue
        for ev_id in piece.events:
            src, tgt = parties.get(ev_id, (None, None))
            if piece.entity.get("id") is not None and piece.entity.get("id") == src:
                piece.roles.append(f"src-{ev_id}")
            elif piece.entity.get("id") is not None and piece.entity.get("id") == tgt:
                piece.roles.append(f"tgt-{ev_id}")
    out = []
    shown = 0  # pieces between paragraphs are not shown: their anchors move forward
    for p_start, p_end in paragraphs:
        first, last = bisect_left(cuts, p_start), bisect_left(cuts, p_end)
        carried = [a for piece in pieces[shown:first] for a in piece.anchors]
        if carried:
            pieces[first].anchors[:0] = carried
        out.append(pieces[first:last])
        shown = last
    return out
