"""Text dumps: lines of the article that read as furniture at first sight (a lead-in that
ends in a colon, lists and subheads set between paragraphs); invented dumps."""
from __future__ import annotations

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

from invented_dumps import PIER_PARAGRAPHS as PARAS


def _dump(parts: list[str]) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_lead_in_ending_in_a_colon_is_a_sentence():
    lines = tl.split_lines(_dump([
        "Long ago, I wrote a short note about the pier, and I promised to come back to it with the whole story:",
        "Ingredients:",
        "Read more:",
    ]))
    tl.add_features(lines, "en")
    assert [ln.sentence for ln in lines] == [True, False, False]


def test_the_lead_in_opening_the_text_is_kept():
    lead = "Long ago, I wrote a short note about the pier, and I promised to come back to it:"
    art = extract_text_dump(_dump(["Home", "News", "The pier", lead] + PARAS + ["Contact", "Imprint"]), "lead.txt")
    assert art.text.startswith(lead)


def _with_list(lead: str, items: list[str]) -> str:
    return ("Home\n\nNews\n\nThe pier\n\n" + "\n\n".join(PARAS[:2]) + "\n\n" + lead + "\n\n"
            + "\n".join(items) + "\n\n" + "\n\n".join(PARAS[2:]) + "\n\nContact\n\nImprint\n")


def test_a_list_the_text_announces_is_part_of_it():
    items = ["new timber for the deck", "two steel ladders", "a fresh coat of paint"]
    art = extract_text_dump(_with_list("The engineers listed what the repair would need:", items), "list.txt")
    assert all(item in art.text for item in items)
    assert art.text.index(items[0]) < art.text.index(PARAS[2][:30])


def test_links_announced_with_a_colon_stay_out():
    items = ["Ferry pier closed after storm", "Water taxi starts in May", "Harbour fees to rise"]
    art = extract_text_dump(_with_list("You will find all of the latest on the harbour in our live blog:", items), "links.txt")
    assert not any(item in art.text for item in items)


def test_a_comment_count_in_the_byline_row_does_not_end_the_text():
    dump = ("Home\n\nNews\n\nThe pier\n\n" + PARAS[0] + "\n\nJane Doe\nUpdated: 11.04.2020, 10:27\n"
            "44 comments\n\n" + "\n\n".join(PARAS[1:]) + "\n\n44 comments\n\nPlease log in to comment\n\n"
            "Joe Bloggs\n\nThe board should have acted years ago, before the storm did all the damage, "
            "and now we pay twice for it.\n\nContact\n")
    art = extract_text_dump(dump, "count.txt")
    assert PARAS[3][:40] in art.text
    assert "pay twice" not in art.text


def test_a_comment_form_and_its_thread_header_are_no_text():
    notice = "Your email address will not be published. Required fields are marked * and checked daily by us"
    comment = ("The board should have acted years ago, before the storm did all the damage to the deck, "
               "and now the town pays twice for the same old pier.")
    dump = ("Home\n\nThe pier\n\n" + "\n\n".join(PARAS) + "\n\n3 responses to “The pier”\n\n"
            "Joe Bloggs\n\n" + comment + "\n\n" + notice + "\n\nContact\n")
    art = extract_text_dump(dump, "form.txt")
    assert PARAS[3][:40] in art.text
    assert "pays twice" not in art.text and "will not be published" not in art.text
    lines = tl.split_lines(notice)
    tl.add_features(lines, "en")
    assert lines[0].boiler


def test_a_site_notice_under_the_story_is_no_text():
    notices = ["Advertising disclosure: We may receive compensation for some of the links in our stories.",
               "The texts on this website are published under a Creative Commons licence unless noted otherwise.",
               "For the latest stories and breaking news updates download the Harbour News apps for iOS and Android."]
    lines = tl.split_lines(_dump(notices))
    tl.add_features(lines, "en")
    assert all(ln.boiler for ln in lines)
    art = extract_text_dump(_dump(["Home", "The pier"] + PARAS + notices + ["Contact"]), "notice.txt")
    assert PARAS[3][:40] in art.text and "disclosure" not in art.text and "download" not in art.text


