"""Text dumps: a list that the story's last sentence announces with a colon closes the text,
though its short items cannot add to the region's score."""
from __future__ import annotations

from tests.extract.invented_dumps import RESERVOIR_STORY, dump
from tidings.extract.text import extract_text_dump

MENU = "\n".join(["Home", "News", "Region", "Weather", "Contact"])
FOOTER = "\n".join(["Share", "Print", "Imprint", "Privacy"])
RULES = ["No watering of lawns between 8 am and 8 pm",
         "No filling of private pools",
         "Car washing only at stations that recycle water",
         "Fines of up to 500 euros for each breach"]


def test_a_list_the_last_paragraph_announces_is_text():
    last = ("The board listed the rules that apply to every household from Monday until the "
            "end of August, when it will review them:")
    text = dump(MENU, "\n".join(RESERVOIR_STORY), last + "\n" + "\n".join(RULES), FOOTER)
    a = extract_text_dump(text, "r.txt")
    assert last in a.text
    assert all(rule in a.text for rule in RULES)
    assert "Imprint" not in a.text


def test_a_list_announced_by_a_short_line_under_the_text_is_text():
    lead = "These are the new rules in short:"
    text = dump(MENU, "\n".join(RESERVOIR_STORY), lead, "\n".join(RULES), FOOTER)
    a = extract_text_dump(text, "s.txt")
    assert lead in a.text and RULES[-1] in a.text


def test_teasers_of_other_stories_under_a_colon_are_not_text():
    lead = "More columns from our writers:"
    teasers = ["More on this", "Why the old mill should become a library", "by Tom Hale",
               "More on this", "Ten years of the harbour festival", "by Ann Roe"]
    text = dump(MENU, "\n".join(RESERVOIR_STORY), lead + "\n" + "\n".join(teasers), FOOTER)
    a = extract_text_dump(text, "t.txt")
    assert RESERVOIR_STORY[-1] in a.text
    assert "Ten years of the harbour festival" not in a.text


def test_a_hand_over_to_other_stories_keeps_its_list_out():
    lead = "Readers of this story may also like these ones:"
    teasers = ["Why the old mill should become a library", "Ten years of the harbour festival",
               "The last baker of the old town retires"]
    text = dump(MENU, "\n".join(RESERVOIR_STORY), lead, "\n".join(teasers), FOOTER)
    a = extract_text_dump(text, "u.txt")
    assert RESERVOIR_STORY[-1] in a.text
    assert "The last baker of the old town retires" not in a.text
