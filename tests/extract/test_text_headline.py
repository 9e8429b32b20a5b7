"""Text dumps: which line is the headline, on invented dumps."""
from __future__ import annotations

import pytest

from invented_dumps import RESERVOIR_STORY

from tidings.extract.text import extract_text_dump

BODY = RESERVOIR_STORY


def test_headline_above_its_standfirst():
    dump = [
        "Home", "News", "Region", "",
        "Water board bans garden hoses as reservoir hits a thirty-year low",
        "",
        "Households face fines for filling pools as the driest spring on record empties the "
        "valley's reservoir",
        "",
        "By Clara Montes",
        "Thu 12 Jun 2025 10.15 BST",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"
    assert "garden hoses" not in a.text and "Clara Montes" not in a.text


def test_menu_above_the_headline_is_not_taken():
    dump = [
        "NEWS SPORT CULTURE WEATHER REGION TRAVEL",
        "Water board bans garden hoses as reservoir hits a thirty-year low in the valley",
        "",
        "By Clara Montes",
        "Thu 12 Jun 2025 10.15 BST",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low in the valley"


def test_kicker_glued_to_the_headline_takes_the_colon_form_printed_elsewhere():
    dump = [
        "Drought in the valley: Water board bans garden hoses | Valley Courier",
        "",
        "Home", "Region", "",
        "Drought in the valley Water board bans garden hoses",
        "",
        "By Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Drought in the valley: Water board bans garden hoses"


def test_headline_about_a_platform_is_not_a_share_bar():
    dump = [
        "Home", "News", "",
        "Share", "Facebook", "Twitter", "",
        "Instagram: Water board fines reservoir influencers for filming in the dry valley",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Instagram: Water board fines reservoir influencers for filming in the dry valley"


def test_headline_opening_with_von_and_a_colon_is_no_byline():
    dump = [
        "Startseite", "Region", "",
        "Von Aachen bis Bonn: Das Wasseramt verbietet Gartenschläuche im Tal",
        "",
        "Von Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Von Aachen bis Bonn: Das Wasseramt verbietet Gartenschläuche im Tal"
    assert a.authors == ["Clara Montes"]


def test_credit_label_inside_a_word_does_not_cut_the_headline():
    from tidings.extract.textlines_cues import caption_credit

    assert caption_credit("Neue Ausbildung am Flughafen") == ("Neue Ausbildung am Flughafen", None)
    assert caption_credit("Crowds at the pier. (Symbolfoto: Jane Doe/Reuters)")[1] == "Jane Doe/Reuters"
    assert caption_credit("Crowds at the pier. (Photo: AFP)") == ("Crowds at the pier.", "AFP")


def test_spanish_del_is_no_share_button():
    from tidings.extract import textlines as tl

    lines = tl.split_lines("El precio del agua sube en el valle\n\nDel\n\nDela på Facebook")
    tl.add_features(lines, "es")
    assert [ln.boiler for ln in lines] == [False, True, True]


def test_headline_under_the_page_title_and_a_kicker_over_its_standfirst():
    dump = [
        "Home", "Region", "",
        "Drought: is the valley running out of water this summer?",
        "",
        "Reservoir",
        "",
        "Will the taps run dry in the valley before the autumn rains?",
        "",
        "The regional water board has banned garden hoses, and farmers fear for the harvest "
        "after the driest spring on record.",
        "",
        "By Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Will the taps run dry in the valley before the autumn rains?"


def test_bare_name_counts_as_byline_only_beside_a_time_or_date():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _bare_byline, _meta_below

    def lines_of(*texts):
        lines = tl.split_lines("\n".join(texts))
        tl.add_features(lines, "en")
        return lines

    stamped = lines_of("Water board bans garden hoses", "Clara Montes", "10:15")
    assert _bare_byline(stamped, 1) and _meta_below(stamped, 0)
    alone = lines_of("Water board bans garden hoses", "Clara Montes", "Weather", "Sport")
    assert not _bare_byline(alone, 1) and not _meta_below(alone, 0)


def test_line_under_the_byline_is_the_standfirst_not_the_headline():
    dump = [
        "Home", "Region", "",
        "Water board bans garden hoses as reservoir hits a low",
        "By Clara Montes",
        "Households face fines for filling private pools as the driest spring on record "
        "empties the valley reservoir",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a low"


def test_breadcrumb_glued_to_the_headline_echoes_it():
    teaser = "Farmers fear the heat will cost them the first harvest"
    dump = [
        teaser, "", "Navigation", "",
        "NewsRegionWater board bans garden hoses as reservoir hits a thirty-year low",
        "Water board bans garden hoses as reservoir hits a thirty-year low",
        "",
    ] + BODY + ["", "More news", "", teaser]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_name_with_its_age_stamp_is_no_headline():
    dump = [
        "Home", "Region", "",
        "Clara Montes|Published 4 months ago",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title != "Clara Montes|Published 4 months ago"
    assert a.authors == ["Clara Montes"]


def test_line_with_a_glued_date_is_no_headline():
    dump = [
        "Home", "Region", "",
        "Water board bans garden hoses as reservoir hits a thirty-year low",
        "Valley Courier 12. Juni 202512. Juni 2025 Reservoir, Water, Valley",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_short_headline_over_a_longer_subtitle():
    dump = [
        "Home", "Region", "",
        "Valley bans garden hoses",
        "The water board acts as the reservoir above the town falls to its lowest level in thirty years",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley bans garden hoses"


def test_tag_list_over_the_headline_is_not_taken():
    dump = [
        "Home", "",
        "Drought, Valley, Water, Region",
        "Water board bans garden hoses as reservoir hits a thirty-year low",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_kicker_glued_without_a_space_is_cut_from_the_headline():
    dump = [
        "Drought in the valley: Water board bans garden hoses | Valley Courier",
        "",
        "Home", "Region", "",
        "Drought in the valleyWater board bans garden hoses",
        "",
        "By Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses"


def test_quoted_kicker_glued_to_the_headline_is_cut():
    dump = [
        "Home", "Region", "",
        "\"Not a drop to spare\"Water board bans garden hoses in the valley",
        "",
        "By Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY + ["", "\"Not a drop to spare\": Water board bans garden hoses in the valley"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses in the valley"


def test_inner_capital_of_a_name_is_no_glued_kicker():
    dump = [
        "Legace, McDonald help Blues down the Jackets | Valley Sports",
        "",
        "Legace, McDonald help Blues down the Jackets",
        "",
    ] + BODY + ["", "Legace, McDonald help Blues down the Jackets"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Legace, McDonald help Blues down the Jackets"


def test_label_printed_three_times_scores_lower_as_headline():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _title_score

    label = "Reservoir story for subscribers only"
    lines = tl.split_lines("\n\n".join([label, "Home", label, "News", label]))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert "repeated" in lines[0].tags
    once = tl.split_lines(label)
    tl.add_features(once, "en")
    tl.classify(once, "en")
    words = {"reservoir", "story"}
    assert _title_score(lines[0], words) < _title_score(once[0], words)


def test_question_headline_over_a_longer_standfirst():
    # the question ends like a sentence, but a headline may ask; the line under it is the standfirst
    dump = [
        "Home", "News", "",
        "Will the valley run out of water before the autumn storms?", "",
        "The water board weighs fines for households against the losses of the farmers in the "
        "valley after the driest spring on record", "",
        "By Clara Montes", "Thu 12 Jun 2025 10.15 BST", "", *BODY,
    ]
    a = extract_text_dump("\n".join(dump), "q.txt")
    assert a.title == "Will the valley run out of water before the autumn storms?"


def test_headline_with_a_photo_word_before_a_colon_is_no_caption():
    # "Erstes Bild:" opens a headline: a clause follows the label, where a credit has a name
    dump = [
        "Home", "Region", "",
        "Erstes Bild: So könnte die neue Seilbahn über den Hafen aussehen", "",
        "Am Hafen soll bis 2030 eine Seilbahn entstehen, die Stadt zeigt nun den ersten Entwurf",
        "", "Von Clara Montes", "12.06.2025, 10:15 Uhr", "", *BODY,
    ]
    a = extract_text_dump("\n".join(dump), "b.txt")
    assert a.title == "Erstes Bild: So könnte die neue Seilbahn über den Hafen aussehen"


def test_date_line_with_a_reading_time_is_no_headline():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_cues import _is_date_line

    lines = tl.split_lines("08.03.2024, 18:59 Uhr • Lesezeit: 1 Minute\n\nMarch 8, 2024 · 5 min read\n")
    tl.add_features(lines, "de")
    assert all(_is_date_line(ln) for ln in lines)


def test_trail_of_short_links_is_no_headline():
    # its links name the story's topics, but every one is short: a menu path, not a headline
    dump = [
        "Home", "Shop", "", "Water board bans garden hoses as reservoir hits a thirty-year low", "",
        "Start|Valley|Reservoir Board|Gardens and Pools", "", *BODY,
    ]
    a = extract_text_dump("\n".join(dump), "t.txt")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_glued_trail_ending_in_the_headline_gives_the_headline():
    dump = ["Shop", "", "Forum>Water>Will the valley run dry this summer?", "", *BODY]
    a = extract_text_dump("\n".join(dump), "g.txt")
    assert a.title == "Will the valley run dry this summer?"


def test_credit_label_inside_a_hyphenated_word_does_not_cut_the_headline():
    from tidings.extract.textlines_cues import caption_credit

    t = "Abmahnwelle: Briefe an Nutzer von Creative-Commons-Bildern"
    assert caption_credit(t) == (t, None)


def test_headline_opening_with_von_and_a_quote_is_no_byline():
    dump = [
        "Startseite", "Region", "",
        "Von Gartenschläuchen, Pools und «ganz normalem Wassersparen»",
        "",
        "Von Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Von Gartenschläuchen, Pools und «ganz normalem Wassersparen»"


def test_long_headline_over_a_shorter_standfirst_that_shares_more_words():
    # both lines sit over the byline; the standfirst shares more words with the text, but the
    # line right over it scores nearly as well and is no kicker: it is the headline
    head = "Water board bans garden hoses and pools as the driest spring empties the town reservoir"
    dump = ["Home", "News", "", head, "",
            "Households face fines from Monday for washing cars and watering gardens", "",
            "By Clara Montes", "12 June 2025", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_menu_of_capitalised_words_over_the_standfirst_is_no_headline():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _headline_over

    lines = tl.split_lines("Weather Climate Capital Weather Gang Environment Climate Lab\n"
                           "Households face fines from Monday for washing cars and watering gardens")
    tl.add_features(lines, "en")
    assert not _headline_over(lines, 1, True)



def test_headline_written_as_two_sentences_over_its_standfirst_and_byline():
    head = "Goats stripped this valley bare for a century. Now the water is coming back."
    dump = ["Register", "Magazine subscription", "", "Photo of the Day", "TV Schedule", "", "Environment", "",
            head, "",
            "The valley above the reservoir, once grazed down to rock by feral goats, holds water again "
            "after a decade of replanting, and the board expects it to ease the summer shortages.", "",
            "By Clara Montes", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_bar_separated_stamp_over_the_byline_is_no_headline():
    dump = ["Login", "", "26 | 01 | 2022 Region | Reservoir | Video", "",
            "Text & Fotos: Clara Montes", "", "Reservoir water limits", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Reservoir water limits"
    assert a.authors == ["Clara Montes"]


def test_two_word_section_label_sharing_one_word_with_the_text_is_no_headline():
    # "Reservoir Live" shares its one content word with the text: 100% of one word is chance
    head = "Growers count the cost of a dry spring"
    dump = ["Home", "", "Reservoir Live", "", "Weather", "", head, "", "By Clara Montes", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_long_bar_of_section_links_does_not_start_the_text():
    # link labels with function words ("My Club", "Out and About") read like text by their words
    bar = " | ".join(["Cricket", "My Club", "Out and About", "In the City", "Off the Record", "On the Road",
                      "All of Us", "For the Fans", "At the Ground", "From the Stands", "Into the Night",
                      "By the Sea", "Over the Top"])
    head = "Reservoir rules hit the valley clubs"
    dump = [bar, "", "Monday, 31 December 2007, 10:46 GMT", "", head, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == head
    assert "Cricket" not in a.text


def test_byline_and_date_printed_over_the_headline():
    # the guest author's name recurs in the text, which makes it look like the page's subject
    head = "Dry summers ahead"
    dump = ["NEWSLETTER", "", "ABO", "", "Clara Montes", "", "2. Okt. 2022", "", head, "",
            "Guest post | Clara Montes, a hydrologist, says Clara Montes has measured the reservoir "
            "for twenty years and has never seen it this low.", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == head
    assert a.authors == ["Clara Montes"]


def test_links_to_the_neighbouring_posts_are_no_headline():
    head = "Water board bans garden hoses"
    dump = ["Blog", "", "← Reservoir levels fall in the valley again", "", head, "",
            "Next: the water board reviews its rules →", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_field_label_lines_are_no_headline():
    head = "Reservoir Blues"
    dump = ["Film", "", head, "", "Director : Marta Olivares", "", "Cast: Clara Montes, Jon Rowe, Ana Ruiz", "",
            "Font size: Decrease Increase", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_photo_caption_naming_people_left_to_right_is_no_headline():
    # the caption sits right over the text and shares its words: only its form tells
    head = "„Dry summers“"
    dump = ["Region", "", head, "", "posted: 12 June 2025, 10:15", "",
            "Water board members at the reservoir (from left): Clara Montes, Jon Rowe, Ana Ruiz and Peter Hale",
            ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_caption_signed_by_its_photographer_after_a_slash_is_no_headline():
    head = "„Dry summers“"
    dump = ["Region", "", head, "", "posted: 12 June 2025, 10:15", "",
            "The water board at the reservoir on Thursday, after the driest spring / Clara Montes", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_button_label_printed_twice_is_no_headline():
    head = "Water board bans garden hoses"
    dump = ["News", "", head, "", "Share", "", "Reservoir levels chart Reservoir levels chart", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_headline_that_ends_with_a_slash_and_a_word_is_kept():
    head = "Water board bans garden hoses as the valley dries up / Update"
    dump = ["Region", "", head, "", "12.06.2025, 10:15", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head

def test_a_short_headline_ending_the_breadcrumb_trail_is_the_headline():
    head = "„Dry summers“"
    dump = ["Subscribe", "", "You are here: Home » Region » " + head, "", head, "",
            "posted: 12 June 2025, 10:15 in: Region | Comments : 0", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_the_headline_over_its_byline_below_a_save_dialog():
    head = "Water board bans garden hoses as the reservoir hits a thirty-year low"
    dump = ["Weather", "", "Sport", "",
            "Save this article and read it whenever you like. The service is for registered readers.", "",
            "No account yet? Sign up in one minute Log in", "",
            "You saved a new article", "",
            "You will find all the saved articles in your personal area under favourites and in the app.", "",
            head, "", "By Clara Montes", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_a_kicker_set_before_the_headline_with_a_space_is_cut_when_the_page_prints_the_headline_alone():
    head = "Water board bans garden hoses as reservoir hits a low"
    dump = ["Menu", "", "Dry valley " + head, "", "12.06.2025, 10:15", ""] + BODY + ["", "Share this:", "", head, ""]
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_an_article_opening_the_headline_is_no_kicker():
    head = "The Effect of Garden Hose Bans on Reservoir Levels"
    dump = ["Menu", "", head, "", "12.06.2025, 10:15", ""] + BODY + ["", "Related", "",
                                                                   "Effect of Garden Hose Bans on Reservoir Levels", ""]
    assert extract_text_dump("\n".join(dump), source="t").title == head


def test_one_word_headline_right_over_the_text():
    dump = [
        "Skip to content", "", "Home", "About", "Contact", "", "Drought", "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Drought"


def test_one_word_headline_over_its_date_line():
    dump = [
        "Skip to content", "", "Home", "About", "Contact", "", "Drought!", "",
        "Posted on 12 June 2025 by clara", "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Drought!"


def test_one_word_label_among_menu_items_or_glued_buttons_is_no_headline():
    for label in (["Home", "Drought"], ["ShareSavePrint"]):
        dump = ["Skip to content", ""] + label + [""] + BODY
        a = extract_text_dump("\n".join(dump), source="t")
        assert a.title != label[-1]


def test_page_path_ending_in_the_word_is_the_title():
    dump = ["From the wiki", "", "WB:Valley/Drought", "", "Contents", "", "Drought", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "WB:Valley/Drought"




def test_region_opening_with_a_headline_printed_twice():
    # The dump printed the headline in the text's own shape (classified as text), so the text
    # region opens with it; no longer paragraph follows within three lines, but the page
    # prints it again.
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import read_page
    from tidings.model import Article
    head = "Water board bans garden hoses as the reservoir hits a low"
    dump = ["Tell us your user name and the password you chose to sign in to the website", "",
            "Home", "News", "Shop", "", head, "", head, "12 June 2025", "", head,
            "What the new rules mean for households", ""] + BODY
    lines = tl.split_lines("\n".join(dump))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    for ln in lines:
        if ln.text == head:
            ln.kind = "body"
    first = next(k for k, ln in enumerate(lines) if ln.text == head)
    art = Article(source="t")
    read_page(lines, (first, len(lines) - 1), art, "en")
    assert art.title == head



def test_line_of_a_block_set_twice_scores_below_the_same_line_once():
    # a block of lines the page sets twice (a menu, a share box in two layouts) is furniture,
    # also where one of its lines reads like a headline ("Change the font size")
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _title_score
    ln = tl.split_lines("Change the size of the letters on this page")[0]
    tl.add_features([ln], "en")
    once = _title_score(ln, set())
    ln.tags.add("twice")
    assert _title_score(ln, set()) < once - 0.5


def test_headline_ending_in_a_closing_quote_is_no_sentence_paragraph():
    # 'Council agrees: "The cycle lane will be finished next summer"': a headline that quotes
    # ends in the quote mark, which the line classifier reads as a sentence end
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _title_score

    def score(text):
        ln = tl.split_lines(text)[0]
        tl.add_features([ln], "en")
        ln.kind, ln.sentence = "body", True
        return _title_score(ln, set())

    quoted = score('Council agrees to the plan: "The cycle lane will be finished next summer"')
    said = score('Council agrees to the plan: "The cycle lane will be finished next summer."')
    assert quoted > said + 0.5


def test_short_line_with_a_full_stop_under_the_date_line_heads_the_text():
    # a blog prints the post's date and author over its title, and the title may end in a
    # full stop; the text region opens with it
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import read_page
    from tidings.model import Article
    head = "Reservoir at its lowest level: the water board and the dry spring."
    dump = ["Menu", "Privacy", "", "Protected posts", "Archive", "",
            "Posted on 12 June 2025 by clara", head] + BODY
    lines = tl.split_lines("\n".join(dump))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    first = next(k for k, ln in enumerate(lines) if ln.text == head)
    art = Article(source="t")
    read_page(lines, (first, len(lines) - 1), art, "en")
    assert art.title == head


def test_headline_reprinted_in_the_comments_header_beats_the_teaser_over_it():
    dump = [
        "Home", "News", "",
        "Farmers count the cost of the driest spring in decades", "",
        "Valley reservoir drops to a record low", "",
        "12.06.2025", "",
    ] + BODY + ["", "2 comments on “Valley reservoir drops to a record low”", "Jane: Sad news."]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley reservoir drops to a record low"


def test_headline_cut_short_in_the_breadcrumb_is_reprinted():
    dump = [
        "Home", "Region", "Valley reservoir drops to a rec...", "",
        "Farmers count the cost of the driest spring in decades", "",
        "Valley reservoir drops to a record low", "",
        "12.06.2025", "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley reservoir drops to a record low"


def test_kicker_before_a_spaced_colon_is_cut_from_the_headline():
    dump = [
        "Home", "Region", "",
        "Drought : Valley reservoir drops to a record low", "",
        "12.06.2025", "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley reservoir drops to a record low"


def test_kicker_colon_is_cut_when_the_page_also_prints_it_spaced():
    dump = [
        "Drought: Valley reservoir drops to a record low", "",
        "12.06.2025", "",
    ] + BODY + ["", "Read more", "Drought : Valley reservoir drops to a record low"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley reservoir drops to a record low"


def test_french_spaced_colon_stays_in_the_headline():
    body = [
        "Le conseil régional a annoncé jeudi que le niveau du lac de retenue situé au-dessus de la "
        "ville est tombé à son plus bas niveau depuis trente ans, après le printemps le plus sec.",
        "",
        "Les ménages devront cesser d'arroser leurs jardins et de laver leurs voitures dès lundi, et "
        "le conseil infligera des amendes à ceux qui remplissent des piscines privées avant l'automne.",
        "",
        "Les agriculteurs de la vallée ont déclaré que ces limites arrivaient trop tard pour la "
        "première récolte, qui a déjà perdu près d'un cinquième de son rendement à cause de la chaleur.",
    ]
    dump = ["Accueil", "Région", "", "Sécheresse : le lac de retenue tombe à un niveau record", "",
            "12.06.2025", ""] + body
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.language == "fr"
    assert a.title == "Sécheresse : le lac de retenue tombe à un niveau record"


def _headline_of(line: str) -> str | None:
    dump = ["Home", "Region", "", line, "", "12.06.2025", ""] + BODY
    return extract_text_dump("\n".join(dump), source="t").title


def test_quoted_headline_after_a_kicker_span_drops_the_kicker():
    assert _headline_of("Drought in the valley «Nobody has seen the reservoir this low»") == \
        "«Nobody has seen the reservoir this low»"
    assert _headline_of("Drought in the valley - “Nobody has seen the reservoir this low”") == \
        "“Nobody has seen the reservoir this low”"


def test_quotation_that_is_part_of_the_headline_stays():
    # a speaker before a colon, a short name in quotes, a quote that goes on from "the"
    for line in ("Valley mayor: «Nobody has seen the reservoir this low»",
                 "Water board presents the study «Valley Water Report»",
                 "Farmers in the valley fear the «driest summer since the records began»"):
        assert _headline_of(line) == line


def test_function_word_glued_to_the_kicker_opens_the_headline():
    assert _headline_of("Drought in the valleyThe reservoir drops to a record low") == \
        "The reservoir drops to a record low"
    assert _headline_of("New PlayStation console sells out in the valley") == \
        "New PlayStation console sells out in the valley"


def test_section_that_ends_the_breadcrumb_is_cut_from_the_headline_it_prefixes():
    dump = [
        "Home » Region » Water Board", "",
        "Water Board Valley reservoir drops to a record low", "",
        "12.06.2025", "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley reservoir drops to a record low"
    # a one-word section is too often the headline's own first word to be cut
    dump[0] = "Home » Region » Water"
    assert extract_text_dump("\n".join(dump), source="t").title == "Water Board Valley reservoir drops to a record low"


def test_short_headline_printed_twice_in_a_row_beats_a_promo_line():
    dump = [
        "Home", "News", "Region", "",
        "Valley Radio podcast \"Water talk\"",
        "",
        "Contact", "Search", "",
        "Reservoir ban extended",
        "Reservoir ban extended",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Reservoir ban extended"


def test_quoted_headline_of_an_interview_over_its_long_standfirst():
    # the headline quotes the guest and shares no word with the standfirst or the text; the
    # standfirst under it is a long line that introduces the talk
    quote = "„We never expected such a summer“"
    dump = [
        "Topic – Drought", quote,
        "Why the valley's farmers saw this coming years ago, and what a hydrologist from the "
        "university thinks the board should have done sooner? She explains it in our interview",
        "Interview: Clara Montes", "12.06.2025", "",
    ] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == quote


def test_one_word_headline_over_the_post_line_not_the_format_label_under_it():
    # a blog theme prints the post's format ("Standard") under its date line, right over the text
    dump = ["Home", "About", "", "Drought!", "", "Posted on Fri, 13 June 2025, 18:18 by jdoe", "", "Standard",
            ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == "Drought!"


def test_short_name_that_ends_the_breadcrumb_over_the_text_is_the_headline():
    # the site's tagline over the trail reads like a headline; the trail ends in the page's
    # own name, printed alone under it
    dump = ["Valley Notes", "About", "Imprint", "",
            "Water – Farming – Weather – Life in the dry valley",
            "Browse: Home » Drought",
            "Drought",
            "12 June 2025 · by jdoe · in Feelings",
            "Photo: Jane Roe", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == "Drought"


def test_trail_over_the_text_naming_its_section_leaves_the_headline_under_it():
    dump = ["Valley Notes", "About", "",
            "Home » News » Drought",
            "Drought",
            "Water board bans garden hoses as reservoir hits a thirty-year low",
            "12 June 2025 · by jdoe", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == (
        "Water board bans garden hoses as reservoir hits a thirty-year low")


def test_line_of_a_share_box_set_twice_earns_no_echo():
    # the share box is printed twice between the same neighbours; its copies are the box's,
    # not the page reprinting its headline, however many of the text's words it has
    box = ["Facebook", "Bluesky", "Reprints of our stories on the reservoir and the water board",
           "Companies can share our stories in meetings and order prints of them; see the page behind the link.",
           "More here"]
    dump = ["Home", "Economy", "", "Harbour bank chief steps down", "Water", "12 June 2025 10:15", ""] + (
        box + ["Audio"] + box + ["Audio", ""] + BODY)
    assert extract_text_dump("\n".join(dump), source="t").title == "Harbour bank chief steps down"


def test_ticker_bar_of_other_stories_is_no_headline():
    # the bar runs several stories' headlines into one line, over the story's own stamp
    dump = ["Search", "TICKER",
            "+++Town fair opens on Friday with a record number of stalls from the whole valley "
            "+++Bridge on the river road closed for two weeks of repairs +++Choir wins the regional prize "
            "+++New bus line links the reservoir and the town +++",
            "HOME / NEWS", "12 June 2025 | REGION",
            "Valley towns share their water as the reservoir runs low", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == (
        "Valley towns share their water as the reservoir runs low")


def test_headline_over_a_byline_split_after_its_marker():
    # the theme sets "By" and the name on lines of their own, the date a line further down
    dump = ["Home", "Columns", "",
            "Dry gardens, green hopes",
            "Night life", "Opinion",
            "Newsletter", "Your e-mail", "A password will be sent to you by e-mail.",
            "Contact", "Privacy", "Imprint",
            "Dear readers, please keep your gardens green without the hose!",
            "By", "Clara", "-", "31 December 2019", "15", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").title == (
        "Dear readers, please keep your gardens green without the hose!")


def test_last_item_of_a_menu_set_twice_is_the_blocks_copy():
    # the menu is printed for the desktop and again for the phone, each time followed by
    # something else: its last item is a copy of the block, not the page reprinting a headline
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _block_copy

    item = "Club talk goes digital - we stay on the ball!"
    menu = ["News", "Clubs", item]
    texts = ["Home"] + menu + ["Districts", "North"] + menu + ["Login", "Towns share their water"]
    lines = tl.split_lines("\n".join(texts))
    where: dict[str, list[int]] = {}
    for j, ln in enumerate(lines):
        where.setdefault(ln.text, []).append(j)
    assert _block_copy(lines, 8, where)
    # a headline printed again elsewhere after other lines (the share text) is no block's copy
    texts2 = ["Home", "News", item, "By Jane Doe", "Share", "Mail", item, "Login"]
    lines2 = tl.split_lines("\n".join(texts2))
    where2: dict[str, list[int]] = {}
    for j, ln in enumerate(lines2):
        where2.setdefault(ln.text, []).append(j)
    assert not _block_copy(lines2, 2, where2)


def test_short_quoted_headline_over_a_long_standfirst_sentence():
    # "- The wells are dry": a headline of three words (a quote set after a dash, as Nordic
    # papers print them) over the standfirst, a sentence of fifteen words or more; the
    # standfirst wins the cues by sharing more words with the text, and the line over it is
    # the headline, however short. Over a shorter line it stays a kicker.
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _headline_over

    standfirst = ("The regional water board said the reservoir above the town had fallen to its lowest "
                  "level in thirty years, after the driest spring on record.")
    texts = ["Home", "News", "- The wells are dry", standfirst, "By Clara Montes", "12.06.2025"] + [
        p for p in RESERVOIR_STORY if p]
    lines = tl.split_lines("\n".join(texts))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert _headline_over(lines, 3, True)
    texts[3] = "Households will be asked to stop watering gardens from Monday"
    lines = tl.split_lines("\n".join(texts))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert not _headline_over(lines, 3, True)


def test_line_opening_with_a_colon_goes_on_from_the_headline_over_it():
    # "<span>Valley in drought</span><span>: Hoses banned</span>": the dump breaks the line
    # before the colon; the headline is the two parts joined, and neither part is the text
    dump = [
        "Home", "News", "Region", "",
        "Valley in drought",
        ": Water board bans garden hoses",
        "",
        "By Clara Montes",
        "12.06.2025, 10:15",
        "",
    ] + RESERVOIR_STORY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Valley in drought: Water board bans garden hoses"
    assert "bans garden hoses" not in a.text


def test_headline_under_the_date_below_the_standfirst_printed_again_in_a_list():
    # "standfirst / photo credit / section / date / Headline / text": the page sets its
    # headline under the story's date, below a standfirst that opens the region, and prints
    # it again in the list of latest stories; the site's motto over the standfirst is not it
    headline = "Water board bans garden hoses as the reservoir runs low"
    dump = ["Politics", "Region", "Business", "Culture", "Sport", "Opinion"] + [
        "Independent, critical and proudly local since the first edition",
        "The regional water board wants households to stop watering gardens and washing cars "
        "from Monday, and it will fine those who fill private swimming pools this summer.",
        "Photo: Clara Montes / Valley Courier, CC BY 4.0",
        "Water",
        "12 June 2025 / 10:15",
        headline,
    ] + [p for p in RESERVOIR_STORY if p] + [
        "Share this article", "Latest stories",
        "12 June 2025", "Ferry timetable adds an early boat on weekdays next summer",
        "12 June 2025", headline,
        "12 June 2025", "Harbour authority approves plan to deepen the shipping channel",
    ]
    a = extract_text_dump("\n\n".join(dump), source="t")
    assert a.title == headline


@pytest.mark.parametrize("offers", [21, 30])
def test_headline_over_its_byline_a_paywall_run_away_from_the_text(offers):
    # the head (headline, standfirst, byline, date), then a video player's and a paywall's run
    # of short lines long enough to push the text's start sixty lines and more away from it;
    # the headline right over its byline and date is still found
    headline = "Water board bans garden hoses as the reservoir runs low"
    junk = []
    for n in range(1, offers + 1):
        junk += [f"Offer {n}", "Subscribe now to read more", "Article content"]
    dump = ["Home", "News", "Region", headline,
            "Households face fines for filling pools as the driest spring on record empties the reservoir",
            "By Clara Montes", "Published Jun 12, 2025"] + junk + [p for p in RESERVOIR_STORY if p]
    a = extract_text_dump("\n\n".join(dump), source="t")
    assert a.title == headline


def test_kicker_that_the_headline_opens_with_is_dropped():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_meta import _without_glued_kicker

    # "Wormery" over "Wormery built fast", glued with a space: a headline of three words earns
    # no other kicker cut, a kicker of one word would be any headline's first word
    lines = tl.split_lines("\n".join(["Wormery Wormery built fast", "Photo: Jane Doe", "Wormery built fast"]))
    assert _without_glued_kicker(lines, "Wormery Wormery built fast") == "Wormery built fast"
    # a headline that only opens with a word twice, printed nowhere else without it, stays whole
    lines = tl.split_lines("\n".join(["Walla Walla wins the valley cup", "Photo: Jane Doe"]))
    assert _without_glued_kicker(lines, "Walla Walla wins the valley cup") == "Walla Walla wins the valley cup"


def test_headline_under_its_date_beats_a_teaser_up_in_the_menus():
    # a teaser up in the page's furniture shares the story's words; the headline is the line
    # set between the story's date and its text, under a run of navigation
    dump = [
        "Valley Courier", "",
        "Reservoir hits lowest level in thirty years", "",
        "News", "Sport", "Culture", "Weather", "",
        "Subscribe", "Newsletter", "Contact", "Search", "",
        "Home", ">", "Region", ">", "Water", "",
        "12 June 2025, 10:15",
        "Garden hoses banned in the valley",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Garden hoses banned in the valley"


def test_headline_over_its_byline_keeps_its_place_over_a_label_under_the_date():
    # the story's head is printed with its byline; the share bar and a comment form follow,
    # and a photo label sits under the date, over the text: that label is no headline
    dump = [
        "Water board bans garden hoses as reservoir hits a thirty-year low",
        "By Clara Montes",
        "",
        "Share", "Email", "Print", "", "Name", "Email", "Comment", "Submit", "Follow us", "",
        "12 June 2025, 10:15",
        "Enlarge image",
        "",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Water board bans garden hoses as reservoir hits a thirty-year low"


def test_line_under_a_teasers_byline_in_a_list_is_no_headline():
    # "Teaser / by X / Teaser / by X / Next teaser": in a block of many lines the line under
    # a byline is the next teaser, not the story's head
    dump = [
        "Garden hoses banned as the reservoir runs low",
        "",
        "News", "Sport", "Culture", "Weather", "", "Subscribe", "Newsletter", "Contact", "Search", "",
        "Tip", "Cooking for a crowd without the stress", "by Newsroom",
        "Tip", "How to keep a lawn green through a dry summer", "by Newsroom",
        "Watering the garden in a drought",
    ] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.title == "Garden hoses banned as the reservoir runs low"