def test_the_writers_own_note_after_the_story_is_no_text():
    notes = ["Sam is the co-founder of Harbour Watch, a small group of volunteers who count boats and "
             "write about the town's piers.",
             "Hallo, ich bin Jana, Betreiberin von Hafenblick, und ich schreibe hier über Boote und Reisen."]
    for note in notes:
        art = extract_text_dump(_dump(["Home", "The pier"] + PARAS + [note, "Contact"]), "note.txt")
        assert PARAS[3][:40] in art.text and note[:20] not in art.text


def test_the_writers_role_first_and_the_blogs_own_note_are_no_text():
    notes = ["Als Redakteurin für Hafenthemen betreue ich diesen Blog und schreibe über Boote, Fähren und Stege.",
             "My blog is full of notes on piers, ferries and boats, with a guide to the harbour walks as well."]
    for note in notes:
        art = extract_text_dump(_dump(["Home", "The pier"] + PARAS + [note, "Contact"]), "note.txt")
        assert PARAS[3][:40] in art.text and note[:20] not in art.text, note


def test_a_newsletter_pitch_under_the_story_is_no_text():
    pitches = ["Join the many readers who get our harbour news and the ferry times delivered to their inboxes every week.",
               "Get regular updates on the latest harbour stories, ferry times and offers at Harbour Watch."]
    for pitch in pitches:
        art = extract_text_dump(_dump(["Home", "The pier"] + PARAS + [pitch, "Contact"]), "pitch.txt")
        assert PARAS[3][:40] in art.text and pitch[:20] not in art.text, pitch


def test_a_one_word_subhead_between_paragraphs_is_kept_but_no_place_or_agency():
    for word, kept in (("Outlook", True), ("Harwich.", False), ("REUTERS", False)):
        art = extract_text_dump(_dump(["Home", "The pier"] + PARAS[:2] + [word] + PARAS[2:] + ["Contact"]), "sub.txt")
        assert (word in art.text.split("\n\n")) is kept, word


# A standfirst over the byline, the date and a contents box: the run of short lines between
# it and the text outweighs it, so the densest region starts below it.
STANDFIRST = ("The old ferry pier has been closed since the storm, and the harbour board still "
              "cannot agree whether to repair the deck or build a pontoon.")
CONTENTS = ["Contents", "The storm", "The cost of repairs", "A floating pontoon", "What comes next"]


def _with_standfirst(standfirst: str) -> str:
    return _dump(["Home", "News", "Harbour board cannot agree on the pier", standfirst,
                  "By Jane Doe", "12 March 2024", "\n".join(CONTENTS)] + PARAS + ["Contact", "Imprint"])


def test_a_standfirst_above_the_byline_and_contents_is_text():
    art = extract_text_dump(_with_standfirst(STANDFIRST), "standfirst.txt")
    assert art.text.startswith(STANDFIRST)
    assert not any(c in art.text.split("\n\n") for c in CONTENTS)


def test_an_unrelated_paragraph_above_the_byline_is_not_a_standfirst():
    other = ("Our newsroom is looking for a new trainee who will learn the craft of reporting "
             "in three different departments during the coming year.")
    art = extract_text_dump(_with_standfirst(other), "other.txt")
    assert other not in art.text
    assert art.text.startswith(PARAS[0])


def test_a_caption_with_its_credit_above_the_byline_is_not_a_standfirst():
    caption = ("The ferry pier seen from the harbour wall: the storm damaged its timber deck and "
               "the board cannot agree on the repairs. (Photo: Jane Roe)")
    art = extract_text_dump(_with_standfirst(caption), "caption.txt")
    assert "The ferry pier seen from" not in art.text


