"""Headlines on invented pages: a site-name <h1> is no headline, the <h1> shows where a
metadata title's headline ends, a kicker styled inside the <h1> is set apart."""
from tidings.extract.html import extract_html

_BODY = "<p>" + "The orchard cooperative reported a record apple harvest after a mild and sunny spring. " * 6 + "</p>"


def _page(head: str, h1s: str) -> str:
    return f"<html><head>{head}</head><body>{h1s}<article>{_BODY}</article></body></html>"


def test_site_name_h1_is_not_the_headline():
    head = ('<title>Record apple harvest – Orchard Notes</title>'
            '<meta property="og:site_name" content="Orchard Notes">')
    page = _page(head, '<header><h1><a href="/">Orchard Notes</a></h1></header><h1>Record apple harvest</h1>')
    assert extract_html(page, "p.html").title == "Record apple harvest"


def test_blog_name_h1_matching_only_the_title_suffix():
    # No og:site_name: the part of <title> that is not the headline still names the site.
    head = '<title>Record apple harvest for the valley | Hanna schreibt über Obst und Garten</title>'
    page = _page(head, '<h1>Hanna schreibt über Obst und Garten</h1><h1>Record apple harvest for the valley</h1>')
    assert extract_html(page, "p.html").title == "Record apple harvest for the valley"


def test_h1_marks_where_the_headline_ends_in_a_long_title():
    head = '<title>ORCHARD NEWS: Record apple harvest | Verband der Obstbauern Südtirol e.V.</title>'
    page = _page(head, "<h1>ORCHARD NEWS: Record apple harvest</h1>")
    assert extract_html(page, "p.html").title == "ORCHARD NEWS: Record apple harvest"


def test_punctuation_of_the_metadata_title_is_kept_when_the_h1_splits_it():
    head = '<meta property="og:title" content="Harvest report: Apples at a record high">'
    page = _page(head, '<h1><span>Harvest report</span> Apples at a record high</h1>')
    assert extract_html(page, "p.html").title == "Harvest report: Apples at a record high"


def test_kicker_styled_inside_the_h1_is_not_the_headline():
    head = '<meta property="og:title" content="Landwirtschaft - Rekordernte bei den Äpfeln">'
    page = _page(head, '<h1><span class="overline">Landwirtschaft</span> Rekordernte bei den Äpfeln</h1>')
    assert extract_html(page, "p.html").title == "Rekordernte bei den Äpfeln"
    # Written "Kicker: Headline" in the metadata, the kicker is part of the headline.
    glued = '<meta property="og:title" content="Landwirtschaft: Rekordernte bei den Äpfeln">'
    page = _page(glued, '<h1><span class="kicker">Landwirtschaft:</span> Rekordernte bei den Äpfeln</h1>')
    assert extract_html(page, "p.html").title == "Landwirtschaft: Rekordernte bei den Äpfeln"


def test_printed_headline_beats_a_search_engine_title_when_nothing_else_is_stated():
    head = '<title>Apple harvest 2023 - record, figures, prices</title>'
    page = _page(head, "<h1>Valley orchards bring in a record apple harvest</h1>")
    assert extract_html(page, "p.html").title == "Valley orchards bring in a record apple harvest"


def test_label_h1_sharing_no_word_with_the_title_is_no_headline():
    head = '<title>Apple harvest 2023 - record, figures, prices</title>'
    page = _page(head, "<h1>Sie sind hier:</h1>")
    assert extract_html(page, "p.html").title == "Apple harvest 2023 - record, figures, prices"


def test_news_article_headline_stated_in_metadata_beats_a_differing_h1():
    head = ('<title>Apple harvest 2023 - record, figures, prices</title>'
            '<meta property="og:title" content="Record apple harvest for the valley">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Record apple harvest for the valley"}</script>')
    page = _page(head, "<h1>Valley orchards bring in a record apple harvest</h1>")
    assert extract_html(page, "p.html").title == "Record apple harvest for the valley"
    # A blog or shop page: the social card is a teaser line; the printed <h1> is the headline.
    blog = page.replace('"NewsArticle"', '"BlogPosting"')
    assert extract_html(blog, "p.html").title == "Valley orchards bring in a record apple harvest"


def test_metadata_title_glued_to_a_styled_kicker_in_the_h1():
    head = '<meta property="og:title" content="Record apple harvest for the valley">'
    page = _page(head, "<h1><span>Orchard report</span>Record apple harvest for the valley</h1>")
    assert extract_html(page, "p.html").title == "Record apple harvest for the valley"
    written = _page(head, "<h1>Orchard report: Record apple harvest for the valley</h1>")
    assert extract_html(written, "p.html").title == "Orchard report: Record apple harvest for the valley"


