"""Relative and absolute date phrases resolved against a publication date."""
from __future__ import annotations

import pytest

from tidings.nlp.dates import resolve_date

PUB = "2025-01-23"  # a Thursday


@pytest.mark.parametrize("phrase, tense, expected", [
    ("on Tuesday", "past", "2025-01-21"),
    ("Tuesday night", "past", "2025-01-21"),
    ("on Thursday", "past", "2025-01-23"),
    ("last Thursday", "past", "2025-01-16"),
    ("on Tuesday", "future", "2025-01-28"),
    ("next Monday", None, "2025-01-27"),
    ("yesterday", None, "2025-01-22"),
    ("today", None, "2025-01-23"),
    ("two days ago", None, "2025-01-21"),
    ("earlier in the week", None, "2025-W04"),
    ("last week", None, "2025-W03"),
    ("last month", None, "2024-12"),
    ("last year", None, "2024"),
    ("on Jan 21, 2025", None, "2025-01-21"),
    ("21 January 2025", None, "2025-01-21"),
    ("Jan. 21", "past", "2025-01-21"),
    ("on March 17", "past", "2024-03-17"),  # a past March 17 lies in the previous year
    ("on March 17", "future", "2025-03-17"),
    ("in March", "past", "2024-03"),
    ("In 2019", None, "2019"),
])
def test_resolves_against_publication_date(phrase, tense, expected):
    assert resolve_date(phrase, PUB, tense) == expected


def test_unanchored_relative_phrases_stay_unknown():
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("last month", None) is None
    assert resolve_date("recently", PUB) is None


def test_modal_may_is_not_a_month():
    assert resolve_date("may", PUB) is None
    assert resolve_date("May 2024", PUB) == "2024-05"


def test_impossible_dates_are_rejected():
    assert resolve_date("February 30, 2024", PUB) is None
    assert resolve_date("2024-13-40", PUB) is None
