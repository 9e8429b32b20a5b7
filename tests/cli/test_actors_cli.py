"""`tidings actors`: who is who, with titles over time, from a store built by hand."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.cli import cli  # noqa: E402
from tidings.model import Entity  # noqa: E402
from tidings.store import Store  # noqa: E402


def _store(path):
    with Store(path) as s:
        for url, day, title in (("https://a.example/1", "2023-05-02", "Defense Minister"),
                                ("https://a.example/2", "2025-01-21", "Foreign Minister"),
                                ("https://a.example/3", "2025-02-10", "Foreign Minister")):
            ent = Entity("e1", "Takeshi Iwaya", "PERSON", ["Iwaya"], title, "JPN", "GOV", [[0, 5]])
            s.save([article_outcome(url=url, date=day, text=f"Iwaya story of {day}. " * 10,
                                    entities=[ent], events=[], quotes=[])])


def test_actors_shows_titles_over_time(tmp_path):
    db = str(tmp_path / "t.db")
    _store(db)
    res = CliRunner().invoke(cli, ["actors", "iwaya", "--db", db])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].endswith("Takeshi Iwaya (PERSON, JPN, GOV): 3 articles, seen 2023-05-02 .. 2025-02-10")
    assert lines[1:] == ["    Defense Minister, JPN, seen 2023-05-02 (1 article)",
                         "    Foreign Minister, JPN, seen 2025-01-21 .. 2025-02-10 (2 articles)"]
    res = CliRunner().invoke(cli, ["actors", "iwaya", "--db", db, "--json"])
    row = json.loads(res.stdout)
    assert [t["title"] for t in row["titles"]] == ["Defense Minister", "Foreign Minister"]


def test_actors_with_no_match_says_so(tmp_path):
    db = str(tmp_path / "t.db")
    _store(db)
    res = CliRunner().invoke(cli, ["actors", "nobody-of-that-name", "--db", db])
    assert res.exit_code == 0 and res.stdout == ""
    assert "no actors matching" in res.stderr
