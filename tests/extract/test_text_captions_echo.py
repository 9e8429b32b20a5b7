"""Text dumps: a photo caption that repeats a sentence of the text without its stop."""
from __future__ import annotations

from invented_dumps import FERRY_PARAGRAPHS, read_ferry_around as _read

SAID = "Two ferries can now berth at once at the new pier, which took three years to build."


def test_copy_of_a_paragraph_without_its_stop_is_a_caption():
    art = _read([SAID, "", FERRY_PARAGRAPHS[2], "", FERRY_PARAGRAPHS[3], "", SAID[:-1]])
    assert SAID[:-1] in art.captions
    assert art.text.count("Two ferries can now berth") == 1


def test_copy_right_by_its_paragraph_or_of_a_quote_is_no_caption():
    quoted = '"' + SAID + '"'
    art = _read([SAID[:-1], "", SAID, "", FERRY_PARAGRAPHS[2], "", quoted, "", FERRY_PARAGRAPHS[3], "",
                 quoted[1:-2]])
    assert not art.captions
