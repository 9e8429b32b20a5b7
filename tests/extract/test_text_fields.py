"""Text dumps: headline, captions, tags and date found by the shape of the lines around the
text (invented dumps, one general case each)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

from invented_dumps import FERRY_CLOSING, dump

PARAS = FERRY_CLOSING


def test_question_headline_over_the_standfirst_is_the_title():
    # a long question ends like a sentence, but it sits on its own over the standfirst
    text = dump("Home", "Local", "Ferry terminal",
                "Is the old ferry terminal closing for good after nine years of losses?",
                *PARAS)
    a = extract_text_dump(text, "q.txt")
    assert a.title == "Is the old ferry terminal closing for good after nine years of losses?"
    assert not a.text.startswith("Is the old ferry")


def test_headline_echoed_in_the_page_title_beats_a_kicker():
    text = dump("Harbour board closes old ferry terminal | The Bay Courier", "News", "Menu",
                "Losses at the pier", "Harbour board closes old ferry terminal", *PARAS)
    a = extract_text_dump(text, "e.txt")
    assert a.title == "Harbour board closes old ferry terminal"


def test_topic_counts_glued_to_labels_are_dropped():
    text = dump("Ferry terminal to close", *PARAS, "Themen", "Hafen312\nVerkehr87\nStadtrat1204")
    a = extract_text_dump(text, "t.txt")
    assert a.tags == ["Hafen", "Verkehr", "Stadtrat"]


def test_label_with_a_digit_is_kept_in_an_ordinary_list():
    text = dump("Ferry terminal to close", *PARAS, "Tags: Shipping, G20, Harbour board")
    a = extract_text_dump(text, "g.txt")
    assert a.tags == ["Shipping", "G20", "Harbour board"]


def test_postal_address_after_the_text_is_not_a_tag_list():
    text = dump("Ferry terminal to close", *PARAS, "The Bay Courier",
                "12 Harbour Road, Suite 400, Port Ellen, BC V6B 1A1")
    a = extract_text_dump(text, "a.txt")
    assert a.tags == []


def test_caption_ending_in_photographer_and_agency_in_brackets():
    cap = "Commuters wait for the last ferry at the western pier on Monday evening. (Jane Doe/Associated Press)"
    text = dump("Ferry terminal to close", PARAS[0], cap, *PARAS[1:])
    a = extract_text_dump(text, "c.txt")
    assert a.captions == ["Commuters wait for the last ferry at the western pier on Monday evening."]
    assert "(Jane Doe/Associated Press)" not in a.text


def test_caption_ending_in_photo_by():
    cap = "The old terminal building has stood empty since the summer. Photo by John Roe/The Bay Courier"
    text = dump("Ferry terminal to close", PARAS[0], cap, *PARAS[1:])
    a = extract_text_dump(text, "p.txt")
    assert a.captions == ["The old terminal building has stood empty since the summer."]


def test_caption_under_its_credit_in_one_block():
    text = dump("Ferry terminal to close", PARAS[0],
                "Foto: Jane Doe\nThe old terminal building on the western pier", *PARAS[1:])
    a = extract_text_dump(text, "u.txt")
    assert a.captions == ["The old terminal building on the western pier"]
    assert "western pier\n" not in a.text and not a.text.count("The old terminal building on")


def test_caption_under_a_photo_label():
    text = dump("Ferry terminal to close", PARAS[0], "Open this photo in gallery:",
                "The last ferry leaves the western pier on a grey morning.", *PARAS[1:])
    a = extract_text_dump(text, "g.txt")
    assert a.captions == ["The last ferry leaves the western pier on a grey morning."]


def test_credit_after_a_caption_does_not_take_the_next_paragraph():
    text = dump("Ferry terminal to close", PARAS[0],
                "The old terminal building on the western pier\nFoto: Jane Doe", *PARAS[1:])
    a = extract_text_dump(text, "n.txt")
    assert a.captions == ["The old terminal building on the western pier"]
    assert PARAS[1] in a.text


def test_date_spaced_out_by_the_dump():
    text = dump("Fähre am Westpier wird eingestellt", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", *PARAS)
    assert extract_text_dump(text, "d.txt").date == "2026-01-06"


def test_date_with_its_label_glued_on():
    text = dump("Fähre am Westpier wird eingestellt", "Publiziert17. Dezember 2024, 12:17", *PARAS)
    assert extract_text_dump(text, "d.txt").date == "2024-12-17"


def test_caption_with_a_credit_label_after_its_last_sentence():
    for cap in ("Workers board up the terminal windows on the western pier. Bildrechte: Bay Courier/Jane Doe",
                "Workers board up the terminal windows on the western pier.Foto: Jane Doe. Styling: John Roe."):
        text = dump("Ferry terminal to close", PARAS[0], cap, *PARAS[1:])
        a = extract_text_dump(text, "l.txt")
        assert a.captions == ["Workers board up the terminal windows on the western pier."], cap
        assert "Jane Doe" not in a.text


def test_caption_ending_in_a_copyright_credit():
    cap = ("Workers board up the windows of the old ferry terminal on the western pier on Monday, "
           "the day after the last crossing Jane Doe/Copyright 2026 The Bay Courier. All rights reserved")
    text = dump("Ferry terminal to close", PARAS[0], cap, *PARAS[1:])
    a = extract_text_dump(text, "r.txt")
    assert a.captions == ["Workers board up the windows of the old ferry terminal on the western pier on "
                          "Monday, the day after the last crossing"]


def test_paragraph_naming_its_source_stays_in_the_text():
    para = "The board expects the sale to bring in about two million. Source: the harbour board's annual report."
    text = dump("Ferry terminal to close", PARAS[0], para, *PARAS[1:])
    a = extract_text_dump(text, "s.txt")
    assert para in a.text and a.captions == []


def test_bare_agency_under_a_line_inside_the_text_is_its_photo_credit():
    cap = "Workers board up the windows of the old ferry terminal."
    text = dump("Ferry terminal to close", PARAS[0], cap, "AP", *PARAS[1:])
    a = extract_text_dump(text, "b.txt")
    assert a.captions == [cap]
    assert cap not in a.text


def test_bare_agency_after_the_last_paragraph_is_no_caption_credit():
    text = dump("Ferry terminal to close", *PARAS, "AP")
    a = extract_text_dump(text, "e.txt")
    assert a.captions == []
    assert a.text.endswith(PARAS[-1])


def test_labelled_byline_above_a_region_that_starts_late():
    # the text's first lines (and the headline picked over them) sit far below the byline:
    # only an explicitly labelled byline is looked for that far up
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_people import _byline_and_date
    from tidings.model import Article

    furniture = "\n".join(f"Menu item {i}" for i in range(25))
    text = dump("Harbour board closes old ferry terminal", "Author of the article:\nJane Holloway",
                "Holly Mapleton", furniture, "Ferry terminal sale", *PARAS)
    lines = tl.split_lines(text)
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    top = next(ln.i for ln in lines if ln.text == "Ferry terminal sale")
    art = Article(source="a.txt")
    _byline_and_date(lines, top, top + 1, len(lines) - 1, art)
    assert art.authors == ["Jane Holloway"]  # not the bare name, which needs a date beside it


def test_name_on_a_posted_line_with_the_site_and_date():
    text = dump("Harbour board closes old ferry terminal",
                "Jane Holloway · BCN News · Posted: Mar 04, 2025 4:00 AM EST | Last Updated: March 4",
                *PARAS)
    a = extract_text_dump(text, "p.txt")
    assert a.authors == ["Jane Holloway"]
    assert a.date == "2025-03-04"


def test_tags_header_on_the_line_of_its_list():
    text = dump("Fähre am Westpier wird eingestellt", *PARAS, "Schlagwörter Hafen, Fähre, Stadtrat, Westpier")
    assert extract_text_dump(text, "s.txt").tags == ["Hafen", "Fähre", "Stadtrat", "Westpier"]


def test_tag_links_printed_without_spaces_are_split_into_labels():
    text = dump("Ferry terminal to close", *PARAS, "More on",
                "Harbour BoardWestern PierFerriesCity CouncilUK ports", "Sign up to our newsletter")
    assert extract_text_dump(text, "g.txt").tags == [
        "Harbour Board", "Western Pier", "Ferries", "City Council", "UK ports"]


def test_brand_names_and_breadcrumbs_are_not_split_into_labels():
    text = dump("Ferry terminal to close", *PARAS, "Topics", "PlayStation", "HarperCollins", "Ferries")
    assert extract_text_dump(text, "b.txt").tags == ["PlayStation", "HarperCollins", "Ferries"]
    crumbs = dump("Ferry terminal to close", *PARAS, "HomeNewsLocal", "Related topics", "", "Ferries", "Harbour")
    assert extract_text_dump(crumbs, "c.txt").tags == ["Ferries", "Harbour"]


def test_sentence_starting_with_a_header_word_is_no_tag_list():
    para = "Tags darauf fuhr die letzte Fähre, und der Stadtrat, der Hafen und die Pendler blieben zurück."
    text = dump("Fähre am Westpier wird eingestellt", *PARAS, para)
    assert extract_text_dump(text, "n.txt").tags == []


def test_mangled_date_line_is_a_date_line():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_cues import _is_date_line

    lines = tl.split_lines("06. 01. 2026, 14:59 Uhr\n\nPubliziert17. Dezember 2024, 12:17\n\nDie Fähre fährt.\n")
    tl.add_features(lines, "de")
    assert [_is_date_line(ln) for ln in lines] == [True, True, False]


def test_byline_marker_ending_the_line_over_the_name():
    text = dump("Home", "Local", "Harbour board closes old ferry terminal", "Kolumne Von", "Greta Holm", *PARAS)
    assert extract_text_dump(text, "v.txt").authors == ["Greta Holm"]


def test_bare_name_a_few_short_lines_from_the_date():
    text = dump("Home", "Local", "Harbour board closes old ferry terminal",
                "Oskar Lindgren", "Harbour Reporter", "@oskarl", "Monday 28 September 2020 19:27", *PARAS)
    assert extract_text_dump(text, "n.txt").authors == ["Oskar Lindgren"]


def test_interview_label_names_the_interviewer():
    text = dump("Home", "Harbour board closes old ferry terminal", "Interview: Julia Brenner", "31.03.2020",
                *PARAS)
    assert extract_text_dump(text, "i.txt").authors == ["Julia Brenner"]


def test_breadcrumb_trail_ending_in_the_headline_gives_the_headline():
    text = dump("Menu", "Home » Harbour » Harbour board closes old ferry terminal", "Greta Holm", "12.03.2024",
                *PARAS)
    assert extract_text_dump(text, "b.txt").title == "Harbour board closes old ferry terminal"


def test_photo_credit_in_brackets_and_number_rows_are_no_headline():
    text = dump("Home", "News", "(Greta Holm / The Bay Courier)", *PARAS)
    assert extract_text_dump(text, "p.txt").title is None
    text = dump("Home", "News", "1995 2005 2015 2025", *PARAS)
    assert extract_text_dump(text, "n.txt").title is None


def test_published_and_updated_dates_glued_together():
    text = dump("Home", "Harbour board closes old ferry terminal",
                "Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Greta Holm", *PARAS)
    assert extract_text_dump(text, "g.txt").date == "2022-12-19"


def test_date_opening_the_first_paragraph_of_a_press_release():
    first = "Hafenstadt, 14. Dezember 2021 – " + PARAS[0]
    a = extract_text_dump(dump("Home", "Harbour board closes the old ferry terminal", first, *PARAS[1:]), source="t")
    assert a.date == "2021-12-14"


def test_date_inside_a_sentence_of_the_first_paragraph_is_no_stamp():
    first = "The board said the ferry would stop on 3 May 2022 for good. " + PARAS[0]
    a = extract_text_dump(dump("Home", "Harbour board closes the old ferry terminal", first, *PARAS[1:]), source="t")
    assert a.date is None


def test_labelled_post_stamp_far_under_the_text_dates_it():
    tail = ["Share this post", "Related posts", "Comments", "Leave a reply"] * 5
    a = extract_text_dump(dump("Harbour board closes the old ferry terminal", *PARAS, *tail,
                               "Eingetragen am 3. Januar 2020, aktualisiert am 4. Januar 2020 vom Support-Team"),
                          source="t")
    assert a.date == "2020-01-03"


def test_topics_header_in_any_wording_over_its_labels():
    # the header names its list by a topic noun inside a longer phrase
    text = dump("Ferry terminal to close", *PARAS, "Explore more on these topics",
                "Ferries", "Harbour board", "Western pier", "Share this story")
    assert extract_text_dump(text, "x.txt").tags == ["Ferries", "Harbour board", "Western pier"]


def test_headed_topic_list_beats_an_unlabelled_box_above_it():
    text = dump("Ferry terminal to close", *PARAS, "More information\nEnd of more information",
                "Themen", "Hafen\nFähre\nStadtrat", "Teilen")
    assert extract_text_dump(text, "h.txt").tags == ["Hafen", "Fähre", "Stadtrat"]


def test_labels_end_at_the_next_box_header_in_capitals():
    text = dump("Ferry terminal to close", *PARAS, "Topics:",
                "Ferries\nNATO\nWestern pier\nMOST READ\n11.14 NEWS")
    assert extract_text_dump(text, "c.txt").tags == ["Ferries", "NATO", "Western pier"]


def test_footer_section_menu_under_a_topics_header_is_no_tag_list():
    filler = [f"Advertisement slot {i} for our partners and sponsors of the week" for i in range(20)]
    text = dump("Ferry terminal to close", *PARAS, *filler, "Themes",
                "Europe\nBusiness\nTravel\nCulture\nVideo")
    assert extract_text_dump(text, "m.txt").tags == []


def test_platform_name_amid_a_block_of_topics_is_a_topic():
    text = dump("Ferry terminal to close", *PARAS, "Topics",
                "Ferries\nInstagram\nHarbour board\nWestern pier", "Share")
    assert extract_text_dump(text, "i.txt").tags == ["Ferries", "Instagram", "Harbour board", "Western pier"]


def test_topics_list_above_the_headline_when_none_follows_the_text():
    text = dump("Related topics", "Ferries\nHarbour board\nWestern pier", "Ferry terminal to close", *PARAS,
                "Newsletter", "Contact us")
    assert extract_text_dump(text, "a.txt").tags == ["Ferries", "Harbour board", "Western pier"]


def test_menu_under_a_topics_header_above_the_text_is_no_tag_list():
    text = dump("Topics", "Watch\nLive\nPodcasts\nShop", "Ferry terminal to close", *PARAS)
    assert extract_text_dump(text, "b.txt").tags == []


def test_number_ending_one_label_is_part_of_it():
    text = dump("Ferry terminal to close", *PARAS, "Topics:", "Ferries\nFormel 1\nWestern pier", "Share")
    assert extract_text_dump(text, "n.txt").tags == ["Ferries", "Formel 1", "Western pier"]


def test_spaced_article_counts_after_most_labels_are_dropped():
    text = dump("Ferry terminal to close", *PARAS, "Themen", "Hafen 312\nVerkehr 87\nStadtrat (1204)")
    assert extract_text_dump(text, "c.txt").tags == ["Hafen", "Verkehr", "Stadtrat"]
