"""The spaCy model is chosen by TIDINGS_SPACY_MODEL; an unknown name is one clear line, not a traceback."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tidings.errors import NlpError
from tidings.nlp.load import load_spacy


def test_unknown_model_is_a_coded_error():
    with pytest.raises(NlpError) as info:
        load_spacy("no_such_model_tidings_xyz")
    assert "no_such_model_tidings_xyz" in str(info.value)
    assert "TIDINGS_SPACY_MODEL" in str(info.value)


def test_cli_names_the_missing_model_in_one_line(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Kenya and Ethiopia signed a trade deal on Monday.\n")
    env = dict(os.environ, TIDINGS_SPACY_MODEL="no_such_model_tidings_xyz")
    proc = subprocess.run([sys.executable, "-m", "tidings", "analyze", str(text)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "no_such_model_tidings_xyz" in lines[0] and "not installed" in lines[0]
    assert "Traceback" not in proc.stderr
