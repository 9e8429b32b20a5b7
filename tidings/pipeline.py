"""One way through: read -> extract -> nlp (-> store). The only module that joins stages.

Every function streams: it takes an iterable and yields, so a folder of a million pages
never sits in memory, and a bad input becomes an error record while the rest goes on.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

from .config import Config
from .errors import TidingsError, msg, one_line
from .extract import extract_page
from .language import detect_language
from .model import Analysis, Article, InputFailure, RawDoc, error_record
from .read.decode import decode_bytes


@dataclass
class Outcome:
    """One input's result: an article (with or without NLP) or a one-line error."""

    source: str
    article: Article | None = None
    error: str | None = None
    raw: RawDoc | None = None

    def to_dict(self) -> dict:
        if self.error is not None:
            return error_record(self.source, self.error)
        return self.article.to_dict()


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_outcomes(inputs: Iterable[RawDoc | InputFailure], config: Config, *,
                     fmt: str = "auto", url: str | None = None) -> Iterator[Outcome]:
    """Pages -> articles (no NLP). Bad pages become error outcomes."""
    for raw in inputs:
        if isinstance(raw, InputFailure):
            yield Outcome(raw.source, error=raw.error)
            continue
        try:
            yield Outcome(raw.source, article=extract_page(raw, config, fmt=fmt, url=url), raw=raw)
        except TidingsError as exc:
            yield Outcome(raw.source, error=str(exc), raw=raw)
        except RecursionError:
            yield Outcome(raw.source, error=msg("E203"), raw=raw)
        except Exception as exc:  # noqa: BLE001 - hostile pages find extractor bugs; one page fails alone
            yield Outcome(raw.source, error=msg("E204", reason=one_line(exc, 200)), raw=raw)


def apply_hints(outcome: Outcome) -> Outcome:
    """Fill what the page didn't say from what its container said (feed/JSONL title, date)."""
    raw, article = outcome.raw, outcome.article
    if raw is None or article is None or not raw.hints:
        return outcome
    if not article.title and raw.hints.get("title"):
        article.title = " ".join(raw.hints["title"].split())
    if not article.date and raw.hints.get("date"):
        article.date = raw.hints["date"]
    return outcome


def with_analysis(outcomes: Iterable[Outcome], analyzer, config: Config) -> Iterator[Outcome]:
    """Add the NLP layers to each article, batching texts through spaCy."""
    for batch in batches(outcomes, config.batch_size):
        ok = [o for o in batch if o.article is not None]
        try:
            _analyse_all(ok, analyzer)
        except Exception:  # noqa: BLE001 - one hostile text must not sink its batch
            # Find the text that broke the batch: analyse one by one, failing only it.
            for o in ok:
                try:
                    _analyse_all([o], analyzer)
                except Exception as exc:  # noqa: BLE001
                    o.error = msg("E302", reason=one_line(exc, 200))
                    o.article = None
        yield from batch


def _analyse_all(outcomes: list[Outcome], analyzer) -> None:
    from .nlp import DocContext
    from .nlp.voice import document_voice

    contexts = [DocContext(pub_date=o.article.date, dateline=o.article.dateline,
                           language=o.article.language, captions=list(o.article.captions),
                           voice=document_voice(o.article.url, o.article.text))
                for o in outcomes]
    for o, analysis in zip(outcomes, analyzer.analyze([o.article.text for o in outcomes], contexts)):
        o.article.analysis = analysis


def text_outcomes(inputs: Iterable[RawDoc | InputFailure], *, date: str | None = None) -> Iterator[Outcome]:
    """Plain article text, as it is (for `analyze`): no page structuring at all."""
    for raw in inputs:
        if isinstance(raw, InputFailure):
            yield Outcome(raw.source, error=raw.error)
            continue
        try:
            text = decode_bytes(raw.data)
        except TidingsError as exc:
            yield Outcome(raw.source, error=str(exc), raw=raw)
            continue
        yield Outcome(raw.source, article=Article(source=raw.source, text=text, date=date,
                                                  language=_language_for_analysis(text)), raw=raw)


def analysis_record(outcome: Outcome) -> dict:
    """The record of `tidings analyze`: source plus the NLP layers."""
    if outcome.error is not None:
        return error_record(outcome.source, outcome.error)
    analysis = outcome.article.analysis or Analysis()
    return {"source": outcome.source, "language": outcome.article.language, **analysis.to_dict()}


def _language_for_analysis(text: str) -> str | None:
    # Short sentences are often misread by language identification; only a long,
    # confidently non-English text is kept away from the English-only layers.
    return detect_language(text, min_chars=200, min_confidence=0.95)
