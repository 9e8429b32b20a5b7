from __future__ import annotations

import sqlite3

import pytest
from store_factories import TEXT, article_outcome, error_outcome

from tidings.errors import StoreError
from tidings.model import Entity
from tidings.store import Store, canonical_url
from tidings.store import migrations


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_new_database_has_schema_version_wal_and_fts(store):
    conn = store.connection()
    assert store.schema_version == migrations.latest_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "entities", "mentions", "actors", "actor_titles", "quotes", "events",
            "event_groups", "stories", "articles_fts", "quotes_fts", "schema_version"} <= names


def test_save_stores_every_layer(store):
    report = store.save([article_outcome(), error_outcome()])
    assert (report.inserted, report.updated, report.unchanged) == (1, 0, 0)
    assert report.failed == [("bad.png", "binary content (PNG image), not a news page")]
    c = store.counts()
    assert (c["articles"], c["entities"], c["mentions"], c["quotes"], c["events"]) == (1, 3, 4, 1, 2)
    assert c["input_errors"] == 1
    conn = store.connection()
    row = conn.execute("SELECT * FROM articles").fetchone()
    assert row["authors"] == '["Jane Doe"]' and row["story_id"] is not None
    q = conn.execute("SELECT * FROM quotes").fetchone()
    assert TEXT[q["start"]:q["end"]] == "We will work together,"
    assert q["speaker_actor_id"] is not None
    ev = conn.execute("SELECT * FROM events WHERE type = 'CONSULT'").fetchone()
    assert ev["source_actor_id"] != ev["target_actor_id"] and ev["group_id"] is not None


def test_same_page_twice_is_stored_once_and_a_changed_page_is_updated(store):
    store.save([article_outcome()])
    again = store.save([article_outcome(source="copy-of-a.html")])
    assert (again.inserted, again.unchanged) == (0, 1)
    article_id = store.connection().execute("SELECT id FROM articles").fetchone()[0]
    changed = article_outcome(text=TEXT + "Officials gave no further details.")
    report = store.save([changed])
    assert report.updated == 1
    conn = store.connection()
    assert conn.execute("SELECT COUNT(*), MIN(id) FROM articles").fetchone()[:] == (1, article_id)
    # Children are replaced, not added to.
    assert conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 3
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2
    hits = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'details'").fetchall()
    assert [h[0] for h in hits] == [article_id]


def test_pages_without_url_are_keyed_by_content(store):
    a = article_outcome(url=None, source="x1.html")
    b = article_outcome(url=None, source="x2.html")
    report = store.save([a, b])
    assert (report.inserted, report.unchanged) == (1, 1)


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.com:443/a/b/?utm_source=x&id=3#top") == \
        "https://news.example.com/a/b?id=3"
    assert canonical_url("  ") is None


def test_fts_snippets_and_quote_search(store):
    store.save([article_outcome()])
    conn = store.connection()
    snip = conn.execute("SELECT snippet(articles_fts, 1, '<mark>', '</mark>', '…', 8) FROM articles_fts"
                        " WHERE articles_fts MATCH 'alliance'").fetchone()[0]
    assert "<mark>alliance</mark>" in snip
    # The porter stemmer lets "working" find "work".
    q = conn.execute("SELECT q.speaker FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid"
                     " WHERE quotes_fts MATCH 'working'").fetchall()
    assert [r[0] for r in q] == ["Takeshi Iwaya"]


def test_failed_batch_leaves_nothing_half_written(store):
    store.save([article_outcome()])
    broken = article_outcome(url="https://news.example.com/other", text="Other story entirely. " * 20)
    broken.article.analysis.events[0].sentence = None  # makes the insert fail mid-batch
    with pytest.raises(TypeError):
        store.save([article_outcome(url="https://news.example.com/third", text="Third. " * 30), broken])
    assert store.counts()["articles"] == 1
    # The store is still usable afterwards.
    assert store.save([article_outcome(url="https://news.example.com/fourth", text="Fourth. " * 30)]).inserted == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "t.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (migrations.latest_version() + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a tidings database"):
        Store(path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)


def test_readonly_store_and_reader_connections(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as s:
        s.save([article_outcome()])
    with Store(path, readonly=True) as ro:
        assert ro.connection().execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError):
            ro.connection().execute("DELETE FROM articles")
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.db", readonly=True)


def test_a_home_page_canonical_does_not_merge_articles(store):
    a = article_outcome(url="https://site.example/", text="First story. " * 20)
    a.raw.url = "https://site.example/news/first"
    b = article_outcome(url="https://site.example/", text="Second story. " * 20)
    b.raw.url = "https://site.example/news/second"
    report = store.save([a, b])
    assert report.inserted == 2
    keys = [r[0] for r in store.connection().execute("SELECT doc_key FROM articles ORDER BY id")]
    assert keys == ["https://site.example/news/first", "https://site.example/news/second"]


def test_a_url_reused_a_year_later_holds_two_articles(store):
    url = "https://gov.example/national-day/"
    first = store.save([article_outcome(url=url, date="2021-06-23", text="Congratulations on 2021. " * 20)])
    later = store.save([article_outcome(url=url, date="2022-06-23", text="Congratulations on 2022. " * 20)])
    assert (first.inserted, later.inserted) == (1, 1)
    fixed = store.save([article_outcome(url=url, date="2022-06-24", text="Congratulations, 2022 (corrected). " * 20)])
    assert fixed.updated == 1  # a correction days later is the same article
    rows = store.connection().execute("SELECT doc_key, date FROM articles ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("https://gov.example/national-day", "2021-06-23"),
                                        ("https://gov.example/national-day@2022-06-23", "2022-06-24")]


def test_an_update_that_changes_story_leaves_no_orphan_story_or_actor(store):
    store.save([article_outcome()])
    other = "Floods closed the harbour road on Friday and the ferry service was cancelled. " * 5
    changed = article_outcome(text=other, entities=[
        Entity("e1", "Harbour Authority", "ORG", [], None, "NZL", "GOV", [[0, 6]])], events=[], quotes=[])
    assert store.save([changed]).updated == 1
    conn = store.connection()
    story_ids = [r[0] for r in conn.execute("SELECT id FROM stories")]
    assert story_ids == [conn.execute("SELECT story_id FROM articles").fetchone()[0]]
    # Iwaya, Rubio and Washington are named nowhere any more.
    assert [r[0] for r in conn.execute("SELECT name FROM actors")] == ["Harbour Authority"]
