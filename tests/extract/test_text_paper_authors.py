"""Text dumps: a paper's author line, its names marked with affiliation numbers or degrees, on
invented dumps."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump
from tidings.extract.textlines_people import _scholar_names

HEADLINE = "Sediment Transport in Deepened Harbour Channels and the Largest Ships"


def test_marked_author_under_the_title_with_the_date_over_it():
    # a journal page: section line, date, title, the authors with affiliation marks
    dump = ["Search", "Log in", "", "Port Engineering (A Roe, Section Editor)", "Published: 16 September 2024",
            HEADLINE, "Maria Lenton1", "Harbour Studies volume 3, Article number: 5 (2024) Cite this article",
            "120 Accesses", ""] + HARBOUR_STORY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == HEADLINE
    assert a.authors == ["Maria Lenton"]


def test_authors_one_per_line_with_degrees():
    dump = ["Original Research16 September 2024", HEADLINE, "A Study of Two Ports",
            "Maria Lenton, PhD,", "Tom Okafor, MD,", "Ann Roe, MPH", ""] + HARBOUR_STORY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton", "Tom Okafor", "Ann Roe"]


@pytest.mark.parametrize("line, names", [
    ("Maria Lenton1,2, Tom Okafor2 and Ann Roe3*", ["Maria Lenton", "Tom Okafor", "Ann Roe"]),
    ("Maria Lenton, PhD", ["Maria Lenton"]),
    ("Maria Lenton", []),              # no mark: not a paper's author line
    ("Maria Lenton2 minutes ago", []),  # a stamp after the name, not a mark
    ("Harbour Report 2024", []),
])
def test_scholar_names(line, names):
    assert _scholar_names(line) == names
