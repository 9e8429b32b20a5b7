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


def test_an_extractor_bug_on_one_page_fails_only_that_page(config, monkeypatch):
    import tidings.pipeline as pipeline
    from tidings.model import RawDoc

    real = pipeline.extract_page

    def flaky(raw, config, fmt="auto", url=None):
        if b"trigger" in raw.data:
            raise IndexError("list index out of range")
        return real(raw, config, fmt=fmt, url=url)

    monkeypatch.setattr(pipeline, "extract_page", flaky)
    page = ("Harbour deal signed\n\nNorway and Sweden signed a deal on Tuesday to share the cost "
            "of a new rail link between their two largest ports, ministers said.\n")
    raws = [RawDoc("a.txt", page.encode()), RawDoc("b.txt", b"trigger " + page.encode()),
            RawDoc("c.txt", page.encode())]
    done = list(pipeline.extract_outcomes(raws, config))
    assert [o.error is None for o in done] == [True, False, True]
    assert done[1].error == "the extractor failed on this page: list index out of range"


class RecordingAnalyzer:
    def __init__(self):
        self.contexts = []

    def analyze(self, texts, contexts):
        self.contexts.extend(contexts)
        return iter([Analysis(language="en") for _ in texts])


def test_a_government_page_lends_its_voice_unless_it_is_a_transcript(config):
    pages = [("https://www.state.gov/on-the-strikes/", "We condemn the strikes."),
             ("https://www.state.gov/remarks/", "SECRETARY: We condemn the strikes.\n\nQUESTION: Thank you."),
             ("https://www.example-news.com/story", "We condemn the strikes.")]
    outcomes = [Outcome(url, article=Article(source=url, url=url, text=text)) for url, text in pages]
    analyzer = RecordingAnalyzer()
    list(with_analysis(outcomes, analyzer, config))
    voices = [c.voice for c in analyzer.contexts]
    assert (voices[0].name, voices[0].country) == ("state.gov", "USA")
    assert voices[1] is None and voices[2] is None
