"""Text dumps: paragraphs hard-wrapped at a fill column (invented dump)."""
from __future__ import annotations

import textwrap

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

PARAGRAPHS = [
    "The little lighthouse on the northern cape was switched off for good last winter, after "
    "almost a hundred and twenty years of guiding the fishing boats home through the narrow channel.",
    "Its last keeper, who still lives in the cottage at the foot of the tower, says that the "
    "light was never really needed by the big ships, which have carried their own charts for decades, "
    "but that the small boats relied on it on foggy nights.",
    "The town council has now asked the owners to hand the tower over, so that it can be opened "
    "to visitors in the summer months and kept in repair with the money from the tickets.",
]


def _dump(width: int = 68) -> str:
    lines = ["Notes from the Cape", "", "Home", "About", "Archive", "", "The last keeper", ""]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, width) + [""]
    lines += ["Posted by Cape Notes at 9:15 PM", "", "Older posts", "Newer posts"]
    return "\n".join(lines)


def test_hard_wrapped_paragraphs_are_read_as_text():
    art = extract_text_dump(_dump(), "w.txt")
    for p in PARAGRAPHS:
        assert p in " ".join(art.text.split())
    assert "Older posts" not in art.text


def test_wrapped_lines_join_into_one_line_per_paragraph():
    lines = tl.split_lines(_dump())
    assert [ln.text for ln in lines if ln.text.startswith("The little")] == [PARAGRAPHS[0]]
    assert [ln.i for ln in lines] == list(range(len(lines)))


def test_a_list_of_headlines_of_similar_length_stays_apart():
    heads = [
        "Council votes to keep the ferry running through the winter months",
        "Harbour master retires after thirty years of service in the port",
        "New cycle path along the coast opens to walkers and riders alike",
        "Fishing fleet brings in its biggest catch of herring in a decade",
    ]
    lines = tl.split_lines("\n".join(heads))
    assert [ln.text for ln in lines] == heads


def test_lines_ending_in_sentences_stay_apart():
    # a block of one sentence per line, each ending with a stop, is not a wrapped paragraph
    sents = [
        "The ferry leaves the northern pier every hour from six in the morning.",
        "Tickets can be bought on board or at the kiosk next to the harbour office.",
        "Dogs and bicycles travel for free, but they must stay on the lower deck.",
    ]
    lines = tl.split_lines("\n".join(sents))
    assert [ln.text for ln in lines] == sents