def _titled(title: str, url: str) -> str:
    page = f"<html><head><title>{title}</title></head><body><article>{_BODY}</article></body></html>"
    return extract_html(page, "p.html", url=url).title


def test_url_slug_picks_the_headline_part_of_a_site_and_section_title():
    url = "https://obstbau.example.org/news/2023/record-apple-harvest-in-the-valley"
    assert _titled("Obstbau Verband » Aktuelles » Record apple harvest in the valley", url) == \
        "Record apple harvest in the valley"
    # Parts the slug also spells stay with the headline; an unrelated slug changes nothing.
    url2 = "https://podcast.example.org/ep082-record-apple-harvest"
    assert _titled("EP082 – Record apple harvest – Orchard Podcast Network", url2) == "EP082 – Record apple harvest"
    assert _titled("Obstbau Verband » Record apple harvest", "https://www.example.org/?p=3289") == \
        "Obstbau Verband » Record apple harvest"


def test_headline_in_a_lower_heading_when_the_h1_sits_in_the_breadcrumbs():
    head = ('<meta property="og:title" content="Ferry pier to close for a year">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Harbour works: Ferry pier to close for twelve months"}</script>')
    crumbs = ('<nav class="crumbs"><a href="/">Home</a> | <a href="/local">Local</a> | '
              '<h1>Harbour works: Ferry pier to close for twelve months</h1></nav>')
    story = ('<article><h2><span class="s-12 red">Harbour works</span><span class="s-40">Ferry pier to close '
             'for a year</span></h2>' + _BODY + "</article>")
    page = f"<html><head>{head}</head><body>{crumbs}{story}</body></html>"
    assert extract_html(page, "p.html").title == "Ferry pier to close for a year"


def test_two_styled_parts_in_the_h1_are_kicker_and_headline():
    # Themes style the kicker by size, not by a class name saying so.
    head = '<meta property="og:title" content="Landwirtschaft – Rekordernte bei den Äpfeln im ganzen Tal">'
    page = _page(head, '<h1><span class="s-1">Landwirtschaft</span><span class="s-2">Rekordernte bei den Äpfeln '
                       'im ganzen Tal</span></h1>')
    assert extract_html(page, "p.html").title == "Rekordernte bei den Äpfeln im ganzen Tal"


def test_blog_post_heading_under_the_blog_name_h1():
    head = "<title>Apfelernte im Tal » Hannas Gartenblog</title>"
    page = ("<html><head>" + head + "</head><body><header><h1>Hannas Gartenblog - Obst, Gemüse und mehr</h1>"
            "</header><div class='post'><h2>Apfelernte im Tal</h2>" + _BODY + "</div></body></html>")
    assert extract_html(page, "p.html").title == "Apfelernte im Tal"


def test_question_sub_heading_that_opens_the_title_is_no_headline():
    head = "<title>Was ist eine Obstpresse und was bringt sie?</title>"
    page = ("<html><head>" + head + "</head><body><div class='post'>" + _BODY + "<h2>Was ist eine Obstpresse?</h2>"
            + _BODY + "<h2>Wie reinigt man eine Obstpresse?</h2>" + _BODY + "</div></body></html>")
    assert extract_html(page, "p.html").title == "Was ist eine Obstpresse und was bringt sie?"


def test_heading_over_the_first_paragraph_stands_in_for_a_missing_h1():
    head = "<title>Ausbildung - Freiwillige Feuerwehr Talheim</title>"
    story = "<div class='post'><h2>Bootsführer Ausbildung</h2>" + _BODY + "<h2>Termine im Sommer</h2>" + _BODY
    page = f"<html><head>{head}</head><body>{story}</div></body></html>"
    assert extract_html(page, "p.html").title == "Bootsführer Ausbildung"
    # A heading further down heads a section of the story, not the story.
    later = f"<html><head>{head}</head><body><div class='post'>{_BODY}<h2>Ausbildung im Sommer</h2>{_BODY}</div></body></html>"
    assert extract_html(later, "p.html").title == "Ausbildung - Freiwillige Feuerwehr Talheim"


def test_screen_reader_text_in_the_h1_is_not_printed():
    head = '<meta property="og:title" content="Record apple harvest in the valley">'
    page = _page(head, '<h1><span class="visually-hidden">Headline:</span> Record apple harvest in the valley</h1>')
    assert extract_html(page, "p.html").title == "Record apple harvest in the valley"
    page = _page(head, '<h1>Record apple harvest in the valley<span class="sr-only"> | Orchard Notes</span></h1>')
    assert extract_html(page, "p.html").title == "Record apple harvest in the valley"


