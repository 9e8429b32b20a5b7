"""Text dumps: a paywall's offers set between paragraphs, and a summary cut off by an
ellipsis over its 'read more' link (invented dumps)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

from invented_dumps import FERRY_CLOSING, dump

PARAS = FERRY_CLOSING[:3]


def test_paywall_offers_between_paragraphs_are_no_text():
    offers = ["Instant access to the full text of every story in our archive.",
              "Unlimited digital access to all articles for one year. The subscription renews automatically."]
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], offers[0], PARAS[1], offers[1], PARAS[2]),
                          "a.txt")
    assert PARAS[2] in a.text
    assert not any(o in a.text for o in offers)


def test_story_about_access_to_the_pier_stays_text():
    line = "Residents will keep access to the pier until the sale, the board said on Tuesday evening."
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], line, *PARAS[1:]), "b.txt")
    assert line in a.text


def test_summary_cut_by_an_ellipsis_over_a_read_more_link_is_a_teaser():
    teaser = ("You want to know more about living on a houseboat in the harbour? Then this is the "
              "place for you! For years the boats along the pier have drawn…")
    bio = ("Jane Doe has written about the harbour and its ferries for twenty years, and she still "
           "takes the boat to work on every day that the weather allows it.")
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS, "Life on a houseboat", "Blog\nHarbour\nHomes",
                               teaser, "Read more »Life on a houseboat", bio), "c.txt")
    assert PARAS[2] in a.text and "houseboat in the harbour" not in a.text


def test_caption_closing_with_its_source_in_capitals_is_no_paragraph():
    cap = "Workers lift the old gangway off the pier on Sunday. By HARBOUR BOARD PRESS OFFICE"
    a = extract_text_dump(dump("Ferry terminal to close", cap, *PARAS), "d.txt")
    assert "Workers lift the old gangway" not in a.text and PARAS[0] in a.text
    assert "Workers lift the old gangway off the pier on Sunday." in a.captions


def test_pitch_for_news_on_the_phone_is_no_paragraph():
    pitch = "Get the latest news straight to your phone with the Harbour Times app."
    a = extract_text_dump(dump("Ferry terminal to close", *PARAS, pitch, "Home", "Contact"), "e.txt")
    assert PARAS[2] in a.text and pitch not in a.text


def test_numbered_figure_caption_between_paragraphs_is_a_caption():
    fig = "Figure 2: The western pier seen from the ferry, with the old terminal on the left."
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], fig, *PARAS[1:]), "f.txt")
    assert fig not in a.text and PARAS[1] in a.text and PARAS[2] in a.text
    assert fig in a.captions


def test_sentence_about_a_figure_stays_text():
    line = "Figure skating on the frozen bay drew more visitors than the ferry did last winter, the board said."
    a = extract_text_dump(dump("Ferry terminal to close", PARAS[0], line, *PARAS[1:]), "g.txt")
    assert line in a.text
