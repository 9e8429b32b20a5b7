"""Roles of the lines around the article body in a text dump: headline, byline, date,
captions and credits, dateline, tags, related headlines and section.

Works on the classified lines of ``textlines``; every rule here is about the kind of line
(its shape, punctuation and place relative to the body), never about one site.
"""
from __future__ import annotations

import re

from ..model import Article, Related
from .fields import agency_name, clean_author, find_credits, parse_date, split_caption_credit, split_dateline
from .textlines import _BOILER_SHORT, _WORD, Line, stoplist

# ---------------------------------------------------------------- vocabularies

# Headers of headline lists that follow an article, in the dev data's languages. The group
# "sec" of a "Next In <Section>" / "More from <Section>" header names the site section.
_RELATED_HEAD = re.compile(
    r"^(?:(?:next|more|latest|top stories) (?:in|from|on)\s+(?P<sec>.{2,40})|"
    r"others also read|related(?: (?:stories|articles|news|posts|content|coverage|links|reading))?|"
    r"(?:you )?(?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| from .*)?|"
    r"read (?:more|also|next)|also read|see also|more stories|more news|more on this story|"
    r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|weitere artikel|"
    r"mehr aus (?P<sec2>.{2,40})|à lire aussi|lire aussi|sur le même sujet|à voir aussi|"
    r"leer también|te puede interesar|noticias relacionadas|más noticias|leggi anche|potrebbe interessarti|"
    r"articoli correlati|lees ook|gerelateerde artikelen|czytaj także|zobacz też|relaterte saker|"
    r"les også|läs också|relaterat)\s*:?\s*$",
    re.I,
)
_TAGS_HEAD = re.compile(
    r"^(?:tags?|topics?|themes?|keywords?|filed under|more on|related topics|(?:ähnliche |weitere )?themen|"
    r"schlagw[öo]rter?(?: zu diesem artikel)?|in this article|temas relacionados|tópicos|"
    r"stichw[öo]rter|mots?[- ]cl[ée]s|sujets?|th[èe]mes?|etiquetas|temas|argomenti|tag|onderwerpen|"
    r"emneord|emner|ämnen|tagi|tematy|mehr lesen über|mehr über|subjects|related topics|more about|"
    r"関連キーワード|キーワード|태그|키워드|etiketler|теги|темы|štítky|témata|nøkkelord|aiheet)(?:\s*:\s*(?P<rest>.*)|\s*)$",
    re.I,
)
_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|"
    r"kommentare?|commentaires?|comentarios?|commenti|reactions?|reageer|komentarze)\b", re.I)
_BYLINE_LABEL = re.compile(r"^(?:author(?:s)?(?: of the article)?|autor(?:in|en)?|auteur|written by|"
                           r"reporter|text|by|von|par|por|di|door|av|af|przez)\s*:?\s*$", re.I)
_BYLINE = re.compile(r"^(?:(?:gepostet|geschrieben|posted|publicado|publié|publicat|pubblicato|text|texte|"
                     r"fotos?|written|reported|story|words) (?:von|by|por|par|da|di|de)\s|"
                     r"by|von|par|por|di|door|av|af|przez|written by|reported by|story by|text:|"
                     r"autor(?:in)?:|author:)\s*(?=\S)", re.I)
_LEAD_BY = re.compile(r"^(?:[\w-]+\s+){1,3}?(?:von|by|par|por|di|door|av|af|przez)\s+(?=[A-ZÀ-ÖØ-Þ])")
_MID_BY = re.compile(r"(?:^|\s)(?:by|von|par|por)\s+(?=[A-ZÀ-ÖØ-Þ])")
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z][a-z])")  # "byJane Doe": a byline whose space the markup ate
_CREDIT_ONLY = re.compile(
    r"^\(?\s*(?:©|\(c\)|copyright\b|(?:photo|foto|bild|image|picture|photograph|credit|crédit|source|quelle|"
    r"fuente|fonte|imagen)s?\s*(?:credits?)?\s*[:：©])", re.I)
