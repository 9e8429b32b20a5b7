"""Tag and headline sources on invented pages: data scripts, labelled keyword fields, taxonomy paths, codes, entities."""
from tidings.extract.html import extract_html
from tidings.extract.htmlfields import tag_items

_BODY = "<p>" + "The county board voted on Tuesday to rebuild the old river bridge before winter. " * 6 + "</p>"


def _page(head: str = "", scripts: str = "", body_extra: str = "") -> str:
    return (f"<html lang='en'><head><title>Bridge to be rebuilt</title>{head}</head><body><article>"
            f"<h1>Bridge to be rebuilt</h1>{_BODY}{body_extra}</article>{scripts}</body></html>")


def test_tags_from_page_state_script_when_no_meta():
    state = ('<script>window.__STATE__ = {"page": {"analytics": {"tags": {"gtm": ["GTM-1"]}},'
             ' "story": {"keywords": {"tags": [{"name": "Infrastructure", "type": "generic"},'
             ' {"name": "Millbrook County", "type": "location"}]}}}};</script>')
    art = extract_html(_page(scripts=state), "p.html")
    assert art.tags == ["Infrastructure", "Millbrook County"]


def test_meta_tags_beat_script_data():
    head = '<meta property="article:tag" content="Roads"><meta property="article:tag" content="Budget">'
    state = '<script>var dataLayer = [{"tags": ["something-else", "other"]}];</script>'
    art = extract_html(_page(head=head, scripts=state), "p.html")
    assert art.tags == ["Roads", "Budget"]


def test_reportage_article_jsonld_is_read():
    ld = ('<script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "Bridge to be rebuilt",'
          ' "keywords": ["Bridges", "County Board"], "datePublished": "2025-03-04T08:00:00Z"}</script>')
    art = extract_html(_page(head=ld), "p.html")
    assert art.tags == ["Bridges", "County Board"]
    assert art.date.startswith("2025-03-04")


def test_labelled_keyword_fields_keep_only_topics():
    assert tag_items(["Day: Monday", "Page Type: Article", "Medium", "Subject: Transport", "Subject: Local"]) \
        == ["Transport", "Local"]
    # A plain list with one colon-free item stays whole.
    assert tag_items(["Roads", "Budget"]) == ["Roads", "Budget"]


def test_taxonomy_paths_give_leaves_but_a_lone_slash_tag_stays():
    assert tag_items(["section/local", "topic/roads & bridges"]) == ["local", "roads & bridges"]
    assert tag_items(["Phones", "Tech/Hardware", "Markets"]) == ["Phones", "Tech/Hardware", "Markets"]


def test_wire_codes_and_entities():
    assert tag_items(["AER", "INDG08", "TRAN", "GEN"]) == []
    assert tag_items(["Roads &amp; Bridges"]) == ["Roads & Bridges"]


def test_link_home_is_not_a_tag():
    tags = ('<div class="tags"><a rel="tag" href="/t/roads">Roads</a></div>'
            '<a href="/">zur Startseite</a>')
    art = extract_html(_page(body_extra=tags), "p.html")
    assert "zur Startseite" not in art.tags


def test_headed_link_row_without_separators_splits_into_its_links():
    row = ('<div><span>Topics</span></div><div class="row"><a href="/t/roads">Roads</a>'
           '<a href="/t/budget">County Budget</a><a href="/t/winter">Winter</a></div>')
    art = extract_html(_page(body_extra=row), "p.html")
    assert art.tags == ["Roads", "County Budget", "Winter"]


def test_site_specific_keyword_meta_and_cms_ids():
    head = '<meta name="custom-keywords" content="Bridges, County Board, 20250304">'
    art = extract_html(_page(head=head), "p.html")
    assert art.tags == ["Bridges", "County Board"]


def test_jsonld_headline_entities_are_decoded():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle",'
          ' "headline": "Mayor&#8217;s bridge plan &amp; the budget"}</script>')
    page = (f"<html><head>{ld}</head><body><article>{_BODY}</article></body></html>")
    assert extract_html(page, "p.html").title == "Mayor\u2019s bridge plan & the budget"


