"""Text dumps: which printed date is the story's, on invented dumps."""
from __future__ import annotations

from pathlib import Path

from tidings.extract.text import extract_text_dump

HARBOUR = (Path(__file__).resolve().parents[1] / "fixtures" / "text"
           / "harbour-paragraphs.txt").read_text(encoding="utf-8").splitlines()


def _read(parts: list[str]):
    return extract_text_dump("\n\n".join(parts) + "\n", "dates.txt")


def test_a_labelled_date_inside_the_text_does_not_date_the_story():
    parts = (["News", "Harbour", "4 February 2022, 15:29", "Pier to close for six weeks"] + HARBOUR[:3]
             + ["Video of the inspection, published February 7, 2022", HARBOUR[3]])
    assert _read(parts).date == "2022-02-04"


def test_the_date_under_the_headline_beats_a_teaser_date_over_it():
    parts = (["Latest stories", "Council opens new library", "January 16, 2023",
              "Pier to close for six weeks", "By Maria Lenton", "April 28, 2023"] + HARBOUR)
    assert _read(parts).date == "2023-04-28"


def test_an_update_stamp_does_not_date_the_story():
    parts = (["Pier to close for six weeks", "By Maria Lenton", "28 June 2025, 16:03",
              "Updated: 29 June 2025, 21:18"] + HARBOUR)
    assert _read(parts).date == "2025-06-28"
    parts = (["Pier to close for six weeks", "Updated: 29 June 2025, 21:18", "By Maria Lenton",
              "28 June 2025"] + HARBOUR)
    assert _read(parts).date == "2025-06-28"


def test_a_photo_caption_date_does_not_date_the_story():
    parts = (["Pier to close for six weeks",
              "Divers inspect the cracked pillars under the old ferry pier, 15 May 2025",
              "Harbour - 29/05/2025 20:00"] + HARBOUR)
    assert _read(parts).date == "2025-05-29"


def test_a_byline_between_paragraphs_signs_an_embedded_post_not_the_story():
    parts = (["News", "4 February 2022, 15:29", "Pier to close for six weeks"] + HARBOUR[:3]
             + ["Posted by Harbour Trust on Monday, February 7, 2022", HARBOUR[3]])
    assert _read(parts).date == "2022-02-04"


def test_a_forum_handle_glued_to_its_stamp_dates_the_post():
    parts = (["Forum > Phones > Battery drains overnight", "Battery drains overnight",
              "jdoe7728.09.1912:44"] + HARBOUR)
    assert _read(parts).date == "2019-09-28"


def test_a_day_and_short_month_with_a_two_digit_year():
    parts = (["Pier to close for six weeks", "Author: Maria Lenton, Date: 03.Mär.19"] + HARBOUR)
    assert _read(parts).date == "2019-03-03"
    parts = (["Pier to close for six weeks", "Maria Lenton | 14-Oct-98"] + HARBOUR)
    assert _read(parts).date == "1998-10-14"


def test_a_stamp_without_its_year_takes_the_year_of_the_copyright_line():
    parts = (["Pier to close for six weeks", "Maria Lenton 8 March, 17:46"] + HARBOUR
             + ["© 2003-2025 Harbour Gazette. All rights reserved."])
    assert _read(parts).date == "2025-03-08"
    # a day named without the time of day is no stamp
    parts = (["Pier to close for six weeks", "Harbour week: 8 March"] + HARBOUR
             + ["© 2003-2025 Harbour Gazette. All rights reserved."])
    assert _read(parts).date is None


def test_the_first_stamp_far_under_the_text_dates_a_page_with_no_other():
    menu = [f"Harbour guide {n}" for n in range(1, 25)]
    parts = (["Pier to close for six weeks"] + HARBOUR + menu
             + ["Thursday, August 6, 2020 9:09:24 AM"])
    assert _read(parts).date == "2020-08-06"


def test_a_stamp_glued_to_the_end_of_the_standfirst_dates_the_story():
    parts = (["Pier to close for six weeks",
              "The old ferry pier, cracked by three winters of storms and heavy cargo traffic, needs "
              "new pillars before the season turns again. How long will the works keep the ferries "
              "away?Monday, 6 January 2020", "By Maria Lenton"] + HARBOUR)
    assert _read(parts).date == "2020-01-06"