def test_social_card_headline_decides_between_two_forms_of_the_h1():
    head = ('<meta property="og:title" content="Pyramide mit Lagenwechsel">'
            '<title>Einheit der Woche | Pyramide mit Lagenwechsel - SCHWIMMTREFF</title>')
    page = _page(head, "<h1>Einheit der Woche<br>Pyramide mit Lagenwechsel</h1>")
    assert extract_html(page, "p.html").title == "Pyramide mit Lagenwechsel"


def test_lower_heading_restating_the_h1_is_no_headline_of_its_own():
    head = "<meta property=\"og:title\" content=\"Anna Berg stellt ihr Album 'Stille Wasser' vor\">"
    story = ("<article><h1>Anna Berg<br>Stille Wasser</h1><div class='text'><h2>Anna Berg stellt ihr Album "
             "'Stille Wasser' vor</h2>" + _BODY + "</div></article>")
    a = extract_html(f"<html><head>{head}</head><body>{story}</body></html>", "p.html")
    assert a.title != "Anna Berg stellt ihr Album 'Stille Wasser' vor"
    assert "Anna Berg stellt ihr Album" in a.text


def test_headline_under_its_kicker_is_not_repeated_in_the_body():
    head = '<meta property="og:title" content="Ferry pier to close for a year">'
    story = ('<article><h2><span class="s-12">Harbour works</span> <span class="s-40">Ferry pier to close for a '
             'year</span></h2>' + _BODY + "</article>")
    a = extract_html(f"<html><head>{head}</head><body>{story}</body></html>", "p.html")
    assert a.title == "Ferry pier to close for a year"
    assert "Harbour works" not in a.text and "Ferry pier" not in a.text


def test_the_only_h1_is_the_heading_though_it_shares_no_word_with_the_title():
    # A firm's or a club's page: <title> names the site or the menu item, the one <h1> heads the page.
    head = '<title>About Us - Hollowbrook Growers</title>'
    page = _page(head, "<h1>Three generations of orchard keeping</h1>")
    assert extract_html(page, "p.html").title == "Three generations of orchard keeping"
    # ...unless it trails off like the salutation of a letter.
    page = _page(head, "<h1>Dear members and friends of the orchard,</h1>")
    assert extract_html(page, "p.html").title == "About Us - Hollowbrook Growers"
    # ...or names the page's machinery for screen readers.
    page = _page(head, "<h1>Main navigation</h1>")
    assert extract_html(page, "p.html").title == "About Us - Hollowbrook Growers"


def test_heading_over_the_first_paragraph_stands_in_for_stub_h1s():
    # Wiki themes put tab labels ("Page", "User") in <h1>s: too short to be any page's headline.
    head = "<title>Growers/Pruning - Orchard Wiki</title>"
    story = "<div class='post'><h2>Pruning young apple trees</h2>" + _BODY + "<h2>Tools</h2>" + _BODY
    page = f"<html><head>{head}</head><body><h1>Page</h1><h1>User</h1>{story}</div></body></html>"
    assert extract_html(page, "p.html").title == "Pruning young apple trees"


def test_archived_blog_whose_h1_spells_out_the_host():
    # The archive's address wraps the blog's own: "Apple Days" in the <h1> is the host apple4days.
    head = ('<title>Apple Days » Blog Archiv » Record apple harvest in the valley</title><link rel="canonical" '
            'href="https://web.archive.org/web/20140226054445/http://www.apple4days.com/2013/08/07/'
            'record-apple-harvest-in-the-valley/">')
    page = _page(head, "<h1>Apple 4 Days</h1>")
    assert extract_html(page, "p.html").title == "Record apple harvest in the valley"


def test_one_word_h1_from_the_title_breadcrumb_is_a_section_label():
    head = ('<title>Orchard.de | Kultur | Literatur | Buch der Woche: Das Apfeljahr</title>'
            '<meta property="og:title" content="Buch der Woche: Das Apfeljahr - wie Hanna Obst die Ernte erzählt">')
    page = _page(head, "<h1>Literatur</h1><article><h2>Buch der Woche: Das Apfeljahr</h2></article>")
    assert extract_html(page, "p.html").title == "Buch der Woche: Das Apfeljahr"
    # The <h1> that is the title's own headline part stays.
    head = "<title>Orchard.de | Kultur | Literatur | Erntedank im Alten Land</title>"
    assert extract_html(_page(head, "<h1>Erntedank im Alten Land</h1>"), "p.html").title == "Erntedank im Alten Land"


