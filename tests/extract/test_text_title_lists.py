"""Text dumps: a post's category or tag list printed as one line is no headline."""
from __future__ import annotations

from tidings.extract import textlines as tl
from tidings.extract.textlines_meta import _short_item_list, _title_score

BODY_WORDS = {"research", "events", "conference", "revolutions", "institutions"}


def _line(text: str) -> tl.Line:
    lines = tl.split_lines(text)
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    return lines[0]


def test_a_comma_list_of_capitalised_labels_is_a_category_line():
    assert _short_item_list("Articles, Our Research, Events")
    assert _short_item_list("Politics, Europe, Germany")
    assert _title_score(_line("Articles, Our Research, Events"), BODY_WORDS) == 0.0


def test_a_headline_with_commas_is_no_category_line():
    # an apposition goes on as a clause; an age makes a name and its age, not a label list
    for head in ("Andrew Morton, Cruise biographer, defends his controversial book",
                 "Hanna, 18, Missing In Uddevalla",
                 "Conference: Institutions, Revolutions, Events",
                 "Blood, sweat and tears for the valley farmers"):
        assert not _short_item_list(head), head
    assert _title_score(_line("Andrew Morton, Cruise biographer, defends his controversial book"),
                        {"morton", "biographer", "book"}) > 0
