"""How extract/analyze print records: JSON on stdout, failures and the progress bar on stderr."""
from __future__ import annotations

import json
import sys

from tidings.cli import output


class _Stream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_a_bar_only_for_a_terminal_watching_records_go_elsewhere(monkeypatch):
    for err_tty, out_tty, jsonl, quiet, expected in ((True, False, True, False, True),
                                                     (False, False, True, False, False),  # a script
                                                     (True, True, True, False, False),    # records on screen
                                                     (True, False, False, False, False),  # one record
                                                     (True, False, True, True, False)):   # --quiet
        monkeypatch.setattr(sys, "stderr", _Stream(err_tty))
        monkeypatch.setattr(sys, "stdout", _Stream(out_tty))
        assert output.show_progress(jsonl, quiet) is expected


def test_records_stay_intact_with_a_bar(capsys):
    records = [{"source": "a.html", "title": "A"}, {"source": "b.png", "error": "binary content (PNG)"},
               {"source": "c.html", "title": "C"}]
    assert output.emit_records(iter(records), True, progress=True, label="pages") == 1
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == records
    assert "tidings: b.png: binary content (PNG)" in err.splitlines()
    assert "3 pages" in err and "errors=1" in err


def test_a_file_name_that_is_not_utf8_is_escaped_in_the_json(capsys):
    # Python hands a non-UTF-8 name over with lone surrogates: written raw they are invalid
    # UTF-8 (or, on a strict stdout, a crash that ends the run); as \udcXX escapes the line
    # is valid and json.loads gives the same name back.
    records = [{"source": "caf\udce9.html", "error": "empty input"}, {"source": "ok.html", "title": "Café"}]
    assert output.emit_records(iter(records), True) == 1
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert "\\udce9" in lines[0] and all(line.encode("utf-8") for line in lines)
    assert [json.loads(line) for line in lines] == records
    assert "Café" in lines[1]  # other text stays as it is
