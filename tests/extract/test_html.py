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


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_PROSE = ("The committee met again on Tuesday and agreed, after a long debate, to publish its findings "
          "before the end of the month, a spokeswoman said. ")


def _paras(n: int) -> str:
    return "".join(f"<p>{_PROSE}It was meeting number {i} this year.</p>" for i in range(n))


def test_reader_comments_are_not_the_article_even_when_longer():
    article = "<article><h1>Budget vote</h1>" + _paras(2) + "</article>"
    comments = "<div class='comments-section'>" + "".join(
        f"<p>Comment {i}: I think the committee is wrong about this, and here is a long reason why, "
        f"with many words, because readers write a lot.</p>" for i in range(12)) + "</div>"
    a = extract_html(_page(article + comments), "c.html")
    assert a.text.count("The committee met again") == 2
    assert "Comment 3" not in a.text


def test_sidebar_class_on_the_page_wrapper_does_not_hide_the_article():
    body = ("<div class='layout has-sidebar content-sidebar-wrap'><div class='post'>"
            + _paras(3) + "</div><div class='sidebar'><ul><li><a href='/x'>Other story one</a></li>"
            "<li><a href='/y'>Other story two</a></li></ul></div></div>")
    a = extract_html(_page(body), "s.html")
    assert a.text.count("The committee met again") == 3
    assert "Other story" not in a.text


def test_teaser_under_linked_headline_is_dropped_and_related_kept():
    body = ("<main><div class='story'>" + _paras(3) + "</div>"
            "<div class='more-stories'><h3><a href='/b'>Mayor opens the new library in the old station</a></h3>"
            "<p>The building took four years to restore.</p></div></main>")
    a = extract_html(_page(body), "t.html")
    assert "four years to restore" not in a.text
    assert "Mayor opens the new library in the old station" in [r.title for r in a.related]


def test_jsonld_article_body_when_markup_has_no_text():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rates rise", '
            '"articleBody": "' + _PROSE * 4 + '"}</script>')
    a = extract_html(_page("<div id='app'></div>", head), "j.html")
    assert a.text.startswith("The committee met again") and a.title == "Rates rise"


def test_utc_timestamp_near_midnight_takes_the_printed_local_day():
    head = '<meta property="article:published_time" content="2024-05-04T02:10:00Z">'
    body = "<article><time>May 3, 2024</time>" + _paras(2) + "</article>"
    assert extract_html(_page(body, head), "d.html").date == "2024-05-03"
    # Far from midnight the machine date stands even if another date is printed.
    head = '<meta property="article:published_time" content="2024-05-04T12:10:00Z">'
    assert extract_html(_page(body, head), "d.html").date == "2024-05-04"


def test_future_dates_are_never_publication_dates():
    head = '<meta property="article:published_time" content="2999-01-01T10:00:00Z">'
    body = "<article><p>Posted 3 March 2021</p>" + _paras(2) + "</article>"
    assert extract_html(_page(body, head), "f.html").date == "2021-03-03"


@pytest.mark.parametrize("lang,para", [
    ("fr", "Le conseil municipal a approuvé mardi soir un nouveau plan de circulation pour le centre-ville, "
           "après des mois de discussions avec les commerçants et les habitants du quartier."),
    ("es", "El ayuntamiento aprobó el martes un nuevo plan de tráfico para el centro de la ciudad, tras meses "
           "de conversaciones con los comerciantes y los vecinos del barrio."),
    ("ja", "市議会は火曜日、中心部の新しい交通計画を承認した。商店や住民との数か月にわたる話し合いの末の決定で、"
           "来年春から段階的に実施される予定だという。"),
    ("ru", "Городской совет во вторник утвердил новый план движения для центра города после нескольких "
           "месяцев обсуждений с торговцами и жителями района."),
])
def test_multilingual_pages_body_and_language(lang, para):
    a = extract_html(_page(f"<article><h1>Plan</h1><p>{para}</p><p>{para}</p></article>"), f"{lang}.html")
    assert para in a.text
    assert a.language == lang


def test_drupal_field_names_give_the_role_but_bem_modifiers_do_not():
    from tidings.extract.boiler import role_of
    assert role_of({"class": "field field--name-body field--type-text-with-summary"}) == "body"
    assert role_of({"class": "field field--name-field-tags field--type-entity-reference"}) == "tags"
    assert role_of({"class": "field field--name-field-author field--label-hidden"}) == "byline"
    assert role_of({"class": "pageLayout pageLayout--related"}) is None  # a modifier describes the page
