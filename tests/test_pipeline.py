"""The pipeline joins the stages; one bad text never sinks the texts batched with it."""
from __future__ import annotations

from tidings.model import Analysis, Article
from tidings.pipeline import Outcome, with_analysis


class BrittleAnalyzer:
    """Analyses like the real one, but breaks on a text containing 'poison'."""

    def analyze(self, texts, contexts):
        texts = list(texts)
        if any("poison" in t for t in texts):
            raise ValueError("component blew up\non two lines")
        return iter([Analysis(language="en") for _ in texts])


def test_a_failing_text_fails_alone_with_a_one_line_error(config):
    outcomes = [Outcome(f"doc{i}", article=Article(source=f"doc{i}", text=text))
                for i, text in enumerate(["fine words", "poison pill", "more fine words"])]
    outcomes.append(Outcome("bad.png", error="binary content (PNG image), not a news page"))
    done = list(with_analysis(outcomes, BrittleAnalyzer(), config))
    assert [o.source for o in done] == ["doc0", "doc1", "doc2", "bad.png"]
    assert done[0].article.analysis is not None and done[2].article.analysis is not None
    assert done[1].article is None
    assert done[1].error == "the NLP layers failed on this text: component blew up on two lines"
    assert done[3].error.startswith("binary content")
