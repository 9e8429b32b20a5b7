"""Hostile nesting is refused before the HTML parser, whose time grows with depth squared."""
import pytest

from tidings.errors import ExtractError
from tidings.extract import extract_page
from tidings.extract.guard import MAX_DEPTH, check_nesting, nesting_depth
from tidings.model import RawDoc


def nested(depth: int, tag: str = "div") -> str:
    return f"<html><body>{f'<{tag}>' * depth}<p>Deep text.</p>{f'</{tag}>' * depth}</body></html>"


def test_depth_counts_open_elements_not_siblings():
    assert nesting_depth(nested(7)) == 7
    assert nesting_depth("<div><span>a</span><span>b</span></div>") == 2


def test_void_and_self_closing_kinds_do_not_nest():
    # Unclosed <p>, <li> and <br> are closed by the parser itself: a long list is flat.
    page = "<ul>" + "<li>item<br><img src=x.png>" * 20_000 + "</ul>" + "<p>para" * 20_000
    assert nesting_depth(page) == 1
    check_nesting(page)


def test_ordinary_page_passes():
    page = "<html><body><article>" + "<div><p>Text.</p></div>" * 10_000 + "</article></body></html>"
    check_nesting(page)


def test_hostile_depth_is_refused_before_parsing(config):
    page = nested(MAX_DEPTH * 40)  # 200,000 deep: minutes inside the C parser, past any SIGALRM
    # The refusal names the depth, not the time limit: the parser never ran.
    with pytest.raises(ExtractError, match="more than 5,000 deep"):
        extract_page(RawDoc(source="deep.html", data=page.encode(), format_hint="html"), config)


def test_depth_under_the_limit_passes_the_guard():
    check_nesting(nested(MAX_DEPTH - 100))


def test_deeply_wrapped_article_is_still_read(config):
    page = nested(150)  # page builders wrap deeply; that is not hostile
    article = extract_page(RawDoc(source="wrapped.html", data=page.encode(), format_hint="html"), config)
    assert "Deep text." in article.text