_SLASH_CREDIT = re.compile(r"^[\w .'-]{2,40}\s*/\s*(?:[\w .'-]{2,40})(?:\s*/\s*[\w .'-]{2,40})?$")
_DASH_AGENCY = re.compile(r"\s+[-–—]\s+(?P<ag>[A-Z][\w.-]*(?:\s*/\s*[A-Z][\w.-]*)?)\s*$")
_CAPTION_LEAD = re.compile(r"^(?:photo|foto|bild|image|picture|caption|bildunterschrift)\s*:\s*\S", re.I)
_TIME_ONLY = re.compile(r"^[\d\s:./,-]*(?:uhr|am|pm|h|gmt|utc|cet|cest|[+-]\d{2}:?\d{2})?[\d\s:./,-]*$", re.I)
_CAPTION_WORDS = re.compile(r"\b(?:credit|photo|foto|bild|image|picture|symbolbild|getty images|imago|"
                            r"shutterstock|dpa-bildfunk|picture alliance)\s*[:/)]|©|撮影[)）]|提供[)）]", re.I)
_TRAILER = re.compile(r"^(?:on|am|vom|le|el|il|den|der|at|um|in|erstellt|updated|published|posted|"
                      r"veröffentlicht|aktualisiert|stand|kategorien|comments?|kommentare?)$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|"
                        r"pubblicato|gepubliceerd|opublikowano|publisert|publicerad)\b", re.I)
_BY_LABEL = re.compile(r"^(?:(?:gepostet|geschrieben|posted|publicado|publié|publicat|pubblicato|text|texte|"
                       r"fotos?|written|reported|story|words) (?:von|by|por|par|da|di|de)\s*:?\s+|"
                       r"(?:by|von|par|por|di|door|av|af|przez|author(?:s)?(?: of the article)?|autor(?:in|en)?|"
                       r"auteur|text)\s*:\s*)", re.I)
_LEAD_SYMBOLS = re.compile(r"^[^\w#]+")
_HASHTAGS = re.compile(r"^#\s*\w[^#]{0,40}(?:#\s*\w[^#]{0,40}){1,}$")
_READ_TIME = re.compile(r"^\d+\s*(?:min|mins|minutes?|minuten|minutos?)\b", re.I)


def _has_agency_credit(s: str) -> list[str]:
    return find_credits(s, photo=True)


def _is_credit_only(ln: Line) -> bool:
    t = ln.text
    if ln.words > 12 or ln.sentence and ln.words > 6:
        return False
    if _CREDIT_ONLY.match(t):
        return True
    if not _SLASH_CREDIT.match(t):
        return False
    # "Imago/Blaulicht-News.de", "Jane Doe/Reuters": a short slash-joined name pair
    return bool(_has_agency_credit(t)) or (ln.words <= 5 and not ln.sentence and t[:1].isupper()
                                            and " / " not in t)


_PAREN_CREDIT = re.compile(r"\s*\((?:(?:quelle|source|fuente|foto|photo|bild|image)\s*:\s*)?"
                           r"([A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'-]*){0,3})\)\s*$", re.I)
_GLUED_CREDIT = re.compile(r"(?<=[.!?\"”])([A-ZÀ-ÖØ-Þ][\w.-]+(?:\s[\w.-]+){0,3}\s?/\s?[\w .-]{2,40})$")


