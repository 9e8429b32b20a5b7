"""The `tidings ingest` command: summary, bad inputs listed one per line, exit codes."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import cli


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def test_ingest_command(tmp_path):
    good = _jsonl(tmp_path / "good.jsonl", [
        {"url": "https://daily.example.com/a", "title": "Ferry routes expand",
         "content_html": "<p>Portugal and Morocco agreed to add two ferry routes on Tuesday.</p>" * 2}])
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", good, "--db", db, "--no-nlp", "--workers", "1", "-q"])
    assert res.exit_code == 0, res.output
    assert "1 new" in res.stderr and db in res.stderr

    (tmp_path / "empty.html").write_bytes(b"")
    bad = _jsonl(tmp_path / "bad.jsonl", [{"url": "https://daily.example.com/b"}])
    res = runner.invoke(cli, ["ingest", good, str(tmp_path / "empty.html"), bad, "--db", db,
                              "--no-nlp", "--workers", "1", "-q"])
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert f"tidings: {tmp_path / 'empty.html'}: empty input" in lines
    assert f"tidings: {bad}: no HTML pages in this JSONL file (none of its 1 records has 'html' or 'text')" in lines
    assert "1 already stored, 2 failed" in lines[-1]
    assert "Traceback" not in res.output


def test_ingest_usage_errors(tmp_path):
    res = CliRunner().invoke(cli, ["ingest"])
    assert res.exit_code == 2
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "t.db"),
                                   "--no-nlp", "--workers", "1", "-q"])
    assert res.exit_code == 1 and "no such file" in res.stderr
