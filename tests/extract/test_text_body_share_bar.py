"""Text dumps: teasers of other stories under the article's share bar (invented dump)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

STORY = [
    "The regional council agreed on Thursday to double the number of night buses between the old town "
    "and the university campus, after two years of complaints from students and shift workers who said "
    "that the last bus left far too early for anyone who works in the bars and kitchens of the centre.",
    "The new timetable starts in October. Buses will run every fifteen minutes until two in the morning "
    "on weekdays and every ten minutes on Friday and Saturday nights, the council said in a statement "
    "that also promised brighter bus stops and a new shelter outside the main library.",
    "Councillors from all parties backed the plan, although several of them asked how the service would be "
    "paid for once the two-year grant from the national transport fund runs out in the spring of 2027, "
    "and one of them called the plan a gift to the student vote.",
    "The transport office said it would publish the full cost of the service next month, together with the "
    "results of a survey of more than four thousand passengers who use the late buses every week, most of "
    "them students, nurses and cleaners on the early shift.",
    "Drivers' representatives welcomed the extra shifts but warned that the company was already short of "
    "some thirty drivers, and that the new timetable could only work if the council helped with the cost "
    "of training new staff over the winter months.",
    "A first review of the service is planned for the end of the academic year, when the council wants to "
    "decide whether the night buses should also serve the hospital and the industrial estate to the east "
    "of the river, as the unions have asked.",
]
TEASERS = [
    "The council will also test electric night buses on the campus line from next spring, the transport "
    "office said after the vote on the new timetable for the city.",
    "Students can now buy a cheaper monthly pass for the night buses at the campus office, the student "
    "union announced on Friday morning after talks with the council.",
]


def test_teasers_under_the_share_bar_are_cut():
    parts = ["City Times", "News\nSport\nCulture", "More night buses for students", *STORY,
             "Share", "Facebook\nTwitter", "More transport news",
             "Electric buses for the campus", "01.09.2025", TEASERS[0],
             "Cheaper passes", "02.09.2025", TEASERS[1], "Imprint\nPrivacy"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "s.txt")
    assert STORY[0] in art.text and STORY[-1] in art.text
    assert not any(t in art.text for t in TEASERS)