def _inline_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) for a line ending in a photo credit: "... (Edu Luque)", "...ruhen.Unsplash/Jo Doe"."""
    m = _GLUED_CREDIT.search(text)
    if m:
        return text[: m.start()].strip(), m.group(1)
    m = _PAREN_CREDIT.search(text)
    if m and m.start() > 20 and not find_credits(m.group(1)):  # "(Reuters)" ends wire paragraphs
        return text[: m.start()].strip(), m.group(1)
    return None


def _dash_credit(text: str) -> tuple[str, list[str]]:
    """'... in 2025. - AFP' -> ('... in 2025.', ['AFP']) when the tail is a known agency."""
    m = _DASH_AGENCY.search(text)
    if not m:
        return text, []
    names = [n for n in (agency_name(p) for p in re.split(r"\s*/\s*", m.group("ag"))) if n]
    if not names:
        return text, []
    return text[: m.start()].rstrip(), names


def _is_byline(ln: Line) -> bool:
    t = ln.text
    if not (_BYLINE.match(t) or _GLUED_BY.match(t)) or ln.words > 28:
        return False
    # "Von der Leyen sagte ...": a sentence is prose, unless it is short or carries a date
    if ln.sentence and ln.words > 8 and parse_date(t) is None:
        return False
    name = _BYLINE.sub("", _GLUED_BY.sub("", t)).lstrip(" :")
    return name[:1].isupper() or not name[:1].isalpha()


def _is_date_line(ln: Line) -> bool:
    """A line that is a date (with a time or a label), not a sentence that mentions one."""
    if ln.words > 20 or (ln.words > 8 and not _PUBLISHED.search(ln.text)):
        return False
    return parse_date(ln.text) is not None


def _content_words(text: str, stops: frozenset[str] = frozenset()) -> set[str]:
    ws = {w.casefold() for w in _WORD.findall(text) if len(w) > 3} - stops
    # scripts without spaces: compare characters
    ws |= {ch for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"}
    return ws


# ---------------------------------------------------------------- the page

def read_page(lines: list[Line], span: tuple[int, int] | None, art: Article,
              language: str | None = None) -> None:
    """Fill ``art`` from classified lines and the body region ``span``."""
    stops = stoplist(language)
    if span is None:
        art.title = _title(lines, len(lines), set(), stops)
        return
    start, end = span
    end = _cut_at_comments(lines, start, end)
    start, end = _trim(lines, start, end)
    solid = _first_solid(lines, start, end)
    body_words = _content_words(" ".join(lines[k].text for k in range(solid, min(end + 1, solid + 8))), stops)
    title_i = _title_index(lines, solid, body_words, stops)
    art.title = lines[title_i].text if title_i is not None else None
    if title_i is not None and title_i >= start:
        start = title_i + 1  # the headline is not part of the text
    body_idx = _body_lines(lines, start, end)
    head_start = body_idx[0] if body_idx else start
    top = title_i if title_i is not None else max(0, head_start - 12)
    _captions_and_credits(lines, top, end, body_idx, art)
    _byline_and_date(lines, top, head_start, end, art)
    paragraphs = [lines[k].text for k in body_idx]
    paragraphs = _strip_body_credits(paragraphs, art)
    if paragraphs:
        place, rest = split_dateline(paragraphs[0])
        if place and rest:
            art.dateline = place
            for c in find_credits(paragraphs[0][: len(paragraphs[0]) - len(rest)]):
                if c not in art.credits:
                    art.credits.append(c)
            paragraphs[0] = rest
    art.text = "\n\n".join(p for p in paragraphs if p.strip())
    after = body_idx[-1] + 1 if body_idx else end + 1
    _tags_related_section(lines, after, art)


def _cut_at_comments(lines: list[Line], start: int, end: int) -> int:
    # Reader comments are sentence-like too; a comments header ends the article.
    for k in range(start + 1, end + 1):
        ln = lines[k]
        if ln.words <= 6 and _COMMENTS_HEAD.match(ln.text) and k > start + 2:
            return k - 1
    return end


def _first_solid(lines: list[Line], start: int, end: int) -> int:
    """The first paragraph that has another paragraph close after it: where the text proper starts."""
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.kind != "body":
            continue
        if ln.words >= 25 or any(lines[j].kind == "body" for j in range(k + 1, min(end + 1, k + 4))):
            return k
    return start


def _trim(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    while start < end and lines[start].kind not in ("body", "near"):
        start += 1
    while end > start and lines[end].kind not in ("body", "near"):
        end -= 1
    return start, end


def _body_lines(lines: list[Line], start: int, end: int) -> list[int]:
    """Indices of the article's paragraphs (and subheads) inside the region."""
    keep: list[int] = []
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.kind in ("bad", "teaser"):
            continue
        if _is_credit_only(ln) or _CAPTION_LEAD.match(ln.text):
            ln.tags.add("credit")
            continue
        if ln.kind in ("body", "near"):
            # a line directly followed by a credit line is a caption, not a paragraph
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and _is_credit_only(nxt) and _caption_like(ln):
                ln.tags.add("caption")
                continue
            if not ln.sentence and ln.kind == "near" and ln.words > 10:
                continue  # a linked headline between paragraphs, not text
            keep.append(k)
            continue
        if _is_subhead(lines, k, start, end):
            keep.append(k)
    return keep


