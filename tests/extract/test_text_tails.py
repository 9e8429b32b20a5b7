"""Text dumps: where the article ends and where it resumes, on invented dumps."""
from __future__ import annotations

import pytest

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

ARTICLE = [
    "Council approves new cycle lanes along the river road",
    "",
    "By Maria Lenton",
    "",
    "The city council voted on Tuesday to build four kilometres of protected cycle lanes "
    "along the river road, ending a dispute that has run for more than two years.",
    "",
    "Councillors backed the plan by 31 votes to 12 after a debate in which residents of the "
    "riverside streets argued that the loss of parking would hurt local shops.",
    "",
    "The transport committee said the lanes would be finished before the end of next summer "
    "and that the work would be paid for from the regional mobility fund.",
    "",
    "Shop owners on the river road said they would ask the council to keep a loading zone "
    "in front of the market hall, which the plan now removes.",
    "",
]


def test_labelled_teasers_after_the_article_are_cut():
    # headline / section label / summary cut off mid-sentence: the teaser box of a tabloid
    teasers = [
        "Seaside village with cheap pints and a quiet sandy beach",
        "Travel",
        "The little harbour village is only an hour from the city but feels a world away from "
        "the crowds, with a long beach and pubs that still charge",
        "",
        "Pop star reveals the surprising hobby that keeps her calm on tour",
        "Music",
        "The singer told fans that she spends the hours before every show with a box of "
        "watercolours and a sketchbook in a quiet corner of",
        "",
        "Footballer admits he would love to meet a president at a dinner party",
        "Football",
        "The winger came up with a surprising list of guests for his dream dinner party when "
        "he was asked about it on a podcast this week and",
        "",
        "Doctors explain why you should never skip breakfast before a long drive",
        "Health",
        "We are often told that breakfast is the most important meal of the day, and now a "
        "group of doctors says that drivers in particular should",
    ]
    a = extract_text_dump("\n".join(ARTICLE + teasers), source="t")
    assert a.text.endswith("which the plan now removes.")
    assert "watercolours" not in a.text


def test_subheads_with_short_lines_are_not_teasers():
    # subhead / short quote line / paragraph, repeated: still one article
    body = ARTICLE[:-1] + [
        "",
        "Costs",
        "",
        "- A fair price",
        "",
        "The finance department put the cost of the lanes at 3.2 million euros, a third less "
        "than the estimate published last year, because the kerbs can stay where they are.",
        "",
        "Timetable",
        "",
        "- Work starts in March",
        "",
        "Contractors will begin at the bridge end of the road in March and close one lane at a "
        "time, so that buses can keep running through the whole of the works.",
        "",
        "Next steps",
        "",
        "- Cyclists pleased",
        "",
        "The regional cycling club welcomed the vote and said it would hold a ride along the "
        "new lanes on the day they open to show how many people use them.",
    ]
    a = extract_text_dump("\n".join(body), source="t")
    assert a.text.startswith("The city council voted on Tuesday")
    assert a.text.endswith("to show how many people use them.")
    assert "3.2 million euros" in a.text


@pytest.mark.parametrize("label", ["Read also", "Lesen Sie auch", "Lire aussi :"])
def test_read_also_box_between_paragraphs_does_not_end_the_article(label):
    dump = ARTICLE[:-1] + [
        "",
        label,
        "",
        "Bridge repairs to close the ring road for three weekends",
        "",
        "The plan also moves the weekly market to the square behind the town hall for the "
        "duration of the works, a change the traders' association said it could accept.",
        "",
        "Opponents of the lanes have until the end of the month to appeal against the decision "
        "to the regional administrative court, and one residents' group said it would do so.",
    ]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.text.startswith("The city council voted on Tuesday")
    assert a.text.endswith("one residents' group said it would do so.")
    assert label not in a.text


def test_read_also_list_after_the_article_still_ends_it():
    dump = ARTICLE + [
        "Read also",
        "",
        "Bridge repairs to close the ring road for three weekends",
        "Tram line extension delayed again",
        "New parking rules for the old town",
        "",
        "Weather warning for the coast",
    ]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.text.endswith("which the plan now removes.")
    assert "Tram line" not in a.text


