"""Rows to export, read from the store in pages (never the whole table in memory).

Each table is described once here: its SQL, which columns hold JSON lists, and the Arrow
type of each column, so JSONL, CSV and Parquet agree on names and types.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Iterator

import pyarrow as pa

_STR = pa.string()
_INT = pa.int64()
_FLOAT = pa.float64()
_STRS = pa.list_(pa.string())
_RELATED = pa.list_(pa.struct([("title", pa.string()), ("url", pa.string())]))


@dataclass(frozen=True)
class Table:
    name: str
    sql: str
    columns: tuple[tuple[str, pa.DataType], ...]
    json_columns: tuple[str, ...] = ()

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(list(self.columns))


ARTICLES = Table(
    "articles",
    "SELECT id, url, canonical_url, title, date, authors, credits, dateline, section, captions,"
    " tags, related, language, story_id, source, content_hash, ingested_at, text"
    " FROM articles ORDER BY id",
    (("id", _INT), ("url", _STR), ("canonical_url", _STR), ("title", _STR), ("date", _STR),
     ("authors", _STRS), ("credits", _STRS), ("dateline", _STR), ("section", _STR),
     ("captions", _STRS), ("tags", _STRS), ("related", _RELATED), ("language", _STR),
     ("story_id", _INT), ("source", _STR), ("content_hash", _STR), ("ingested_at", _STR),
     ("text", _STR)),
    json_columns=("authors", "credits", "captions", "tags", "related"),
)

ENTITIES = Table(
    "entities",
    "SELECT e.id, e.article_id, a.url, a.date AS article_date, e.entity_id, e.actor_id, e.name,"
    " e.type, e.aliases, e.title, e.country, e.sector, e.n_mentions"
    " FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY e.id",
    (("id", _INT), ("article_id", _INT), ("url", _STR), ("article_date", _STR),
     ("entity_id", _STR), ("actor_id", _INT), ("name", _STR), ("type", _STR), ("aliases", _STRS),
     ("title", _STR), ("country", _STR), ("sector", _STR), ("n_mentions", _INT)),
    json_columns=("aliases",),
)

QUOTES = Table(
    "quotes",
    "SELECT q.id, q.article_id, a.url, a.date AS article_date, q.speaker, q.speaker_entity_id,"
    " q.speaker_actor_id, q.cue, q.direct, q.start, q.end, q.text"
    " FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id",
    (("id", _INT), ("article_id", _INT), ("url", _STR), ("article_date", _STR), ("speaker", _STR),
     ("speaker_entity_id", _STR), ("speaker_actor_id", _INT), ("cue", _STR), ("direct", pa.bool_()),
     ("start", _INT), ("end", _INT), ("text", _STR)),
)

# One row per report (sentence) of an event; `group_id` says which reports are one event.
EVENTS = Table(
    "events",
    "SELECT e.id, e.group_id, e.article_id, a.url, a.date AS article_date, e.type, e.mode,"
    " e.cameo, e.source_name, e.source_actor_id, e.source_country, e.source_sector,"
    " e.target_name, e.target_actor_id, e.target_country, e.target_sector, e.date, e.place,"
    " e.intensity, e.sentence_start, e.sentence_end,"
    " substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence"
    " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id",
    (("id", _INT), ("group_id", _INT), ("article_id", _INT), ("url", _STR),
     ("article_date", _STR), ("type", _STR), ("mode", _STR), ("cameo", _STR),
     ("source_name", _STR), ("source_actor_id", _INT), ("source_country", _STR),
     ("source_sector", _STR), ("target_name", _STR), ("target_actor_id", _INT),
     ("target_country", _STR), ("target_sector", _STR), ("date", _STR), ("place", _STR),
     ("intensity", _FLOAT), ("sentence_start", _INT), ("sentence_end", _INT), ("sentence", _STR)),
)

TABLES = {t.name: t for t in (ARTICLES, ENTITIES, QUOTES, EVENTS)}


def iter_rows(conn: sqlite3.Connection, table: Table, page: int = 500) -> Iterator[dict]:
    """The table's rows as dicts with JSON lists decoded and booleans as bool."""
    cur = conn.execute(table.sql)
    names = [d[0] for d in cur.description]
    bools = {name for name, kind in table.columns if kind == pa.bool_()}
    while rows := cur.fetchmany(page):
        for row in rows:
            out = dict(zip(names, row))
            for col in table.json_columns:
                out[col] = json.loads(out[col]) if out[col] else []
            for col in bools:
                out[col] = bool(out[col])
            yield out
