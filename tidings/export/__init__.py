"""Export stage: store tables -> JSONL, CSV, Parquet; events also as GDELT-like CSV and PLOVER JSON.

    export(conn, what="events", fmt="gdelt", out=sys.stdout.buffer)

`articles|entities|quotes|events` in `jsonl|csv|parquet` write one row per stored row
(events: one per report, with `group_id` tying reports of one event together).
`gdelt` and `plover` write one record per distinct event, with its number of reports.
"""
from __future__ import annotations

import sqlite3
from typing import BinaryIO

from ..errors import ConfigError, msg

# Names only here: pyarrow is imported when an export runs, not when the CLI starts.
WHATS = ("articles", "entities", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
EVENT_ONLY = ("gdelt", "plover")


def export(conn: sqlite3.Connection, what: str, fmt: str, out: BinaryIO) -> int:
    """Write one table in one format to a binary stream; returns the number of records."""
    from .events import GDELT_COLUMNS, gdelt_rows, plover_records
    from .formats import write_csv, write_jsonl, write_parquet
    from .rows import TABLES, iter_rows

    if what not in WHATS:
        raise ConfigError(msg("E404", what=what, choices=", ".join(WHATS)))
    if fmt in EVENT_ONLY and what != "events":
        raise ConfigError(msg("E405", fmt=fmt))
    if fmt == "gdelt":
        return write_csv(gdelt_rows(conn), out, GDELT_COLUMNS)
    if fmt == "plover":
        return write_jsonl(plover_records(conn), out)
    table = TABLES[what]
    rows = iter_rows(conn, table)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "csv":
        return write_csv(rows, out, [name for name, _ in table.columns])
    if fmt == "parquet":
        return write_parquet(rows, out, table.schema)
    raise ConfigError(msg("E404", what=fmt, choices=", ".join(FORMATS)))


__all__ = ["export", "WHATS", "FORMATS"]
