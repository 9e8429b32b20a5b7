"""Text dumps: which printed date is the story's, on invented dumps."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

PARAS = [
    "The harbour authority said on Monday that the old ferry pier will close for repairs next "
    "month, and that the work should take about six weeks to finish before the summer season.",
    "Fishermen who moor their boats along the pier will be moved to the eastern basin, where "
    "the authority has set up temporary berths and a new fuel point for the duration of the work.",
    "The mayor told reporters that the repairs were overdue, since divers had found cracks in "
    "three of the concrete pillars during an inspection carried out in the spring.",
    "Ferry passengers will board at the cargo quay instead, and the operator said timetables "
    "would not change, although the walk from the car park will be a little longer.",
]


def _read(parts: list[str]):
    return extract_text_dump("\n\n".join(parts) + "\n", "dates.txt")


def test_a_labelled_date_inside_the_text_does_not_date_the_story():
    parts = (["News", "Harbour", "4 February 2022, 15:29", "Pier to close for six weeks"] + PARAS[:3]
             + ["Video of the inspection, published February 7, 2022", PARAS[3]])
    assert _read(parts).date == "2022-02-04"


def test_the_date_under_the_headline_beats_a_teaser_date_over_it():
    parts = (["Latest stories", "Council opens new library", "January 16, 2023",
              "Pier to close for six weeks", "By Maria Lenton", "April 28, 2023"] + PARAS)
    assert _read(parts).date == "2023-04-28"


def test_an_update_stamp_does_not_date_the_story():
    parts = (["Pier to close for six weeks", "By Maria Lenton", "28 June 2025, 16:03",
              "Updated: 29 June 2025, 21:18"] + PARAS)
    assert _read(parts).date == "2025-06-28"
    parts = (["Pier to close for six weeks", "Updated: 29 June 2025, 21:18", "By Maria Lenton",
              "28 June 2025"] + PARAS)
    assert _read(parts).date == "2025-06-28"


def test_a_photo_caption_date_does_not_date_the_story():
    parts = (["Pier to close for six weeks",
              "Divers inspect the cracked pillars under the old ferry pier, 15 May 2025",
              "Harbour - 29/05/2025 20:00"] + PARAS)
    assert _read(parts).date == "2025-05-29"
