"""Text-dump extraction on invented dumps: what a user relies on from each field."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.extract import extract_page
from tidings.extract.text import extract_text_dump
from tidings.errors import ExtractError
from tidings.model import RawDoc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
SHARED = Path(__file__).resolve().parents[3] / "shared"


def read(name: str):
    path = FIXTURES / name
    return extract_text_dump(path.read_text(encoding="utf-8"), source=str(path), url=None)


def test_wire_story_fields():
    a = read("wire-story.txt")
    assert a.title == "Harbour cities sign pact to cut shipping emissions by half"
    assert a.dateline == "ROTTERDAM"
    assert a.text.startswith("Twelve of the world's busiest harbour cities agreed on Monday")
    assert a.text.endswith("the larger part of the industry's footprint.")
    assert a.authors == ["Jane Holloway"]
    assert a.date == "2025-03-04"
    assert a.credits == ["AFP", "Reuters"]
    assert a.captions == ["Dock workers unload containers at the port of Rotterdam on March 3, 2025."]
    assert a.tags == ["Shipping", "Rotterdam", "emissions", "ports", "climate"]
    assert a.section == "World News"
    assert [r.title for r in a.related] == [
        "Flood warnings issued along the Danube as snow melts early",
        "Central bank holds rates steady, signals cuts later this year",
        "Teachers end strike after deal on pay and class sizes",
    ]
    assert all(r.url is None for r in a.related)
    assert a.language == "en"


def test_wire_story_body_has_no_page_furniture():
    text = read("wire-story.txt").text
    for junk in ("Follow us", "WhatsApp", "Next In", "Flood warnings", "- Reuters", "AFP",
                 "Dock workers", "By Jane", "Shipping , Rotterdam", "All rights reserved", "Subscribe"):
        assert junk not in text
    # paragraphs are kept apart by one blank line each
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.strip() == p and p for p in paragraphs)


def test_german_dump():
    a = read("german-dump.txt")
    assert a.language == "de"
    assert a.title == "Bahnstreik legt den Fernverkehr für zwei Tage lahm"
    assert a.authors == ["Max Mustermann", "Erika Beispiel"]
    assert a.date == "2024-03-12"
    assert a.dateline == "Berlin"
    assert "dpa" in a.credits
    assert a.text.startswith("Die Gewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen")
    assert a.text.endswith("wenn sie auf die Reise verzichten.")
    assert a.captions == ["Reisende warten am Hauptbahnhof auf Informationen."]
    assert a.tags == ["Bahn", "Streik", "Verkehr"]
    assert len(a.related) == 3
    for junk in ("Foto: dpa", "Themen", "Mehr zum Thema", "Impressum", "Von Max", "Uhr"):
        assert junk not in a.text


def test_cookie_and_newsletter_text_is_not_body():
    a = read("cookie-newsletter.txt")
    assert a.title == "Local council approves new cycle lanes on the high street"
    assert a.text.startswith("The council voted seven to two on Thursday night")
    assert "Supporters said the lanes would make the town centre safer" in a.text
    assert "review the effect on trade after twelve months." in a.text
    for junk in ("cookies", "Accept all", "newsletter", "Subscribe", "Email address", "Privacy Policy"):
        assert junk.casefold() not in a.text.casefold()


def test_empty_body_dump_has_no_text():
    a = read("empty-body.txt")
    assert a.text == ""
    assert a.related == [] and a.captions == [] and a.authors == []


def test_dump_of_only_blank_lines():
    a = extract_text_dump("\n\n  \n\t\n", source="blank.txt")
    assert a.text == "" and a.title is None


def test_extract_page_refuses_a_dump_without_article(config):
    # only menus and a few words: no title-like line and no text
    raw = RawDoc(source="menu.txt", data=b"Home\nNews\nSport\n\nSign in\nSearch\n")
    with pytest.raises(ExtractError):
        extract_page(raw, config, fmt="text")


def test_huge_line_count_is_bounded():
    # hostile input: a million tiny lines must not blow up time or memory
    text = "x\n" * 1_000_000 + "\n" + ("A sentence of ordinary words that goes on for a while. " * 5 + "\n\n") * 3
    a = extract_text_dump(text, source="big.txt")
    assert isinstance(a.text, str)


def test_cli_reads_a_dump_by_content(tmp_path):
    # auto format decides by content (a file without an extension says nothing)
    path = tmp_path / "story"
    path.write_text((FIXTURES / "wire-story.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tidings", "extract", "--no-nlp", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert rec["title"] == "Harbour cities sign pact to cut shipping emissions by half"
    assert rec["dateline"] == "ROTTERDAM"
    assert rec["related"][0] == {"title": "Flood warnings issued along the Danube as snow melts early",
                                 "url": None}


@pytest.mark.skipif(not (SHARED / "seed" / "japan-us-ties.txt").exists(), reason="shared/ seed absent")
def test_seed_page_expectations():
    seed = SHARED / "seed"
    page = json.loads((seed / "japan-us-ties.expected.json").read_text(encoding="utf-8"))["page"]
    a = extract_text_dump((seed / "japan-us-ties.txt").read_text(encoding="utf-8"), source="seed.txt")
    assert a.title == page["title"]
    assert a.dateline == page["dateline"]
    assert a.section == page["section"]
    assert set(page["credits_must"]) <= set(a.credits)
    assert a.tags == page["tags"]
    for c in page["captions_must_contain"]:
        assert any(c in cap for cap in a.captions)
    assert a.text.startswith(page["text_must_start_with"])
    assert a.text.endswith(page["text_must_end_with"])
    for junk in page["text_must_not_contain"]:
        assert junk not in a.text
    assert len(a.related) == page["related_count"]
    titles = [r.title for r in a.related]
    for r in page["related_must_contain"]:
        assert r in titles


def test_feature_with_inline_link_and_teaser_list():
    a = read("feature-teasers.txt")
    assert a.title == "Why night trains are making a comeback across Europe"
    assert a.authors == ["Tom Becker"]  # a bare name beside the date line
    assert a.date == "2024-12-30"  # month-first US date
    assert a.captions == ["A sleeper carriage of the new overnight service waits at the platform in Vienna."]
    assert a.text.startswith("Twenty years ago most European rail operators")
    assert a.text.endswith("before prices can fall.")
    assert len(a.text.split("\n\n")) == 4
    for junk in ("READ MORE", "railway stations", "hidden beach town", "Airport staff", "Copyright", "(Anna Lind)"):
        assert junk not in a.text
    assert a.section == "Travel"
    assert [r.title for r in a.related] == [
        "The hidden beach town that locals want to keep to themselves",
        "Ten things you should never pack in your hand luggage",
        "Why hotel breakfasts are getting more expensive",
        "How to get a refund when your flight is cancelled",
    ]


def _dump(*blocks: str) -> str:
    return "\n\n".join(blocks)


PARAS = (
    "The city council approved the new budget on Tuesday after a debate that lasted most of the night.",
    "Opposition members said the plan would cut money for libraries and parks, while the mayor said the "
    "savings were needed to repair the bridges that carry most of the traffic into the centre.",
    "The budget takes effect in January, and a review of the spending on bridges is due by the summer.",
)


def test_byline_with_glued_role_and_hyphenated_name():
    text = _dump("Home\nNews\nSport", "Council passes budget after night-long debate",
                 "By Anna Schmoll-TrautmannStaff Writer", "March 3, 2024", *PARAS)
    a = extract_text_dump(text, source="x.txt")
    assert a.authors == ["Anna Schmoll-Trautmann"]
    assert a.date == "2024-03-03"
    assert a.title == "Council passes budget after night-long debate"


def test_lone_von_over_name_lines():
    text = _dump("Startseite\nPolitik", "Stadtrat beschließt den Haushalt nach langer Debatte", "Von",
                 "Jana Beispiel", "Karl Muster",
                 "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, der im "
                 "Januar in Kraft treten soll.",
                 "Die Opposition kritisierte die Kürzungen bei den Bibliotheken und Parks, während der "
                 "Bürgermeister auf die Reparatur der Brücken verwies.",
                 "Eine Überprüfung der Ausgaben für die Brücken soll bis zum Sommer vorliegen.")
    a = extract_text_dump(text, source="x.txt")
    assert a.authors == ["Jana Beispiel", "Karl Muster"]
    assert "Jana Beispiel" not in a.text


def test_short_story_split_by_a_video_box_keeps_its_second_half():
    from tidings.extract.text import extract_text_dump
    first = ["Fire crews were called to a warehouse on the north quay shortly after midnight on Friday.",
             "Nobody was inside the building when the fire started, the harbour police said in a statement.",
             "The fire brigade kept two engines at the quay until the morning to stop the fire from spreading."]
    second = ["Shop owners nearby described thick smoke drifting across their street, forcing several cafés "
              "and a bakery to close early while residents kept windows shut."]
    text = "\n\n".join(["Home", "News", "Warehouse fire on the north quay", *first, "00:00:49",
                        "Firefighters at the quay – video", *second, "Most viewed", "Other story"]) + "\n"
    body = extract_text_dump(text, "v.txt").text
    assert "Shop owners nearby" in body
    assert "Nobody was inside the building" in body


def _ferry_dump(*tail: str) -> str:
    paras = ["The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
             "and the city will now look for a buyer for the site on the western pier.",
             "Commuters who used the ferry every morning said they were disappointed by the decision, "
             "which leaves them with a longer bus ride around the bay during the winter months.",
             "The board said that the terminal had lost money in each of the last nine years and that "
             "repairs to the pier alone would cost more than the city could afford to spend this year."]
    return "\n\n".join(["Home", "Harbour board closes old ferry terminal", *paras, *tail]) + "\n"


def test_comment_thread_without_a_header_is_cut():
    from tidings.extract.text import extract_text_dump
    text = _ferry_dump("Marta says:", "28 April 2024 at 10:17",
                       "I have taken the ferry from the old terminal every morning for years, and the board is wrong "
                       "to close it before the city has found a buyer for the pier.",
                       "Reply", "Jonas says:", "28 April 2024 at 11:02",
                       "The bus ride around the bay takes far longer in winter; commuters lose an hour each day "
                       "because the board would not pay for repairs to the ferry pier.",
                       "Reply")
    body = extract_text_dump(text, "c.txt").text
    assert "repairs to the pier alone" in body
    assert "every morning for years" not in body and "lose an hour" not in body


def test_author_box_and_subscriber_pitch_end_the_text():
    from tidings.extract.text import extract_text_dump
    text = _ferry_dump("About the author", "Mara Lind",
                       "Mara Lind has covered the harbour board, the ferry terminal and the city's pier repairs "
                       "for the paper since 2019.")
    assert "covered the harbour board" not in extract_text_dump(text, "a.txt").text
    text = _ferry_dump("TIP: as a subscriber to the harbour paper you also get the ferry timetable app and the "
                       "city board newsletter free of charge.", "Discover your benefits ›")
    body = extract_text_dump(text, "s.txt").text
    assert "subscriber" not in body and "benefits" not in body
