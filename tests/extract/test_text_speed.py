"""Work the text-dump reader does once per line, not once per rule that asks: each test holds
the shortcut to the answer the long way gives, on small invented lines."""
from __future__ import annotations

import importlib

from tidings.extract.textlines import Line, add_features, trim_incoherent_tail

cues = importlib.import_module("tidings.extract.textlines_cues")
meta = importlib.import_module("tidings.extract.textlines_meta")


def _line(text: str) -> Line:
    ln = Line(i=0, text=text, block=0)
    add_features([ln], "en")
    return ln


def test_date_line_and_meta_are_read_once_per_line(monkeypatch):
    calls = []
    real = cues.parse_date

    def counting(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(cues, "parse_date", counting)
    monkeypatch.setattr(meta, "parse_date", counting)
    stamp = _line("March 3, 2024, 10:15 am")
    prose = _line("The harbour board met on Tuesday to talk about the ferry timetable.")
    answers = [(meta._is_meta(ln), cues._is_date_line(ln)) for ln in (stamp, prose) for _ in range(3)]
    assert answers == [(True, True)] * 3 + [(False, False)] * 3
    first = len(calls)
    for ln in (stamp, prose):
        meta._is_meta(ln)
        cues._is_date_line(ln)
    assert len(calls) == first  # asked again: answered from the line's memo


def test_incoherent_tail_reads_each_lines_words_once(monkeypatch):
    tl = importlib.import_module("tidings.extract.textlines")
    body = [f"{opening} The ferry service across the harbour resumed on Monday after weeks of repairs "
            "to the landing stage, harbour officials said, and the ferry will keep its winter timetable "
            "until the spring crossings begin. Passengers waited at the harbour terminal for the first "
            "ferry crossing of the morning, and the harbour master thanked the repair crews."
            for opening in ("Good news for islanders.", "Crossings are back.", "The wait is over.",
                            "Islanders cheered.", "Commuters were relieved.", "The harbour reopened.")]
    teasers = ["Recipe: lemon cakes with almonds and honey glaze.",
               "Gardening tips: pruning roses before spring frost arrives.",
               "Football results: city wanderers beat county rovers."]
    lines = []
    for k, text in enumerate(body + ["Advertisement", "More stories"] + teasers[:1] + ["Sponsored", "Promoted"]
                             + teasers[1:2] + ["Sponsored", "Promoted"] + teasers[2:]):
        ln = Line(i=k, text=text, block=k)
        add_features([ln], "en")
        ln.kind = "body" if text in body or text in teasers else "bad"
        lines.append(ln)
    seen = []
    real = tl._words_of

    def counting(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(tl, "_words_of", counting)
    span = trim_incoherent_tail(lines, (0, len(lines) - 1), frozenset({"the", "with", "before"}))
    assert lines[span[1]].text == body[-1]  # the three teaser groups are cut, one a turn
    assert sorted(seen) == sorted(body + teasers)  # each line's words read once
