"""Publication dates on invented pages: date lines styled as captions or inside header
figures, furniture-boxed date lines as a last resort, metadata that disagrees with itself."""
from selectolax.lexbor import LexborHTMLParser

from tidings.extract import fields
from tidings.extract.html import extract_html
from tidings.extract.htmlfields import visible_date
from tidings.extract.walk import Walker

_BODY = "<p>" + "The harbour authority said on Monday that the new ferry pier will open next spring. " * 6 + "</p>"


def _page(head: str = "", top: str = "", url: str | None = None) -> str:
    return (f"<html lang='en'><head><title>Ferry pier to open</title>{head}</head><body><article>"
            f"<h1>Ferry pier to open</h1>{top}{_BODY}</article></body></html>")


def test_date_line_styled_as_a_caption():
    top = '<p class="paragraph__caption">03. März 2022 | Verkehr, Hafen</p>'
    assert extract_html(_page(top=top), "p.html").date == "2022-03-03"


def test_date_inside_the_header_figure():
    top = ('<figure><img src="a.jpg"><figcaption>Foto: Jan Ohm</figcaption>'
           '<div class="info"><span class="date">14.06.2021</span></div></figure>')
    assert extract_html(_page(top=top), "p.html").date == "2021-06-14"


def test_date_line_in_a_sharing_box_is_a_last_resort():
    page = ("<html><head><title>Ferry pier to open</title></head><body>"
            "<div class='intro intro__socialSharing'><h1>Ferry pier to open</h1>"
            "<p class='date'>05. April 2021</p></div><article>" + _BODY + "</article></body></html>")
    assert extract_html(page, "p.html").date == "2021-04-05"


def test_day_month_year_with_thin_spaces():
    assert fields.parse_date("Von Hafenamt 4.\u20092.\u20092022.") == "2022-02-04"
    assert fields.parse_date("Seite 3. 4. 12 Uhr") is None


def test_month_first_metadata_settled_by_the_printed_date():
    head = '<meta property="article:published_time" content="11/01/2023 12:43:42">'
    top = '<p>1. November 2023</p>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2023-11-01"


def test_printed_date_chooses_between_stated_publication_timestamps():
    head = ('<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry pier to open",'
            ' "datePublished": "2023-11-03T10:25:56+00:00"}</script>')
    top = '<time class="date">6. November 2023, 15:25</time>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2023-11-06"


def test_summary_date_when_nothing_else_names_one():
    head = '<meta name="description" content="Ferry pier to open (news of 14 January 2020)">'
    assert extract_html(_page(head=head), "p.html").date == "2020-01-14"


def test_caption_box_opening_with_the_date():
    page = ("<html><head><title>Ferry pier to open</title></head><body><div><figure><img src='a.jpg'></figure>"
            "<figcaption><small>31.01.2022 Hafen</small><h2>Ferry pier to open</h2>"
            "<p>The harbour authority explains the plan for the new pier in a long introduction that runs on "
            "well past the first line of the box.</p></figcaption></div><article>" + _BODY + "</article></body></html>")
    assert extract_html(page, "p.html").date == "2022-01-31"


def test_day_month_year_with_dashes_in_the_url():
    assert fields.date_from_url("https://example.org/meldungen/29-10-2021") == "2021-10-29"
    assert fields.date_from_url("https://example.org/kultur/30-11-buch-der-woche") is None


def test_published_stamp_equal_to_modified_stamp_yields_to_the_first_version():
    head = ('<meta property="article:published_time" content="2024-03-09T18:02:11Z">'
            '<meta property="article:modified_time" content="2024-03-09T18:02:11Z">'
            '<meta name="pubdate" content="2024-03-08T09:41:00Z">')
    assert extract_html(_page(head=head), "p.html").date == "2024-03-08"