def _is_subhead(lines: list[Line], k: int, start: int, end: int) -> bool:
    """A short line between paragraphs that reads like a heading, not a menu item or a label."""
    ln = lines[k]
    if ln.words < 2 or ln.words > 16 or ln.block_size > 2 or ln.boiler or "repeated" in ln.tags:
        return False
    if ln.text.endswith(":") or _is_byline(ln) or _is_date_line(ln) or _TIME_ONLY.match(ln.text):
        return False
    if _READ_TIME.match(ln.text) or _CAPTION_WORDS.search(ln.text):
        return False
    if _RELATED_HEAD.match(ln.text) or _TAGS_HEAD.match(ln.text) or _is_credit_only(ln):
        return False
    prev = next((lines[j] for j in range(k - 1, start - 1, -1) if lines[j].kind != "short" or j < k - 1), None)
    nxt = lines[k + 1] if k + 1 <= end else None
    return (prev is not None and prev.kind in ("body", "near") and nxt is not None
            and nxt.kind in ("body", "near"))


def _strip_body_credits(paragraphs: list[str], art: Article) -> list[str]:
    out = []
    for p in paragraphs:
        text, names = _dash_credit(p)
        for n in names:
            if n not in art.credits:
                art.credits.append(n)
        out.append(text)
    return out


# ---------------------------------------------------------------- headline

def _title_index(lines: list[Line], head_start: int, body_words: set[str],
                 stops: frozenset[str] = frozenset()) -> int | None:
    best, best_score = None, 0.0
    lo = max(0, head_start - 60)
    for k in range(head_start - 1, lo - 1, -1):
        ln = lines[k]
        s = _title_score(ln, body_words, stops)
        if s <= 0:
            continue
        # the headline sits just above the byline or the date; a standfirst sits below them
        if any(_is_byline(lines[j]) or _is_date_line(lines[j]) or (lines[j].words <= 14 and parse_date(lines[j].text))
               for j in range(k + 1, min(k + 4, len(lines)))):
            s += 0.7
        s -= 0.004 * (head_start - k)
        if s > best_score:
            best, best_score = k, s
    return best


