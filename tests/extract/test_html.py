"""The HTML reader on small invented pages: what a user relies on from each field."""
from pathlib import Path

import pytest

from tidings.extract.html import extract_html

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "html"


@pytest.fixture(scope="module")
def en():
    return extract_html((FIX / "news_en.html").read_text(encoding="utf-8"), "news_en.html")


@pytest.fixture(scope="module")
def de():
    return extract_html((FIX / "news_de.html").read_text(encoding="utf-8"), "news_de.html")


def test_body_keeps_article_and_subheads_and_lists(en):
    paras = en.text.split("\n\n")
    assert paras[0].startswith("The harbour council on Thursday approved")
    assert "Costs and timetable" in paras
    assert "Two electric boats with room for 180 passengers each." in paras
    assert paras[-1].startswith("Opponents said the money")


@pytest.mark.parametrize("boiler", [
    "We use cookies", "Sign up for our morning newsletter", "Share on Facebook", "Home",
    "Bridge repairs postponed", "I have waited for this ferry", "All rights reserved",
    "should never appear", "The new ferry will dock", "Transport Correspondent", "14 March 2024",
    "Harbour council approves new ferry line",  # the headline is the title, not body text
])
def test_body_drops_furniture(en, boiler):
    assert boiler not in en.text


def test_fields_of_english_page(en):
    assert en.title == "Harbour council approves new ferry line"
    assert en.url == "https://ledger.example.com/regional/2024/03/14/harbour-ferry-line/"
    assert en.date == "2024-03-14"  # published, not the later dateModified
    assert en.authors == ["Mara Lindqvist"]  # the agency in JSON-LD is a credit, not an author
    assert en.credits == ["AFP"]
    assert en.dateline == "PORTHAVEN"
    assert en.section == "Regional News"
    assert en.captions == ["The new ferry will dock at the north pier from June."]
    assert [t.casefold() for t in en.tags] == ["ferries", "harbour council", "transport"]
    assert [r.title for r in en.related] == ["Bridge repairs postponed for a second time",
                                              "Island population grows as young families move in"]
    assert en.related[0].url == "https://ledger.example.com/regional/2024/02/02/bridge-repairs-postponed/"
    assert en.language == "en"


def test_german_page_without_metadata(de):
    assert de.title == "Stadtrat beschließt neue Radwege"
    assert de.authors == ["Jonas Weber", "Lea Brandt"]
    assert de.date == "2024-03-05"
    assert de.language == "de"
    assert de.text.startswith("Nordheim bekommt bis zum Herbst")  # the lead is kept
    assert "Die Verwaltung will dort nun eine Lösung" in de.text
    for boiler in ("Lesen Sie auch", "Parkgebühren", "Meistgelesen", "Radfahrer an der Bahnhofstraße",
                   "Von Jonas Weber"):
        assert boiler not in de.text
    assert de.captions == ["Radfahrer an der Bahnhofstraße."]
    assert "Parkgebühren in der Innenstadt steigen ab Mai" in [r.title for r in de.related]


def test_script_in_title_is_text_not_markup():
    page = ("<html><head><title>Budget <script>alert('x')</script> talks stall - Daily Example</title></head>"
            "<body><article><h1>Budget talks stall</h1><p>" + "Negotiators left the room without a deal "
            "after a long night of talks about the budget. " * 3 + "</p></article></body></html>")
    a = extract_html(page, "t.html")
    assert "<script" not in (a.title or "") and "alert" not in a.text
    assert a.title == "Budget talks stall"


def test_jsonld_authors_graph_reference():
    page = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"},
                {"@type": "Article", "headline": "Water rates rise", "author": {"@id": "#p1"},
                 "datePublished": "2023-10-02"}]}</script></head>
    <body><article><p>The water company raised its rates by four percent on Monday, the first rise in a decade.</p>
    </article></body></html>"""
    a = extract_html(page, "g.html")
    assert a.authors == ["Ana Ruiz"] and a.date == "2023-10-02" and a.title == "Water rates rise"


def test_hostile_input_is_bounded():
    deep = "<div>" * 5000 + "<p>" + "deep text here, " * 20 + "</p>" + "</div>" * 5000
    a = extract_html("<html><body>" + deep + "</body></html>", "deep.html")
    assert isinstance(a.text, str)
    assert extract_html("", "empty.html").text == ""
    assert extract_html("<<<>>>&&&", "junk.html").title is None