def test_last_save_stamp_kept_when_the_page_prints_its_day_or_the_other_is_a_bare_date():
    head = ('<meta property="article:published_time" content="2024-03-09T18:02:11Z">'
            '<meta property="article:modified_time" content="2024-03-09T18:02:11Z">')
    printed = _page(head=head + '<meta name="pubdate" content="2024-03-08T09:41:00Z">', top='<time class="date">9 March 2024</time>')
    assert extract_html(printed, "p.html").date == "2024-03-09"
    midnight = _page(head=head + '<meta name="pubdate" content="2024-02-20T00:00:00+01:00">')
    assert extract_html(midnight, "p.html").date == "2024-03-09"


def test_labelled_printed_date_beats_an_unlabelled_script_date():
    head = '<script>window.__STATE__ = {"teaser": {"publishDate": "2026-05-07"}};</script>'
    top = '<p class="published-date">Published on 13 May 2026 at 15:44</p>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2026-05-13"
    # With nothing printed, the script date still stands in.
    assert extract_html(_page(head=head), "p.html").date == "2026-05-07"


def test_deploy_time_in_the_page_state_script():
    head = '<script>var article = {"deployDt":"2026.01.29 18:40","reDeployDt":"2026.01.29 18:49"};</script>'
    assert extract_html(_page(head=head), "p.html").date == "2026-01-29"


def test_european_midnight_stated_in_utc_is_the_next_day():
    head = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    page = _page(head=head).replace("lang='en'", "lang='de'")
    assert extract_html(page, "p.html").date == "2022-11-07"
    # An English page at 23:00 UTC is an evening story (an American 6 or 7 pm slot).
    assert extract_html(_page(head=head), "p.html").date == "2022-11-06"


def test_bare_print_edition_date_yields_to_the_timed_online_stamp_a_day_before():
    head = '<meta property="article:published_time" content="2020-04-30">'
    top = '<p class="date">29.04.2020, 12:01 Uhr</p>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2020-04-29"
    untimed = '<p class="date">29.04.2020</p>'
    assert extract_html(_page(head=head, top=untimed), "p.html").date == "2020-04-30"


def test_published_stamp_written_with_the_last_save_yields_to_the_printed_date():
    # The CMS wrote "published" in the same save as "modified" (seconds apart): a re-save.
    head = ('<meta property="article:published_time" content="2023-11-17T10:33:13.258Z">'
            '<meta property="article:modified_time" content="2023-11-17T10:32:18.099Z">')
    top = '<time datetime="2023-03-09">09.03.2023</time>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2023-03-09"
    # Stamps hours apart are a publication and a later edit: the metadata stands.
    later = head.replace("2023-11-17T10:32:18.099Z", "2023-11-17T16:02:00Z")
    assert extract_html(_page(head=later, top=top), "p.html").date == "2023-11-17"


def _bare(story: str, after: str = "") -> str:
    return (f"<html lang='de'><head><title>Neue Fähre</title></head><body><article><h1>Neue Fähre für den Hafen</h1>"
            f"{story}</article>{after}</body></html>")


def test_update_line_yields_to_the_byline_date():
    story = ("<div>Par Jeanne Martin | 30 septembre 2018</div><div class='txt'><p>Article mis à jour le 7 janvier "
             "2020.</p>" + _BODY + "</div>")
    assert extract_html(_bare(story), "p.html").date == "2018-09-30"
    # Alone, the update line still dates the page.
    alone = "<div class='txt'><p>Article mis à jour le 7 janvier 2020.</p>" + _BODY + "</div>"
    assert extract_html(_bare(alone), "p.html").date == "2020-01-07"


def test_a_dated_picture_caption_does_not_date_the_story():
    story = ("<div>Abbildung: Satellitenbild des Hafens vom 31.05.2021 (links)</div><div>14.01.2022 um 09:25</div>"
             + _BODY)
    assert extract_html(_bare(story), "p.html").date == "2022-01-14"