def test_h1_classed_as_the_site_title_is_the_masthead():
    # The theme prints the blog's slogan in <h1 class="site-title">; <title> glues the story's
    # heading to the same slogan, so no metadata title confirms either <h1>.
    head = ("<title>Harvest festivalFresh notes from the orchard country | Fresh notes from the orchard country"
            "</title>")
    page = _page(head, '<h1 class="site-title">Fresh notes from the orchard country</h1>'
                       '<h1 class="page-title">Harvest festival</h1>')
    assert extract_html(page, "p.html").title == "Harvest festival"


def test_site_name_suffix_named_only_by_the_copyright_line_is_not_the_headline():
    # No og:site_name, no address: the footer's copyright line names the site.
    head = "<title>Valley growers expect a record apple harvest - Riverside Fruit Show 2031</title>"
    legal = "Riverside Fruit Show and its logos are registered marks of the growers' association. " * 3
    page = (f"<html><head>{head}</head><body><article>{_BODY}</article><footer>"
            f"<p class='site-copyright'>© 2031 Riverside Fruit Show 2031<br>{legal}</p></footer></body></html>")
    assert extract_html(page, "p.html").title == "Valley growers expect a record apple harvest"


def test_site_name_suffix_named_by_a_plain_copyright_line_is_not_the_headline():
    head = "<title>Record apple harvest | The Orchard Courier of the Lower Valley</title>"
    page = (f"<html><head>{head}</head><body><article>{_BODY}</article><div class='bottom'>"
            "<p>© 2031 The Orchard Courier of the Lower Valley. All rights reserved.</p></div></body></html>")
    assert extract_html(page, "p.html").title == "Record apple harvest"


def test_forum_thread_prefix_label_in_the_h1_is_not_the_headline():
    head = ('<meta property="og:title" content="Version 2.3 fixes the orchard map">'
            '<meta name="twitter:title" content="Announcements - Version 2.3 fixes the orchard map">'
            '<title>Announcements - Version 2.3 fixes the orchard map | Orchard Game Forums</title>')
    page = _page(head, '<h1 class="thread-title"><a href="/t/1"><span class="label label--blue">Announcements</span>'
                       '<span class="label-append">&nbsp;</span>Version 2.3 fixes the orchard map</a></h1>')
    assert extract_html(page, "p.html").title == "Version 2.3 fixes the orchard map"


def test_short_h1_is_the_headline_when_the_title_adds_only_the_site_name():
    head = '<title>Trailguide! Oslo</title><link rel="canonical" href="https://trailguide.example/regions/oslo/">'
    assert extract_html(_page(head, "<h1>Oslo</h1>"), "p.html").title == "Oslo"
    # The same short <h1> beside a title that says more is no headline of its own.
    head = '<title>Trailguide! Oslo in the autumn rain</title><link rel="canonical" href="https://trailguide.example/o/">'
    assert extract_html(_page(head, "<h1>Oslo</h1>"), "p.html").title != "Oslo"


def test_h1s_over_sidebar_boxes_give_way_to_the_heading_over_the_story():
    head = "<title>Obstbau - Aktuelles - Obstbau | Landesverband der Obstgärtner</title>"
    side = ("<div class='sidebar'><h1>Quicklinks</h1><ul><li><a href='/a'>Termine</a></li></ul>"
            "<h1>Unsere Partner - Obstbau</h1><p>Baumschule Berg</p></div>")
    story = ("<div class='col'><main><div class='content'><h2>Neue Sortenliste für den Obstbau erschienen</h2>"
             + _BODY + "</div></main></div>")
    page = f"<html><head>{head}</head><body><div class='page'>{side}{story}</div></body></html>"
    assert extract_html(page, "p.html").title == "Neue Sortenliste für den Obstbau erschienen"
    # An <h1> outside the story that holds the story's heading is its headline in a page header.
    header = "<div class='top'><h1>Obstbau: Neue Sortenliste für den Obstbau erschienen | Heft 4</h1></div>"
    page = f"<html><head>{head}</head><body><div class='page'>{header}{story}</div></body></html>"
    assert extract_html(page, "p.html").title == "Obstbau: Neue Sortenliste für den Obstbau erschienen | Heft 4"


