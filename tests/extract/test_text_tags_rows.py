"""Text dumps: topic tags printed as one row of links, glued together or joined by spaces,
and the links that end such a row (invented dumps, one general case each)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

PARAS = [
    "The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
    "and the city will now look for a buyer for the site on the western pier.",
    "Commuters who used the ferry every morning said they were disappointed by the decision, "
    "which leaves them with a longer bus ride around the bay during the winter months.",
    "Greta Holm, who chairs the board, said the terminal had lost money in each of the last "
    "nine years and that repairs to the pier would cost more than the city could afford.",
    "A public meeting on the future of the pier is planned for the spring, when residents and "
    "the NATO liaison office on the quay will be asked what they would prefer on the site.",
]

PARAS_DE = [
    "Der Stadtrat hat am Dienstag beschlossen, die Fähre zum Westpier einzustellen, weil sie "
    "seit Jahren Verluste macht und der Hafen die Reparaturen nicht mehr bezahlen kann.",
    "Pendler, die jeden Morgen mit der Fähre fahren, nannten die Entscheidung enttäuschend; "
    "sie müssen nun mit dem Bus um die ganze Bucht fahren.",
    "Greta Holm, die den Hafenausschuss leitet, sagte, die Stadt suche einen Käufer für das "
    "Gelände am Westpier und wolle die Anwohner im Frühjahr befragen.",
]


def dump(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_glued_row_under_a_header_with_short_labels_is_split():
    # three labels and more may be short ones ("Dax", "Yen", "VW")
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Themen des Artikels",
                "HafenDaxFähreGreta HolmYen", "Teilen")
    assert extract_text_dump(text, "g.txt").tags == ["Hafen", "Dax", "Fähre", "Greta Holm", "Yen"]


def test_acronym_glued_to_the_next_label_is_split():
    text = dump("Ferry terminal to close", *PARAS, "Related topics",
                "Harbour boardNATOFerriesUSAWestern pier", "Share")
    assert extract_text_dump(text, "a.txt").tags == ["Harbour board", "NATO", "Ferries", "USA", "Western pier"]


def test_two_glued_brand_halves_stay_one_label():
    text = dump("Ferry terminal to close", *PARAS, "Topics", "PlayStation", "Ferries", "Share")
    assert extract_text_dump(text, "b.txt").tags == ["PlayStation", "Ferries"]


def test_link_to_all_topics_ends_the_row():
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Schlagwörter",
                "Hafen\nFähre\nStadtrat\nAlle Themen\nNewsletter bestellen")
    assert extract_text_dump(text, "l.txt").tags == ["Hafen", "Fähre", "Stadtrat"]
    glued = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE,
                 "Schlagworte: HafenFähreStadtratWestpierAlle Themen")
    assert extract_text_dump(glued, "m.txt").tags == ["Hafen", "Fähre", "Stadtrat", "Westpier"]


def test_section_box_header_ends_the_labels():
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Themen",
                "Hafen\nFähre\nStadtrat\nAus dem Ressort\nHafenamt sucht neuen Leiter")
    assert extract_text_dump(text, "r.txt").tags == ["Hafen", "Fähre", "Stadtrat"]


def test_row_of_links_joined_by_spaces_under_a_header_is_split():
    # German nouns are all capitalised: two words stay together only where the story prints them so
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Lesen Sie mehr zum Thema",
                "Hafen Fähre Stadtrat Pendler Greta Holm Westpier", "Startseite")
    assert extract_text_dump(text, "s.txt").tags == ["Hafen", "Fähre", "Stadtrat", "Pendler", "Greta Holm",
                                                    "Westpier"]
    # a small word belongs to the label before it, and so does a word after a short connector
    text = dump("Ferry terminal to close", *PARAS, "Topics",
                "Ferry strike Harbour board Isle of Wight Ports", "Share")
    assert extract_text_dump(text, "e.txt").tags == ["Ferry strike", "Harbour board", "Isle of Wight", "Ports"]


def test_row_in_small_letters_gives_one_label_a_word():
    text = dump("Ferry terminal to close", *PARAS, "Mer om", "ferries harbour pier", "Share")
    assert extract_text_dump(text, "o.txt").tags == ["ferries", "harbour", "pier"]


def test_short_phrase_under_a_header_is_not_split_in_two():
    text = dump("Ferry terminal to close", *PARAS, "Topics", "Harbour board decisions", "Share")
    assert extract_text_dump(text, "p.txt").tags == ["Harbour board decisions"]


def test_headlines_after_a_lone_label_are_no_labels():
    text = dump("Ferry terminal to close", *PARAS, "Mer om", "ferries harbour pier",
                "Harbour: New ferry for the islands", "Bus routes change in May")
    assert extract_text_dump(text, "h.txt").tags == ["ferries", "harbour", "pier"]


def test_unlabelled_glued_row_the_story_names_is_the_tag_row():
    text = dump("Ferry terminal to close", *PARAS, "Harbour boardGreta HolmNATOFerries", "Share this story")
    assert extract_text_dump(text, "u.txt").tags == ["Harbour board", "Greta Holm", "NATO", "Ferries"]


def test_glued_breadcrumb_trail_under_the_text_is_no_tag_row():
    # its words occur in the story too, but the trail opens with the home page
    text = dump("Ferry terminal to close", *PARAS, "HomeHarbourFerriesCommuters", "Share this story")
    assert extract_text_dump(text, "c.txt").tags == []


def test_two_labelled_lists_in_a_row_are_both_the_tags():
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Themenseiten Hafen, Verkehr, Stadtrat",
                "Schlagwörter Fähre, Westpier, Hafen", "Feedback: Schreiben Sie uns")
    assert extract_text_dump(text, "t.txt").tags == ["Hafen", "Verkehr", "Stadtrat", "Fähre", "Westpier"]


def test_headline_under_a_topics_header_is_no_label():
    # "Weitere Themen" may head more stories: a headline quotes and has a colon, a label not
    text = dump("Fähre zum Westpier wird eingestellt", *PARAS_DE, "Weitere Themen",
                "Hafenstreit : „Wir bleiben am Pier“", "Der Hafenausschuss tagt im Frühjahr erneut über die Fähre.",
                *["Anzeige"] * 3, "Ähnliche Themen", "Hafen\nFähre\nStadtrat")
    assert extract_text_dump(text, "w.txt").tags == ["Hafen", "Fähre", "Stadtrat"]


def test_categories_header_ends_a_run_of_labels():
    text = dump("Ferry terminal to close", *PARAS, "TOPICS", "Ferries", "CATEGORIES", "Transport Local",
                "Greta Holm", "Harbour Editor")
    assert extract_text_dump(text, "k.txt").tags == ["Ferries"]


def test_topic_label_over_the_headline_when_the_page_prints_no_tags():
    text = dump("Menu", "Subscribe", "Harbour politics", "Ferry terminal to close", *PARAS, "Share this story")
    assert extract_text_dump(text, "k.txt").tags == ["Harbour politics"]
    crumbs = dump("Menu", "Home › News › Harbour politics", "Ferry terminal to close", *PARAS, "Share this story")
    assert extract_text_dump(crumbs, "b.txt").tags == ["Harbour politics"]


def test_last_item_of_a_menu_over_the_headline_is_no_topic():
    text = dump("Menu", "News\nSport\nCulture\nTravel", "Ferry terminal to close", *PARAS, "Share this story")
    assert extract_text_dump(text, "m.txt").tags == []


def test_tag_list_beats_the_label_over_the_headline():
    text = dump("Menu", "Subscribe", "Harbour politics", "Ferry terminal to close", *PARAS, "Topics",
                "Ferries\nWestern pier", "Share this story")
    assert extract_text_dump(text, "t.txt").tags == ["Ferries", "Western pier"]


def test_unlabelled_row_joined_by_spaces_under_the_text_when_no_list_is_found():
    text = dump("Ferry terminal to close", *PARAS, "Harbour board Greta Holm Ferries NATO Western pier",
                "ADVERTISEMENT")
    assert extract_text_dump(text, "r.txt").tags == ["Harbour board", "Greta Holm", "Ferries", "NATO", "Western pier"]


def test_title_case_headline_under_the_text_is_no_tag_row():
    text = dump("Ferry terminal to close", *PARAS, "The Board Of The Harbour Votes On The Pier",
                "ADVERTISEMENT")
    assert extract_text_dump(text, "h.txt").tags == []


def test_comma_list_under_a_tags_header_is_split_and_ends_the_list():
    text = dump("Ferry terminal to close", *PARAS, "Tags",
                "Harbour board, ferries, Greta Holm\nWeather", "A new bridge for the bay is planned")
    assert extract_text_dump(text, "c.txt").tags == ["Harbour board", "ferries", "Greta Holm"]


def test_longer_block_of_labels_under_a_short_one_is_the_tags():
    # the section and the site's name over the story's own tags
    text = dump("Ferry terminal to close", *PARAS, "Harbour\nCity News",
                "Ferries\nGreta Holm\nWestern pier\nharbour board", "Comments")
    assert extract_text_dump(text, "d.txt").tags == ["Ferries", "Greta Holm", "Western pier", "harbour board"]


def test_pager_numbers_under_the_text_are_no_tags():
    # a block of page numbers ("1", "2", "3") is a pager; the labelled row below holds the tags
    text = "Ferry terminal to close\n\n" + "\n\n".join(PARAS) + "\n\n1\n2\n3\n\nFerries\nHarbour board\n"
    tags = extract_text_dump(text, "p.txt").tags
    assert not any(t.isdigit() for t in tags)
    assert tags == ["Ferries", "Harbour board"]


def test_one_label_the_text_names_over_a_related_header_is_the_tag():
    text = dump("Ferry terminal to close", *PARAS, "Greta Holm", "More on this topic",
                "Harbour board names new chair", "Bus routes around the bay to change")
    assert extract_text_dump(text, "s.txt").tags == ["Greta Holm"]


def test_one_label_the_text_does_not_name_over_a_related_header_is_no_tag():
    # a sign-off or a button ("Rate this article") stands there as well
    text = dump("Ferry terminal to close", *PARAS, "Rate this article", "More on this topic",
                "Harbour board names new chair", "Bus routes around the bay to change")
    assert "Rate this article" not in extract_text_dump(text, "s.txt").tags


def test_spaced_row_under_the_text_is_split_before_it_is_read_as_a_block_of_labels():
    # the row and the box title under it form a two-line block, which reads like two labels
    text = dump("Ferry terminal to close", *PARAS, "Harbour Ferry Pier NATO\nMost read",
                "Harbour board names new chair")
    assert extract_text_dump(text, "s.txt").tags == ["Harbour", "Ferry", "Pier", "NATO"]