def test_dateline_opening_the_story_beats_comment_dates_below_it():
    lead = "<p>29.11.2022 – " + "Der Hafen bekommt eine neue Fähre, teilte die Stadt mit. " * 5 + "</p>"
    comments = "<div><p>Marta 02.12.2022, 15:57</p><p>Endlich eine gute Nachricht für die Pendler.</p></div>"
    assert extract_html(_bare(lead + _BODY, comments), "p.html").date == "2022-11-29"
    # A date inside the first sentence is what the story talks about, not when it appeared.
    talk = "<p>In seinem Beitrag vom 5. Januar 2015 erörtert " + "der Autor die Fährpläne. " * 8 + "</p>"
    assert extract_html(_bare(talk + _BODY, comments), "p.html").date == "2022-12-02"


def test_publication_day_read_past_an_update_label():
    top = '<p class="dates">Updated March 16, 2023 · Published March 14, 2023</p>'
    assert extract_html(_page(top=top), "p.html").date == "2023-03-14"
    top = ('<div class="article-date"><span>Updated: 16 March 2023</span> '
           '<span>First published: 14 March 2023</span></div>')
    assert extract_html(_page(top=top), "p.html").date == "2023-03-14"
    # The date before the update label is the first version's.
    top = '<p class="date">Written: 2023-11-07 15:03 / Updated: 2023-11-09</p>'
    assert extract_html(_page(top=top), "p.html").date == "2023-11-07"


def test_dates_of_other_stories_teasers_are_not_the_story_date():
    teasers = "<ul class='latest'>" + "".join(
        f"<li><a href='/s{i}'>Council names a new harbour master for the port</a> "
        f"<time datetime='2023-03-2{i}T10:00:00Z'>March 2{i}, 2023</time></li>" for i in range(3)) + "</ul>"
    page = _page(top="<time datetime='2023-03-14T09:00:00Z'>March 14, 2023</time>").replace(
        "<article>", teasers + "<article>")
    assert extract_html(page, "p.html").date == "2023-03-14"
    # A date beside the story's own linked headline, or its category links, is the story's.
    own = ("<header><h1><a href='/ferry-pier'>Ferry pier to open at the harbour</a></h1>"
           "<time datetime='2023-03-14T09:00:00Z'>March 14, 2023</time></header>")
    page = _page().replace("<h1>Ferry pier to open</h1>", own)
    assert extract_html(page, "p.html").date == "2023-03-14"


def test_no_date_after_the_crawl():
    # Fetched on 20 March: a stated date in May is no publication date of this page.
    head = "<meta property='article:published_time' content='2023-05-01T09:00:00Z'>"
    page = _page(head=head, top="<p class='date'>March 14, 2023</p>")
    assert extract_html(page, "p.html", crawl_date="2023-03-20").date == "2023-03-14"
    assert extract_html(page, "p.html").date == "2023-05-01"
    assert fields.parse_date("1 May 2023") == "2023-05-01"  # the limit holds only while reading that page



def test_labelled_date_in_a_fact_box_outranks_a_dated_picture_line():
    # The paragraph under the picture dates the picture; the fact box below dates the story.
    top = "<p>Cranes at the old pier, 24 April 2023</p>"
    page = _page(top=top).replace("</article>", "</article><ul><li><strong>Datum</strong> 28.04.2023</li></ul>")
    assert extract_html(page, "p.html").date == "2023-04-28"
    # The label before a written-out date counts the same.
    page = _page(top=top).replace("</article>", "</article><p>Published: April 28, 2023</p>")
    assert extract_html(page, "p.html").date == "2023-04-28"


def test_basic_iso_date_in_a_date_meta_field():
    # "20240303" is a date in a field named for one (legacy "pubdate" tags), not in prose.
    assert extract_html(_page(head='<meta name="pubdate" content="20230303">'), "p.html").date == "2023-03-03"
    assert extract_html(_page(head='<meta name="pubdate" content="20230303T101500">'), "p.html").date == "2023-03-03"