def _title_score(ln: Line, body_words: set[str], stops: frozenset[str] = frozenset()) -> float:
    t = ln.text
    if ln.boiler or ln.words < 2 or ln.words > 40 or ln.chars > 300:
        return 0.0
    if "caption" in ln.tags or "credit" in ln.tags or _is_byline(ln) or _BYLINE_LABEL.match(t):
        return 0.0
    if _is_date_line(ln) or _RELATED_HEAD.match(t) or _TAGS_HEAD.match(t) or t.endswith(":"):
        return 0.0
    if _is_credit_only(ln) or split_caption_credit(t)[1] or _CAPTION_WORDS.search(t):
        return 0.0
    prefix = t.split(":", 1)[0] if ":" in t[:40] else ""
    if prefix and _BOILER_SHORT.search(prefix.casefold()):
        return 0.0
    s = 1.0
    cw = _content_words(t, stops)
    if cw and body_words:
        shared = len(cw & body_words)
        # one shared word in a two-word menu item is chance; a headline shares several
        s += 1.0 * shared / len(cw) + 1.0 * min(shared, 5) / 5
    if ln.words >= 4:
        s += 0.5
    if ln.block_size <= 2:
        s += 0.5
    elif ln.block_size > 5:
        s -= 0.8
    if t.endswith(".") and not t.endswith("..."):
        s -= 0.8
    if parse_date(t):
        s -= 1.0  # a line carrying a full date is a dateline or a teaser stamp, not the headline
    if ln.kind == "body" and ln.sentence:
        s -= 0.6  # a sentence paragraph is a standfirst, not the headline
    return s


def _title(lines: list[Line], head_start: int, body_words: set[str], stops: frozenset[str]) -> str | None:
    k = _title_index(lines, head_start, body_words, stops)
    return lines[k].text if k is not None else None


# ---------------------------------------------------------------- captions, credits

def _captions_and_credits(lines: list[Line], top: int, end: int, body_idx: list[int], art: Article) -> None:
    body_set = set(body_idx)
    last_body = body_idx[-1] if body_idx else end
    for k in range(top + 1, min(end, last_body) + 1):
        ln = lines[k]
        if "credit" in ln.tags:
            for c in find_credits(ln.text):
                if c not in art.credits:
                    art.credits.append(c)
            lead = _CAPTION_LEAD.match(ln.text)
            rest = ln.text[ln.text.find(":") + 1:].strip()
            # "Foto: Jane Doe" is a credit; "Foto: Crowds gather outside ..." carries a caption
            if lead and (len(rest.split()) >= 6 or rest.endswith((".", "!", "?"))):
                cap, _ = split_caption_credit(ln.text[ln.text.find(":") + 1:].strip())
                _add_caption(art, cap)
            continue
        if "caption" in ln.tags:
            cap, _ = split_caption_credit(ln.text)
            _add_caption(art, cap)
            continue
        if k not in body_set:
            # between the headline and the text: a line over a credit line, or one that
            # carries its own photo credit, is a caption
            if ln.kind == "bad" or ln.words < 3 or _is_byline(ln) or _is_date_line(ln):
                continue
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and _is_credit_only(nxt) and _caption_like(ln):
                _add_caption(art, split_caption_credit(ln.text)[0])
                continue
            cap, credit = split_caption_credit(ln.text)
            if credit and _caption_credit_ok(ln.text, credit):
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit))
            elif _inline_credit(ln.text) and ln.words < 60:
                _add_caption(art, _inline_credit(ln.text)[0])
            continue
        # a paragraph-like line ending in "- AFP" before more paragraphs is a photo caption
        if k != last_body:
            text, names = _dash_credit(ln.text)
            if names:
                _add_caption(art, text)
                _add_credits(art, names)
                body_idx.remove(k)
                continue
            cap, credit = split_caption_credit(ln.text)
            if credit and _caption_credit_ok(ln.text, credit):
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit))
                body_idx.remove(k)
            elif ln.words < 60 and _inline_credit(ln.text):
                _add_caption(art, _inline_credit(ln.text)[0])
                body_idx.remove(k)


def _caption_like(ln: Line) -> bool:
    """Could this line, over a credit line, be a caption (and not a credit itself)?"""
    return 3 <= ln.words < 60 and not _is_credit_only(ln) and not _SLASH_CREDIT.match(ln.text) and (
        not find_credits(ln.text, photo=True) or ln.words >= 6)


def _caption_credit_ok(line: str, credit: str) -> bool:
    return bool(_CREDIT_ONLY.match(credit) or find_credits(credit, photo=True) or _CAPTION_WORDS.search(line))