def test_teasers_with_author_and_age_under_the_headline_are_cut():
    stories = [
        ("Energy", "Grid operator warns of tight winter supply as two plants stay offline",
         "Tom Reyes", "8 hours ago",
         "The national grid operator said on Monday that two gas plants would stay offline "
         "until February, leaving less room than usual on the coldest days of the winter."),
        ("Space", "Startup launches its first weather satellite from a converted airliner",
         "Ana Silva", "9 hours ago",
         "The company released its first satellite from the wing of a converted airliner over "
         "the Pacific, a method it says cuts the cost of small launches by half."),
        ("Health", "Hospitals trial an app that books follow-up visits after surgery",
         "Lee Park", "11 hours ago",
         "Three hospitals in the north will let patients book their own follow-up visits "
         "through an app from next month, in a trial meant to shorten waiting lists."),
    ]
    dump = list(ARTICLE)
    for kicker, head, author, age, summary in stories:
        dump += [kicker, head, "", author, age, "", summary, ""]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.text.endswith("which the plan now removes.")
    assert "weather satellite" not in a.text and "airliner" not in a.text


def test_teasers_with_date_and_section_between_units_are_cut():
    dump = list(ARTICLE) + ["More from the region", ""]
    for date, section, head, summary in [
        ("12.06.2025", "Transport", "Night buses return to the valley line after a year",
         "The regional transport authority brings back the night service from July, with "
         "buses every hour between midnight and five in the morning."),
        ("11.06.2025", "Schools", "Two village schools to merge under one head teacher",
         "Falling pupil numbers have led the district to join the two schools, which are "
         "only four kilometres apart, from the next school year."),
        ("10.06.2025", "Culture", "Open-air cinema season opens with a silent film and live band",
         "The old quarry will show one film every Friday in summer, starting with a silent "
         "comedy accompanied by a brass band from the music school."),
    ]:
        dump += [section, head, summary, date, ""]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.text.endswith("which the plan now removes.")
    assert "night service" not in a.text and "quarry" not in a.text
    # the teasers are known as such, not only cut as an incoherent tail
    lines = tl.split_lines("\n".join(dump))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    kinds = {ln.text: ln.kind for ln in lines}
    assert kinds["Two village schools to merge under one head teacher"] == "teaser"
    assert kinds["Councillors backed the plan by 31 votes to 12 after a debate in which residents of the "
                 "riverside streets argued that the loss of parking would hurt local shops."] == "body"


@pytest.mark.parametrize("header", ["Have your say", "Latest Comments:", "Your Comments",
                                    "Comments are now closed for this story"])
def test_reader_comment_box_ends_the_article(header):
    comments = [
        header,
        "",
        "Posted by: riverfan, Millbrook on 5:19pm Tue 1 Jan 08",
        "",
        "About time too. I have cycled on that road for ten years and every winter somebody is "
        "knocked off a bike near the market hall, so the council should have acted much sooner.",
        "",
        "Posted by: Dave, Eastfield on 6:02pm Tue 1 Jan 08",
        "",
        "The shops will suffer and nobody on the council seems to care about the traders who "
        "have kept the river road going through two recessions and years of roadworks.",
    ]
    a = extract_text_dump("\n".join(ARTICLE + comments), source="t")
    assert a.text.endswith("which the plan now removes.")
    assert "two recessions" not in a.text


