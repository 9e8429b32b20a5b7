"""Text dumps: the headline over the story's date or stamped byline, with its standfirst under them."""
from __future__ import annotations

from invented_dumps import RESERVOIR_STORY

from tidings.extract.text import extract_text_dump

BODY = RESERVOIR_STORY
HEAD = "Water board bans garden hoses as reservoir hits a thirty-year low"
# the standfirst shares more of the text's words than the headline does
STANDFIRST = ("The regional water board will fine households that fill private swimming pools "
              "as the reservoir falls to its lowest level in thirty years")


def test_headline_over_the_date_line_with_the_standfirst_under_it():
    dump = ["Home", "Region", "", HEAD, "12.06.2025, 10:15 Uhr", STANDFIRST, "Share", "Print", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == HEAD
    assert STANDFIRST not in a.title


def test_headline_over_a_name_with_its_stamp_and_the_standfirst_under_it():
    dump = ["Home", "Region", "", HEAD, "Clara Montes | Published 4 hours ago", STANDFIRST, "Share", "Print",
            ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == HEAD


def test_a_teaser_of_the_same_story_over_the_date_is_not_taken_for_the_headline():
    # the page prints a teaser (a kicker of five words and the headline in one line) with its
    # stamp, then the headline alone over the text: the headline alone is the cleaner of the two
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _headline_over_byline

    dump = ["Home", "", "Local News from the Valley " + HEAD, "18:34 12.06.2025", "Free to read until 19:34", "",
            HEAD, ""] + BODY
    lines = tl.split_lines("\n".join(dump))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    k = next(i for i, ln in enumerate(lines) if ln.text == HEAD)
    assert _headline_over_byline(lines, k, {"water", "board", "reservoir"}, tl.stoplist("en")) == k


def _dialog_then_story(head_meta: list[str]) -> list[str]:
    return ["Advertise with us", "Imprint", "Terms", "",
            "Thank you for registering. We have sent the activation link for your account to your e-mail address.", "",
            "You have chosen the national edition. We wish you an enjoyable read.", "",
            "You have chosen the international edition. We wish you an enjoyable read.", "",
            "Thank you for signing up.", "",
            "Your account is now active. We wish you an enjoyable read.", "",
            "You now have unlimited access to the digital paper. We wish you an enjoyable read.", "",
            ] + head_meta + BODY


def test_headline_with_its_date_under_a_dialog_that_opens_the_region():
    # the account dialog's messages read like short paragraphs and open the region; the
    # region has no byline or date over it, so the story's head is further down, over its
    # lead and date
    lead = STANDFIRST + ", the board said on Thursday."
    dump = _dialog_then_story([HEAD, "", lead, "", "12.06.2025, 10:15", ""])
    assert extract_text_dump("\n".join(dump), source="t").title == HEAD


def test_a_headline_the_page_prints_again_keeps_the_kicker_over_it_out():
    # kicker / headline / standfirst / byline: the headline is printed again in the list of
    # related stories under the text, the kicker is not, so the short line is the kicker
    head = "“We simply have no money left to pay the rent”"
    standfirst = "Activists across the country call for a freeze and warn owners against evictions"
    body = ["Tenants in several large cities said on Monday they would stop paying rent in May, because "
            "many of them have lost their jobs and have no money left after paying for food.", "",
            "The tenants' unions want the rent strike to force landlords to cancel the rent for the "
            "months of the lockdown, and they say that thousands of households have joined them.", "",
            "Landlords said the strike would hurt small owners who depend on the rent to pay their "
            "own mortgages, and asked the government to pay the rent for tenants who lost their jobs."]
    dump = ["Home", "Politics", "", "Rent strike in America", head, standfirst,
            "By Clara Montes", "12.06.2025, 10:15", ""] + body + [
            "", "Related stories", "", "11.06.2025 / Tom Berg", head, standfirst,
            "10.06.2025 / Jane Holm", "Valley farmers count the cost of the drought", ""]
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_two_wordings_of_the_headline_keep_the_upper_one_even_when_the_lower_is_printed_again():
    # the line over it says the same with fewer words: the headline and its longer version
    # with a kicker, not a kicker over a headline
    up = "Water board bans garden hoses in the valley"
    long = "Drought summer: water board bans garden hoses in the valley as reservoir empties"
    dump = ["Home", "Region", "", up, long, "By Clara Montes", "12.06.2025, 10:15", ""] + BODY + [
            "", "Topics", "", "Drought", "Water", long, "Share this article", ""]
    assert extract_text_dump("\n".join(dump), source="t").title == up


def test_headline_over_a_lower_case_byline_beats_the_category_over_the_date():
    # "Notes, news" / date / headline / "by harbourfolk co-op": the byline under the headline
    # names a handle in lower case; it still marks the line over it as the headline
    dump = ["Home", "About", "", "Notes, news", "Posted on 5 April 2017", "Everything has its season",
            "by harbourfolk co-op", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == "Everything has its season"


def test_a_lower_case_byline_is_no_headline():
    from tidings.extract.textlines import Line
    from tidings.extract.textlines_meta import _title_score
    ln = Line(i=0, text="by harbourfolk co-op", block=0, words=3)
    assert _title_score(ln, set()) == 0.0


def test_a_stamp_with_both_dates_glued_in_numbers_is_no_headline():
    # "12/06/202514/06/2025 ~ Clara Montes": the published and the updated date with no space
    # between them, then the writer; the short headline over it ends in a full stop
    dump = ["Home", "About", "", "Garden hoses.", "12/06/202514/06/2025 ~ Clara Montes", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Garden hoses."
    assert a.date == "2025-06-12"


def test_glued_dates_in_numbers_are_read():
    from tidings.extract.textlines_cues import parse_dump_date
    assert parse_dump_date("12/06/202514/06/2025 ~ Clara Montes") == "2025-06-12"
    assert parse_dump_date("Season 2019/20 review") is None