def test_date_span_inside_the_byline_box():
    # No <time> element: the byline box's date-classed span is the story's date line, and it
    # outranks a dated line further up the page.
    top = ('<div class="wrap-byline"><span class="byline">By <a href="/writers/ana">Ana Ruiz</a></span>'
           '<span class="date">8 January 2020, 3:51 pm</span><span class="comments"><a href="#c">11</a></span></div>')
    page = _page(top=top).replace("<article>", "<p>Weather 26 February 2020</p><article>")
    assert extract_html(page, "p.html").date == "2020-01-08"


def test_date_line_under_the_headline_when_the_region_is_the_whole_page():
    # Warnings printed by the theme break the page into loose blocks; the story's date line,
    # mostly link text ("Email this post", "Print"), stands right under the printed headline.
    warn = "".join(f"<p>Warning: {w} is deprecated in /var/www/theme.php on line {n}</p>"
                   for n, w in enumerate(["create_function()", "each()", "ereg()"] * 6))
    page = ("<html><head><title>Ferry pier to open at the old harbour</title></head><body>" + warn +
            "<h2>Ferry pier to open at the old harbour</h2><div>⋅ November 22, 2011 ⋅ <a href='/mail'>Email this post"
            "</a> ⋅ <a href='/print'>Print this page</a> ⋅ <a href='#c'>Comment</a></div>"
            + "".join(f"<div>{'The harbour authority said the new ferry pier will open next spring. ' * 2}<a href='/x'>"
                      f"more on the harbour works and the pier</a></div>" for _ in range(8)) + "</body></html>")
    walker = Walker(page_chars=len(page))
    walker.run(LexborHTMLParser(page).body)
    whole_page = (0, len(walker.blocks) - 1)  # no container won: the region is the whole page
    assert visible_date(walker, whole_page, "Ferry pier to open at the old harbour | Harbour News") == "2011-11-22"


def test_a_date_line_stating_only_an_update_is_the_day_readers_see():
    head = '<meta property="article:published_time" content="2019-10-15T16:59:59Z">'
    top = '<div class="article-date">Updated Mar 12, 2020</div>'
    assert extract_html(_page(head=head, top=top), "p.html").date == "2020-03-12"
    # The published day printed before the update keeps the story's date.
    both = '<div class="article-date">October 15, 2019 (Updated Mar 12, 2020)</div>'
    assert extract_html(_page(head=head, top=both), "p.html").date == "2019-10-15"
    # An "update" older than the stated publication is a stale stamp, not the story's day.
    stale = '<div class="article-date">Updated Mar 12, 2018</div>'
    assert extract_html(_page(head=head, top=stale), "p.html").date == "2019-10-15"



def test_published_label_glued_to_the_update_before_it():
    # Two spans printed without a space between them: the "Published" day is still the date.
    top = "<div><span>Updated: 5 March 2024</span><span>Published: 3 March 2024</span></div>"
    assert extract_html(_page(top=top), "p.html").date == "2024-03-03"


def test_time_element_marked_as_the_update_comes_after_the_published_one():
    top = ("<div class='meta'><time class='updated' datetime='2024-06-07T09:00:00Z'>June 7</time> "
           "<time class='published' datetime='2024-06-05T10:00:00Z'>June 5</time></div>")
    assert extract_html(_page(top=top), "p.html").date == "2024-06-05"
    # WordPress marks an unedited stamp as both: it is the publication's.
    top = "<div class='meta'><time class='entry-date published updated' datetime='2024-06-05T10:00:00Z'>June 5</time></div>"
    assert extract_html(_page(top=top), "p.html").date == "2024-06-05"


def test_a_reader_comment_date_does_not_date_the_story():
    after = ("<div class='comments'><h3>Comments</h3><div class='comment'><span class='comment-date'>June 9, 2024"
             "</span><p>Great news for the town.</p></div></div>")
    page = _page(top="").replace("</article>", "</article>" + after)
    assert extract_html(page, "p.html").date is None