def _add_credits(art: Article, names: list[str]) -> None:
    for n in names:
        if n not in art.credits:
            art.credits.append(n)


def _add_caption(art: Article, caption: str) -> None:
    caption = caption.strip().rstrip("([ -–—|").strip()
    if caption and caption not in art.captions and len(caption) > 3:
        art.captions.append(caption)


# ---------------------------------------------------------------- byline and date

def _byline_and_date(lines: list[Line], top: int, head_start: int, end: int, art: Article) -> None:
    n = len(lines)
    window = list(range(max(0, top - 5), min(head_start + 6, end + 1, n)))
    tail = list(range(end + 1, min(end + 12, n)))
    inside = [k for k in range(head_start + 6, end + 1) if lines[k].words <= 10]
    for k in window + tail + inside:
        if art.authors:
            break
        ln = lines[k]
        strict = k not in inside
        if _BYLINE_LABEL.match(ln.text) and k + 1 < n and strict:
            art.authors = _byline_names(lines[k + 1].text, art)
            # "Von" over several name lines, one author each
            for j in range(k + 2, min(n, k + 6)):
                if not _looks_like_name(lines[j].text) or lines[j].words > 4:
                    break
                art.authors += [x for x in clean_author(lines[j].text) if x not in art.authors]
        elif _is_byline(ln):
            names = _byline_names(ln.text, art)
            art.authors = names if strict else [x for x in names if _looks_like_name(x)]
        elif strict and ln.words <= 12 and not ln.sentence and (_LEAD_BY.match(ln.text) or (
                parse_date(ln.text) and _MID_BY.search(ln.text))):
            # "Eine Kolumne von Jane Doe", "July 24, 2019 by Jane Doe 5 Comments"
            m = _LEAD_BY.match(ln.text) or _MID_BY.search(ln.text)
            art.authors = [x for x in _byline_names(ln.text[m.end():], art) if _looks_like_name(x)]
    if not art.authors:
        art.authors = _bare_name_near_date(lines, window)
    dated = [k for k in window if lines[k].words <= 25 and not (lines[k].kind == "body" and lines[k].sentence)]
    # a labelled publication date wins over the first date-like line
    for k in sorted(dated, key=lambda k: (not _PUBLISHED.search(lines[k].text), k)):
        d = _line_date(lines[k].text)
        if d:
            art.date = d
            return
    # otherwise the short date line nearest the headline, anywhere from the top of the page
    # to just after the text (pages print dates above the menu or under the article)
    anchor = top
    best = None
    for k in range(0, min(end + 15, n)):
        ln = lines[k]
        if ln.words > 12 or (ln.sentence and not _PUBLISHED.search(ln.text)):
            continue
        d = _line_date(ln.text)
        if d:
            cost = abs(k - anchor) - (10 if _PUBLISHED.search(ln.text) else 0)
            if best is None or cost < best[0]:
                best = (cost, d)
    if best:
        art.date = best[1]


_US_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d{2})(?!\d)")


def _line_date(text: str) -> str | None:
    d = parse_date(text)
    if d:
        return d
    # "12/30/2019": month first, which a day-first reading rejects
    m = _US_DATE.search(text)
    if m:
        return parse_date(f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    return None


_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’-]+\.?$|^[A-ZÀ-ÖØ-Þ]\.$")


