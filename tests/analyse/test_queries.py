"""analyse/queries.py over a real stored corpus (built through the Store API)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from corpus_db import ALLIANCE_TEXT, build_corpus  # noqa: E402

from tidings.analyse import queries  # noqa: E402
from tidings.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "q.db"
    ids = build_corpus(path)
    store = Store(path, readonly=True)
    yield store.connection(), ids
    store.close()


def test_fts_query_quotes_every_word_and_keeps_phrases_prefix_and_or():
    assert queries.fts_query('U.S.-Japan "new heights" allian* OR talks') == \
        '"U" "S" "Japan" "new heights" "allian"* OR "talks"'
    assert queries.fts_query("") is None
    assert queries.fts_query('" ( ) * -') is None
    # OR between two terms is the operator; anywhere else it is just a word or dropped
    assert queries.fts_query("peace OR") == '"peace"'
    assert queries.fts_query("OR peace") == '"OR" "peace"'


@pytest.mark.parametrize("text", ['"', "AND", "NEAR(", "a AND OR b", "*", "x:y", "col:alliance",
                                  "'; DROP TABLE articles; --", "(((", "^alliance", "alliance -"])
def test_any_search_box_text_is_valid_fts(db, text):
    conn, _ = db
    result = queries.search(conn, text)
    assert result["total"] >= 0
    assert queries.quotes(conn, text)["total"] >= 0


def test_parse_marked_turns_markers_into_offsets():
    text, marks = queries.parse_marked("the \x02alliance\x03 and \x02talks\x03")
    assert text == "the alliance and talks"
    assert [text[s:e] for s, e in marks] == ["alliance", "talks"]
    assert queries.parse_marked("no marks") == ("no marks", [])
    assert queries.parse_marked("\x03stray \x02open")[0] == "stray open"


def test_search_ranks_matches_and_marks_the_words(db):
    conn, ids = db
    result = queries.search(conn, "alliance")
    assert result["total"] == 2
    assert {r["id"] for r in result["results"]} == {ids["alliance"], ids["copy"]}
    for hit in result["results"]:
        assert [hit["title"][s:e].lower() for s, e in hit["title_marks"]] == ["alliance"]
        assert hit["snippet_marks"]
        assert all(hit["snippet"][s:e].lower() == "alliance" for s, e in hit["snippet_marks"])
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]


def test_search_stems_words(db):
    conn, ids = db
    # porter stemming: "accusing" finds "accused"
    assert [r["id"] for r in queries.search(conn, "accusing")["results"]] == [ids["china"]]


def test_search_filters(db):
    conn, ids = db
    assert {r["id"] for r in queries.search(conn, country="chn")["results"]} == {ids["china"]}
    assert {r["id"] for r in queries.search(conn, entity="Wang")["results"]} == {ids["china"]}
    in_march = queries.search(conn, date_from="2025-03-01", date_to="2025-03-31")
    assert [r["id"] for r in in_march["results"]] == [ids["trade"]]
    assert queries.search(conn, "alliance", date_to="2025-01-20")["total"] == 0
    # an entity given by its registry id
    iwaya = next(e["actor_id"] for e in queries.article(conn, ids["trade"])["entities"]
                 if e["name"] == "Takeshi Iwaya")
    found = {r["id"] for r in queries.search(conn, entity=iwaya)["results"]}
    assert found == {ids["alliance"], ids["copy"], ids["trade"]}
    # LIKE wildcards typed by a user are literal
    assert queries.search(conn, entity="%")["total"] == 0


def test_search_without_words_lists_newest_first_and_pages(db):
    conn, ids = db
    first = queries.search(conn, limit=2)
    assert first["total"] == 5
    dates = [r["date"] for r in queries.search(conn, limit=10)["results"]]
    assert dates == sorted(dates, reverse=True)
    second = queries.search(conn, limit=2, offset=2)
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    assert queries.search(conn, limit=10_000)["limit"] == queries.MAX_LIMIT


def test_article_has_its_layers_and_its_story_copies(db):
    conn, ids = db
    a = queries.article(conn, ids["alliance"])
    assert a["title"] == "Japan and US pledge closer alliance"
    assert a["authors"] == ["Jane Doe"] and a["credits"] == ["Kyodo"]
    assert a["captions"] and a["tags"] == ["Japan", "United States", "Diplomacy"]
    assert a["related"][0]["title"] == "Tokyo stocks rise"
    iwaya = next(e for e in a["entities"] if e["name"] == "Takeshi Iwaya")
    assert [ALLIANCE_TEXT[s:e] for s, e in iwaya["mentions"]] == ["Takeshi Iwaya", "Iwaya"]
    assert iwaya["actor_id"] is not None and iwaya["title"] == "Foreign Minister"
    [quote] = a["quotes"]
    assert ALLIANCE_TEXT[quote["start"]:quote["end"]] == quote["text"]
    assert quote["speaker_actor_id"] == iwaya["actor_id"] and quote["direct"] is True
    assert [e["type"] for e in a["events"]] == ["CONSULT", "AGREE"]
    # the syndicated copy reports the same two events: each is one event seen in two articles
    assert [e["n_articles"] for e in a["events"]] == [2, 2]
    assert [c["id"] for c in a["copies"]] == [ids["copy"]]
    assert queries.article(conn, 10_000) is None


def test_entity_page_data(db):
    conn, ids = db
    iwaya = next(e["actor_id"] for e in queries.article(conn, ids["alliance"])["entities"]
                 if e["name"] == "Takeshi Iwaya")
    e = queries.entity(conn, iwaya)
    assert e["name"] == "Takeshi Iwaya" and e["country"] == "JPN"
    assert [(t["title"], t["first_seen"], t["last_seen"]) for t in e["titles"]] == \
        [("Foreign Minister", "2025-01-21", "2025-03-05")]
    # February has no mention: it is there, as zero, so a chart shows the gap
    assert [(m["period"], m["articles"]) for m in e["mentions"]] == [("2025-01", 2), ("2025-02", 0),
                                                                     ("2025-03", 1)]
    assert [m["mentions"] for m in e["mentions"]] == [4, 0, 1]  # two mentions in each alliance copy
    # the alliance quote is in the story's two copies: one quote, reported by two articles
    assert sorted((q["text"], q["n_articles"]) for q in e["quotes"]) == [
        ("The alliance is the cornerstone of peace in the region,", 2),
        ("We want clear rules for our companies,", 1)]
    # his two events, each counted once although two articles report them
    assert sorted(ev["type"] for ev in e["events"]) == ["AGREE", "CONSULT"]
    consult = next(ev for ev in e["events"] if ev["type"] == "CONSULT")
    assert consult["n_articles"] == 2 and consult["sentence"].startswith("Japanese Foreign Minister")
    assert queries.entity(conn, 10_000) is None
    weekly = queries.entity(conn, iwaya, by="week")
    weeks = [m["period"] for m in weekly["mentions"] if m["mentions"]]
    assert weeks == ["2025-01-20", "2025-03-03"] and len(weekly["mentions"]) == 7


def test_quote_search(db):
    conn, ids = db
    found = queries.quotes(conn, "bullying")
    assert [(q["speaker"], q["article_id"]) for q in found["results"]] == [("Wang Yi", ids["china"])]
    [hit] = found["results"]
    assert [hit["text"][s:e] for s, e in hit["marks"]] == ["bullying"]
    assert queries.quotes(conn, speaker="iwaya")["total"] == 3
    assert queries.quotes(conn, "alliance", speaker="Wang")["total"] == 0
    # a quote can be found by its speaker's name too
    assert queries.quotes(conn, "Wang")["total"] == 1


def test_events_filters(db):
    conn, _ = db
    pair = queries.events(conn, a="usa", b="jpn")
    assert sorted(e["type"] for e in pair) == ["AGREE", "CONSULT", "CONSULT", "REQUEST"]
    assert [e["type"] for e in queries.events(conn, a="CHN")] == ["ACCUSE"]
    assert [e["type"] for e in queries.events(conn, type="support")] == ["SUPPORT"]


def test_stats_count_distinct_events(db):
    conn, _ = db
    s = queries.stats(conn)
    assert s["articles"] == 5 and s["stories"] == 4 and s["input_errors"] == 1
    assert s["event_reports"] == 8 and s["events"] == 6  # two events reported twice
    assert (s["first_date"], s["last_date"]) == ("2025-01-21", "2025-03-05")


def test_reader_connections_cannot_write(tmp_path):
    path = tmp_path / "ro.db"
    build_corpus(path)
    store = Store(path, readonly=True)
    conn = store.connect(readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    conn.close()
    store.close()


def test_search_facets_count_matching_articles(db):
    conn, _ = db
    facets = queries.search(conn, "alliance")["facets"]
    assert {(f["country"], f["n"]) for f in facets["countries"]} == {("JPN", 2), ("USA", 2)}
    assert [(f["name"], f["n"]) for f in facets["actors"]] == [("Marco Rubio", 2), ("Takeshi Iwaya", 2)]
    # facets follow the filters too
    chinese = queries.search(conn, country="CHN")["facets"]
    assert [f["name"] for f in chinese["actors"]] == ["Wang Yi"]
    assert queries.search(conn, "nothingmatchesthis")["facets"] == {"countries": [], "actors": []}
