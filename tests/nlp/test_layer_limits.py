"""Each tidings layer is bounded in time per text: one hostile text fails alone."""
import time

import pytest

from tidings.errors import NlpError
from tidings.nlp import components
from tidings.pipeline import Outcome, with_analysis
from tidings.model import Article


def test_a_layer_over_its_time_raises_naming_the_layer(analyzer):
    def stall(doc):
        time.sleep(5)

    layer = components._Layer("tidings_quotes", stall, 0.2)
    doc = analyzer.nlp.make_doc("Hello there.")
    with pytest.raises(NlpError, match="quotes layer took too long"):
        layer(doc)


def test_a_layer_within_its_time_writes_its_result(analyzer):
    layer = components._Layer("tidings_quotes", lambda doc: ["found"], 5.0)
    doc = analyzer.nlp.make_doc("Hello there.")
    assert layer(doc)._.tidings_quotes == ["found"]


def test_the_stalled_text_fails_alone_and_the_batch_is_analysed(analyzer, config, monkeypatch):
    real = components._find_quotes

    def stall_on_marker(doc):
        if "STALL" in doc.text:
            time.sleep(5)
        return real(doc)

    quotes = analyzer.nlp.get_pipe("tidings_quotes")
    monkeypatch.setattr(quotes, "find", stall_on_marker)
    monkeypatch.setattr(quotes, "timeout", 0.5)
    texts = ['"We will stay," Anna Berg said.', "STALL here.", "Japan met China in Tokyo on Monday."]
    outcomes = [Outcome(f"t{i}", article=Article(source=f"t{i}", text=t, language="en"))
                for i, t in enumerate(texts)]
    done = list(with_analysis(outcomes, analyzer, config))
    assert [o.error is None for o in done] == [True, False, True]
    assert "quotes layer took too long" in done[1].error
    assert done[0].article.analysis.quotes[0].speaker == "Anna Berg"
