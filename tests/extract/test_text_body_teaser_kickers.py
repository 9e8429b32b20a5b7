"""Text dumps: a list of teasers with a kicker over each headline and summaries cut off or
signed without a full stop, under a short article (invented dump)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

ARTICLE = [
    "The town library will stay open until ten in the evening from next month, the council "
    "decided on Tuesday after a long debate about the cost of the extra staff.",
    "Students had asked for the longer hours for two years, saying that the reading room is the "
    "only quiet place in town where they can work after their lectures end.",
]
TEASERS = [
    ("Brass bands", "Young, cool and loud",
     "Why do young people spend their evenings playing in a brass band? Two women from the valley "
     "explain what the music means to them and why they never miss a rehearsal By Clara Miller"),
    ("District court", "Driver convicted after crash on the ring road",
     "The district court has found a delivery driver guilty of causing the crash on the ring road "
     "last winter, in which two cyclists were badly hurt on their way to"),
    ("Mountain rescue", "Climber rescued from a tree at fifteen metres",
     "It is not a call the rescue team gets often: a young climber looking for a hidden box got "
     "stuck in the top of an old beech tree and could not get down again By Hilde Brown"),
    ("Wine and music", "New festival brings two big bands to the river town",
     "Next summer the river town will hold a festival for the first time that brings together "
     "live music, local wine and food from the region on the old market square and"),
]


def _dump() -> str:
    lines = ["City News", "", "Home", "Region", "Sport", "", "Library opens late", "", "By Jane Doe", ""]
    for p in ARTICLE:
        lines += [p, ""]
    lines += ["More articles", ""]
    for kicker, head, summary in TEASERS:
        lines += [kicker, "", head, "", summary, ""]
    lines += ["Imprint", "Privacy"]
    return "\n".join(lines)


def test_teasers_with_kickers_and_cut_summaries_do_not_win_over_the_article():
    art = extract_text_dump(_dump(), "t.txt")
    assert ARTICLE[0] in art.text and ARTICLE[1] in art.text
    assert "brass band" not in art.text
