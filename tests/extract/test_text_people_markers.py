"""Text dumps: byline markers ("By", "Por", "Av") only as words of their own, on invented dumps."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump
from tidings.extract.textlines import Line
from tidings.extract.textlines_cues import _is_byline

HEADLINE = "Harbour channel to be deepened for the largest ships"


@pytest.mark.parametrize("label", ["PARA SUSCRIPTORES", "AVOCAT", "DIRECT", "BYWAYS"])
def test_capitalised_label_opening_with_marker_letters_is_no_byline(label):
    dump = ["News", "Sport", label, HEADLINE, "", "Por Maria Lenton", ""] + HARBOUR_STORY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


@pytest.mark.parametrize("text", ["By Maria Lenton", "BY MARIA LENTON", "byMaria Lenton", "PorMaria Lenton",
                                  "Von: Maria Lenton", "Text:Maria Lenton"])
def test_marker_as_word_or_glued_to_a_name_is_a_byline(text):
    assert _is_byline(Line(i=0, text=text, block=0, words=len(text.split())))


@pytest.mark.parametrize("credit", ["Designed by Elegant Harbour Themes", "Foto von Ann Roe von Pixabay"])
def test_a_credit_for_design_or_photo_is_no_byline(credit):
    dump = [HEADLINE, "", credit, "16 September 2024", ""] + HARBOUR_STORY
    assert extract_text_dump("\n".join(dump), source="t").authors == []


def test_the_writer_before_an_illustrator_on_one_line():
    dump = [HEADLINE, "", "Text von Maria Lenton Illustration von Ann Roe", ""] + HARBOUR_STORY
    assert extract_text_dump("\n".join(dump), source="t").authors == ["Maria Lenton"]


def test_post_line_with_a_capitalised_category_after_a_bar_names_no_author():
    from tidings.extract.textlines_people import _post_meta
    assert _post_meta("01.02.2022 | Hallenmeeting") == ("2022-02-01", [])
    assert _post_meta("01.02.2022 von Harbourmaster") == ("2022-02-01", ["Harbourmaster"])
    assert _post_meta("01.02.2022 | jdoe") == ("2022-02-01", ["jdoe"])


def test_bare_name_under_headline_beats_a_category_stamp_over_it():
    dump = ["01.02.2022 | Hallenmeeting", HEADLINE, "Maria Lenton", ""] + HARBOUR_STORY
    assert extract_text_dump("\n".join(dump), source="t").authors == ["Maria Lenton"]


def test_a_calendars_weekday_abbreviations_are_no_by_label_and_name():
    # "DI" (Tuesday) reads as Italian "di" ("by"), and "MI" under it is no writer
    calendar = ["Calendar", "", "<<", "OK", ">>", "", "MO", "DI", "MI", "DO", "FR", "SA", "SO", "1.", "2.", ""]
    dump = [HEADLINE, ""] + HARBOUR_STORY + [""] + calendar
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == []
