"""Text dumps: a short line that opens with the name a byline or a photo credit prints is the
writer's, the photographer's or the paper's name, not the headline."""
from __future__ import annotations

from invented_dumps import RESERVOIR_STORY

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

HEAD = "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_the_papers_name_over_the_photo_caption_is_not_the_headline():
    # the paper's name printed as the credit over the lead photo's caption, right over the
    # text; the byline under the caption names the paper again
    caption = ("Households along the valley queue for water from a tanker lorry in the centre of the "
               "town, where the board has set up three more stations this week.")
    dump = (["Home", "Region", "", HEAD, "", "Post", "Share", "Post", "", "The Valley Water Courier", caption, "",
             "By Clara Montes and Tom Berg / Valley Water Courier Staff Writers", "", "17:41, June 12, 2025", ""]
            + RESERVOIR_STORY)
    assert extract_text_dump("\n".join(dump), source="t").title == HEAD


def _lines(dump: list[str]) -> list[tl.Line]:
    lines = tl.split_lines("\n".join(dump))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    return lines


def test_the_writers_name_over_his_stamp_and_photo_credit_is_a_name_line():
    from tidings.extract.textlines_meta import _named_in_credit

    lines = _lines(["Home", "", "Clara Montes", "Clara Montes / 12.06.2025 / 10:15 / Photo: Tom Berg /", "Listen",
                    "", HEAD, ""] + RESERVOIR_STORY)
    assert _named_in_credit(lines, next(i for i, ln in enumerate(lines) if ln.text == "Clara Montes"),
                            tl.stoplist("en"))
    assert not _named_in_credit(lines, next(i for i, ln in enumerate(lines) if ln.text == HEAD), tl.stoplist("en"))


def test_a_headline_that_names_the_photographer_after_words_of_its_own_stays():
    # an interview with the person who also took the photo: the headline opens with words of
    # its own, and the credit under it does not make it a name line
    head = "Ten questions for Clara Montes on the driest spring"
    dump = ["Home", "Region", "", head, "Photo: Clara Montes", ""] + RESERVOIR_STORY
    assert extract_text_dump("\n".join(dump), source="t").title == head
