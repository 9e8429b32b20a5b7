"""The parser and NER stepped from Python (nlp/steps.py) parse as spaCy's compiled loop does,
and the models multiply on numpy's BLAS (nlp/load.py)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from tidings.nlp.load import load_spacy
from tidings.nlp import steps
from tidings.nlp.steps import SteppedParser, step_parsers, tok2vec_by_runs, token_runs

DEMO = Path(__file__).resolve().parents[2] / "demo" / "state-dept-press-releases.jsonl.gz"

_INVENTED = [
    "",
    "Rain.",
    "The mayor of Lakeside, Dora Venn, said on Monday that the bridge would reopen in May.",
    "\u201cWe will not sign,\u201d the union\u2019s leader told reporters in Port Alder.\n\n"
    "The Harbour Authority declined to comment. Talks resume on 4 June at the Ministry of Labour.",
]
_COLUMNS = [HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]


def _texts() -> list[str]:
    texts = list(_INVENTED)
    if DEMO.exists():
        with gzip.open(DEMO, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(200), fh)][::25]
    return texts


def _parse(nlp, texts, batch_size):
    return [doc.to_array(_COLUMNS) for doc in nlp.pipe(texts, batch_size=batch_size)]


def test_stepped_loop_gives_the_compiled_loops_parse_and_entities(config):
    nlp = load_spacy.__wrapped__(config.spacy_model)  # a pipeline of its own, not the shared one
    texts = _texts()
    compiled = _parse(nlp, texts, batch_size=4)
    assert sorted(step_parsers(nlp)) == ["ner", "parser"]
    assert isinstance(nlp.get_pipe("parser"), SteppedParser) and isinstance(nlp.get_pipe("ner"), SteppedParser)
    # whatever the batching: one text at a time, a few, all at once
    for batch_size in (1, 3, 64):
        stepped = _parse(nlp, texts, batch_size)
        assert len(stepped) == len(compiled)
        for want, got in zip(compiled, stepped):
            assert numpy.array_equal(want, got)
    doc = nlp(texts[2])
    assert [e.text for e in doc.ents] and doc.has_annotation("DEP")
    assert step_parsers(nlp) == []  # once only


def test_token_runs_close_once_a_run_holds_the_budget():
    docs = ["x" * n for n in (0, 3, 4, 10, 1, 1, 2)]  # len() is all token_runs reads
    assert token_runs(docs, budget=5) == [(0, 3), (3, 4), (4, 7)]
    assert token_runs(docs, budget=100) == [(0, 7)]
    assert token_runs([], budget=5) == []


def test_networks_over_runs_of_tokens_parse_as_over_the_whole_batch(config, monkeypatch):
    nlp = load_spacy.__wrapped__(config.spacy_model)  # a pipeline of its own, not the shared one
    step_parsers(nlp)
    texts = _texts()
    whole = _parse(nlp, texts, batch_size=64)
    whole_vectors = [doc.tensor.copy() for doc in nlp.pipe(texts, batch_size=64)]
    # runs of ~20 tokens: the invented texts alone (0, 2, 19 and 36 tokens) make two
    monkeypatch.setattr(steps, "TOKENS_PER_RUN", 20)
    assert len(token_runs([nlp.make_doc(t) for t in _INVENTED])) == 2
    assert tok2vec_by_runs(nlp) and not tok2vec_by_runs(nlp)  # once only
    by_runs = _parse(nlp, texts, batch_size=64)
    for want, got in zip(whole, by_runs):
        assert numpy.array_equal(want, got)
    for want, doc in zip(whole_vectors, nlp.pipe(texts, batch_size=64)):
        assert want.shape == doc.tensor.shape and numpy.allclose(want, doc.tensor, atol=1e-4)


def test_analyzer_steps_its_parsers_and_keeps_the_listener(analyzer):
    nlp = analyzer.nlp
    assert isinstance(nlp.get_pipe("parser"), SteppedParser)
    assert isinstance(nlp.get_pipe("ner"), SteppedParser)
    # the parser reads the shared tok2vec's output through its listener
    assert "parser" in nlp.get_pipe("tok2vec").listener_map


def test_networks_multiply_on_numpy_blas(config):
    # thinc's default BLIS falls back to its reference kernel on CPUs it does not recognise
    tok2vec = load_spacy(config.spacy_model).get_pipe("tok2vec").model
    assert not any(node.ops.use_blis for node in tok2vec.walk())


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_and_blank_texts_parse(analyzer, text):
    assert analyzer.analyze_one(text).entities == []