def test_month_names_of_more_languages_in_a_printed_date_line():
    for line, want in [("5. júna 2024", "2024-06-05"), ("5 Haz 2024", "2024-06-05"), ("5 mrt 2024", "2024-03-05"),
                       ("12. marec 2024", "2024-03-12"), ("5. des. 2024", "2024-12-05"),
                       ("5. apríla 2024", "2024-04-05"), ("5 Nis 2024", "2024-04-05")]:
        assert extract_html(_page(top=f"<p class='date'>{line}</p>"), "p.html").date == want, line
    # A Portuguese "tem" (has) before a number is no Turkish month.
    assert fields.parse_date("ele tem 5, 2024") is None


def test_a_date_element_is_a_date_line_not_text():
    top = ("<div class='post-meta'><date>5. Juni 2024</date> von <a rel='author' href='/author/m'>Mara Lindholm</a>"
           " in <span class='categories'><a rel='tag' href='/c/hafen'>Hafen</a></span></div>")
    a = extract_html(_page(top=top), "p.html")
    assert a.date == "2024-06-05" and "Juni" not in a.text


def _localized(lang: str, head: str = "", line: str = "6/5/2024", url: str = "https://news.example.com/pier") -> str:
    return (f"<html lang='{lang}'><head><title>Ferry pier to open</title>{head}</head><body><article>"
            f"<h1>Ferry pier to open</h1><p class='date'>Posted {line}</p>{_BODY}</article></body></html>"), url


def test_a_slash_date_on_an_american_page_is_month_first():
    for lang, head in [("en-US", ""), ("en", '<meta property="og:locale" content="en_US">'),
                       ("en", '<meta http-equiv="content-language" content="en-US">')]:
        page, url = _localized(lang, head)
        assert extract_html(page, "p.html", url).date == "2024-06-05", (lang, head)
    # A metadata stamp written the same way reads the same way.
    page, url = _localized("en-US", '<meta property="article:published_time" content="6/5/2024 10:00">', "")
    assert extract_html(page, "p.html", url).date == "2024-06-05"


def test_a_slash_date_elsewhere_stays_day_first():
    cases = [("en-GB", ""), ("en", '<meta property="og:locale" content="en_GB">'), ("en-AU", ""), ("en-IN", ""),
             ("en", ""), ("fr-FR", ""), ("de", '<meta property="og:locale" content="en_US">')]
    for lang, head in cases:
        page, url = _localized(lang, head)
        assert extract_html(page, "p.html", url).date == "2024-05-06", (lang, head)
    # Dots are day first even in the United States' English.
    page, url = _localized("en-US", line="6.5.2024")
    assert extract_html(page, "p.html", url).date == "2024-05-06"
    # A tool's default "en-US" on a country's own domain is not the country's way of writing.
    page, url = _localized("en-US", url="https://www.harbourpost.co.uk/pier")
    assert extract_html(page, "p.html", url).date == "2024-05-06"


def test_month_first_reading_is_asked_for():
    assert fields.parse_date("6/5/2024") == "2024-05-06"
    assert fields.parse_date("6/5/2024", month_first=True) == "2024-06-05"
    assert fields.parse_date("25/5/2024", month_first=True) == "2024-05-25"


def test_the_weekday_printed_with_a_numeric_date_settles_day_and_month():
    # Drupal's default "Wed, 06/05/2024 - 10:15" on a page that says nothing of its country.
    top = "<div class='node__meta'>Submitted on <span class='date'>Wed, 06/05/2024 - 10:15</span></div>"
    assert extract_html(_page(top=top), "p.html").date == "2024-06-05"
    assert fields.parse_date("Mon, 06/05/2024") == "2024-05-06"
    assert fields.parse_date("Fri 07/06/2024", month_first=True) == "2024-06-07"
    assert fields.parse_date("Mittwoch, 06.05.2024") == "2024-05-06"  # no such Wednesday: day first
