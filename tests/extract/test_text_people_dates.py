"""Text dumps: publication dates from post footers, mangled stamps and labelled stamps far under
the text (invented dumps)."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump

HEAD = "Harbour channel to be deepened for the largest ships"
BODY = HARBOUR_STORY + [""]
GERMAN = [
    "Die Hafenbehörde hat beschlossen, die Fahrrinne um zwei Meter zu vertiefen, damit die "
    "größten Containerschiffe den Hafen auch bei Ebbe erreichen können.",
    "",
    "Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, sagte ein "
    "Sprecher der Behörde am Rande der Sitzung.",
    "",
]


def _date(lines: list[str]) -> str:
    return (extract_text_dump("\n".join(lines), source="t").date or "")[:10]


@pytest.mark.parametrize("footer, day", [
    ("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde "
     "unter Hafen, Schifffahrt abgelegt.", "2019-11-27"),
    ("Von Jane Doe am 21/02/2021. Abgelegt unter Hafen. Kommentare sind geschlossen.", "2021-02-21"),
    ("Von J. D. am 07.08.2013 um 09:07 Uhr gespeichert unter Schifffahrt", "2013-08-07"),
])
def test_the_post_footer_dates_the_post(footer, day):
    # the line under the headline is a date the text is about, not the post's
    dump = [HEAD, "", "Termin: 21.02.2020, 19 Uhr", ""] + GERMAN + [footer, "", "Kommentar schreiben"]
    assert _date(dump) == day


@pytest.mark.parametrize("stamp, day", [
    ("by Harbour TimesNovember 21, 202501747", "2025-11-21"),  # view and comment counts glued on
    ("Apr 042013", "2013-04-04"),
    ("26 | 01 | 2022 Hafen | Praxis | Video", "2022-01-26"),
])
def test_mangled_stamps_under_the_headline(stamp, day):
    dump = ["November 24, 2025", "Home", "News", "", HEAD, stamp, ""] + BODY
    assert _date(dump) == day


def test_a_labelled_stamp_well_under_the_text():
    # an article-info box under the related links and the share bar
    tail = [f"Related story number {i}" for i in range(1, 36)]
    dump = ["Home", "News", "", HEAD, ""] + BODY + tail + ["Published: 03 December 2019", "Updated: 06 December 2019"]
    assert _date(dump) == "2019-12-03"


def test_date_label_under_the_text_beats_a_photo_caption_date():
    from tidings.extract.text import extract_text_dump
    paras = [
        "The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
        "and the city will now look for a buyer for the site on the western pier.",
        "Commuters who used the ferry every morning said they were disappointed by the decision, "
        "which leaves them with a longer bus ride around the bay during the winter months.",
        "The board said the terminal had lost money in each of the last nine years.",
    ]
    text = "\n\n".join(["Harbour board closes the old ferry terminal",
                        "Passengers leave the last ferry at the western pier, 24. April 2023",
                        *paras, "Share", "Datum 28.04.2023", "Feedback"]) + "\n"
    assert extract_text_dump(text, "d.txt").date == "2023-04-28"
    # with no labelled date under the text the caption's date stays the best guess
    text = "\n\n".join(["Harbour board closes the old ferry terminal",
                        "Passengers leave the last ferry at the western pier, 24. April 2023",
                        *paras, "Share", "Feedback"]) + "\n"
    assert extract_text_dump(text, "e.txt").date == "2023-04-24"


def test_an_embedded_post_signature_does_not_date_the_story():
    post = ["The minister shared a picture of the dredgers:", "",
            "— Jane Doe (@janedoe) November 3, 2023", ""]
    # the story's stamp over the headline; the post right under it, within the byline's reach
    dump = ["Ports", "Maria Lenton | 06.11.23", "", HEAD, ""] + post + BODY
    assert _date(dump) == "2023-11-06"


@pytest.mark.parametrize("footer, day", [
    ("This page was last edited on 25 October 2019, at 15:47 (UTC).", "2019-10-25"),
    ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "2020-01-29"),
])
def test_a_wiki_page_is_dated_by_its_last_version(footer, day):
    dump = [HEAD, ""] + BODY + ["", "Navigation", "Main page", "", footer, "Privacy policy"]
    assert _date(dump) == day


def test_a_date_in_a_fact_box_under_the_headline_is_the_books_not_the_storys():
    # a review prints the book's facts under its headline; the post's date stands over it
    dump = ["Reviews", "About", "Saturday, 9 September 2017", "Review: The Harbour Keeper by Ann Roe",
            "ISBN: 9781234567897", "Pages: 448", "Publisher: Harbour Books", "Release date: 14.08.2017",
            "Price: 12,99 €", ""] + BODY
    assert _date(dump) == "2017-09-09"


def test_a_date_under_the_headline_with_one_labelled_line_beside_it_still_dates_the_story():
    dump = ["Saturday, 9 September 2017", HEAD, "Date: 14.08.2017", "Filed under: Ports", ""] + BODY
    assert _date(dump) == "2017-08-14"