def test_last_section_in_inflected_words_stays():
    # the closing paragraphs share only inflected forms with the opening (tramlines /
    # tramline, extension / extensions, passengers / passenger): still the same story
    opening = [
        "The city's tramlines will be extended to the airport by 2028, the transport "
        "department said on Friday, after years of planning and two failed tenders.",
        "The extension adds nine stops and six kilometres of track, and planners expect "
        "passengers to save twenty minutes on the trip from the central station.",
        "The regional government will pay most of the bill, with the rest coming from the "
        "airport operator, which has long lobbied for a rail link to its terminals.",
    ]
    middle = [
        "Construction is due to begin next spring on the section between the central station "
        "and the university hospital, where the street is wide enough for two tracks.",
        "Residents along the route will be consulted in the autumn about the position of the "
        "stops and about the trees that may have to be felled for the overhead wires.",
        "Critics have argued that buses could do the same job for far less money, but the "
        "department said only a rail line could carry the numbers expected by 2035.",
    ]
    closing = [
        "Each tramline carriage would hold about two hundred people, twice the capacity of "
        "an articulated bus, according to officials.",
        "Further extensions toward the harbour districts are being studied, though no money "
        "has yet been set aside for them in the budget.",
        "A passenger group welcomed the decision and urged faster construction, noting "
        "delays elsewhere in recent decades.",
    ]
    dump = ["Tram to reach the airport by 2028", ""]
    for p in opening + middle + closing:
        dump += [p, ""]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.text.endswith("noting delays elsewhere in recent decades.")


def _paras(lines: list[str]) -> list[str]:
    return [x for ln in lines for x in (ln, "")]


_STORY = [p for p in ARTICLE if p]


def test_a_question_opening_with_comment_is_a_subhead_not_a_comments_header():
    # French "Comment ... ?" ("How ...?") heads a section; a comments header asks nothing
    story = [
        "Le conseil municipal a voté mardi la construction de quatre kilomètres de pistes "
        "cyclables le long de la route du fleuve, mettant fin à un conflit de deux ans.",
        "Les élus ont approuvé le projet par 31 voix contre 12, après un débat au cours duquel "
        "les habitants des rues voisines ont dit que la perte des places de parking nuirait aux "
        "commerces.",
        "La commission des transports a indiqué que les pistes seraient terminées avant la fin "
        "de l'été prochain et que les travaux seraient payés par le fonds régional.",
        "Le chantier commencera au printemps par le tronçon situé entre le vieux pont et la "
        "halle du marché, où la chaussée est assez large pour deux voies.",
        "Comment réagissent les commerçants ?",
        "Les commerçants de la rue du fleuve ont demandé au conseil de garder une zone de "
        "livraison devant la halle, que le projet supprime pour le moment.",
        "Le maire a promis de les recevoir la semaine prochaine, avant le vote du budget, pour "
        "trouver une solution qui convienne aux livreurs comme aux cyclistes."]
    a = extract_text_dump("\n".join(_paras(["Le conseil vote les pistes cyclables"] + story)), source="t")
    assert "avant le vote du budget" in a.text


def test_a_teasers_counters_are_not_a_comments_header():
    # a box of other stories in the middle of the article prints each one's counters
    box = ["Bus lanes: a decade of delays", "A comment by John Castel",
           "Published: 2 hours ago", "Comments: , Recommendations: 4"]
    rest = ["The council will publish the final route of the lanes in the spring, together "
            "with the dates on which each section of the river road will be closed. Officials "
            "said that the closures would be kept short and that buses would be diverted through "
            "the old town while the kerbs and the drains along the river are rebuilt.",
            "Cyclists' groups welcomed the vote but said they would watch closely whether the "
            "loading zone promised to the shops ends up blocking the new lanes. Their spokesman "
            "said that similar zones in other cities had been used as parking spaces within "
            "weeks, and asked the council to put bollards along the whole length of the lanes.",
            "The opposition said it would try again to bring the plan to a referendum, although "
            "the last attempt fell short of the signatures needed by several thousand. Its "
            "leader said the cost of the lanes had doubled since the first estimate and that "
            "voters deserved a say before the contracts for the work are signed in the spring."]
    a = extract_text_dump("\n".join(ARTICLE + _paras(box + rest)), source="t")
    assert "four kilometres" in a.text and "final route of the lanes" in a.text


