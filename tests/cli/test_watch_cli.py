"""`tidings watch` / `tidings alerts`, and the alerts line at the end of `tidings ingest`."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import cli


def _jsonl(path, slug: str, sentence: str) -> str:
    path.write_text(json.dumps({"url": f"https://daily.example.com/{slug}", "title": slug.replace("-", " "),
                                "content_html": f"<p>{sentence}</p>" * 3}) + "\n")
    return str(path)


def _ingest(runner, path, db):
    return runner.invoke(cli, ["ingest", path, "--db", db, "--no-nlp", "--workers", "1", "-q"])


def test_watch_then_ingest_then_alerts_then_mark_seen(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "t.db")
    ferry = "Portugal and Morocco agreed to add two ferry routes across the strait on Tuesday."
    assert _ingest(runner, _jsonl(tmp_path / "a.jsonl", "ferry-routes", ferry), db).exit_code == 0

    res = runner.invoke(cli, ["watch", "add", "ferries", "ferry OR ferries", "--db", db])
    assert res.exit_code == 0, res.output
    assert "watching 'ferries' (words 'ferry OR ferries') in articles stored from now on" in res.stderr

    res = _ingest(runner, _jsonl(tmp_path / "b.jsonl", "new-ferry", "A new ferry line opens to Tangier. " + ferry), db)
    assert res.exit_code == 0, res.output
    assert res.stderr.splitlines()[-1] == "tidings: alerts: 'ferries' 1 new (`tidings alerts` lists them)"

    res = runner.invoke(cli, ["alerts", "--db", db])
    lines = res.stdout.splitlines()
    assert lines[0] == "ferries (words 'ferry OR ferries'): 1 new"
    assert lines[1].endswith("new ferry") and lines[2].strip() == "https://daily.example.com/new-ferry"

    res = runner.invoke(cli, ["alerts", "--db", db, "--json", "--mark-seen"])
    [watch] = json.loads(res.stdout)["watches"]
    assert watch["new"] == 1 and "marked 1 watch as seen" in res.stderr
    res = runner.invoke(cli, ["watch", "list", "--db", db])
    assert res.stdout.strip() == "ferries: words 'ferry OR ferries'; 0 new"
    # Nothing new: ingest names no watch.
    res = _ingest(runner, _jsonl(tmp_path / "c.jsonl", "rail", "The rail strike ended on Friday after talks."), db)
    assert "alerts" not in res.stderr

    res = runner.invoke(cli, ["watch", "remove", "ferries", "--db", db])
    assert res.exit_code == 0 and "removed watch 'ferries'" in res.stderr
    res = runner.invoke(cli, ["alerts", "--db", db])
    assert res.stdout == "" and "no watches" in res.stderr


def test_watch_errors_are_one_line(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "t.db")
    res = runner.invoke(cli, ["alerts", "--db", db])
    assert res.exit_code == 1 and "no database at" in str(res.exception)
    runner.invoke(cli, ["watch", "add", "x", "ferry", "--db", db])
    for args, words in ((["watch", "add", "y", "--country", "Japan"], "ISO 3166-1 alpha-3"),
                        (["watch", "add", "z"], "needs search words"),
                        (["watch", "add", "x", "rail"], "exists already"),
                        (["watch", "remove", "nope"], "no watch named 'nope'"),
                        (["alerts", "nope"], "no watch named 'nope'")):
        res = runner.invoke(cli, [*args, "--db", db])
        assert res.exit_code == 1 and words in str(res.exception), (args, res.output)
        assert "\n" not in str(res.exception)
