"""extract_page: the one entry both readers go through keeps the contract's fields apart."""
from tidings.extract import extract_page
from tidings.model import RawDoc

BODY = ("The harbour authority said on Monday that the old ferry pier will close for repairs next "
        "month, and that the work should take about six weeks to finish before the summer season. ")


def _run(config, data: str, hint: str):
    return extract_page(RawDoc(source="p", data=data.encode(), format_hint=hint), config)


def test_an_agency_byline_is_a_credit_from_html_and_from_text(config):
    html = ("<html><head><title>Ferry pier to close</title></head><body><article><h1>Ferry pier to close</h1>"
            "<div class='byline'>By Reuters</div>" + f"<p>{BODY}</p>" * 3 + "</article></body></html>")
    text = "Ferry pier to close\nBy Reuters\n" + (BODY + "\n") * 3
    for data, hint in ((html, "html"), (text, "text")):
        article = _run(config, data, hint)
        assert "Reuters" not in article.authors
        assert "Reuters" in article.credits


def test_people_in_the_byline_stay_authors(config):
    html = ("<html><head><title>Ferry pier to close</title></head><body><article><h1>Ferry pier to close</h1>"
            "<div class='byline'>By Jane Holloway and Reuters</div>" + f"<p>{BODY}</p>" * 3 + "</article></body></html>")
    article = _run(config, html, "html")
    assert article.authors == ["Jane Holloway"]
    assert article.credits == ["Reuters"]


def test_the_last_step_moves_any_agency_a_reader_left_in_the_authors():
    from tidings.extract import _wires_to_credits
    from tidings.model import Article

    article = Article(source="p", title="t", text="x", authors=["Agence France-Presse", "Jane Doe"], credits=["AP"])
    _wires_to_credits(article)
    assert (article.authors, article.credits) == (["Jane Doe"], ["AP", "AFP"])


def test_no_date_after_the_crawl_day_from_html_or_text(config):
    # A WARC record says when the page was fetched: a later date on it is a typo or a
    # template's placeholder, never the story's date.
    html = ("<html><head><title>Ferry pier to close</title>"
            "<meta property='article:published_time' content='2031-05-02T10:00:00Z'></head><body><article>"
            "<h1>Ferry pier to close</h1>" + f"<p>{BODY}</p>" * 3 + "</article></body></html>")
    text = "Ferry pier to close\nPublished 2 May 2031\n" + (BODY + "\n") * 3
    for data, hint in ((html, "html"), (text, "text")):
        fetched = RawDoc(source="p", data=data.encode(), format_hint=hint, crawl_date="2024-03-01")
        assert extract_page(fetched, config).date is None
        later = RawDoc(source="p", data=data.encode(), format_hint=hint, crawl_date="2031-06-01")
        assert extract_page(later, config).date == "2031-05-02"


def test_a_processs_first_page_is_not_charged_for_loading_the_readers():
    # A fresh worker loads the readers and the language model on its first page (about
    # half a second here, far more on a busy host); that must not count against the page's
    # own time bound, or a crawl's first page per worker fails on a loaded machine.
    import subprocess
    import sys

    script = (
        "from tidings.config import Config\n"
        "from tidings.extract import extract_page\n"
        "from tidings.model import RawDoc\n"
        "page = ('Harbour pier to close for repairs\\n\\n' + 'The harbour authority said the old "
        "ferry pier will close for six weeks of repairs next month. ' * 4).encode()\n"
        "config = Config().with_overrides(extract_timeout=0.3)\n"
        "print(extract_page(RawDoc(source='pier.txt', data=page), config).title)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "Harbour pier to close for repairs"
