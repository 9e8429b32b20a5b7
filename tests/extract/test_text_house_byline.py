"""Text dumps: a marked byline that names a desk or a user handle, no person, on invented dumps."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump

HEADLINE = "Harbour channel to be deepened for the largest ships"


def _authors(*header: str) -> list[str]:
    dump = ["News", "Sport", "", HEADLINE, "", *header, ""] + HARBOUR_STORY
    return extract_text_dump("\n".join(dump), source="t").authors


@pytest.mark.parametrize("line, desk", [
    ("Veröffentlicht am 8. Februar 2022 von Redaktion", "Redaktion"),
    ("von Redaktion, 24. Januar 2022", "Redaktion"),
    ("By Harbour Desk Staff", "Harbour Desk Staff"),
    ("Posted on 3 March 2021 by jd", "jd"),
    ("06.11.2023 13:30 von Olga Symbolbild imago", "Olga"),
    ("Eingetragen am 3. Januar 2025, aktualisiert am 4. Januar 2025 vom Support Team", "Support Team"),
    ("vom Hafenblogger", "Hafenblogger"),
])
def test_marked_desk_or_handle_is_the_author(line, desk):
    assert _authors(line) == [desk]


@pytest.mark.parametrize("line", [
    "Bilder des Hafens von Nordstadt veröffentlicht",     # a teaser's headline, the marker amid it
    "Neue Schleuse senkt Kosten von Reedern 02.02.2022",  # the date after the marker, no stamp before it
    "ABO+ Par Jean Lenton, Sylvain Roux 19.11.2019",       # a teaser's label before the marker
    "Vom Bahnhof Nordstadt mit dem Bus bis zum Hafen",     # directions: "from the station"
])
def test_marker_amid_a_teaser_line_names_no_one(line):
    assert _authors(line) == []


def test_a_person_byline_is_read_as_before():
    assert _authors("By Maria Lenton") == ["Maria Lenton"]


def test_a_date_glued_to_the_desk_name_is_cut_off():
    assert _authors("by Harbour TimesNovember 21, 202501747") == ["Harbour Times"]


def test_a_list_of_names_over_the_first_paragraph_beats_the_desk():
    dump = ["News", "", HEADLINE, "", "by Harbour TimesNovember 21, 2025", "Share0",
            "Maria Lenton/John Roe"] + HARBOUR_STORY
    assert extract_text_dump("\n".join(dump), source="t").authors == ["Maria Lenton", "John Roe"]


@pytest.mark.parametrize("line, handle", [
    ("von Harbour1", "Harbour1"),
    ("Author: Sea2man am 29.12.2010, 13:36 Uhr", "Sea2man"),
])
def test_a_handle_with_digits_is_kept_whole(line, handle):
    assert _authors(line) == [handle]


def test_a_footnote_mark_after_a_full_name_is_no_handle():
    assert _authors("By Maria Lenton1") == ["Maria Lenton"]


@pytest.mark.parametrize("header", [("Von", "HB24 Redaktion"), ("von HB24 Redaktion",)])
def test_newsroom_of_a_brand_with_digits_is_named_whole(header):
    # "HB24" alone reads like a user's handle ("jdoe2"); with the desk word it is the newsroom
    assert _authors(*header) == ["HB24 Redaktion"]


def test_the_stamp_that_dates_the_page_names_who_posted_it():
    # no byline over the text; the page's only date is a stamp under its related links
    dump = ["News", "Sport", "", HEADLINE, ""] + HARBOUR_STORY + [
        "", "More on this:", ""] + [f"HARBOUR: Story number {n} about the port and its ships" for n in range(14)] + [
        "", "erstellt von harbourfan — veröffentlicht 28.01.2025 06:00", "", "Contact", "Imprint"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.date == "2025-01-28"
    assert a.authors == ["harbourfan"]


def test_the_comment_link_after_a_blog_byline_is_no_part_of_the_name():
    # a Blogger theme: "<date> by<name> Post a Comment" under the headline, the name as the
    # writer typed it
    assert _authors("June 13, 2025 byMaria lenton Post a Comment") == ["Maria lenton"]
