"""kill -9 in the middle of `tidings ingest`, then rerun: nothing lost, nothing doubled."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

N = 800
PLACES = ["Norway", "Chile", "Kenya", "Portugal", "Japan", "Canada", "Egypt"]


def _corpus(path, n=N):
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({
                "url": f"https://wire.example.com/item/{i}", "title": f"Harbour report {i}",
                "published": "2024-05-01T00:00:00Z",
                "content_html": f"<p>Report number {i} on harbour traffic in port {i % 13}.</p>"
                                f"<p>Officials in {PLACES[i % len(PLACES)]} counted {i * 7} ships "
                                f"and {i % 5} delays this week, Minister Anna Berg said.</p>"}) + "\n")


def _stored(db) -> list[str]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        rows = conn.execute("SELECT doc_key FROM articles").fetchall()
        conn.close()
        return [r[0] for r in rows]
    except sqlite3.Error:
        return []


def _ingest(corpus, db, *extra):
    return [sys.executable, "-m", "tidings", "ingest", str(corpus), "--db", str(db), "--quiet",
            "--batch-size", "10", *extra]


def _kill_midway(cmd, db, min_rows: int, timeout: float = 120.0) -> list[str]:
    # Its own process group, so the kill reaches the workers too, as `kill -9` of a job would.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if len(_stored(db)) >= min_rows:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; make the corpus bigger"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return _stored(db)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigkill_then_rerun(tmp_path, workers):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "t.db"
    _corpus(corpus)
    cmd = _ingest(corpus, db, "--no-nlp", "--workers", workers)
    before = _kill_midway(cmd, db, min_rows=50)
    assert 50 <= len(before) < N
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    after = _stored(db)
    assert len(after) == len(set(after)) == N  # nothing doubled, nothing missing
    assert set(before) <= set(after)  # nothing stored before the kill was lost
    assert "already stored" in done.stderr
    skipped = int(done.stderr.split(" already stored")[0].rsplit(", ", 1)[-1])
    assert skipped == len(before)  # the rerun redid only what the kill interrupted
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fts = conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'").fetchone()[0]
    assert fts == N


def _layers(db) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT a.doc_key, (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id),"
        " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id),"
        " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id),"
        " (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id) FROM articles a").fetchall()
    conn.close()
    return {r[0]: r[1:] for r in rows}


@pytest.mark.slow
def test_sigkill_with_nlp_then_rerun(tmp_path):
    corpus, db, clean = tmp_path / "corpus.jsonl", tmp_path / "t.db", tmp_path / "clean.db"
    _corpus(corpus, 200)
    cmd = _ingest(corpus, db, "--workers", "2")
    before = _kill_midway(cmd, db, min_rows=20, timeout=300)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    after = _stored(db)
    assert len(after) == len(set(after)) == 200 and set(before) <= set(after)
    # Every article's NLP layers are exactly those of an uninterrupted run: none half-written.
    subprocess.run(_ingest(corpus, clean, "--workers", "1"), check=True, capture_output=True, timeout=600)
    layers = _layers(db)
    assert layers == _layers(clean)
    assert sum(v[0] for v in layers.values()) > 200


def _workers_of(pid: int) -> list[int]:
    """The pool workers of a running ingest: its children running the same command."""
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        cmdline = f.read()
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            for child in f.read().split():
                try:
                    with open(f"/proc/{child}/cmdline", "rb") as c:
                        if c.read() == cmdline:
                            found.append(int(child))
                except OSError:
                    pass
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_do_not_outlive_a_killed_ingest(tmp_path, sig):
    # `kill PID`, a service manager or `timeout` signal the main process alone; its pool
    # workers must not sit on as orphans (with NLP, each holds a spaCy pipeline in memory).
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "t.db"
    _corpus(corpus)
    proc = subprocess.Popen(_ingest(corpus, db, "--no-nlp", "--workers", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(_stored(db)) < 20 and proc.poll() is None:
            time.sleep(0.05)
        workers = _workers_of(proc.pid)
        assert proc.poll() is None and len(workers) == 2
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        left = [w for w in workers if _alive(w)]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"workers {left} outlived the ingest"
