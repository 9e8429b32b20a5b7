from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from store_factories import TEXT, article_outcome  # noqa: E402

from tidings.cli import cli  # noqa: E402
from tidings.errors import ConfigError  # noqa: E402
from tidings.export import export  # noqa: E402
from tidings.store import Store  # noqa: E402


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as s:
        # The same report from two sites (one story), and an unrelated article.
        s.save([article_outcome(url="https://a.example/iwaya"),
                article_outcome(url="https://www.b.example/iwaya-copy", text=TEXT + "Reporting by the desk."),
                article_outcome(url="https://c.example/other", title="Other",
                                text="Kenya and Tanzania agreed to link their railways. " * 5,
                                entities=[], quotes=[], events=[])])
    return path


def _run(db, what, fmt) -> bytes:
    out = io.BytesIO()
    with Store(db, readonly=True) as s:
        export(s.connection(), what, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("what,n", [("articles", 3), ("entities", 6), ("quotes", 2), ("events", 4)])
def test_every_table_in_every_format(db, what, n):
    rows = [json.loads(line) for line in _run(db, what, "jsonl").decode().splitlines()]
    assert len(rows) == n
    table = pq.read_table(io.BytesIO(_run(db, what, "parquet")))
    assert table.num_rows == n and table.column_names == list(rows[0])
    parsed = list(csv.DictReader(io.StringIO(_run(db, what, "csv").decode())))
    assert len(parsed) == n and list(parsed[0]) == list(rows[0])
    # Same values whichever format: compare one scalar column.
    assert [str(r["id"]) for r in rows] == [r["id"] for r in parsed] == \
        [str(v) for v in table.column("id").to_pylist()]


def test_lists_stay_lists(db):
    articles = [json.loads(line) for line in _run(db, "articles", "jsonl").decode().splitlines()]
    assert articles[0]["authors"] == ["Jane Doe"] and articles[0]["tags"] == ["Japan", "diplomacy"]
    table = pq.read_table(io.BytesIO(_run(db, "articles", "parquet")))
    assert table.column("tags").to_pylist()[0] == ["Japan", "diplomacy"]
    row = next(csv.DictReader(io.StringIO(_run(db, "articles", "csv").decode())))
    assert json.loads(row["tags"]) == ["Japan", "diplomacy"]


def test_event_rows_carry_their_sentence(db):
    events = [json.loads(line) for line in _run(db, "events", "jsonl").decode().splitlines()]
    consult = next(e for e in events if e["type"] == "CONSULT")
    assert consult["sentence"] == TEXT[0:105]
    assert consult["source_country"] == "JPN" and consult["target_country"] == "USA"


def test_gdelt_counts_each_event_once_with_its_sources(db):
    rows = list(csv.DictReader(io.StringIO(_run(db, "events", "gdelt").decode())))
    assert len(rows) == 2  # CONSULT and AGREE, each reported by two sites
    consult = next(r for r in rows if r["PloverType"] == "CONSULT")
    assert consult["Day"] == "20250121" and consult["EventCode"] == "040" and consult["EventRootCode"] == "04"
    assert (consult["Actor1CountryCode"], consult["Actor2CountryCode"]) == ("JPN", "USA")
    assert (consult["NumMentions"], consult["NumArticles"], consult["NumSources"]) == ("2", "2", "2")
    assert consult["SOURCEURL"].startswith("https://") and consult["DateIsReported"] == "0"
    agree = next(r for r in rows if r["PloverType"] == "AGREE")
    assert agree["DateIsReported"] == "1"  # no own date: the first report's date stands in


def test_plover_records_keep_every_report(db):
    records = [json.loads(line) for line in _run(db, "events", "plover").decode().splitlines()]
    consult = next(r for r in records if r["event_type"] == "CONSULT")
    assert consult["source"]["country"] == "JPN" and consult["target"]["name"] == "Marco Rubio"
    assert len(consult["reports"]) == 2
    assert {r["url"] for r in consult["reports"]} == {"https://a.example/iwaya", "https://www.b.example/iwaya-copy"}
    assert all(r["sentence"].startswith("Japanese Foreign Minister") for r in consult["reports"])


def test_event_formats_refuse_other_tables(db):
    with pytest.raises(ConfigError):
        _run(db, "articles", "gdelt")


def test_empty_database_exports_headers_and_an_empty_parquet(tmp_path):
    Store(tmp_path / "e.db").close()
    assert _run(tmp_path / "e.db", "events", "csv").decode().startswith("id,group_id,")
    assert pq.read_table(io.BytesIO(_run(tmp_path / "e.db", "quotes", "parquet"))).num_rows == 0


def test_cli_export_to_file_and_stdout(db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "events.parquet"
    res = runner.invoke(cli, ["export", "--db", str(db), "--what", "events", "--format", "parquet",
                              "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert pq.read_table(out).num_rows == 4
    res = runner.invoke(cli, ["export", "--db", str(db), "--what", "quotes", "--format", "jsonl"])
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["speaker"] == "Takeshi Iwaya"
    res = runner.invoke(cli, ["export", "--db", str(db), "--what", "quotes", "--format", "gdelt"])
    assert res.exit_code == 2
    res = runner.invoke(cli, ["export", "--db", str(tmp_path / "missing.db"), "--what", "quotes"])
    assert res.exit_code != 0


def test_cli_actors(db):
    res = CliRunner().invoke(cli, ["actors", "iwaya", "--db", str(db)])
    assert res.exit_code == 0
    assert "Takeshi Iwaya (PERSON, JPN, GOV): 2 articles, seen 2025-01-21" in res.stdout
    assert "Foreign Minister, JPN, seen 2025-01-21 (2 articles)" in res.stdout
    res = CliRunner().invoke(cli, ["actors", "--db", str(db), "--json"])
    names = [json.loads(line)["name"] for line in res.stdout.splitlines()]
    assert set(names) == {"Takeshi Iwaya", "Marco Rubio", "Washington"}


def test_parquet_is_not_written_to_a_terminal(db):
    # Binary bytes on a terminal garble it; on a file or a pipe they are wanted.
    import os
    import pty
    import subprocess

    main, tty = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "tidings", "export", "--db", str(db), "--what",
                               "articles", "--format", "parquet"], stdout=tty, stderr=subprocess.PIPE,
                              timeout=120)
    finally:
        os.close(tty)
        os.close(main)
    assert done.returncode == 2 and b"-o FILE" in done.stderr
    piped = subprocess.run([sys.executable, "-m", "tidings", "export", "--db", str(db), "--what",
                            "articles", "--format", "parquet"], capture_output=True, timeout=120)
    assert piped.returncode == 0 and piped.stdout[:4] == b"PAR1"
