"""The HTML reader against the shared evaluation pages (read at test time, never copied).

Skips cleanly when ../shared is absent. The floors sit a little under the measured scores,
so a change that breaks page reading in general fails here.
"""
import gzip
import json
import os
from pathlib import Path

import pytest

from tidings.extract.fields import agency_name
from tidings.extract.html import extract_html

SHARED = Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[3] / "shared"))
DEV = SHARED / "data" / "extraction-dev"
FIELDS = SHARED / "data" / "extraction-fields"


def _gold(folder, limit):
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"{folder} not available")
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f][:limit]


def _read(folder, g):
    return gzip.open(folder / g["file"]).read().decode("utf-8", "replace")


def test_snippets_and_titles_on_dev_pages():
    found = total = titles = titled = 0
    for g in _gold(DEV, 80):
        a = extract_html(_read(DEV, g), g["id"])
        found += sum(s in a.text for s in g["with"]) + sum(s not in a.text for s in g["without"])
        total += len(g["with"]) + len(g["without"])
        if g.get("title"):
            titled += 1
            titles += " ".join((a.title or "").split()).casefold() == " ".join(g["title"].split()).casefold()
    assert found / total >= 0.85
    assert titles / titled >= 0.70


def test_captions_and_dates_on_field_pages():
    got = want = dates = dated = 0
    for g in _gold(FIELDS, 60):
        a = extract_html(_read(FIELDS, g), g["id"])
        for c in g.get("captions") or []:
            want += 1
            got += any(c.casefold() in x.casefold() or x.casefold() in c.casefold() for x in a.captions)
        if g.get("date"):
            dated += 1
            dates += (a.date or "")[:10] == g["date"][:10]
    assert got / want >= 0.75
    assert dates / dated >= 0.9


def _name_set(names):
    import re
    import unicodedata
    fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))
    return {" ".join(re.sub(r"[\W_]+", " ", fold(n)).split()) for n in names or []} - {""}


def test_authors_on_dev_and_field_pages():
    for folder, floor in ((DEV, 0.85), (FIELDS, 0.85)):
        ok = n = 0
        for g in _gold(folder, 100):
            # The contract's authors are people: a wire service some gold lists as an author
            # ("Associated Press" stated in JSON-LD) is a credit here.
            people = [a for a in g.get("authors") or [] if not agency_name(a)]
            if not people or not g["file"].endswith(".html.gz"):
                continue
            n += 1
            ok += _name_set(extract_html(_read(folder, g), g["id"], g.get("url")).authors) == _name_set(people)
        assert ok / n >= floor, (folder.name, ok, n)
