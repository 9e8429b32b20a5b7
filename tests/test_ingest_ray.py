"""Ingest on Ray stores exactly what the local pool stores, and reruns add nothing."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tidings.ingest import ingest

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install -r requirements-test.txt")

FIXTURES = Path(__file__).parent / "fixtures" / "jsonl"


def _articles(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT doc_key, title, text FROM articles ORDER BY doc_key").fetchall()


@pytest.mark.slow
def test_ray_backend_matches_the_process_pool(tmp_path, config):
    inputs = [str(p) for p in sorted(FIXTURES.glob("*.jsonl"))]
    local, on_ray = tmp_path / "local.db", tmp_path / "ray.db"
    ingest(inputs, db=str(local), config=config, workers=1, nlp=False)
    first = ingest(inputs, db=str(on_ray), config=config, workers=2, nlp=False, ray=True)
    assert first.inserted > 0
    assert _articles(on_ray) == _articles(local)
    again = ingest(inputs, db=str(on_ray), config=config, workers=2, nlp=False, ray=True)
    assert again.inserted == 0 and again.updated == 0
    assert _articles(on_ray) == _articles(local)
