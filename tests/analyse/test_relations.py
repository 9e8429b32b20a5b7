"""analyse/relations.py: country-pair series, counted once, on real stored corpora."""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from corpus_db import build_corpus  # noqa: E402

from tidings.analyse import relations as rel  # noqa: E402
from tidings.errors import QueryError  # noqa: E402
from tidings.model import Actor, Analysis, Article, Entity, Event, RawDoc  # noqa: E402
from tidings.pipeline import Outcome  # noqa: E402
from tidings.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("relations") / "r.db"
    build_corpus(path)
    store = Store(path, readonly=True)
    yield store.connection()
    store.close()


def test_monthly_series_counts_each_event_once_and_fills_quiet_months(conn):
    r = rel.relations(conn, "USA", "JPN", "month")
    assert (r["a"], r["b"], r["total"], r["undated"]) == ("USA", "JPN", 4, 0)
    assert [(p["period"], p["n"]) for p in r["periods"]] == [("2025-01", 2), ("2025-02", 0), ("2025-03", 2)]
    jan, feb, mar = r["periods"]
    # the syndicated copy repeats CONSULT and AGREE: still one of each
    assert jan["by_type"] == {"AGREE": 1, "CONSULT": 1}
    assert jan["mean_intensity"] == pytest.approx((1.0 + 4.0) / 2)
    assert feb["mean_intensity"] is None and feb["by_type"] == {}
    assert mar["by_type"] == {"CONSULT": 1, "REQUEST": 1}
    assert mar["mean_intensity"] == pytest.approx(0.0)
    # direction: in January Japan's minister acted; in March one event each way
    assert (jan["from_a"], jan["from_b"], mar["from_a"], mar["from_b"]) == (0, 2, 1, 1)
    assert r["types"] == ["AGREE", "CONSULT", "REQUEST"]
    assert r["by_type"] == {"AGREE": 1, "CONSULT": 2, "REQUEST": 1}


def test_pair_order_and_case_do_not_change_the_counts(conn):
    ab, ba = rel.relations(conn, "usa", "jpn"), rel.relations(conn, "JPN", "USA")
    assert [p["n"] for p in ab["periods"]] == [p["n"] for p in ba["periods"]]
    assert [(p["from_a"], p["from_b"]) for p in ab["periods"]] == \
        [(p["from_b"], p["from_a"]) for p in ba["periods"]]


def test_weekly_and_daily_periods(conn):
    weekly = rel.relations(conn, "USA", "JPN", "week")
    nonzero = [(p["period"], p["n"]) for p in weekly["periods"] if p["n"]]
    assert nonzero == [("2025-01-20", 2), ("2025-03-03", 2)]  # Mondays of 21 Jan and 5 Mar
    assert len(weekly["periods"]) == 7  # every week between them, quiet ones as zero
    daily = rel.relations(conn, "USA", "JPN", "day")
    assert daily["periods"][0]["period"] == "2025-01-21" and daily["periods"][-1]["period"] == "2025-03-05"
    assert len(daily["periods"]) == 44


def test_date_range_limits_the_series(conn):
    r = rel.relations(conn, "USA", "JPN", date_from="2025-02-01")
    assert r["total"] == 2 and [p["period"] for p in r["periods"]] == ["2025-03"]


def test_balance_compares_earlier_and_later_halves(conn):
    b = rel.relations(conn, "USA", "JPN")["balance"]
    assert b["earlier_mean"] == pytest.approx(2.5) and b["later_mean"] == pytest.approx(0.0)
    assert b["shift"] == pytest.approx(-2.5)
    assert (b["cooperative"], b["conflictual"]) == (3, 1)
    assert (b["first"], b["last"]) == ("2025-01-21", "2025-03-05")


def test_top_pairs(conn):
    pairs = rel.top_pairs(conn, limit=10)
    assert [(p["a"], p["b"], p["n"]) for p in pairs] == [("JPN", "USA", 4), ("CHN", "USA", 1),
                                                         ("UKR", "USA", 1)]
    assert pairs[0]["shift"] == pytest.approx(-2.5)
    assert pairs[1]["mean_intensity"] == pytest.approx(-4.0) and pairs[1]["shift"] is None
    assert [p["n"] for p in pairs[0]["periods"]] == [2, 0, 2]
    assert len(rel.top_pairs(conn, limit=1)) == 1


