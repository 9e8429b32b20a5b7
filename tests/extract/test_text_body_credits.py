"""Text dumps: a paragraph over a credit or source line, a short sentence handing over with a colon and a subhead among paragraphs printed without blank lines stay in the text (invented dumps)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

from invented_dumps import FERRY_CLOSING, dump

PARAS = FERRY_CLOSING[:3]
# three sentences and some forty words: the prose of the story, not what a photo shows
LONG = ("A public meeting on the future of the pier is planned for the spring. Residents will be "
        "asked whether they would prefer housing, a park or a new market hall. The board hopes "
        "to decide before the summer season begins on the islands.")
LAST = ("The board will meet again in March, when it expects to have the first offers for the site "
        "on the western pier and a plan for the buses around the bay.")


def test_paragraph_of_three_sentences_over_a_photo_credit_is_text():
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], LONG, "Foto: Jane Doe", PARAS[2]), "a.txt")
    assert LONG in a.text and PARAS[2] in a.text
    assert LONG not in a.captions


# four short sentences, under thirty words: an answer in an interview, not a photo's caption
SHORT_ANSWER = ("I fish all year round. Every season has its charm. Spring is best for pike. "
                "In autumn I go out for perch on the lake.")


def test_four_short_sentences_over_a_photo_credit_are_text():
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], SHORT_ANSWER, "© Jane Doe", PARAS[2]), "h.txt")
    assert SHORT_ANSWER in a.text and SHORT_ANSWER not in a.captions


def test_two_sentences_over_a_photo_credit_are_still_a_caption():
    cap = "The old terminal building has stood empty since the summer. Its roof leaks."
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], cap, "© Jane Doe", PARAS[2]), "i.txt")
    assert cap not in a.text


def test_one_sentence_over_a_photo_credit_is_still_a_caption():
    cap = "The old terminal building has stood empty since the summer."
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], cap, "Foto: Jane Doe", PARAS[2]), "b.txt")
    assert cap in a.captions and cap not in a.text


def test_last_paragraph_over_the_story_source_is_text():
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS, LAST, "Source: Harbour Board", "Home",
                               "Contact"), "c.txt")
    assert a.text.endswith(LAST)
    assert LAST not in a.captions


def test_line_over_a_source_label_with_text_after_it_is_a_caption():
    cap = "A chart of the ferry's passengers since the terminal opened"
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], cap, "Source: Harbour Board", PARAS[2]), "d.txt")
    assert cap not in a.text


def test_short_sentence_ending_in_a_colon_between_paragraphs_is_text():
    lead = "There are two ways to get to the islands now:"
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], lead, PARAS[2], LAST), "e.txt")
    assert lead in a.text


def test_label_or_link_hand_over_with_a_colon_is_not_text():
    for label in ("Timetable:", "Read more about the ferries here:"):
        a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], label, PARAS[2], LAST), "f.txt")
        assert label not in a.text


def test_subhead_between_paragraphs_of_a_dump_without_blank_lines_is_text():
    sub = "A longer ride in winter"
    text = "Ferry terminal to close\n\n" + "\n".join([PARAS[0], PARAS[1], sub, PARAS[2], LAST]) + "\n"
    a = extract_text_dump(text, "g.txt")
    assert sub in a.text and PARAS[2] in a.text


def test_menu_line_in_a_block_of_menu_items_is_no_subhead():
    text = "Ferry terminal to close\n\n" + "\n\n".join(PARAS + [LAST]) + "\n\nHome\nLocal\nSport\nWeather\n"
    assert "Sport" not in extract_text_dump(text, "h.txt").text


def test_colon_hand_over_to_a_photo_with_its_caption_is_text():
    # the photo is gone from the dump; its caption and a subhead stand between the hand-over and the text
    lead = "The new ferry looks like this from the pier:"
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], lead, "The ferry at the pier",
                               "New timetable", PARAS[2], LAST), "g.txt")
    assert lead in a.text


def test_colon_hand_over_to_other_stories_is_not_text():
    for label in ("This topic might also be of interest to you:", "WATCH | The ferry on its first day:"):
        a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], label, "Bridge plans", PARAS[2], LAST),
                              "h.txt")
        assert label not in a.text


VERSES = ["“The ferry left without me on a Monday", "I watched the harbour lights go out",
          "The gulls were asking where the boat had gone", "And no one on the pier could tell them why.”"]


def test_a_quotation_set_out_line_by_line_between_paragraphs_is_text():
    # a song quoted whole, one short line per verse: each too short to read as text alone
    a = extract_text_dump("\n\n".join(["Ferry terminal to close", *PARAS[:2], "The song",
                                       "\n".join(VERSES), PARAS[2], LAST]) + "\n", "q.txt")
    assert all(v in a.text for v in VERSES)


def test_short_lines_without_the_closing_quotation_mark_stay_out():
    lines = [VERSES[0], "Harbour news", "Ferry times", "Contact us"]
    a = extract_text_dump("\n\n".join(["Ferry terminal to close", *PARAS[:2], "\n".join(lines), PARAS[2], LAST])
                          + "\n", "r.txt")
    assert "Ferry times" not in a.text


def test_a_small_list_of_label_value_lines_between_paragraphs_is_text():
    # what the writer wore, set out under the paragraph that shows it: each line too short to score
    outfit = ["Coat: Harbour Wear", "Boots: Pier & Co", "Scarf: Bay Knits"]
    a = extract_text_dump("\n\n".join(["Ferry terminal to close", *PARAS[:2], "\n".join(outfit), PARAS[2], LAST])
                          + "\n", "l.txt")
    assert all(o in a.text for o in outfit)


def test_label_value_lists_under_their_headings_between_paragraphs_are_text():
    # a label of up to five words, a sum of up to sixteen
    season = ["Ticket price: 240 euros", "Crossings: two a day", "Discount for island residents: 30 percent",
              "Cost for a family: 4 x 240 euros = 960 euros, less the discount for residents"]
    single = ["Ticket price: 6 euros", "Crossings: any", "Cost for a family: 4 x 6 euros x 20 days = 480 euros"]
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], "Example season ticket", "\n".join(season),
                               "Example single tickets", "\n".join(single), PARAS[2], LAST), "l.txt")
    assert all(x in a.text for x in season + single)
    assert "Example single tickets" in a.text


def test_label_value_lines_of_a_byline_box_stay_out():
    box = ["Text: Jane Doe", "Photos: Tom Weller"]
    a = extract_text_dump("\n\n".join(["Ferry terminal to close", *PARAS[:2], "\n".join(box), PARAS[2], LAST])
                          + "\n", "m.txt")
    assert "Photos: Tom Weller" not in a.text


def test_line_with_a_slashed_picture_credit_after_a_source_label_is_a_caption():
    cap = "The old terminal on the western pier."
    line = cap + " (Quelle: Jane Doe/Picturehouse/Harbour Board)"
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], line, *PARAS[1:]), "e.txt")
    assert cap not in a.text and PARAS[1] in a.text
    assert cap in a.captions


def test_long_paragraph_citing_sources_with_a_slash_stays_text():
    line = ("Ridership fell by a third in the last two years, the board said, and the ferries now "
            "carry fewer people in a week than they did in a single day when the terminal opened "
            "forty years ago. (Source: Harbour Board/City Archive)")
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], line, *PARAS[1:]), "f.txt")
    assert "Ridership fell by a third" in a.text


def test_a_credit_line_labelled_credito_is_no_paragraph():
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], "(crédito: Jane Doe/Agência Porto)",
                               *PARAS[1:]), "g.txt")
    assert "Jane Doe" not in a.text and PARAS[1] in a.text


def test_subhead_over_a_sentence_handing_over_to_a_list_is_text():
    head = "The parts for the new pier"
    hand = "The board wants three things done before the summer:"
    items = ["Drive new piles into the sand.", "Lay the deck with oak planks.", "Build a ramp for wheelchairs."]
    text = dump("Ferry terminal to close", *PARAS[:2], head, hand, "\n".join(items), PARAS[2])
    a = extract_text_dump(text, "h.txt")
    assert head in a.text and hand in a.text and PARAS[2] in a.text


def test_long_clause_handing_over_with_a_colon_is_text_not_a_linked_headline():
    hand = "Here is a breakdown of what the board expects the repairs to the western pier to cost:"
    items = ["The piles alone will cost two million.", "The deck will cost half a million more."]
    text = dump("Ferry terminal to close", *PARAS[:2], hand, "\n".join(items), PARAS[2])
    a = extract_text_dump(text, "i.txt")
    assert hand in a.text and PARAS[2] in a.text


def test_linked_headline_between_paragraphs_stays_out():
    link = "Harbour board approves new bus line around the bay for the winter months"
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], link, PARAS[2]), "j.txt")
    assert link not in a.text and PARAS[2] in a.text


def test_short_label_heading_over_a_paragraph_is_text():
    label = "Please note:"
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], label, PARAS[2], LAST), "j.txt")
    assert label in a.text and PARAS[2] in a.text


def test_tags_or_links_label_over_a_paragraph_is_not_text():
    for label in ("Tags:", "More about it:"):
        a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], label, PARAS[2], LAST), "k.txt")
        assert label not in a.text


def test_a_reviews_pros_and_cons_between_paragraphs_are_text():
    pros = ["Pros", "Low price", "Sturdy build", "Quiet on the water"]
    cons = ["Cons", "Small cabin"]
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], "\n".join(pros), "\n".join(cons),
                               "The verdict", PARAS[2], LAST), "n.txt")
    assert all(x in a.text for x in pros[1:] + cons[1:])


def test_a_short_block_without_a_pros_or_cons_head_stays_out():
    menu = ["Ferries", "Timetables", "Island guide"]
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS[:2], "\n".join(menu), PARAS[2], LAST), "o.txt")
    assert "Island guide" not in a.text
