"""Extract stage: a raw page (HTML or a plain-text dump) -> Article, without NLP."""
from __future__ import annotations

from ..config import Config
from ..errors import ExtractError, InputError, msg
from ..language import load_identifier
from ..limits import time_limit
from ..model import Article, RawDoc
from ..read.decode import decode_bytes
from .detect import detect_format
from .fields import crawled_on, wires_to_credits


def _wires_to_credits(article: Article) -> None:
    """Authors are people and credits are wire services (the contract), whichever reader
    filled them: an agency a byline or metadata names as the author moves to the credits."""
    article.authors = wires_to_credits(article.authors, article.credits)


def extract_page(raw: RawDoc, config: Config, fmt: str = "auto", url: str | None = None) -> Article:
    """Read one page. Raises InputError/ExtractError with a one-line reason."""
    # The readers and the language model load on a process's first page: that belongs to no
    # page's time bound (a fresh Ray worker on a busy host took over 10 s for it).
    from .guard import check_nesting
    from .html import extract_html
    from .text import extract_text_dump

    load_identifier()
    text = decode_bytes(raw.data)
    kind = fmt if fmt in ("html", "text") else (raw.format_hint or detect_format(text))
    with time_limit(config.extract_timeout,
                    lambda: ExtractError(msg("E202", seconds=config.extract_timeout))):
        if kind == "html":
            check_nesting(text)
            article = extract_html(text, source=raw.source, url=url or raw.url, crawl_date=raw.crawl_date)
        else:
            # No date after the crawl can be the page's (a WARC record says when it was fetched).
            with crawled_on(raw.crawl_date):
                article = extract_text_dump(text, source=raw.source, url=url or raw.url)
    if url:
        article.url = url
    _wires_to_credits(article)
    if not article.text.strip() and not article.title:
        raise ExtractError(msg("E201"))
    return article


__all__ = ["extract_page", "detect_format", "InputError", "ExtractError"]