def test_a_copyright_credit_of_a_photo_between_paragraphs_is_not_the_footer():
    # the last third of a page is searched for its "©" footer, under which no line counts
    # in full; a photo's "© Foto: ..." with the text going on under it is none
    page = ["Home", "Harbour board cannot agree on the pier"] + PARAS[:3] + [
        "© Foto: Jane Roe", "What comes next", PARAS[3], "Contact"]
    art = extract_text_dump(_dump(page), "credit.txt")
    assert PARAS[3][:40] in art.text
    lines = tl.split_lines(_dump(page + ["© 2024 Harbour Post. All rights reserved.", "Imprint"]))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert lines[tl._footer_start(lines)].text.startswith("© 2024")


# A deck right under the headline (and its date), with no full stop: the region scores it as a
# short line and starts below it, though it opens the story.
DECK = "Members put off their decision on the repairs of the old ferry until the spring"


def _with_deck(deck: str, headline: str = "Harbour board cannot agree on the pier") -> str:
    return _dump(["Home", "News", "Sport", "Contact", headline, "12 March 2024", deck]
                 + PARAS + ["Contact", "Imprint"])


def test_a_deck_under_the_headline_opens_the_text():
    art = extract_text_dump(_with_deck(DECK), "deck.txt")
    assert art.title == "Harbour board cannot agree on the pier"
    assert art.text.startswith(DECK + "\n\n" + PARAS[0][:40])


def test_a_second_headline_under_the_headline_is_not_a_deck():
    # the page's other wording of its headline repeats the headline's words
    second = "Harbour board members cannot agree on the future of the old ferry pier"
    art = extract_text_dump(_with_deck(second), "second.txt")
    assert second not in art.text
    assert art.text.startswith(PARAS[0][:40])


def test_a_short_line_on_another_topic_above_the_text_is_not_a_deck():
    other = "Newsletter sign up for our weekly local briefing every Friday morning now"
    art = extract_text_dump(_with_deck(other), "other-deck.txt")
    assert other not in art.text


def test_a_deck_under_the_headline_over_byline_date_and_share_bar_opens_the_text():
    page = ["Home", "News", "Sport", "Contact", "Harbour board cannot agree on the pier", DECK,
            "By Jane Doe", "12 March 2024", "Share"] + PARAS + ["Contact", "Imprint"]
    art = extract_text_dump(_dump(page), "deck-byline.txt")
    assert art.text.startswith(DECK + "\n\n" + PARAS[0][:40])
    assert "Jane Doe" not in art.text


def test_the_dateline_is_taken_from_the_paragraph_under_the_deck():
    page = ["Home", "News", "Sport", "Contact", "Harbour board cannot agree on the pier",
            "12 March 2024", DECK, "PORT ELLIS (Reuters) - " + PARAS[0]] + PARAS[1:] + ["Contact"]
    art = extract_text_dump(_dump(page), "deck-dateline.txt")
    assert art.dateline == "PORT ELLIS"
    assert art.text.startswith(DECK + "\n\n" + PARAS[0][:40])


def test_a_subhead_between_a_repeated_label_is_text():
    # the page prints a label between all its paragraphs; a subhead sits between two of them
    label = "Advertisement"
    page = ["Home", "Harbour board cannot agree on the pier", PARAS[0], label, PARAS[1], label,
            "Cheaper to keep", label, PARAS[2], label, PARAS[3], "Contact"]
    art = extract_text_dump(_dump(page), "label.txt")
    assert "Cheaper to keep" in art.text.split("\n\n")
    assert label not in art.text


def _closed_by(line: str) -> str:
    return _dump(["Home", "News", "The pier"] + PARAS + [line, "Contact", "Imprint"])


def test_a_closing_sentence_on_the_story_ends_the_text():
    closing = "The pier deck stays closed."
    art = extract_text_dump(_closed_by(closing), "closing.txt")
    assert art.text.endswith(closing)


def test_a_call_to_action_under_the_text_stays_out():
    art = extract_text_dump(_closed_by("Send us your feedback today!"), "action.txt")
    assert "feedback" not in art.text
    assert art.text.endswith(PARAS[-1])
