from __future__ import annotations

from tidings.model import InputFailure, RawDoc
from tidings.read.feeds import iter_feed


def test_rss_items_with_content(fixtures_dir):
    path = str(fixtures_dir / "feeds" / "harbour-news.rss")
    docs = list(iter_feed(path, 1_000_000))
    assert all(isinstance(d, RawDoc) for d in docs)
    # The third item has neither content nor summary: it is not a page.
    assert [d.url for d in docs] == ["https://harbour.example.com/world/portugal-morocco-ferries",
                                     "https://harbour.example.com/world/iceland-denmark-volcano"]
    first = docs[0]
    assert first.hints["title"] == "Portugal and Morocco agree to expand ferry links"
    assert first.hints["date"] == "2024-03-12T10:20:00+00:00"
    assert b"Rui Carvalho met Moroccan Foreign Minister" in first.data
    assert first.source == path + "#1"


def test_atom_entries(fixtures_dir):
    docs = list(iter_feed(str(fixtures_dir / "feeds" / "atom-sample.atom"), 1_000_000))
    assert len(docs) == 1 and docs[0].hints["date"].startswith("2024-04-02T08:00")
    assert b"water basin" in docs[0].data


def test_not_a_feed_and_oversized(tmp_path):
    bad = tmp_path / "bad.rss"
    bad.write_bytes(b"<rss><channel><title>cut")
    out = list(iter_feed(str(bad), 1_000_000))
    assert len(out) == 1 and isinstance(out[0], InputFailure)
    big = tmp_path / "big.rss"
    big.write_bytes(b"<rss>" + b" " * 5000 + b"</rss>")
    out = list(iter_feed(str(big), 1000))
    assert "too large" in out[0].error
