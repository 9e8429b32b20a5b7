"""Resolve a date expression ("on Tuesday", "last month", "Jan 21, 2025") against a publication date.

Returns ISO 8601 at the precision the text gives: a day ("2025-01-21"), a week
("2025-W04"), a month ("2024-12") or a year ("2019"). A fuzzy or unanchored expression
resolves to None rather than to an invented day.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RE_MDY = re.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_RE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,?\s+(\d{4}))?\b")
_RE_MY = re.compile(r"\b" + _MON + r"(?:\s+(?:of\s+)?(\d{4}))?\b")
_RE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RE_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
_RE_WEEKDAY = re.compile(r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_RE_REL = re.compile(r"\b(last|past|previous|next|this|coming|earlier (?:in the|this)|later (?:in the|this))\s+(week|month|year)\b")


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month_shift(d: dt.date, months: int) -> str:
    m = d.year * 12 + d.month - 1 + months
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def _pick_year(month: int, day: int | None, pub: dt.date | None, tense: str | None) -> int | None:
    """The year of a day/month without one: the nearest one on the side the tense points to."""
    if pub is None:
        return None
    year = pub.year
    probe = dt.date(year, month, min(day or 1, 28))
    if tense == "future":
        if probe < pub - dt.timedelta(days=31):
            year += 1
    elif probe > pub + dt.timedelta(days=7):
        year -= 1
    return year


def resolve_date(expr: str, pub_date: str | None = None, tense: str | None = None) -> str | None:
    """ISO date (or week/month/year) of a date expression; None when it cannot be anchored."""
    s = " ".join(expr.lower().split())
    pub = parse_iso(pub_date)
    if m := _RE_ISO.search(s):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    for rx, order in ((_RE_MDY, "md"), (_RE_DMY, "dm")):
        if m := rx.search(s):
            mon, day = (m[1], m[2]) if order == "md" else (m[2], m[1])
            month = MONTHS.get(mon.rstrip("."))
            year = int(m[3]) if m[3] else _pick_year(month, int(day), pub, tense)
            if month is None or year is None:
                return None
            try:
                return dt.date(year, month, int(day)).isoformat()
            except ValueError:
                return None
    if pub is not None:
        if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", s):
            return pub.isoformat()
        if re.search(r"\b(yesterday|last night)\b", s):
            return (pub - dt.timedelta(days=1)).isoformat()
        if re.search(r"\btomorrow\b", s):
            return (pub + dt.timedelta(days=1)).isoformat()
        if m := _RE_AGO.search(s):
            n = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
            unit = m[2]
            if unit == "day":
                return (pub - dt.timedelta(days=n)).isoformat()
            if unit == "week":
                return _week(pub - dt.timedelta(weeks=n))
            if unit == "month":
                return _month_shift(pub, -n)
            return str(pub.year - n)
        if m := _RE_WEEKDAY.search(s):
            return _weekday(pub, WEEKDAYS[m[2]], m[1], tense)
        if m := _RE_REL.search(s):
            return _relative(pub, m[1], m[2])
    if m := _RE_MY.search(s):
        month = MONTHS.get(m[1].rstrip("."))
        # "may" alone is far more often the modal than the month.
        if month and (m[2] or m[1] != "may"):
            year = int(m[2]) if m[2] else _pick_year(month, None, pub, tense)
            if year is not None:
                return f"{year:04d}-{month:02d}"
    if m := _RE_YEAR.search(s):
        return m[1]
    return None


def _weekday(pub: dt.date, wd: int, qualifier: str | None, tense: str | None) -> str:
    if qualifier == "next" or (tense == "future" and qualifier != "last"):
        delta = (wd - pub.weekday()) % 7 or 7
        if qualifier == "this" and wd == pub.weekday():
            delta = 0
        return (pub + dt.timedelta(days=delta)).isoformat()
    # News reports the past: "on Tuesday" is the latest Tuesday on or before publication.
    delta = (pub.weekday() - wd) % 7
    if qualifier == "last" and delta == 0:
        delta = 7
    return (pub - dt.timedelta(days=delta)).isoformat()


def _relative(pub: dt.date, qual: str, unit: str) -> str:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(qual, 0)
    if unit == "week":
        return _week(pub + dt.timedelta(weeks=step))
    if unit == "month":
        return _month_shift(pub, step)
    return str(pub.year + step)
