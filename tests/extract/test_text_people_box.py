"""Text dumps: the writer named by an author box, by the word "author" or by a label the
markup glued to the name (invented dumps)."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump

HEAD = "Harbour channel to be deepened for the largest ships"
BODY = HARBOUR_STORY + [""]
SHARE = ["Share", "Facebook", "Twitter", ""]


def _authors(lines: list[str]) -> list[str]:
    return extract_text_dump("\n".join(lines), source="t").authors


@pytest.mark.parametrize("box", [
    ["Maria Lenton", "Maria Lenton is a senior reporter at the Harbour Review and has covered "
                     "shipping and the ports of the north coast since 2015."],
    ["Über Maria Lenton", "Maria kam 2019 zur Redaktion und schreibt über Häfen und Schifffahrt. "
                          "Vorher hat sie in Hamburg Geographie studiert."],
    ["Maria Lenton", "Maria Lenton, born 1979, writes about ports and shipping for the Harbour "
                     "Review after ten years at a freight company."],
])
def test_the_author_box_under_the_text_names_the_writer(box):
    dump = [HEAD, ""] + BODY + SHARE + box + ["", "More from the Harbour Review", ""]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_bare_label_over_a_date_gives_way_to_the_author_box():
    # "Current Issue" by a date line above the headline is a menu label, not a byline
    dump = ["Current Issue", "Politics / January 11, 2024", HEAD, ""] + BODY + SHARE + [
        "Maria Lenton", "Maria Lenton is a national affairs correspondent for the Harbour "
                        "Review and the author of two books on the sea."]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_topic_heading_over_a_paragraph_is_no_author_box():
    # the paragraph opens with the heading's first word, but goes on about a thing, not a person
    dump = [HEAD, ""] + BODY + ["List Comprehensions", "List comprehensions are a way to build "
                                "a new list from an old one in a single readable expression.", ""]
    assert _authors(dump) == []


@pytest.mark.parametrize("line", [
    "PorMaria Lenton",
    "Posted on 28. Juli 201928. Juli 2019AuthorMaria Lenton4 Kommentare",
    "Autor Maria Lenton:",
    "Shipping, News, Top Story | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Maria Lenton",
])
def test_the_writer_named_by_a_glued_or_author_label(line):
    dump = [HEAD, "", line, ""] + BODY
    assert _authors(dump) == ["Maria Lenton"]


def test_an_author_quoted_in_the_story_is_no_byline():
    dump = [HEAD, "", "16 September 2024", ""] + BODY[:4] + [
        "Author Jane Pickering, from Leeds, said she started writing about the sea because her "
        "father worked on the dredgers.", ""] + BODY[4:]
    assert _authors(dump) == []


GERMAN = [
    "Die Hafenbehörde hat am Montag beschlossen, die Fahrrinne um zwei Meter zu vertiefen, damit "
    "die größten Containerschiffe den Hafen auch bei Ebbe erreichen können.",
    "",
    "Die internationalen Reedereien begrüßen den Plan, weil ihre Schiffe dann nicht mehr auf die "
    "Flut warten müssen, sagte ein Sprecher des Verbands.",
    "",
    "Die Fischer warnen dagegen, dass die Arbeiten den Schlick auf den Muschelbänken in der Bucht "
    "aufwirbeln, und verlangen eine Pause während der Laichzeit.",
    "",
]


@pytest.mark.parametrize("label, body", [
    ("Zum Video", BODY),
    ("Im Original", BODY),
    ("Internationale Politik", GERMAN),  # "die internationalen Reedereien"
    ("Difficulty Level", BODY[:2] + ["Pilots say the difficulty level of the approach at low tide will fall "
                                     "once the channel is two metres deeper.", ""] + BODY[2:]),
])
def test_a_label_by_the_date_is_no_byline(label, body):
    # a phrase opened by a preposition or an article, or whose words the page's prose writes in
    # lower case, is a menu item or a section label, not a person
    dump = [HEAD, "", label, "16 September 2024", ""] + body
    assert _authors(dump) == []


def test_a_first_name_that_is_also_a_word_stays_a_name():
    # "will" in the prose does not make "Will Hartley" a phrase: a name's other words are not
    # written in lower case, and "Will" has no adjective's ending
    dump = [HEAD, "", "Will Hartley", "16 September 2024", ""] + BODY + [
        "The authority will publish the full plan on its website next week.", ""]
    assert _authors(dump) == ["Will Hartley"]


@pytest.mark.parametrize("head, names", [
    # the avatars' initials between the names
    (["ML", "Maria Lenton", "JP", "Jonas Pikkert", "postado em 04/05/2022 05:49"], ["Maria Lenton", "Jonas Pikkert"]),
    # the last name carries the stamp
    (["Maria Lenton", "Jonas Pikkert | Published 2 days ago"], ["Maria Lenton", "Jonas Pikkert"]),
    # each name with its job after a dash
    (["16 September 2024", "Maria Lenton – Journalist", "Jonas Pikkert – Journalist in Oslo"],
     ["Maria Lenton", "Jonas Pikkert"]),
    # "By" over a list with its commas, "&", a footnote mark and an ellipsis for "show all"
    (["By", "Maria Lenton0,", "Jonas Pikkert,", "Ada Korsgaard &", "…", "Tom Ellery", "Show authors"],
     ["Maria Lenton", "Jonas Pikkert", "Ada Korsgaard", "Tom Ellery"]),
    (["Siobhan O'Leary, Maria Lenton", "16 September 2024"], ["Siobhan O'Leary", "Maria Lenton"]),
])
def test_co_authors_printed_together(head, names):
    dump = [HEAD, ""] + head + [""] + BODY
    assert _authors(dump) == names


def test_a_name_with_a_clock_time_in_twelve_hours():
    dump = [HEAD, "", "Maria Lenton 06 PM | 18 May", ""] + BODY
    assert _authors(dump) == ["Maria Lenton"]


def test_a_date_line_stops_a_list_of_names_under_by():
    # "Tipps von" / name / date / guide title: the title under the date is no co-author
    dump = ["Tipps von", "Maria Lenton", "6.11.22", "Provence Travel Guide", HEAD, ""] + BODY
    assert _authors(dump) == ["Maria Lenton"]


def test_an_author_line_under_the_text_beats_a_book_credit():
    dump = [HEAD, ""] + GERMAN + ["Zum Buch:", "Hafenjahre von Tom Ellery", "Datum: 19.11.2021",
                                  "Autor: Maria Lenton", "Quelle: Hafenblatt", ""]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_writing_label_glued_to_the_name_under_the_text():
    dump = [HEAD, ""] + GERMAN + ["Email", "Druckversion", "Geschrieben vonMaria Lenton", ""]
    assert _authors(dump) == ["Maria Lenton"]


def test_the_name_by_its_stamp_at_the_headline_beats_a_teasers_byline_in_the_text():
    more = [
        "Die Fischer warnen dagegen, dass die Arbeiten den Schlick auf den Muschelbänken in der Bucht "
        "aufwirbeln, und verlangen eine Pause während der Laichzeit.", "",
        "Der Naturschutzbund will die Pläne prüfen lassen und kündigte an, notfalls vor Gericht zu ziehen, "
        "falls die Behörde keine Auflagen für die Baggerarbeiten macht.", "",
        "Die Kosten schätzt die Behörde auf rund 120 Millionen Euro, die zur Hälfte der Bund tragen soll, "
        "wie ein Sprecher des Verkehrsministeriums bestätigte.", "",
    ]
    dump = ["Erklärt", "Maria Lenton", "vor 2 Stunden", "Fahrrinne soll um zwei Meter tiefer werden", ""] \
        + GERMAN + more[:4] + ["Lesen Sie auch", "Neue Kaimauer für den Nordhafen ist fertig", "von Tom Ellery",
                               "vor 23 Stunden", ""] + more[4:] + BODY_DE_END
    assert _authors(dump) == ["Maria Lenton"]


BODY_DE_END = [
    "Ob die Arbeiten wie geplant im Frühjahr beginnen, hängt auch vom Wetter ab, sagte der Sprecher, "
    "denn bei Sturm können die Bagger nicht ausfahren.", "",
]


@pytest.mark.parametrize("signature", ["Maria Lenton", "Maria LENTON"])
def test_a_name_alone_under_the_last_paragraph_signs_the_text(signature):
    dump = [HEAD, ""] + BODY + [signature, "Back to News", "", "Contact | Imprint | Privacy"]
    assert _authors(dump) == [signature]


@pytest.mark.parametrize("tail", [
    ["RELATED STORIES", "Port strike ends after a week"],  # a heading in capitals
    ["Maria Lenton", "John Roeland", "Anne Peters", "Tom Wilkes"],  # a list of signatories
])
def test_a_label_or_a_list_under_the_text_signs_nothing(tail):
    dump = [HEAD, ""] + BODY + tail + ["", "Contact | Imprint | Privacy"]
    assert _authors(dump) == []


def test_a_person_the_story_is_about_is_no_signature():
    body = BODY[:-1] + ["The plan was drawn up by Maria Lenton, the authority's chief engineer, "
                        "who said the channel would be ready by the autumn.", ""]
    dump = [HEAD, ""] + body + ["Maria Lenton", "", "Contact | Imprint | Privacy"]
    assert _authors(dump) == []


def test_several_names_under_the_headline_beat_a_teaser_credit_under_the_text():
    dump = [HEAD, "Maria Lenton, Tom Wilkes", "Foto: Harbour Review.", ""] + BODY + [
        "", "More from the port", "Ferry fares rise again", "von Anne Peters", ""]
    assert _authors(dump) == ["Maria Lenton", "Tom Wilkes"]


def test_an_editing_credit_names_no_writer():
    dump = [HEAD, ""] + BODY + ["", "Shipping • Ports", "Edited by Anne Peters", ""]
    assert _authors(dump) == []


def test_the_author_box_heading_names_the_writer_on_its_own_line():
    box = ["About the Author - Maria Lenton",
           "Hi! I have been writing about ships and the sea for ten years and I love the coast."]
    dump = [HEAD, ""] + BODY + SHARE + box + ["", "More from the Harbour Review", ""]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_recent_posts_list_over_the_headline_is_no_post_line():
    dump = ["Recent Posts", "October 30, 2020 Tom Wilkes", "Ferry fares rise again", "Read More", "",
            HEAD, ""] + BODY + SHARE + ["About the Author - Maria Lenton",
                                        "Hi! I have been writing about ships for ten years."]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_blog_footer_names_its_blogger_by_handle_before_a_bare_phrase_by_a_stamp():
    dump = ["Serien Killer", "14.08.2017", "", HEAD, ""] + BODY + [
        "Eingestellt von seebaer77 um 10:52", "Labels: Hafen, Schiffe", "", "1 Kommentar:"]
    assert _authors(dump) == ["seebaer77"]


NOTE = "Student, father and former harbour pilot, now writing about ships and the people who sail them."


@pytest.mark.parametrize("box, names", [
    (["About the author", "Show all posts", "Maria", NOTE], ["Maria"]),       # a first name over the note
    (["About the author", "2 Stories 3 Posts", "", "lenton77", "Follow Author"], ["lenton77"]),  # a handle
    (["About the author", "Maria Lenton", "Producer", NOTE], ["Maria Lenton"]),  # the role is no name
    (["About the author", "Share", "Follow"], []),                            # a button, no note under it
])
def test_a_one_word_name_or_handle_under_the_author_box_heading(box, names):
    assert _authors([HEAD, ""] + BODY + SHARE + box) == names




TEASERS = ["Ten ways to moor a small boat in a storm", "Why the old lighthouse is lit again",
           "The ferry timetable for the winter", "A new crane for the container quay",
           "How the tides shape the town", "Pilots train on a simulator"]


@pytest.mark.parametrize("link", ["View all posts by Maria Lenton", "Alle Artikel von Maria Lenton"])
def test_the_link_to_the_writers_posts_beats_a_teasers_byline_under_the_text(link):
    # "By" / "John Roe" heads a related story under the text; the author box further down
    # links to the writer's other posts
    dump = ([HEAD, ""] + BODY + ["Related", "By", "John Roe", ""] + TEASERS + [""] + SHARE
            + ["Email", "Print", ""] + TEASERS[::-1] + ["", link, ""])
    assert _authors(dump) == ["Maria Lenton"]


def test_a_link_to_a_publications_posts_names_no_writer():
    dump = ([HEAD, ""] + BODY + ["Related", "By", "John Roe", ""] + TEASERS + [""] + SHARE
            + ["Email", "Print", ""] + TEASERS[::-1] + ["", "All posts by The Harbour Review", ""])
    assert _authors(dump) == ["John Roe"]


@pytest.mark.parametrize("link", ["More posts", "Weitere Beiträge", "Alle Artikel"])
def test_a_name_alone_over_the_link_to_more_posts_is_the_writer(link):
    # the author box under the text: the name over a bare link to the writer's other posts
    dump = [HEAD, ""] + BODY + SHARE + ["Previous articleNew ferry line opens in the spring", "",
                                        "Maria Lenton", "", link, "", "Latest articles", ""]
    assert _authors(dump) == ["Maria Lenton"]


def test_a_label_over_the_link_to_all_articles_is_no_writer():
    # "Harbour Ferries" is a topic the story names, not a person
    body = BODY + ["The Harbour Ferries company said the timetable would not change.", ""]
    dump = [HEAD, ""] + body + SHARE + ["Harbour Ferries", "", "All articles", ""]
    assert _authors(dump) == []