def _looks_like_name(name: str) -> bool:
    """Two to four capitalised words: what a looser byline pattern must yield to be believed."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_TOKEN.match(w) or w.islower() and len(w) <= 3 for w in words)


def _bare_name_near_date(lines: list[Line], window: list[int]) -> list[str]:
    """A line that is only a person's name, next to the date line under the headline.

    "Jane Doe" above "12.03.2024, 10:15", or "Jane Doe 12.03.2024" on one line. Two or three
    capitalised words and nothing else; the date beside it is what makes it a byline.
    """
    for k in window:
        ln = lines[k]
        if ln.words > 8 or ln.boiler or ln.block_size > 4 or ln.sentence:
            continue
        text = ln.text
        has_date = parse_date(text) is not None
        if has_date:  # "Jane Doe 19.10.2019, 05:00 Uhr" / "1. Februar 2022 , Jane Doe"
            parts = [p for p in re.split(r"\s*(?:\d[\d.:/]*\s*(?:uhr|am|pm)?|[,|•·–—]|\s-\s)\s*", text,
                                         flags=re.I) if p and p.strip()]
            parts = [p.strip() for p in parts if all(_NAME_TOKEN.match(w) for w in p.split())
                     and 2 <= len(p.split()) <= 3 and not parse_date(p + " 2020")]
            if len(parts) == 1:
                return clean_author(parts[0])
            continue
        tokens = text.split()
        if not 2 <= len(tokens) <= 3 or not all(_NAME_TOKEN.match(w) for w in tokens):
            continue
        near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(_is_date_line(o) or (o.words <= 8 and _PUBLISHED.search(o.text)) for o in near):
            return clean_author(text)
    return []


_GLUE = re.compile(r"(?<=[\s-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’-]{2,}[a-zà-öø-ÿß])([A-ZÀ-ÖØ-Þ][\wÀ-ÿ-]*)")


def _unglue(s: str) -> str:
    """'Jane DoeStaff Writer' -> 'Jane Doe': markup glued the surname to the role line.
    Only after a first name, and only past four letters, so McDonald and DiMaggio stay whole."""
    m = _GLUE.search(s)
    if not m or not re.search(r"[A-ZÀ-ÖØ-Þ]\w+", s[: m.start(1)]):
        return s
    return s[: m.end(1)]


def _byline_names(raw: str, art: Article) -> list[str]:
    raw = _GLUED_BY.sub("By ", raw)
    raw = _BY_LABEL.sub("", raw)
    _add_credits(art, find_credits(raw))
    # "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert ...": the names come first
    for piece in re.split(r"\s+[|•·]\s+|\s+[-–—]\s+(?=\d)", raw):
        piece = re.split(r"\d", piece, maxsplit=1)[0]  # names hold no digits: a date follows
        piece = piece.split(":", 1)[0]
        piece = _unglue(piece)
        words = piece.split()
        while words and (words[-1][:1].islower() or _TRAILER.match(words[-1]) or parse_date(f"1 {words[-1]} 2020")):
            words.pop()  # "Jane Doe on January", "Jane Doe Erstellt am"
        names = clean_author(" ".join(words))
        if names:
            return names
    return []


# ---------------------------------------------------------------- after the body

def _tags_related_section(lines: list[Line], after: int, art: Article) -> None:
    n = len(lines)
    k = after
    limit = min(n, after + 150)
    while k < limit:
        ln = lines[k]
        t = _LEAD_SYMBOLS.sub("", ln.text)
        m = _RELATED_HEAD.match(t) if ln.words <= 8 else None
        if m:
            sec = m.group("sec") or m.group("sec2")
            if sec and not art.section:
                art.section = sec.strip(" :")
            if not art.tags and k + 1 < n and _is_tag_block(lines, k + 1, after_header=True):
                # "Mehr zum Thema" over one-word labels: topic links, not headlines
                size = lines[k + 1].block_size
                art.tags = [_clean_tag(lines[j].text) for j in range(k + 1, min(n, k + 1 + size))]
                k += 1 + size
                continue
            heads, k = _headline_run(lines, k + 1)
            for h in heads:
                art.related.append(Related(title=h))
            continue
        tm = _TAGS_HEAD.match(t) if ln.words <= 40 else None
        if tm and not art.tags:
            rest = (tm.group("rest") or "").strip()
            if rest:
                art.tags = _split_tags(rest)
            else:
                art.tags = _label_run(lines, k + 1)
            k += 1
            continue
        if not art.tags and _HASHTAGS.match(t):
            art.tags = _split_tags(t.replace("#", ","))
        elif not art.tags and _is_comma_tags(ln):
            art.tags = _split_tags(t)
        elif not art.tags and k - after < 12 and _is_tag_block(lines, k):
            art.tags = [_clean_tag(lines[j].text) for j in range(k, k + ln.block_size) if j < n]
            k += ln.block_size
            continue
        k += 1


def _label_run(lines: list[Line], k: int) -> list[str]:
    """The short labels under a tags header, up to the first line that is not one. Labels
    printed one per block continue across blank lines; a block of labels ends with its block."""
    out: list[str] = []
    if k >= len(lines):
        return out
    first_block, singletons = lines[k].block, lines[k].block_size == 1
    for j in range(k, min(len(lines), k + 30)):
        m = lines[j]
        if m.block != first_block and not (singletons and m.block_size == 1):
            break
        if not (1 <= m.words <= 6) or m.boiler or m.kind == "wall" or m.text.endswith((":", "!", "?")):
            break
        if _TAGS_HEAD.match(m.text) or _RELATED_HEAD.match(m.text) or _is_date_line(m):
            break
        tag = _clean_tag(m.text.rstrip(","))
        if tag and tag not in out:
            out.append(tag)
    return out[:25]


def _is_tag_block(lines: list[Line], k: int, after_header: bool = False) -> bool:
    """A block of two to fifteen one-to-four-word labels right after the text: the topic tags."""
    ln = lines[k]
    if ln.block_size > 15 or (ln.block_size < 2 and not after_header):
        return False
    if k > 0 and lines[k - 1].block == ln.block and not after_header:
        return False
    members = lines[k:k + ln.block_size]
    return all(1 <= m.words <= 4 and not m.boiler and not m.text.endswith((".", ":", "!", "?"))
               and not _is_date_line(m) and m.kind != "wall" for m in members)


def _is_comma_tags(ln: Line) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[,;|•·]\s*", ln.text)]
    if len(parts) < 3 or ln.sentence and not ln.text.endswith(")"):
        return False
    # every item is a short name-like phrase, as in "Japan , US , Iwaya , Rubio , ties"
    return all(p and len(p.split()) <= 4 and not p.endswith(".") for p in parts) and ln.stop < 0.5


def _clean_tag(t: str) -> str:
    return re.sub(r"\s+\(?\d+\)?$", "", t).strip(" #")  # "Kirche 3922": an article count


def _split_tags(s: str) -> list[str]:
    out = []
    for p in re.split(r"\s*[,;|•·]\s*", s):
        p = _clean_tag(p)
        if p and p not in out:
            out.append(p)
    return out[:30]


def _headline_run(lines: list[Line], k: int) -> tuple[list[str], int]:
    """Headline-like lines after a list header, up to the next header or prose."""
    heads: list[str] = []
    n = len(lines)
    while k < n and len(heads) < 30:
        ln = lines[k]
        t = ln.text
        if (ln.words <= 8 and (_RELATED_HEAD.match(t) or _TAGS_HEAD.match(t) or _COMMENTS_HEAD.match(t))):
            break
        if heads and ln.block != lines[k - 1].block and _is_tag_block(lines, k):
            break  # a block of labels after the headlines: tags, not more headlines
        if ln.boiler or _is_date_line(ln) or _is_byline(ln) or _READ_TIME.match(t) or ln.words < 3:
            if heads and ln.block != lines[k - 1].block and ln.words >= 3:
                break
            k += 1
            continue
        if ln.words > 30 or (ln.kind == "body" and ln.words > 25):
            break
        if ln.kind == "teaser" and ln.sentence:
            k += 1  # the one-sentence summary under a linked headline
            continue
        heads.append(t)
        k += 1
    return heads, k
