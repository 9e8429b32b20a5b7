"""The analyzer holds numpy's BLAS to `blas_threads` threads while its pipeline runs, and only then."""
from __future__ import annotations

import copy

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from tidings.config import load_config


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def _record_threads_in_a_layer(analyzer, monkeypatch) -> list[set[int]]:
    seen = []
    layer = analyzer.nlp.get_pipe("tidings_entities")

    def find(doc, find=layer.find):
        seen.append(_blas_threads())
        return find(doc)

    monkeypatch.setattr(layer, "find", find)
    return seen


@pytest.fixture
def blas_two_threads():
    if not _blas_threads():
        pytest.skip("no BLAS library that threadpoolctl controls")
    with threadpool_limits(limits=2, user_api="blas"):
        yield


_TEXTS = ["The mayor of Brindlemoor opened a new bridge on Friday.",
          "Farmers in the valley said the rain came late this year."]


def test_the_pipeline_runs_on_one_blas_thread_by_default(analyzer, monkeypatch, blas_two_threads):
    assert analyzer.config.blas_threads == 1
    seen = _record_threads_in_a_layer(analyzer, monkeypatch)
    results = list(analyzer.analyze(_TEXTS, batch_size=1))
    assert len(results) == 2 and seen == [{1}, {1}]
    assert _blas_threads() == {2}  # the caller's setting is back once the pipeline stops


def test_the_setting_changes_the_threads(analyzer, monkeypatch, blas_two_threads):
    other = copy.copy(analyzer)
    other.config = load_config(environ={"TIDINGS_BLAS_THREADS": "3"})
    seen = _record_threads_in_a_layer(other, monkeypatch)
    other.analyze_one(_TEXTS[0])
    assert seen == [{3}]


def test_zero_leaves_blas_as_it_is(analyzer, monkeypatch, blas_two_threads):
    other = copy.copy(analyzer)
    other.config = load_config(environ={"TIDINGS_BLAS_THREADS": "0"})
    seen = _record_threads_in_a_layer(other, monkeypatch)
    other.analyze_one(_TEXTS[0])
    assert seen == [{2}]


def test_the_caller_keeps_its_own_setting_between_documents(analyzer, blas_two_threads):
    between = []
    for _ in analyzer.analyze(_TEXTS, batch_size=1):
        between.append(_blas_threads())
    assert between == [{2}, {2}]
