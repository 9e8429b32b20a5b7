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
