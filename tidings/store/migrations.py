"""Schema versions. schema.sql is always the latest schema, applied whole to a new file;
an older database is brought forward by running each later migration in order.

To change the schema: edit schema.sql AND append a migration taking version N-1 to N;
never edit schema_v1.sql (the first released schema, frozen). tests/store/test_migrations.py
builds a version-1 database from it, migrates it up, and checks the result equals a fresh
schema.sql database, so the two can't drift apart unnoticed.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Migration:
    version: int  # the version this migration produces
    description: str
    sql: str


# Version 1 is the first released schema (schema.sql as of the first ingest release).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(2, "articles found by canonical URL (a URL may hold several dated articles)",
              "CREATE INDEX articles_canonical ON articles(canonical_url);"),
    Migration(3, "actor_titles: a title's country is the one most of its mentions give",
              """DROP VIEW actor_titles;
CREATE VIEW actor_titles AS
SELECT e.actor_id AS actor_id, MAX(e.title) AS title,
       (SELECT c.country FROM entities c
         WHERE c.actor_id = e.actor_id AND lower(c.title) = lower(e.title) AND c.country IS NOT NULL
         GROUP BY c.country
         HAVING COUNT(*) * 2 > (SELECT COUNT(*) FROM entities d WHERE d.actor_id = e.actor_id
                                 AND lower(d.title) = lower(e.title) AND d.country IS NOT NULL)
         ORDER BY COUNT(*) DESC LIMIT 1) AS country,
       MIN(substr(a.date, 1, 10)) AS first_seen, MAX(substr(a.date, 1, 10)) AS last_seen,
       COUNT(DISTINCT a.id) AS n_articles
FROM entities e JOIN articles a ON a.id = e.article_id
WHERE e.actor_id IS NOT NULL AND e.title IS NOT NULL AND e.title != ''
GROUP BY e.actor_id, lower(e.title);"""),
    Migration(4, "entities.country_from: a stated country outweighs an inferred one; the "
                 "registry fills missing ones",
              "ALTER TABLE entities ADD COLUMN country_from TEXT;"),
    Migration(5, "events: where a party's country came from when the event gave none",
              """ALTER TABLE events ADD COLUMN source_country_from TEXT;
ALTER TABLE events ADD COLUMN target_country_from TEXT;"""),
    Migration(6, "watches: saved searches whose new matches are alerts",
              """CREATE TABLE watches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    query       TEXT,
    country     TEXT,
    entity      TEXT,
    created_at  TEXT NOT NULL,
    seen_upto   INTEGER NOT NULL DEFAULT 0,
    seen_at     TEXT
);"""),
)

BASE_VERSION = 1


def latest_version() -> int:
    return max([BASE_VERSION, *(m.version for m in MIGRATIONS)])


def schema_sql(name: str = "schema.sql") -> str:
    return resources.files("tidings.store").joinpath(name).read_text(encoding="utf-8")


def base_schema_sql() -> str:
    """The schema as released at BASE_VERSION, frozen: the start of every migration path."""
    return schema_sql(f"schema_v{BASE_VERSION}.sql")


def pending(found: int) -> list[Migration]:
    return sorted((m for m in MIGRATIONS if m.version > found), key=lambda m: m.version)