def test_bad_arguments_raise_query_errors(conn):
    for a, b, by in [("US", "JPN", "month"), ("USA", "J1N", "month"), ("USA", "JPN", "year"),
                     ("USA", None, "month")]:
        with pytest.raises(QueryError):
            rel.relations(conn, a, b, by)
    with pytest.raises(QueryError):
        rel.relations(conn, "USA", "JPN", date_from="March")


def test_period_sql_agrees_with_period_of():
    db = sqlite3.connect(":memory:")
    day = dt.date(2023, 12, 25)
    for _ in range(60):
        iso = day.isoformat() + "T10:00:00+09:00"
        for by in rel.PERIODS:
            sql = db.execute(f"SELECT {rel.period_sql(by, '?')}", (iso,)).fetchone()[0]
            assert sql == rel.period_of(day, by), (iso, by)
        day += dt.timedelta(days=3)
    assert db.execute(f"SELECT {rel.period_sql('month', '?')}", ("not a date",)).fetchone()[0] is None


def test_period_range_spans_year_ends():
    assert rel.period_range("2024-11", "2025-02", "month") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert rel.period_range("2024-12-30", "2025-01-13", "week") == ["2024-12-30", "2025-01-06", "2025-01-13"]


def _article(source: str, date: str | None, event_date: str | None, text: str) -> Outcome:
    ents = [Entity("e1", "France", "GPE", country="FRA", mentions=[[0, 6]]),
            Entity("e2", "Germany", "GPE", country="DEU", mentions=[[text.index("Germany"), text.index("Germany") + 7]])]
    ev = Event("CONSULT", Actor("France", "FRA", "GOV", "e1"), Actor("Germany", "DEU", "GOV", "e2"),
               [0, len(text)], date=event_date, intensity=1.0)
    art = Article(source=source, url=f"https://example.org/{source}", title=source, text=text,
                  date=date, analysis=Analysis(ents, [], [ev]))
    return Outcome(source, article=art, raw=RawDoc(source, text.encode()))


def test_undated_events_are_counted_apart_and_event_dates_win(tmp_path):
    path = tmp_path / "u.db"
    with Store(path) as store:
        store.save([
            _article("a", None, None, "France held talks with Germany about energy prices."),
            # the event's own date (last year) wins over the article's date
            _article("b", "2025-06-02", "2024-11-20", "France met Germany to discuss the border crossing."),
            _article("c", "2025-06-03", None, "France consulted Germany over a new rail line plan."),
            # an ISO week is its Monday; a bare year is too coarse to chart, and a past
            # event is never moved to the day it was mentioned
            _article("d", "2025-06-20", "2025-W23", "France met Germany for fishing quota talks."),
            _article("e", "2025-06-21", "2016", "France talked with Germany about a treaty signed then."),
        ])
    with Store(path, readonly=True) as store:
        conn = store.connection()
        r = rel.relations(conn, "FRA", "DEU")
        weekly = rel.relations(conn, "FRA", "DEU", "week")
        from tidings.analyse import queries

        listed = queries.events(conn, a="FRA", b="DEU")
    assert r["total"] == 5 and r["undated"] == 2
    dated = [(p["period"], p["n"]) for p in r["periods"] if p["n"]]
    assert dated == [("2024-11", 1), ("2025-06", 2)]
    assert len(r["periods"]) == 8  # November to June
    assert [p["period"] for p in weekly["periods"] if p["n"]] == ["2024-11-18", "2025-06-02"]
    # the events list sorts by the same days and shows each date as coded
    assert [(e["date"], e["day"]) for e in listed] == [
        ("2025-06-03", "2025-06-03"), ("2025-W23", "2025-06-02"), ("2024-11-20", "2024-11-20"),
        ("2016", None), (None, None)]


@pytest.mark.parametrize("value,day", [
    ("2025-06-03", "2025-06-03"), ("2025-06-03T23:10:00+09:00", "2025-06-03"),
    ("2025-W23", "2025-06-02"), ("2025-W23-5", "2025-06-06"), ("2025W23", "2025-06-02"),
    ("2025-06", "2025-06-01"), ("2016", None), ("", None), (None, None), ("June 3", None),
    ("2025-13", None), ("2025-W60", None)])
def test_event_day(value, day):
    found = rel.event_day(value)
    assert (found.isoformat() if found else None) == day
