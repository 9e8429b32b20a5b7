"""`tidings extract` / `tidings analyze` as CONTRACT.md specifies, run as real processes."""
from __future__ import annotations

import gzip
import os
import json
import subprocess
import sys

import pytest

WIRE_DUMP = """World News

Leaders agree to expand rail link between two ports

A freight train leaves the northern terminal on March 3, 2024. - Reuters

OSLO: Norway and Sweden agreed on Tuesday to expand the rail link between their two largest ports, the transport ministers of both countries said in a joint statement.

The project will double the number of freight trains that can cross the border each day, according to the statement, and is expected to be finished within four years.

"This is a line our exporters have been asking for since the nineties," Norwegian Transport Minister Kari Nordmann told reporters after the signing.
"""


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tidings", *args], input=stdin,
                          capture_output=True, timeout=300)


@pytest.fixture
def bad_inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a-good.txt").write_text(WIRE_DUMP)
    (folder / "b-empty.html").write_bytes(b"")
    (folder / "c-image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "d-doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    (folder / "e-cut.html.gz").write_bytes(gzip.compress(WIRE_DUMP.encode() * 20)[:-20])
    return folder


def test_extract_a_folder_gives_one_record_per_file_in_order_and_goes_on(bad_inputs):
    done = run("extract", "--no-nlp", str(bad_inputs))
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in records] == [
        "a-good.txt", "b-empty.html", "c-image.png", "d-doc.pdf", "e-cut.html.gz"]
    assert "error" not in records[0]
    assert all("error" in r and "\n" not in r["error"] for r in records[1:])
    assert done.returncode == 1
    assert len(done.stderr.decode().strip().splitlines()) == 4
    assert b"Traceback" not in done.stderr


def test_extract_one_text_dump_prints_one_object_with_every_contract_field(tmp_path):
    page = tmp_path / "wire.txt"
    page.write_text(WIRE_DUMP)
    done = run("extract", "--no-nlp", str(page))
    assert done.returncode == 0
    record = json.loads(done.stdout)
    for field in ("source", "url", "title", "text", "date", "authors", "credits", "dateline",
                  "section", "captions", "tags", "related", "language"):
        assert field in record
    assert record["title"] == "Leaders agree to expand rail link between two ports"
    assert record["dateline"] == "OSLO"
    assert "Reuters" in record["credits"]
    assert record["text"].startswith("Norway and Sweden agreed on Tuesday")
    assert "entities" not in record


def test_stdin_and_url_option(tmp_path):
    done = run("extract", "--no-nlp", "--url", "https://news.example/rail", "-",
               stdin=WIRE_DUMP.encode())
    assert done.returncode == 0
    assert json.loads(done.stdout)["url"] == "https://news.example/rail"


def test_bad_usage_exits_2():
    assert run("extract", "--format", "pdf", "x").returncode == 2
    assert run("analyze").returncode == 2


@pytest.mark.slow
def test_analyze_offsets_point_into_exactly_the_given_text(tmp_path):
    text = ("Norwegian Transport Minister Kari Nordmann met Swedish officials in Oslo on Tuesday.\r\n\r\n"
            "\u201cThis is a line our exporters wanted,\u201d Nordmann said.")
    page = tmp_path / "t.txt"
    page.write_bytes(text.encode())
    done = run("analyze", "--date", "2024-03-07", str(page))
    assert done.returncode == 0
    record = json.loads(done.stdout)
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            # A mention may carry the words written with the name ("Transport Minister X").
            assert any(form in text[start:end] for form in [entity["name"], *entity["aliases"]])
    for quote in record["quotes"]:
        assert text[quote["span"][0]:quote["span"][1]] == quote["text"]


def test_ctrl_c_exits_130_with_one_line_and_whole_records(tmp_path):
    # Exit code 1 means "an input failed"; an interrupted run must not look like that.
    import signal
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(400):
        (folder / f"{n:04}.txt").write_text(WIRE_DUMP)
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "extract", "--no-nlp", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    first = proc.stdout.readline()  # a record is out: the run is under way
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert first and proc.returncode == 130
    assert err.decode().strip().splitlines()[-1] == "tidings: interrupted"
    for line in [first, *out.splitlines()]:
        json.loads(line)


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text(WIRE_DUMP)
    if os.path.exists("/dev/full"):  # a full disk
        with open("/dev/full", "wb") as full:
            done = subprocess.run([sys.executable, "-m", "tidings", "extract", "--no-nlp", str(page)],
                                  stdout=full, stderr=subprocess.PIPE, timeout=300)
        assert done.returncode == 1
        err = done.stderr.decode()
        assert "Traceback" not in err and err.strip().count("\n") == 0 and "No space left" in err
    db = tmp_path / "t.db"
    subprocess.run([sys.executable, "-m", "tidings", "ingest", "--no-nlp", "-q", "--workers", "1",
                    "--db", str(db), str(page)], check=True, capture_output=True, timeout=300)
    done = run("export", "--db", str(db), "--what", "articles", "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err and err.strip().count("\n") == 0
    assert "No such file or directory" in err and "out.jsonl" in err