def test_a_paywall_cut_ends_the_article():
    # the rest of the page is the paywall's dialog, which may speak of the story itself
    dialog = ["You have read 40% of this article. The rest is for subscribers only.",
              "Follow the council's plans for the river road and every vote on the city's "
              "cycle lanes with our reporters at the town hall.",
              "Subscribers read all our stories on the council, the lanes and the shops of the "
              "river road on any device, with the printed paper at the weekend.",
              "Why am I seeing this message?",
              "Because another person, or you, is reading with this account on another device "
              "at the same time as this one.",
              "Do you not know who the other person is? We advise you to change your password."]
    a = extract_text_dump("\n".join(ARTICLE + _paras(dialog)), source="t")
    assert a.text.endswith("which the plan now removes.")


@pytest.mark.parametrize("header", ["More news", "Top-Themen", "Weitere Themen", "Latest headlines"])
def test_a_list_of_other_stories_after_the_article_is_cut(header):
    others = [header, "Harbour pier to close for six weeks of repairs",
              "The harbour authority said the work should take about six weeks and that the "
              "fishing boats would be moved to the eastern basin in the meantime.",
              "Jane Holm", "Updated: 3 hours ago",
              "Night ferry saved for the winter after a late deal",
              "The island council agreed to pay for the crossing until the end of March, when "
              "the operator will publish its accounts for the whole year.",
              "Tom Berg", "Updated: 5 hours ago"]
    a = extract_text_dump("\n".join(ARTICLE + _paras(others)), source="t")
    assert a.text.endswith("which the plan now removes.")


def test_the_note_on_the_writer_under_the_article_is_not_text():
    note = ("Maria Lenton is a senior city hall reporter for the Riverside Herald. She has covered "
            "local politics since 2015.")
    a = extract_text_dump("\n".join(ARTICLE + [note]), source="t")
    assert a.text.endswith("which the plan now removes.")


@pytest.mark.parametrize("note", [
    "Maria Lenton ist Redakteurin im Ressort Stadtpolitik und schreibt über Verkehr und Bauen.",
    "Korrespondent Jan Holm ist bei der Zeitung für die Landespolitik zuständig.",
    "Es periodista y cubre la política municipal desde 2015.",
    "Jane Holm est journaliste au service politique depuis 2019."])
def test_notes_on_the_writer_in_other_languages(note):
    from tidings.extract.textlines_cues import _AUTHOR_BIO
    assert _AUTHOR_BIO.match(note)
    assert not _AUTHOR_BIO.match("Die Stadt ist bereit, den Plan zu ändern, sagte der Bürgermeister.")


def test_a_story_about_a_reporter_keeps_its_opening():
    story = ["Maria Lenton is a reporter who has covered the city council for twenty years, and "
             "on Tuesday she was given the city's press award for her work on the river road."] + \
        [p for p in ARTICLE[4:] if p]
    a = extract_text_dump("\n".join(["Reporter wins city press award", ""] + _paras(story)), source="t")
    assert a.text.startswith("Maria Lenton is a reporter")


def test_a_box_of_links_inside_the_article_does_not_end_it():
    # a "Trending" box set between two paragraphs: its header heads a few linked
    # headlines, then the story goes on; the byline in the box is a linked story's
    box = ["Trending", "Harbour pier to close for six weeks", "By Tom Berg",
           "Night ferry saved for the winter after a late deal", "Museum reopens after three years"]
    rest = ["The council will publish the final route of the lanes in the spring, together "
            "with the dates on which each section of the river road will be closed.",
            "Cyclists' groups welcomed the vote but said they would watch closely whether the "
            "loading zone promised to the shops ends up blocking the new lanes."]
    a = extract_text_dump("\n".join(ARTICLE + _paras(box + rest)), source="t")
    assert "four kilometres" in a.text and "watch closely" in a.text
    assert "Night ferry" not in a.text
    assert a.authors == ["Maria Lenton"]
    unsigned = [ln for ln in ARTICLE if ln != "By Maria Lenton"]
    a = extract_text_dump("\n".join(unsigned + _paras(box + rest)), source="t")
    assert "Tom Berg" not in a.authors
