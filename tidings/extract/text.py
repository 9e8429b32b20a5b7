"""A plain-text page dump -> Article: the same record as for HTML, from the lines alone."""
from __future__ import annotations

from ..language import detect_language
from ..model import Article
from . import textlines as tl
from . import textlines_meta as meta


def _guess_language(lines: list[tl.Line]) -> str | None:
    # The longest lines are mostly article text; menus would drown a whole-page guess.
    longest = sorted(lines, key=lambda ln: -len(ln.text))[:40]
    return detect_language("\n".join(ln.text for ln in longest))


def extract_text_dump(text: str, source: str, url: str | None = None) -> Article:
    lines = tl.split_lines(text)
    article = Article(source=source, url=url)
    if not lines:
        return article
    language = _guess_language(lines)
    tl.add_features(lines, language)
    tl.classify(lines, language)
    article.language = language
    span = tl.densest_region(lines)
    if span is not None:
        span = tl.trim_off_topic_tail(lines, span)
        span = tl.trim_incoherent_tail(lines, span, tl.stoplist(language))
    meta.read_page(lines, span, article, language)
    return article
