"""Text dumps: a line that says where a person stands in the picture, in brackets after the
name ("Jane Doe (left)", "Doe (r.)", "（中）"), is a photo caption, not a paragraph or a subhead."""
from __future__ import annotations

from invented_dumps import FERRY_HEADLINE, FERRY_PARAGRAPHS

from tidings.extract.text import extract_text_dump


def _dump(between: str) -> str:
    p = FERRY_PARAGRAPHS
    return "\n\n".join(["Home", FERRY_HEADLINE, "By Clara Montes", p[0], p[1], between, p[2], p[3]])


def test_a_short_line_with_a_place_in_the_picture_is_a_caption_not_a_subhead():
    cap = "Mayor Clara Montes (left) being shown round the terminal by Tom Berg"
    a = extract_text_dump(_dump(cap), source="t")
    assert cap in a.captions
    assert cap not in a.text


def test_a_sentence_with_a_place_in_the_picture_is_a_caption_not_a_paragraph():
    cap = "Harbour master Tom Berg (r.) with the first foot passengers on the new quay on Tuesday morning."
    a = extract_text_dump(_dump(cap), source="t")
    assert cap in a.captions
    assert "Tom Berg (r.)" not in a.text


def test_a_japanese_caption_marks_the_centre_of_the_picture():
    cap = "記者会見を開いた山田太郎理事長（中）ら港湾局の幹部"
    a = extract_text_dump(_dump(cap), source="t")
    assert cap in a.captions


def test_party_letters_and_trade_marks_are_no_place_in_the_picture():
    # "(R)" after a senator's name is his party; a paragraph saying so stays text
    para = ("Senator Tom Berg (R) said the state would pay for half of the new quay, and the "
            "ferry company Seaways(R) promised to pay for the waiting room.")
    a = extract_text_dump(_dump(para), source="t")
    assert para in a.text
    assert not any("Senator" in c for c in a.captions)
