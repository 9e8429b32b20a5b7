"""Schema versions. schema.sql is always the latest schema, applied whole to a new file;
an older database is brought forward by running each later migration in order.

To change the schema: edit schema.sql AND append a migration taking version N-1 to N.
tests/store/test_migrations.py builds a database at every old version and checks the
migrated schema equals a fresh one, so the two can't drift apart unnoticed.
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
MIGRATIONS: tuple[Migration, ...] = ()

BASE_VERSION = 1


def latest_version(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    return max([BASE_VERSION, *(m.version for m in migrations)])


def schema_sql() -> str:
    return resources.files("tidings.store").joinpath("schema.sql").read_text(encoding="utf-8")


def pending(found: int, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    return sorted((m for m in migrations if m.version > found), key=lambda m: m.version)
