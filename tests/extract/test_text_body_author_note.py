"""Text dumps: the box on the writer under the story is not text; invented dumps."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

from invented_dumps import PIER_PARAGRAPHS as PARAS

NOTE = ("Jane Doe covers the harbour, the ferries and the town council for the paper and "
        "has lived in the old town for twenty years.")


def _page(tail: list[str]) -> str:
    parts = ["Home", "News", "Harbour board cannot agree on the pier", "By Jane Doe",
             "12 March 2024"] + PARAS + tail + ["Contact", "Imprint"]
    return "\n\n".join(parts) + "\n"


def test_a_note_opening_with_the_writers_name_under_the_story_is_not_text():
    art = extract_text_dump(_page(["Jane Doe", NOTE]), "note.txt")
    assert art.authors == ["Jane Doe"]
    assert "covers the harbour" not in art.text
    assert art.text.split("\n\n")[-1] == PARAS[3]


def test_a_last_paragraph_naming_someone_else_is_text():
    other = ("John Roe, the chairman of the board, said he hoped the engineers would report "
             "before Easter so that work could begin in the summer.")
    art = extract_text_dump(_page([other]), "other.txt")
    assert art.text.split("\n\n")[-1] == other


def test_the_writers_name_before_a_colon_is_no_note():
    quoted = ("Jane Doe: the board will meet again in April, and the minutes of Tuesday's "
              "meeting are to be published next week on the council's notice board.")
    art = extract_text_dump(_page([quoted]), "colon.txt")
    assert art.text.split("\n\n")[-1] == quoted
