"""Text dumps: a bare name that is a photo's subject or a topic link is no byline, on invented dumps."""
from __future__ import annotations

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump

HEADLINE = "Harbour channel to be deepened for the largest ships"


def _authors(lines: list[str]) -> list[str]:
    return extract_text_dump("\n".join(lines), source="t").authors


def test_subject_name_over_photo_credit_is_the_caption_and_the_name_after_it_the_byline():
    dump = [HEADLINE, "", "Publication: 02.02.2025 21:52", "Peter Harbourmaster", "Photo: Reuters/Ann Roe",
            "Maria Lenton", ""] + HARBOUR_STORY
    assert _authors(dump) == ["Maria Lenton"]


def test_name_under_headline_over_photo_credit_stays_the_byline():
    dump = [HEADLINE, "Maria Lenton", "Photo: Harbour News", "5:00", ""] + HARBOUR_STORY
    assert _authors(dump) == ["Maria Lenton"]


def test_names_in_a_topics_list_are_no_byline():
    dump = [HEADLINE, "Maria Lenton", "Photo: Harbour News", "5:00", ""] + HARBOUR_STORY + [
        "", "Share this story", "", "Related topics:", "Harbour Authority", "Peter Harbourmaster",
        "John Roe", "", "12:00", "Another story about the port", ""]
    assert _authors(dump) == ["Maria Lenton"]
    dump = [HEADLINE, ""] + HARBOUR_STORY + [
        "", "Related topics:", "Harbour Authority", "Peter Harbourmaster", "John Roe", "", "12:00", ""]
    assert "Peter Harbourmaster" not in _authors(dump)


def test_bare_name_after_the_standfirst_is_the_byline():
    dump = [HEADLINE, "", "The port wants the biggest ships to call at any tide.", "Maria Lenton",
            "Listen to the article", ""] + HARBOUR_STORY
    assert _authors(dump) == ["Maria Lenton"]


def test_bare_name_the_story_talks_about_is_no_byline():
    story = HARBOUR_STORY + ["", "Peter Lenton, who heads the authority, said the plan was overdue."]
    dump = [HEADLINE, "", "The port wants the biggest ships to call at any tide.", "Peter Lenton", ""] + story
    assert _authors(dump) == []
