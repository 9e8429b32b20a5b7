"""Old databases are brought forward; schema.sql and the migrations must agree."""
from __future__ import annotations

import sqlite3

from tidings.store import Store, db, migrations
from tidings.store.migrations import Migration


def _schema(path) -> list[tuple]:
    """Tables by their columns (ALTER rewrites their SQL text), everything else by its SQL."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                        " ORDER BY type, name").fetchall()
    out = []
    for kind, name, table, sql in rows:
        if kind == "table":
            out.append((kind, name, table, conn.execute(f"PRAGMA table_info({name})").fetchall()))
        else:
            out.append((kind, name, table, " ".join((sql or "").split())))
    conn.close()
    return out


def test_a_migration_is_applied_once_in_order(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    Store(path).close()  # a database at today's version
    base = migrations.latest_version()
    extra = (
        Migration(base + 1, "articles get a paywall flag",
                  "ALTER TABLE articles ADD COLUMN paywalled INTEGER NOT NULL DEFAULT 0;"),
        Migration(base + 2, "an index on it",
                  "CREATE INDEX articles_paywalled ON articles(paywalled);"),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + extra)
    with Store(path) as s:
        assert s.schema_version == base + 2
        cols = [r[1] for r in s.connection().execute("PRAGMA table_info(articles)")]
        assert "paywalled" in cols
    with Store(path) as s:  # reopening applies nothing twice
        versions = [r[0] for r in s.connection().execute("SELECT version FROM schema_version")]
        assert versions == [base, base + 1, base + 2]


def _base_database(path) -> None:
    """A database exactly as the first release created it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in db._statements(migrations.base_schema_sql()):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (?, 'then')", (migrations.BASE_VERSION,))
    conn.close()


def test_migrating_the_first_release_equals_a_fresh_schema(tmp_path):
    """Fails when schema.sql changes without a migration (or a migration without schema.sql)."""
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    Store(fresh).close()
    _base_database(old)
    with Store(old) as s:
        assert s.schema_version == migrations.latest_version()
    assert _schema(old) == _schema(fresh)


def test_statement_splitter_keeps_trigger_bodies_whole():
    sql = migrations.schema_sql()
    statements = list(db._statements(sql))
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 6 and all(s.rstrip().endswith("END;") for s in triggers)
