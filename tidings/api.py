"""The Python API. The CLI and the dashboard call these same functions."""
from __future__ import annotations

from typing import Iterator

from .config import Config, load_config
from .model import Analysis, Article, RawDoc
from .pipeline import Outcome, extract_outcomes as _extract, text_outcomes, with_analysis
from .read.files import iter_files


_ANALYZERS: dict[str, object] = {}


def get_analyzer(config: Config):
    """The NLP pipeline for a config's model, loaded once per process."""
    from .nlp import Analyzer

    if config.spacy_model not in _ANALYZERS:
        _ANALYZERS[config.spacy_model] = Analyzer(config)
    return _ANALYZERS[config.spacy_model]


def _config(config: Config | None) -> Config:
    return config if config is not None else load_config()


def extract_outcomes(paths: list[str], *, config: Config | None = None, fmt: str = "auto",
                     url: str | None = None, nlp: bool = True) -> Iterator[Outcome]:
    config = _config(config)
    outcomes = _extract(iter_files(paths, config.max_bytes), config, fmt=fmt, url=url)
    return with_analysis(outcomes, get_analyzer(config), config) if nlp else outcomes


def analyze_outcomes(paths: list[str], *, config: Config | None = None,
                     date: str | None = None) -> Iterator[Outcome]:
    config = _config(config)
    return with_analysis(text_outcomes(iter_files(paths, config.max_bytes), date=date),
                         get_analyzer(config), config)


def extract(page: str | bytes, *, url: str | None = None, fmt: str = "auto", nlp: bool = True,
            config: Config | None = None, source: str = "<page>") -> Article:
    """Read one page (HTML or a text dump, as str or bytes) into an Article.

    Raises tidings.errors.TidingsError with a one-line reason for a bad page.
    """
    config = _config(config)
    data = page.encode("utf-8") if isinstance(page, str) else page
    outcome = next(_extract([RawDoc(source=source, data=data)], config, fmt=fmt, url=url))
    if outcome.error is not None:
        from .errors import ExtractError

        raise ExtractError(outcome.error)
    if nlp:
        outcome = next(with_analysis([outcome], get_analyzer(config), config))
    return outcome.article


def analyze(text: str, *, date: str | None = None, config: Config | None = None) -> Analysis:
    """Entities, quotes and events of plain article text (offsets into exactly `text`)."""
    from .nlp import DocContext
    from .pipeline import _language_for_analysis

    config = _config(config)
    context = DocContext(pub_date=date, language=_language_for_analysis(text))
    return get_analyzer(config).analyze_one(text, context)
