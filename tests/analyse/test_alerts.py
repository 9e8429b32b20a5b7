"""Watches and their alerts over a real store: only articles stored after the mark alert."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.analyse.alerts import alerts, new_counts  # noqa: E402
from tidings.errors import QueryError  # noqa: E402
from tidings.store import Store  # noqa: E402

TARIFF = ("Japan and the United States held talks on steel tariffs in Tokyo on Wednesday. "
          "Officials said more rounds of talks would follow next month. ")
FLOODS = ("Floods closed roads across the north of Italy on Sunday, and rescuers reached "
          "villages cut off by the water. ")


def _save(store: Store, slug: str, text: str) -> int:
    return store.save([article_outcome(url=f"https://news.example/{slug}", text=text * 3,
                                       title=slug.replace("-", " "), entities=[], events=[],
                                       quotes=[])]).article_ids[0]


def _alert_ids(store: Store, name: str | None = None) -> dict[str, list[int]]:
    found = alerts(store.connection(), name)
    return {w["name"]: [h["id"] for h in w["results"]] for w in found["watches"]}


def test_a_watch_alerts_only_on_matching_articles_stored_after_it(tmp_path):
    with Store(tmp_path / "w.db") as store:
        old = _save(store, "tariff-talks-begin", TARIFF)
        store.add_watch("tariffs", query="tariffs")
        assert _alert_ids(store) == {"tariffs": []}
        new = _save(store, "tariff-talks-go-on", TARIFF)
        _save(store, "italy-floods", FLOODS)
        assert _alert_ids(store) == {"tariffs": [new]}
        assert old != new
        assert new_counts(store.connection()) == [("tariffs", 1)]


def test_include_existing_starts_from_the_first_article(tmp_path):
    with Store(tmp_path / "w.db") as store:
        first = _save(store, "tariff-talks-begin", TARIFF)
        store.add_watch("all tariffs", query="tariff*", include_existing=True)
        assert _alert_ids(store) == {"all tariffs": [first]}


def test_mark_seen_stops_at_what_was_shown(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.add_watch("tariffs", query="tariffs")
        shown = _save(store, "tariff-talks-begin", TARIFF)
        upto = alerts(store.connection())["upto"]
        later = _save(store, "tariff-talks-go-on", TARIFF)  # stored while the user reads
        assert store.mark_seen("tariffs", upto=upto) == 1
        assert _alert_ids(store) == {"tariffs": [later]}
        assert shown < later
        assert store.mark_seen() == 1
        assert _alert_ids(store) == {"tariffs": []} and new_counts(store.connection()) == []


def test_country_and_entity_watches_use_the_article_entities(tmp_path):
    from tidings.model import Entity

    with Store(tmp_path / "w.db") as store:
        store.add_watch("japan", country="jpn")
        store.add_watch("iwaya", entity="Iwaya")
        japan = store.save([article_outcome(url="https://news.example/iwaya", text=TARIFF * 3)]).article_ids[0]
        store.save([article_outcome(url="https://news.example/floods", text=FLOODS * 3, entities=[
            Entity("e1", "Italy", "GPE", [], None, "ITA", None, [[0, 5]])], events=[], quotes=[])])
        assert _alert_ids(store) == {"iwaya": [japan], "japan": [japan]}
        assert _alert_ids(store, "japan") == {"japan": [japan]}


@pytest.mark.parametrize("kwargs, words", [
    ({"name": "x", "country": "Japan"}, "ISO 3166-1"),
    ({"name": "x"}, "needs search words"),
    # Words with nothing searchable in them would watch every article stored from now on.
    ({"name": "x", "query": "*"}, "needs search words"),
    ({"name": "x", "query": "' -- ?"}, "needs search words"),
    ({"name": "  ", "query": "tariffs"}, "1 to 100 characters"),
])
def test_a_bad_watch_is_refused_with_one_line(tmp_path, kwargs, words):
    with Store(tmp_path / "w.db") as store:
        with pytest.raises(QueryError, match=words):
            store.add_watch(**kwargs)
        assert store.connection().execute("SELECT COUNT(*) FROM watches").fetchone()[0] == 0


def test_names_are_unique_and_unknown_names_are_errors(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.add_watch("tariffs", query="tariffs")
        with pytest.raises(QueryError, match="exists already"):
            store.add_watch("tariffs", query="steel")
        for call in (lambda: store.remove_watch("nope"), lambda: store.mark_seen("nope"),
                     lambda: alerts(store.connection(), "nope")):
            with pytest.raises(QueryError, match="no watch named 'nope'"):
                call()
        store.remove_watch("tariffs")
        assert alerts(store.connection())["watches"] == []


def test_a_database_from_before_watches_reads_as_having_none(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE watches")
    conn.commit()
    conn.close()
    with Store(path, readonly=True) as store:
        assert alerts(store.connection()) == {"upto": 0, "watches": []}
