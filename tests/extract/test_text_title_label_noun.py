"""Text dumps: a credit word used as a noun in a headline ("a good source of ethanol", "a
picture of health") does not make the headline a photo credit; two sections joined by an
arrow are a breadcrumb trail, not a headline; a link's arrow is no part of the headline."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

BODY = [
    "The new switch grass study adds to the evidence that farmers could grow fuel on land "
    "that is too poor for wheat or maize, the university said on Tuesday.",
    "",
    "Researchers planted switch grass on ten farms across three states and measured how much "
    "ethanol each field could yield over five years of harvests.",
    "",
    "The grass needs little fertiliser and no irrigation once it is established, and its roots "
    "hold the soil on slopes that would otherwise wash away in spring storms.",
]


def test_a_headline_with_source_of_is_no_credit_line():
    head = "Research confirms prairie grass could be a good source of ethanol"
    dump = ["Site search", "Email", "Print", "", "Text Size", "", head, "",
            "Associated Press - January 8, 2008 7:04 PM ET", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_photo_credit_with_a_name_is_still_no_headline():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _title_score

    lines = tl.split_lines("Farmers cut switch grass near the river. Source: Jane Doe")
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert _title_score(lines[0], {"grass", "switch"}, tl.stoplist("en")) == 0.0


def test_two_sections_joined_by_an_arrow_are_a_trail_not_the_headline():
    # the trail's section shares words with the text and sits over the date; the headline
    # is short and shares few
    head = "Farm study backs prairie fuel"
    dump = ["More links", "Privacy", "", "Latest News > Switch Grass", "09 January 2008 - 11:14AM",
            "View all news | Send to a friend | Print", "", head, "", "Most viewed", "Rain takes its toll",
            "Beer saves a man's life", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_links_arrow_before_the_headline_is_not_part_of_it():
    head = "Farm study backs prairie fuel"
    for mark in ("[> ", "> ", "▶ "):
        dump = ["Home", "Farming", "", mark + head, "By Clara Montes", "09 January 2008", ""] + BODY
        assert extract_text_dump("\n".join(dump), source="t").title == head, mark


def test_german_quotes_around_a_headline_stay():
    head = "»Wir bauen die Präriegras-Raffinerie«"
    dump = ["Home", "Farming", "", head, "By Clara Montes", "09 January 2008", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head
