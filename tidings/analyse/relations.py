"""How relations between two countries move: events by PLOVER type and mean intensity per period.

An event reported by several sentences, articles or syndicated copies is one row of
``event_groups`` (see analyse/stories.py event_key), so it counts once here, with the
mean intensity of its reports. An event is dated by its own date (a day, or the first day
of the week or month it names), else by the earliest article that reports it (when it
was news) when it has no date of its own: a past event mentioned in passing is never
put on the day it was mentioned. Events with no day at all (or only a year) are undated.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import Counter
from typing import Any, Iterable

from ..errors import QueryError, msg
from ..model import PLOVER_TYPES

PERIODS = ("day", "week", "month")
# A day-by-day series over decades would be a million empty rows: beyond this many
# periods the series keeps only the periods that have events.
MAX_FILLED_PERIODS = 5000
_ISO3 = re.compile(r"^[A-Za-z]{3}$")


def check_country(code: str | None) -> str:
    if not code or not _ISO3.match(code):
        raise QueryError(msg("E601", value=code))
    return code.upper()


def check_period(by: str | None) -> str:
    if by not in PERIODS:
        raise QueryError(msg("E602", choices="|".join(PERIODS), value=by))
    return by


def check_date(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise QueryError(msg("E603", value=value)) from None


def period_sql(by: str, column: str) -> str:
    """SQL for the period (day 'YYYY-MM-DD', week = its Monday, month 'YYYY-MM') of an ISO
    date or timestamp column; NULL for a missing or malformed date."""
    day = f"date(substr({column}, 1, 10))"
    if check_period(by) == "day":
        return day
    if by == "week":
        return f"date(substr({column}, 1, 10), '-6 days', 'weekday 1')"
    return f"substr({day}, 1, 7)"


_WEEK = re.compile(r"^(\d{4})-?W(\d{2})(?:-?([1-7]))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def event_day(value: str | None) -> dt.date | None:
    """The day an ISO date stands for: a date or timestamp itself, a week ("2022-W21") or
    a month ("2022-05") by its first day. A bare year is too coarse to chart and gives None."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        if m := _WEEK.match(text):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), int(m[3] or 1))
        if m := _MONTH.match(text):
            return dt.date(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return None


def _day_sql(value: str | None) -> str | None:
    day = event_day(value)
    return day.isoformat() if day else None


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Give a connection the SQL function ``tidings_day(text)`` (event_day as 'YYYY-MM-DD'),
    so SQL sorts and filters events by the same day the series puts them on."""
    conn.create_function("tidings_day", 1, _day_sql, deterministic=True)
    return conn


_day = event_day


def period_of(day: dt.date, by: str) -> str:
    """The same periods as period_sql, in Python."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    return day.isoformat()[:7]


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period from first to last inclusive, so a chart shows quiet periods as zero."""
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    step = dt.timedelta(days=7 if by == "week" else 1)
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += step
    return out


_GROUPED = """
SELECT COALESCE(e.group_id, -e.id) AS gid, MIN(e.type) AS type, AVG(e.intensity) AS intensity,
       MIN(e.source_country) AS source_country, MIN(e.target_country) AS target_country,
       CASE WHEN MIN(e.date) IS NOT NULL THEN MIN(tidings_day(e.date))
            ELSE MIN(tidings_day(a.date)) END AS date,
       COUNT(DISTINCT e.article_id) AS n_articles
FROM events e JOIN articles a ON a.id = e.article_id
WHERE {where}
GROUP BY COALESCE(e.group_id, -e.id)
"""


def pair_events(conn: sqlite3.Connection, a: str, b: str, *, date_from: str | None = None,
                date_to: str | None = None) -> list[dict[str, Any]]:
    """The distinct events between two countries, either direction, oldest first."""
    a, b = check_country(a), check_country(b)
    where = ("((e.source_country = ? AND e.target_country = ?) OR"
             " (e.source_country = ? AND e.target_country = ?))")
    cur = prepare(conn).execute(_GROUPED.format(where=where), (a, b, b, a))
    names = [d[0] for d in cur.description]
    found = [dict(zip(names, r)) for r in cur]
    lo, hi = check_date(date_from), check_date(date_to)
    if lo or hi:
        found = [e for e in found if (d := _day(e["date"])) is not None
                 and (not lo or d.isoformat() >= lo) and (not hi or d.isoformat() <= hi)]
    return sorted(found, key=lambda e: (e["date"] or "9999", e["gid"]))


def series(events: Iterable[dict[str, Any]], by: str, a: str | None = None) -> dict[str, Any]:
    """Bucket distinct events into periods: counts by type, mean intensity, direction."""
    check_period(by)
    buckets: dict[str, dict[str, Any]] = {}
    undated = 0
    for ev in events:
        day = _day(ev["date"])
        if day is None:
            undated += 1
            continue
        key = period_of(day, by)
        b = buckets.setdefault(key, {"period": key, "n": 0, "intensity_sum": 0.0,
                                     "by_type": Counter(), "from_a": 0, "from_b": 0})
        b["n"] += 1
        b["intensity_sum"] += float(ev["intensity"] or 0.0)
        b["by_type"][ev["type"]] += 1
        if a is not None:
            b["from_a" if ev["source_country"] == a else "from_b"] += 1
    keys = sorted(buckets)
    if keys:
        full = period_range(keys[0], keys[-1], by)
        if len(full) <= MAX_FILLED_PERIODS:
            keys = full
    periods = []
    for key in keys:
        b = buckets.get(key)
        if b is None:
            periods.append({"period": key, "n": 0, "mean_intensity": None, "by_type": {},
                            "from_a": 0, "from_b": 0})
            continue
        periods.append({"period": key, "n": b["n"],
                        "mean_intensity": round(b["intensity_sum"] / b["n"], 3),
                        "by_type": {t: b["by_type"][t] for t in PLOVER_TYPES if b["by_type"][t]}
                        | {t: n for t, n in b["by_type"].items() if t not in PLOVER_TYPES},
                        "from_a": b["from_a"], "from_b": b["from_b"]})
    return {"periods": periods, "undated": undated}


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def balance(events: list[dict[str, Any]]) -> dict[str, Any]:
    """How the tone between two countries moved: mean intensity of the earlier half of
    their dated events against the later half, and the cooperative/conflictual split."""
    dated = [e for e in events if _day(e["date"]) is not None]
    dated.sort(key=lambda e: e["date"])
    half = len(dated) // 2
    earlier = _mean([float(e["intensity"] or 0) for e in dated[:half]])
    later = _mean([float(e["intensity"] or 0) for e in dated[half:]])
    intensities = [float(e["intensity"] or 0) for e in events]
    return {
        "mean_intensity": _mean(intensities),
        "cooperative": sum(1 for i in intensities if i > 0),
        "conflictual": sum(1 for i in intensities if i < 0),
        "earlier_mean": earlier if half else None,
        "later_mean": later if half else None,
        "shift": round(later - earlier, 3) if half and later is not None and earlier is not None else None,
        "first": dated[0]["date"][:10] if dated else None,
        "last": dated[-1]["date"][:10] if dated else None,
    }


def relations(conn: sqlite3.Connection, a: str, b: str, by: str = "month", *,
              date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """The time series of events between countries a and b (either direction).

    Returns ``{a, b, by, total, undated, types, by_type, periods: [{period, n,
    mean_intensity, by_type: {TYPE: n}, from_a, from_b}], balance}``; quiet periods
    between the first and the last event are present with n = 0.
    """
    a, b = check_country(a), check_country(b)
    by = check_period(by)
    events = pair_events(conn, a, b, date_from=date_from, date_to=date_to)
    s = series(events, by, a)
    totals = Counter(e["type"] for e in events)
    types = [t for t in PLOVER_TYPES if totals[t]] + sorted(t for t in totals if t not in PLOVER_TYPES)
    return {"a": a, "b": b, "by": by, "total": len(events), "undated": s["undated"],
            "types": types, "by_type": {t: totals[t] for t in types},
            "periods": s["periods"], "balance": balance(events)}


def top_pairs(conn: sqlite3.Connection, limit: int = 20, by: str = "month") -> list[dict[str, Any]]:
    """The most active country pairs (distinct events, either direction), each with its
    balance and a coarse series for a sparkline."""
    by = check_period(by)
    limit = max(1, min(int(limit), 200))
    where = ("e.source_country IS NOT NULL AND e.target_country IS NOT NULL"
             " AND e.source_country != e.target_country")
    sql = (f"SELECT MIN(source_country, target_country) AS a, MAX(source_country, target_country) AS b,"
           f" COUNT(*) AS n FROM ({_GROUPED.format(where=where)}) GROUP BY 1, 2"
           " ORDER BY n DESC, a, b LIMIT ?")
    pairs = [{"a": r[0], "b": r[1], "n": r[2]} for r in prepare(conn).execute(sql, (limit,))]
    for pair in pairs:
        events = pair_events(conn, pair["a"], pair["b"])
        pair.update(balance(events))
        pair["periods"] = [{"period": p["period"], "n": p["n"], "mean_intensity": p["mean_intensity"]}
                           for p in series(events, by)["periods"]]
    return pairs