def test_site_name_prefix_spelled_by_the_host_is_not_the_headline():
    # No og:site_name and no <h1>: the host the page was fetched from spells out the prefix.
    page = _page("<title>Orchard Notes - Record apple harvest in the valley</title>", "")
    for sep in (" - ", " | ", ": "):
        html = page.replace(" - ", sep)
        assert extract_html(html, "p.html", url="https://www.orchardnotes.example/news/1").title == \
            "Record apple harvest in the valley"
    # An unrelated host leaves the prefix in place: it may be a kicker.
    assert extract_html(page, "p.html", url="https://www.example.org/news/1").title == \
        "Orchard Notes - Record apple harvest in the valley"


def test_site_name_prefix_named_by_the_json_ld_website_or_publisher_node():
    import json
    title = "<title>Orchard Notes - Record apple harvest in the valley</title>"
    website = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://x.example/#website", "name": "Orchard Notes"},
        {"@type": "WebPage", "@id": "https://x.example/p", "name": "Orchard Notes - Record apple harvest in the valley"}]}
    # The publisher stated by reference to an Organization node of the @graph (Yoast's shape).
    publisher = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://x.example/#org", "name": "Orchard Notes"},
        {"@type": "NewsArticle", "headline": "Orchard Notes - Record apple harvest in the valley",
         "publisher": {"@id": "https://x.example/#org"}}]}
    for ld in (website, publisher):
        head = title + f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        assert extract_html(_page(head, ""), "p.html").title == "Record apple harvest in the valley"


def test_site_name_prefix_named_by_the_feed_link_title():
    # WordPress titles its feeds "Site » Feed"; others write "Site RSS".
    for feed in ("Orchard Notes » Feed", "Orchard Notes RSS"):
        head = ("<title>Orchard Notes - Record apple harvest in the valley</title>"
                f'<link rel="alternate" type="application/rss+xml" title="{feed}" href="/feed/">')
        assert extract_html(_page(head, ""), "p.html").title == "Record apple harvest in the valley"
    # A feed of the story's own ("Headline RSS") names no site.
    head = ('<title>Orchard Notes - Record apple harvest in the valley</title>'
            '<link rel="alternate" type="application/rss+xml" title="Record apple harvest in the valley RSS">')
    assert extract_html(_page(head, ""), "p.html").title == "Orchard Notes - Record apple harvest in the valley"


def test_site_name_prefix_named_by_the_masthead_link_to_the_front_page():
    head = "<title>Orchard Notes - Record apple harvest in the valley</title>"
    page = _page(head, "<header><a href='/'>Orchard Notes</a></header>")
    assert extract_html(page, "p.html").title == "Record apple harvest in the valley"


def test_a_host_name_beside_the_headline_is_the_site():
    # No site name stated anywhere: the segment that is a host name is one.
    for title in ("Record apple harvest | OrchardNotes.com", "Record apple harvest - www.orchardnotes.de",
                  "orchardnotes.co.uk: Record apple harvest"):
        page = _page(f"<title>{title}</title>", "")
        assert extract_html(page, "p.html").title == "Record apple harvest", title
    # A headline that names a host in its words keeps them.
    page = _page("<title>Why we left Example.com for good</title>", "")
    assert extract_html(page, "p.html").title == "Why we left Example.com for good"


def test_the_title_beyond_the_social_card_title_names_the_site():
    # The masthead is the page's <h1>; og:title is the headline and <title> adds the site to it.
    head = ('<title>Apple harvest record | Orchard Notes Daily</title>'
            '<meta property="og:title" content="Apple harvest record">')
    page = (f"<html lang='en'><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>"
            f"<h1>Orchard Notes Daily</h1>{_BODY}</article></main></body></html>")
    assert extract_html(page, "p.html").title == "Apple harvest record"


def test_site_name_with_its_slogan_after_the_headline():
    head = ('<title>Apple harvest record | Orchard Notes - News from the valley</title>'
            '<meta property="og:site_name" content="Orchard Notes">')
    assert extract_html(_page(head, ""), "p.html").title == "Apple harvest record"


def test_site_name_after_a_bar_without_spaces():
    head = '<title>Apple harvest record|Orchard Notes</title><meta property="og:site_name" content="Orchard Notes">'
    assert extract_html(_page(head, ""), "p.html").title == "Apple harvest record"
    # A bar inside the headline's words stays.
    head = '<title>Either|or: the apple question</title><meta property="og:site_name" content="Orchard Notes">'
    assert extract_html(_page(head, ""), "p.html").title == "Either|or: the apple question"


def test_site_name_before_a_trailing_section_label():
    head = ('<title>Apple harvest record - Orchard Notes - Farming</title>'
            '<meta property="og:site_name" content="Orchard Notes">')
    assert extract_html(_page(head, ""), "p.html").title == "Apple harvest record"
