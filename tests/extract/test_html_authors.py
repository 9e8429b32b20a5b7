"""Author resolution on invented pages: stated names bound a visible byline, handles and the
publisher are not extra people, capitalised surnames stay."""
from tidings.extract import fields
from tidings.extract.html import extract_html

_BODY = "<p>" + "The county board voted on Tuesday to rebuild the old river bridge before winter. " * 6 + "</p>"


def _page(head: str = "", byline: str = "") -> str:
    return (f"<html lang='en'><head><title>Bridge to be rebuilt</title>{head}</head><body><article>"
            f"<h1>Bridge to be rebuilt</h1>{byline}{_BODY}</article></body></html>")


def test_capitalised_surname_kept():
    assert fields.clean_author("Marie-Claire DUVALIER", loose=True) == ["Marie-Claire DUVALIER"]
    assert fields.clean_author("Paul Henri MARTINEZ") == ["Paul Henri MARTINEZ"]
    # A desk after the name is still cut.
    assert fields.clean_author("Jane Doe NDR KULTUR") == ["Jane Doe"]


def test_handle_duplicating_a_name_is_dropped():
    head = '<meta name="author" content="Tomas Reyes"><meta name="author" content="tomas-reyes">'
    assert extract_html(_page(head=head), "p.html").authors == ["Tomas Reyes"]


def test_stated_name_bounds_a_byline_running_into_the_job_line():
    head = '<meta name="author" content="Lena Fischbach">'
    byline = ('<div class="byline">By <a href="/authors/lena">Lena Fischbach</a>'
              '<span class="job-title">Travel Correspondent</span></div>')
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Lena Fischbach"]


def test_publisher_beside_people_is_dropped_but_kept_alone():
    head = ('<meta property="og:site_name" content="Kestrel Voice">'
            '<meta name="author" content="Kestrel Voice"><meta name="author" content="Omar Lindqvist">')
    assert extract_html(_page(head=head), "p.html").authors == ["Omar Lindqvist"]
    alone = '<meta property="og:site_name" content="Kestrel Voice"><meta name="author" content="Kestrel Voice">'
    assert extract_html(_page(head=alone), "p.html").authors == ["Kestrel Voice"]
