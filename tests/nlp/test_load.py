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


_LOADED_AFTER_INIT = """
from tidings.config import load_config
from tidings.nlp import Analyzer
an = Analyzer(load_config(environ={}))
from tidings.nlp import entities, quotes_reported
from tidings.nlp.knowledge import load as knowledge, people
from tidings.nlp.events_lexicon import load_lexicon
print(knowledge.cache_info().currsize, people.load.cache_info().currsize, load_lexicon.cache_info().currsize,
      entities._VOCAB is not None, quotes_reported._CUE_WORD_IDS is not None,
      sorted({p.timeout for _, p in an.nlp.pipeline if hasattr(p, "timeout")}) == [an.config.analyze_timeout])
"""


@pytest.mark.slow
def test_layers_load_their_tables_before_the_first_document_bound():
    # A fresh process: in this one, earlier tests have loaded everything already.
    proc = subprocess.run([sys.executable, "-c", _LOADED_AFTER_INIT], capture_output=True, text=True,
                          timeout=300, env={k: v for k, v in os.environ.items() if not k.startswith("TIDINGS_")})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "1", "1", "True", "True", "True"]
