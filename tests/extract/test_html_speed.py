"""Patterns made for one page's names (site, authors) are compiled only where they can match:
each one costs a compile, and a page's new patterns also pushed the module's fixed ones out of
re's cache. Each test holds the shortcut to what the pattern gives, on invented pages."""
from __future__ import annotations

import re

import pytest

from tidings.extract import html as html_mod
from tidings.extract.fields import clean_author
from tidings.extract.html import extract_html


@pytest.fixture
def compiled(monkeypatch):
    seen: list[str] = []
    real = re.compile

    def counting(pattern, flags=0):
        seen.append(pattern if isinstance(pattern, str) else "")
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    return seen


def test_house_name_absent_from_byline_compiles_nothing(compiled):
    assert clean_author("By Jane Doe", house=("Orchard Notes",)) == ["Jane Doe"]
    assert not [p for p in compiled if "Orchard" in p]
    # present: still cut as before
    assert clean_author("Jane Doe, Orchard Notes", house=("Orchard Notes",)) == ["Jane Doe"]
    assert clean_author("By Jane Doe ORCHARD NOTES Staff", house=("Orchard Notes",)) == ["Jane Doe"]


def test_author_bio_pattern_only_when_a_last_paragraph_opens_with_the_name(compiled):
    text = "\n\n".join(["The harbour reopened on Monday.", "Ferries ran all day.",
                        "Fares stay the same.", "Jane Doe writes about ports and shipping."])
    assert html_mod._without_author_bios(text, ["Jane Doe"]).endswith("Fares stay the same.")
    compiled.clear()
    plain = text.replace("Jane Doe writes", "She writes")
    assert html_mod._without_author_bios(plain, ["Jane Doe"]) == plain
    assert not [p for p in compiled if "Jane" in p]


_PAGE = """<html><head><title>Ferries back - Orchard Notes</title>
<meta property="og:site_name" content="Orchard Notes"></head><body><article>
<h1>Ferries back on the harbour route</h1>
<p>The ferry service across the harbour resumed on Monday after weeks of repairs to the landing
stage, harbour officials said, and it keeps its winter timetable until spring.</p>
<p>Passengers waited at the terminal for the first crossing of the morning, and the harbour
master thanked the repair crews for finishing the work ahead of time.</p>
<p>The board meets again next month to set the summer fares for the crossing.</p>
{tail}
</article></body></html>"""
_LIST = """<h2>{head}</h2><ul><li><a href="/a">Lemon cakes with almonds</a></li>
<li><a href="/b">Pruning roses before the frost</a></li></ul>"""


def test_more_from_site_heading_still_cut_and_no_pattern_without_one(compiled):
    art = extract_html(_PAGE.format(tail=_LIST.format(head="More from Orchard Notes")), "p.html")
    assert "Lemon cakes" not in art.text
    compiled.clear()
    art = extract_html(_PAGE.format(tail=""), "p.html")
    assert "ferry service" in art.text
    assert not [p for p in compiled if "more (?:from" in p]
