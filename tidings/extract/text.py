"""A plain-text page dump -> Article: the same record as for HTML, from the lines alone."""
from __future__ import annotations

import re

from ..language import detect_language
from ..model import Article
from . import textlines as tl
from . import textlines_meta as meta


# A run of characters that could be UTF-8 bytes read as Windows-1252 or Latin-1: a lead
# byte (U+00C2..U+00F4) and its continuation bytes (0x80..0xBF, printed as the Latin-1
# symbols or as the cp1252 punctuation of that range).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_HIGH + "]{1,3}")


def _as_byte(ch: str) -> int:
    return ord(ch) if ord(ch) < 256 else ch.encode("cp1252")[0]


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 before the dump was written
    ("sanciÃ³n" -> "sanción"). Each suspect run is re-read as UTF-8 bytes and kept only
    when that is valid UTF-8, which a real pair of Latin-1 letters ("ßé") almost never is;
    a page is repaired only when such runs recur, so one odd word is left alone."""
    runs = _MOJIBAKE.findall(text, 0, 200_000)
    if len(runs) < 3:
        return text

    def fix(m: re.Match) -> str:
        run = m.group(0)
        try:
            return bytes(_as_byte(c) for c in run).decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return run

    good = sum(1 for r in runs if fix(_MOJIBAKE.fullmatch(r)) != r)
    if good * 2 < len(runs):
        return text
    return _MOJIBAKE.sub(fix, text)


def _guess_language(lines: list[tl.Line]) -> str | None:
    # The longest lines are mostly article text; menus would drown a whole-page guess.
    longest = sorted(lines, key=lambda ln: -len(ln.text))[:40]
    return detect_language("\n".join(ln.text for ln in longest))


def extract_text_dump(text: str, source: str, url: str | None = None) -> Article:
    lines = tl.split_lines(repair_mojibake(text[: tl.MAX_DUMP_CHARS]))
    article = Article(source=source, url=url)
    if not lines:
        return article
    language = _guess_language(lines)
    tl.add_features(lines, language)
    tl.classify(lines, language)
    article.language = language
    span = tl.densest_region(lines)
    if span is not None:
        span = tl.trim_next_article(lines, span)
        span = tl.trim_off_topic_tail(lines, span)
        span = tl.trim_incoherent_tail(lines, span, tl.stoplist(language))
        span = tl.trim_after_furniture(lines, span)
        span = tl.extend_to_ingredients(lines, span)
        span = tl.extend_to_led_list(lines, span)
    meta.read_page(lines, span, article, language)
    return article
