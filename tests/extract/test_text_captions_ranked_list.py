"""Text dumps: a most-read list glued into one long line is a list, not the first paragraph."""
from __future__ import annotations

from invented_dumps import FERRY_HEADLINE, FERRY_PARAGRAPHS

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

RANKED = ("#1 Council votes to close the old harbour bridge to lorries after the spring floods "
          "#2 OPINION | Why the ferry timetable still fails the island commuters every winter "
          "#3 Police ask for witnesses after a van hits a market stall on Saturday morning "
          "#4 Harbour festival returns with fireworks and a tall-ship parade in August")
DUMP = ["Most read", "", RANKED, "", FERRY_HEADLINE, ""] + [
    line for para in FERRY_PARAGRAPHS[:3] for line in (para, "")]


def test_ranked_list_line_is_no_paragraph():
    lines = tl.split_lines("\n".join(DUMP))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    ranked = next(ln for ln in lines if ln.text.startswith("#1 "))
    assert ranked.kind != "body"


def test_headline_under_a_ranked_list_is_found():
    art = extract_text_dump("\n".join(DUMP), "t.txt")
    assert art.title == "Harbour town opens its new ferry terminal after three years of work"
    assert "#2" not in art.text


def test_hashtags_in_a_paragraph_do_not_make_a_list():
    assert not tl._ranked_list("Fans cheered #1 seed Jane Doe as she beat the #4 seed and the #9 seed")
