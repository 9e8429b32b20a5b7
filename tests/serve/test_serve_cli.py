"""`tidings serve` and `tidings relations`, in-process with click's CliRunner."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_relations_table(runner, corpus):
    path, _ = corpus
    result = runner.invoke(cli, ["relations", "usa", "jpn", "--db", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("USA-JPN: 4 distinct events, mean intensity +1.25")
    header = lines[1].split()
    assert header[:5] == ["period", "events", "USA>JPN", "JPN>USA", "intensity"]
    assert header[5:] == ["AGREE", "CONSULT", "REQUEST"]
    rows = [line.split() for line in lines[2:]]
    assert [r[0] for r in rows] == ["2025-01", "2025-02", "2025-03"]
    assert rows[0][:5] == ["2025-01", "2", "0", "2", "+2.50"]
    assert rows[1] == ["2025-02", "0", "0", "0"]


def test_relations_json_and_periods(runner, corpus):
    path, _ = corpus
    result = runner.invoke(cli, ["relations", "JPN", "USA", "--db", str(path), "--by", "week", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["by"] == "week" and data["total"] == 4
    assert [p["period"] for p in data["periods"] if p["n"]] == ["2025-01-20", "2025-03-03"]


def test_relations_errors_are_one_line(runner, corpus, tmp_path):
    path, _ = corpus
    bad = runner.invoke(cli, ["relations", "US", "JPN", "--db", str(path)])
    assert bad.exit_code == 1 and "ISO 3166-1 alpha-3" in bad.output
    assert "Traceback" not in bad.output
    missing = runner.invoke(cli, ["relations", "USA", "JPN", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and len(missing.output.strip().splitlines()) == 1
    usage = runner.invoke(cli, ["relations", "USA", "JPN", "--db", str(path), "--by", "year"])
    assert usage.exit_code == 2


def test_relations_for_a_quiet_pair(runner, corpus):
    path, _ = corpus
    result = runner.invoke(cli, ["relations", "FRA", "DEU", "--db", str(path)])
    assert result.exit_code == 0 and result.output.strip() == "FRA-DEU: 0 distinct events"


def test_serve_binds_localhost_and_prints_the_address(runner, corpus, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    result = runner.invoke(cli, ["serve", "--db", str(corpus[0])], env={"TIDINGS_HOST": "", "TIDINGS_PORT": ""})
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.output
    runner.invoke(cli, ["serve", "--db", str(corpus[0]), "--port", "8123"])
    assert seen["port"] == 8123


def test_serve_without_a_database_says_so(runner, tmp_path):
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "nothing.db")])
    assert result.exit_code == 1
    assert "nothing.db" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "nothing.db").exists()  # serving never creates a database