def test_credit_lines_are_not_captions_and_type_scale_classes_are_not_caption_boxes():
    fig = ('<figure><img src="a.jpg"><figcaption>Workers inspect the cracked pillar on Monday.</figcaption></figure>'
           '<figure><img src="b.jpg"><figcaption>Photograph: Jane Okafor</figcaption></figure>'
           '<figure><img src="c.jpg"><figcaption>STR/AFP via Getty Images</figcaption></figure>')
    header = '<div><a class="flex text-caption md:text-caption" href="https://group.example">Part of Example Group</a></div>'
    page = (f"<html><head><title>Bridge to be rebuilt</title></head><body>{header}<article><h1>Bridge to be rebuilt</h1>"
            f"{fig}{_BODY}</article></body></html>")
    assert extract_html(page, "p.html").captions == ["Workers inspect the cracked pillar on Monday."]


def testcredit_only_detection():
    from tidings.extract.htmlfields import credit_only
    assert credit_only("Bildrechte:") and credit_only("( Image: Harbour Gazette)")
    assert credit_only("Illustration by Mara Lind")
    assert not credit_only("Mara Lind at the opening of the new ferry terminal.")
    assert not credit_only("Tomas Reyes")


def test_phrase_keywords_sharing_headline_words_are_tags_but_single_word_cuts_are_not():
    phrases = '<meta name="keywords" content="old river bridge, county board vote">'
    title = "Old river bridge: county board vote sets rebuild"
    page = lambda head: (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
                         f"{_BODY}</article></body></html>")
    assert extract_html(page(phrases), "p.html").tags == ["old river bridge", "county board vote"]
    cuts = '<meta name="keywords" content="river, bridge, county, board, rebuild">'
    assert extract_html(page(cuts), "p.html").tags == []


def test_space_separated_han_keywords_split_but_hangul_phrases_stay():
    assert tag_items(["深空探测 探月工程"]) == ["深空探测", "探月工程"]
    assert tag_items(["지방선거 전략 변화"]) == ["지방선거 전략 변화"]


def test_taxonomy_jsonld_keywords_survive_the_slug_check():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "keywords": ["sections/bridge", "organization/county", "topic/rebuilt"]}</script>')
    art = extract_html(_page(head=ld), "https://example.org/bridge-county-rebuilt")
    assert art.tags == ["bridge", "county", "rebuilt"]


def test_section_menu_holding_the_article_tag_list_is_not_it():
    menu = '<div class="tags"><a href="/a">Region</a><a href="/b">Politics</a><a href="/c">Sport</a></div>'
    own = '<div class="tags"><a href="/c">Sport</a></div>'
    assert extract_html(_page(body_extra=menu + own), "p.html").tags == ["Sport"]


def test_visible_list_the_article_mentions_beats_a_trending_bar():
    trending = '<div class="tags"><a href="/1">Lottery results</a><a href="/2">Horoscope</a></div>'
    own = '<div class="tags"><a href="/3">County Board</a><a href="/4">River Bridge</a></div>'
    body = "<p>The county board said the river bridge would reopen in spring.</p>"
    assert extract_html(_page(body_extra=body + trending + own), "p.html").tags == ["County Board", "River Bridge"]


def test_keyword_list_padded_with_search_variants_yields_to_the_plain_one():
    head = ('<meta name="keywords" content="Millbrook news, Millbrook latest news, Millbrook news today, '
            'bridge repairs, county budget">'
            '<meta property="article:tag" content="bridge repairs"><meta property="article:tag" content="county budget">')
    assert extract_html(_page(head=head), "p.html").tags == ["bridge repairs", "county budget"]


def test_headline_words_appended_to_editorial_tags_are_dropped():
    head = ('<meta name="keywords" content="Infraestructura, Puentes, Condado de Millbrook, Obras públicas, '
            'reconstruira, puente, rio">')
    page = ("<html><head><title>El condado reconstruirá el puente del río antes del invierno</title>" + head +
            "</head><body><article><h1>El condado reconstruirá el puente del río antes del invierno</h1>"
            + _BODY + "</article></body></html>")
    assert extract_html(page, "p.html").tags == ["Infraestructura", "Puentes", "Condado de Millbrook", "Obras públicas"]


def test_buttons_counts_flags_and_slug_paths_are_no_topics():
    head = ('<meta property="article:tag" content="deportes/ciclismo"><meta property="article:tag" content="(2)">'
            '<meta property="article:tag" content="editors_pick"><meta property="article:tag" content="Themen bearbeiten">'
            '<meta property="article:tag" content="Tour de France">')
    assert extract_html(_page(head=head), "p.html").tags == ["ciclismo", "Tour de France"]
