"""Roles of the lines around the article body in a text dump: the text itself, headline,
captions and credits, dateline; bylines and dates come from ``textlines_people``, tags,
related headlines and section from ``textlines_lists``.

Works on the classified lines of ``textlines``; every rule here is about the kind of line
(its shape, punctuation and place relative to the body), never about one site.
"""
from __future__ import annotations

import re

from ..model import Article
from .fields import _WEEKDAYS, find_credits, parse_date, split_dateline
from .textlines import _BOILER_SHORT, _COPYRIGHT, _LINKS_LEAD, _WORD, Line, stoplist
from .textlines_cues import (
    _AUTHOR_BIO, _RELATED_HEAD, _TAGS_HEAD, _COMMENTS_HEAD, _BYLINE_LABEL, _CREDIT_ONLY, _SLASH_CREDIT, _TRAILING_BY,
    _CAPTION_LEAD, _TIME_ONLY, _TAIL_COPYRIGHT, _CAPTION_WORDS, _READ_TIME, _is_credit_only, _inline_credit,
    _dash_credit, _is_byline, _is_date_line, _is_clause, _content_words, _add_credits, parse_dump_date,
    caption_credit as split_caption_credit, counter_over_text,
)
from .textlines_people import _byline_and_date, _looks_like_name, _name_before_stamp, _scholar_names
from .textlines_lists import _tags_related_section

# ---------------------------------------------------------------- the page

def read_page(lines: list[Line], span: tuple[int, int] | None, art: Article,
              language: str | None = None) -> None:
    """Fill ``art`` from classified lines and the body region ``span``."""
    stops = stoplist(language)
    if span is None:
        title = _title(lines, len(lines), set(), stops)
        art.title = _headline_text(lines, title, stops, language) if title else None
        return
    start, end = span
    end = _cut_at_comments(lines, start, end)
    start, end = _trim(lines, start, end)
    solid = _first_solid(lines, start, end)
    body_words = _content_words(" ".join(lines[k].text for k in range(solid, min(end + 1, solid + 8))), stops)
    title_i = _title_index(lines, solid, body_words, stops)
    art.title = None
    if title_i is not None:
        head, last = _with_colon_tail(lines, title_i)
        art.title = _headline_text(lines, head, stops, language)
        if last >= start:
            start = last + 1  # the headline is not part of the text
    body_idx = _without_writer_note(lines, _body_lines(lines, start, end))
    head_start = body_idx[0] if body_idx else start
    top = title_i if title_i is not None else max(0, head_start - 12)
    _captions_and_credits(lines, top, end, body_idx, art)
    _byline_and_date(lines, top, head_start, end, art, headline=title_i is not None)
    body_idx = _without_note_on_author(lines, body_idx, art.authors)
    lead = _lead_above(lines, title_i, body_idx, stops)
    deck = _deck_above(lines, title_i, body_idx, stops) if lead is None else None
    if lead is not None or deck is not None:
        body_idx = [lead if lead is not None else deck] + body_idx
    closing = _closing_line(lines, body_idx, stops)
    if closing is not None:
        body_idx = body_idx + [closing]
    paragraphs = [lines[k].text for k in body_idx]
    paragraphs = _strip_body_credits(paragraphs, art)
    # the dateline opens the text's first paragraph, not the deck over it
    first = 1 if deck is not None and paragraphs and paragraphs[0] == lines[deck].text else 0
    if len(paragraphs) > first:
        place, rest = split_dateline(paragraphs[first])
        if place and rest:
            art.dateline = place
            for c in find_credits(paragraphs[first][: len(paragraphs[first]) - len(rest)]):
                if c not in art.credits:
                    art.credits.append(c)
            paragraphs[first] = rest
    art.text = "\n\n".join(p for p in paragraphs if p.strip())
    after = body_idx[-1] + 1 if body_idx else end + 1
    _tags_related_section(lines, after, art)


def _with_colon_tail(lines: list[Line], k: int) -> tuple[str, int]:
    """"Kicker" over ": Headline": the dump breaks "Kicker: Headline" where the markup sets the
    two in elements of their own and puts the colon in the second. A line does not open with
    a colon: the one that does goes on from the line over it, whichever of the two was chosen.
    Returns the headline and the index of its last line."""
    top = k - 1 if lines[k].text.startswith(":") and k > 0 else k
    if top + 1 < len(lines):
        up, nxt = lines[top].text, lines[top + 1].text
        if (nxt.startswith(":") and 2 <= len(nxt.split()) <= 20 and 1 <= len(up.split()) <= 12
                and not up.endswith((":", ".", "!", "?"))):
            return up + ": " + nxt[1:].strip(), top + 1
    return lines[k].text, k


def _headline_text(lines: list[Line], line: str, stops: frozenset[str], language: str | None) -> str:
    """The headline as the chosen line prints it, less a breadcrumb trail or a kicker before it."""
    title = _without_glued_kicker(lines, _with_kicker_colon(lines, _strip_crumbs(line)), stops)
    title = _without_crumb_kicker(lines, title)
    return _without_quote_kicker(_without_spaced_kicker(lines, title, language), stops)


def _without_crumb_kicker(lines: list[Line], title: str) -> str:
    """"Home » Tech » Energy Saving" over "Energy Saving Free power check for homes": the
    breadcrumb trail ends in the section the kicker names, and the headline follows it."""
    for ln in lines:
        if ln.words > 20 or not (_CRUMB_SEP.search(ln.text) or "|" in ln.text or ">" in ln.text):
            continue
        last = _TRAIL_SEP.split(ln.text)[-1].strip()
        if len(last.split()) < 2 or not title.startswith(last + " "):
            continue
        rest = title[len(last) + 1:]
        if len(rest.split()) >= 3 and rest[:1].isupper():
            return rest
    return title


def _with_kicker_colon(lines: list[Line], title: str) -> str:
    """"Kicker Headline" as the dump glues a kicker span to its <h1>: when the page prints
    the same words elsewhere as "Kicker: Headline" (the page title, a share text), that is
    how the headline is written."""
    if len(title) > 300:
        return title
    for ln in lines:
        if ": " not in ln.text or len(ln.text) > 400:
            continue
        for t in _SITE_SEP.split(ln.text):  # "Kicker: Headline | Site" in the page title
            if len(t) == len(title) + 1 and t.replace(": ", " ", 1) == title:
                return t
    return title


_SITE_SEP = re.compile(r"\s+[|–—]\s+")


def _without_spaced_kicker(lines: list[Line], title: str, language: str | None) -> str:
    """"Kicker : Headline": a space before the colon is French typography, elsewhere it is
    where a dump joins a kicker span, a colon set apart for screen readers and the <h1>; the
    headline is the part after it. "Kicker: Headline" is read so too when the page also
    prints it with the spaced colon."""
    if not language or language == "fr" or len(title) > 300:
        return title
    cut = title.find(" : ")
    if cut < 0:
        cut = title.find(": ")
        if cut < 0 or not any(ln.text == title[:cut] + " : " + title[cut + 2:] for ln in lines):
            return title
        kicker, rest = title[:cut], title[cut + 2:]
    else:
        kicker, rest = title[:cut], title[cut + 3:]
    if not (1 <= len(kicker.split()) <= 6) or len(rest.split()) < 3 or not (rest[:1].isupper() or rest[:1] in _OPENING):
        return title
    return rest


_OPENING = "\"“„«»‘'¿¡0123456789"


def _without_quote_kicker(title: str, stops: frozenset[str]) -> str:
    """"Kicker «Quoted headline»", "Kicker - "Quoted headline"": a headline that is all one
    quotation, printed after a kicker span with only a space or a dash between them. A colon
    would make the words before it the speaker, part of the headline ("Mayor: „...“"), and a
    quotation that goes on from the words before it ("the study „Name“", "sur la « ... »")
    is no headline of its own: it opens in a capital and says four words or more."""
    m = _QUOTE_HEADLINE.fullmatch(title)
    if not m:
        return title
    kicker, quote = m.group(1), m.group(2)
    words = kicker.split()
    if not 1 <= len(words) <= 6 or words[-1].islower() and words[-1] in stops or len(quote.split()) < 4:
        return title
    return quote


_QUOTE_HEADLINE = re.compile(r'([^"“„«»:.!?]{3,60}?)(?:\s+[-–—])?\s+([„“"«»][A-ZÀ-ÖØ-Þ][^"“„«»]{8,}[“”"»«])')

# where a kicker span ends and the <h1> begins when the dump prints them without a space:
# "MigrationChiesa", "beginnen\"Trump"
_GLUE_POINT = re.compile(r"(?:(?<=[a-zà-öø-ÿß])|(?<=[\w.!?][\"“”»«]))(?=[A-ZÀ-ÖØ-Þ])")


def _without_glued_kicker(lines: list[Line], title: str, stops: frozenset[str] = frozenset()) -> str:
    """"Kicker: Headline" (or "KickerHeadline") when the page also prints the kicker glued
    to the headline without a space: the two are separate elements, and the headline is
    the part after the kicker."""
    if len(title) > 300:
        return title
    for kick_end in (title.find(": "), -1):
        if kick_end <= 0:
            continue
        kicker, rest = title[:kick_end], title[kick_end + 2:]
        if len(kicker.split()) > 8 or len(rest.split()) < 3:
            continue
        glued = kicker + rest
        if any(ln.text == glued for ln in lines):
            return rest
    for m in _GLUE_POINT.finditer(title):
        kicker, rest = title[:m.start()], title[m.start():]
        bare = kicker.rstrip('"“”»«')
        # a kicker of two words or more, or a quote: "LinkedIn", "McDonald" glue inside a name
        if not (2 <= len(kicker.split()) <= 8 or bare != kicker) or len(rest.split()) < 3 or not bare.strip():
            continue
        if bare == kicker and len(kicker.split()[-1]) < 4:
            continue  # "McDonald", "DiMaggio": a name's inner capital
        # printed elsewhere with the kicker before the headline, but not glued the same way
        if any(ln.text != title and bare in ln.text and rest in ln.text
               and ln.text.index(bare) < ln.text.rindex(rest) for ln in lines):
            return rest
    # "Flood in the valleyThe dam holds": with no reprint to tell, a short function word glued
    # in capitals to a kicker word of four letters or more opens the headline; a brand's inner
    # capital ("PlayStation", "EnergieEffizienz") goes on with a noun
    for m in _GLUE_POINT.finditer(title):
        kicker, rest = title[:m.start()], title[m.start():]
        first = rest.split(" ", 1)[0]
        if (2 <= len(kicker.split()) <= 6 and len(kicker.split()[-1]) >= 4 and len(rest.split()) >= 3
                and first[:1].isupper() and len(first) <= 5 and first.casefold() in stops and not first.isupper()):
            return rest
    # "Blog Headline", "Ernährung sichern Headline": the kicker set before the headline with a
    # space, when the page prints the headline alone elsewhere (the page title, the share text)
    words = title.split(" ")
    for n in range(1, min(5, len(words) - 3)):
        kicker, rest = " ".join(words[:n]), " ".join(words[n:])
        if not rest[:1].isupper() and rest[:1] not in '"“„«»‘\'' or kicker.endswith((".", "!", "?", ":")):
            continue  # "LTE-Patent: Headline" is printed and given as one headline
        if words[n - 1].casefold() in stops:
            continue  # "The Effect of ...": an article binds to the words after it
        if any(ln.text == rest for ln in lines):
            return rest
    # "Wormery Wormery built fast": a one-word kicker naming the topic the headline opens
    # with; a headline of three words is printed alone elsewhere as well
    if len(words) >= 4 and words[0] == words[1] and any(ln.text == " ".join(words[1:]) for ln in lines):
        return " ".join(words[1:])
    return title


_CRUMB_SEP = re.compile(r"\s+[»›>/]\s+")


# separators of a breadcrumb trail as a dump prints it, spaced or glued ("Start|Magazin|Tipps",
# "Forum>iPhone>Headline"); a slash is left out: it joins credits and place names
_TRAIL_SEP = re.compile(r"\s*[»›>|]\s*")


def _crumb_trail(lines: list[Line], k: int) -> bool:
    """A breadcrumb trail of short links only ("Start|Magazin|Coole Tipps") is no headline.
    One that ends in a line the page prints on its own close by names the page: it stays a
    candidate, and the trail is cut off the title."""
    parts = _trail_parts(lines[k].text)
    if not parts or len(parts[-1].split()) > 4:
        return False
    return not any(lines[j].text == parts[-1] for j in range(max(0, k - 5), min(len(lines), k + 6)) if j != k)


def _trail_parts(text: str) -> list[str]:
    parts = [p.strip() for p in _TRAIL_SEP.split(text)]
    if len(parts) < 3 or not all(parts) or any(len(p.split()) > 4 for p in parts[:-1]):
        return []
    return parts


# "[> Headline", "> Headline", "▶ Headline": the arrow or bullet of a link printed before its
# text. "»" is left alone: German quotes open with it ("»Haltet die Gewässer sauber!«").
_LINK_MARK = re.compile(r"^(?:\[\s*>+\s*\]?|>+|[›→▶►■▪◆•])\s*(?=\w)")


def _strip_crumbs(title: str) -> str:
    """"Home » News » Headline": a breadcrumb trail printed on one line ends in the headline."""
    title = _LINK_MARK.sub("", title, count=1)
    parts = _CRUMB_SEP.split(title)
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts[:-1]) and len(parts[-1].split()) >= 3:
        return parts[-1]
    parts = _trail_parts(title)  # glued: "Forum>iPhone>Headline"
    if parts and len(parts[-1].split()) >= 3:
        return parts[-1]
    return title


_SAYS = re.compile(r"^.{1,80}\s(?:sagt|says|said|schreibt|writes|wrote|dit|a dit|dice|scrive|escribió|napisał|"
                   r"schreef|skriver)\s*:$", re.I)
_AUTHOR_BOX = re.compile(r"^(?:über (?:den|die) autor(?:in|:in|\*in)?|about the author|zum autor|zur autorin|"
                         r"à propos de l'auteur|sobre el autor|"
                         # the publisher's own box under the story, set like the writer's
                         r"über uns|about us|à propos de nous|qui sommes-nous|sobre nosotros|quiénes somos|"
                         r"chi siamo|over ons|om oss|o nas)\s*:?$", re.I)


# Whole-line notices over a comment thread, longer than a header ("Comments are now closed
# for this story"); only as the whole line, since "Kommentare" opens share bars too.
_COMMENTS_CLOSED = re.compile(r"^(?:comments are (?:now )?closed(?: for this (?:story|article|post))?|"
                              r"(?:please )?leave your comments? below|do you have comments on this story\?)\W*$",
                              re.I)


# "Kommentare: 45 , Empfehlungen: 8", "Kommentare: ,": a teaser's counters, labels with their
# numbers in a list (the dump may drop a number and keep its comma)
_COUNTERS = re.compile(r"\w+\s*:\s*[\d.,]*\s*[,|·]\s*(?:\w+\s*:|$)")


# "One Comment", "Ein Kommentar", "Deux réponses": the count of a short thread spelt out,
# alone on its line ("Ein Kommentar von Jane Doe" labels an opinion piece instead)
_SPELT_COUNT_HEAD = re.compile(r"^(?:one|two|three|four|five|ein|eine|zwei|drei|vier|fünf|un|une|deux|trois|"
                               r"uno|una|dos|tres|due|tre)\s+(?:comments?|responses?|repl(?:y|ies)|kommentare?|"
                               r"antworten|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte)\s*:?$",
                               re.I)


def _comments_header(text: str) -> bool:
    """A comments header labels the thread: it is no question ("Comment réagissent les
    pêcheurs ?" is a French subhead) and no line of a teaser's counters."""
    return (bool(_COMMENTS_HEAD.match(text) or _SPELT_COUNT_HEAD.match(text)) and not text.rstrip().endswith("?")
            and not _COUNTERS.search(text))


# "Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés.": where a
# paywall cuts the story, the rest of the page is its dialog; a "for subscribers" label
# alone is no cut, since some paywalls set it over the story and print all of the text
_REST_OF_TEXT = re.compile(r"\b(?:the rest|remaining|continue reading|keep reading|la suite|il vous reste|"
                           r"le reste|der rest|weiterlesen|weiter lesen|seguir leyendo|continuar leyendo|"
                           r"el resto|continuare a leggere|il resto)\b", re.I)
_SUBSCRIBERS = re.compile(r"subscri|abonn|suscri|abbonat", re.I)


def _paywall_end(ln: Line) -> bool:
    return ln.words <= 25 and bool(_REST_OF_TEXT.search(ln.text)) and bool(_SUBSCRIBERS.search(ln.text))


def _cut_at_comments(lines: list[Line], start: int, end: int) -> int:
    # Reader comments are sentence-like too; a comments header ends the article, and so does
    # the first of several "Jane sagt:" headers of a thread that carries no such header.
    says = [k for k in range(start + 3, end + 1) if lines[k].words <= 14 and _SAYS.match(lines[k].text)]
    for k in range(start + 1, end + 1):
        ln = lines[k]
        head = ln.words <= 6 and (_comments_header(ln.text) or _AUTHOR_BOX.match(ln.text))
        if head and counter_over_text(lines, start, k):
            continue
        if (head or _COMMENTS_CLOSED.match(ln.text) or _paywall_end(ln)) and k > start + 2:
            return k - 1
        if len(says) >= 2 and k == says[0]:
            return k - 1
        if k > start + 2 and _tags_row_ends_text(lines, start, k, end):
            return k - 1
    return end


def _tags_row_ends_text(lines: list[Line], start: int, k: int, end: int) -> bool:
    """"Tags: elections, budget, council" on one line: the story's topic row, which a page sets
    under the text. What follows it inside the region (a note on the writer, a promo, the
    next story's opening) is not the text, as long as most of the text stands above it."""
    ln = lines[k]
    if ln.words > 40 or ln.sentence or ":" not in ln.text:
        return False
    m = _TAGS_HEAD.match(ln.text)
    if not m or not (m.group("rest") or "").strip():
        return False
    above = sum(lines[j].chars for j in range(start, k) if lines[j].kind == "body")
    below = sum(lines[j].chars for j in range(k + 1, end + 1) if lines[j].kind == "body")
    return below < above


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
    # a recipe's ingredient list that the region was extended to opens the text
    while start < end and lines[start].kind not in ("body", "near") and "ingredient" not in lines[start].tags:
        start += 1
    # and a list the text's last sentence announces closes it
    while end > start and lines[end].kind not in ("body", "near") and "item" not in lines[end].tags:
        end -= 1
    return start, end


def _body_lines(lines: list[Line], start: int, end: int) -> list[int]:
    """Indices of the article's paragraphs (and subheads) inside the region."""
    keep: list[int] = []
    quoted = _quoted_runs(lines, start, end)
    pairs = _label_lists(lines, start, end) | _pros_and_cons(lines, start, end)
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.kind in ("bad", "teaser"):
            continue
        if k in quoted or k in pairs:
            keep.append(k)
            continue
        # a list the text announces, a code sample, a recipe's ingredients
        if "item" in ln.tags or "code" in ln.tags or "ingredient" in ln.tags:
            keep.append(k)
            continue
        if "credit" in ln.tags or _is_credit_only(ln) or _CAPTION_LEAD.match(ln.text):
            ln.tags.add("credit")
            continue
        if _is_stamp_line(ln):
            continue
        if (_under_photo_label(lines, k) or _picture_place(ln) or _short_caption_over_label(lines, k)
                or (ln.words < 80 and _FIGURE_LABEL.match(ln.text))):
            ln.tags.add("caption")
            continue
        if ln.kind in ("body", "near"):
            # a line directly followed by a credit line is a caption, not a paragraph
            if _credit_below(lines, k) and _caption_like(ln) and not _text_over_credit(lines, k):
                ln.tags.add("caption")
                lines[k + 1].tags.add("credit")  # a bracketed name under it is no paragraph
                continue
            # a linked headline between paragraphs is not text; a clause that hands over
            # to a list or a quote with a colon is ("Here is how the fees compare:")
            if not ln.sentence and ln.kind == "near" and ln.words > 10 and not _hands_over(lines, k, end):
                continue
            keep.append(k)
            continue
        if _is_subhead(lines, k, start, end) or _hands_over(lines, k, end):
            keep.append(k)
    return keep


# "23.06.2016 um 16:14 Uhr - Jane Doe - 91 comments", "13/01/2025 10:22 Updated 13/01/2025 15:43":
# a full numeric date and a clock time on one short line are the page's stamp, never a heading
_NUMERIC_DATE = re.compile(r"(?<![\d.])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![\d.])")
_CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?![\d.])")


def _is_stamp_line(ln: Line) -> bool:
    return ln.words <= 16 and bool(_CLOCK_TIME.search(ln.text)) and bool(_NUMERIC_DATE.search(ln.text))


# "Abbildung 4: Die grösste Lawine ...", "Fig. 2: ...": a numbered figure's caption
_FIGURE_LABEL = re.compile(r"^(?:Abbildung|Abb\.|Figure|Fig\.|Figura|Grafik|Illustration)\s*\d+\s*[:.]\s+\S")


# "Das Thema könnte dich auch interessieren:", "WATCH | Leaders react:": a hand-over to
# the site's other stories or videos, a label over a bar
_OTHER_CONTENT = re.compile(r"interessier|\b(?:may|might) also\b|\s\|\s", re.I)


_OPENS_QUOTE = re.compile(r"^[„“\"«»‚‘]")
_CLOSES_QUOTE = re.compile(r"[“”\"»«‘’][.!?,]?$")
_QUOTE_CHARS = "„“”\"«»‚‘’"


def _quoted_runs(lines: list[Line], start: int, end: int, max_lines: int = 16) -> set[int]:
    """Lines of a quotation set out line by line between paragraphs (a song's lyrics, a
    poem, a post quoted whole): the first opens the quotation marks, the last closes them,
    no line between holds a mark. Each line is too short to score as text."""
    out: set[int] = set()
    k = start + 1
    while k < end:
        ln = lines[k]
        if (ln.kind in ("short", "near") and _OPENS_QUOTE.match(ln.text)
                and not any(c in _QUOTE_CHARS for c in ln.text[1:])
                and lines[k - 1].kind in ("body", "near", "short")):
            j = k + 1
            while (j <= end and j - k < max_lines and lines[j].kind in ("short", "near")
                   and lines[j].block == ln.block and not lines[j].boiler
                   and not any(c in _QUOTE_CHARS for c in lines[j].text[:-2])):
                if _CLOSES_QUOTE.search(lines[j].text):
                    break
                j += 1
            if (j <= end and j > k and lines[j].block == ln.block and _CLOSES_QUOTE.search(lines[j].text)
                    and any(m.kind == "body" for m in lines[max(start, k - 2): k])
                    and any(m.kind == "body" for m in lines[j + 1: min(end, j + 3) + 1])):
                out.update(range(k, j + 1))
                k = j + 1
                continue
        k += 1
    return out


# "Pullover: H&M", "Laufzeit: fünf Jahre": a label of one to three words and its value
_LABEL_VALUE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w&.'/-]*(?: [\w&.'/-]+){0,4}: \S")


def _label_block(lines: list[Line], k: int, end: int) -> int:
    """The end (exclusive) of a small block of 'label: value' lines opening at k, or k."""
    ln = lines[k]
    if lines[k - 1].block == ln.block or not 2 <= ln.block_size <= 8:
        return k
    j = k
    while j <= end and lines[j].block == ln.block:
        j += 1
    members = lines[k:j]
    if (len(members) == ln.block_size
            and all(m.kind in ("short", "near") and not m.boiler and not m.sentence
                    and _LABEL_VALUE.match(m.text) and m.words <= 16 for m in members)
            and not any(_is_byline(m) or _is_date_line(m) or _CAPTION_WORDS.search(m.text)
                        or _is_credit_only(m) for m in members)):
        return j
    return k


def _list_heading(ln: Line) -> bool:
    # "Cost example: leasing" over its terms; a label ending in a colon is the list's own
    return (ln.kind == "short" and ln.block_size == 1 and 1 <= ln.words <= 6 and not ln.boiler
            and not ln.sentence and not ln.text.endswith(":"))


def _label_lists(lines: list[Line], start: int, end: int) -> set[int]:
    """Small blocks of 'label: value' lines set between two paragraphs (what a writer
    wears, a loan's terms), each block alone or under its heading ("Cost example:
    leasing"), one after another: lists the text sets out, each line too short to score."""
    out: set[int] = set()
    k = start + 1
    while k < end:
        if lines[k - 1].kind != "body":
            k += 1
            continue
        pos, taken = k, []
        while pos < end:
            b = pos + 1 if _list_heading(lines[pos]) else pos
            j = _label_block(lines, b, end) if b <= end else b
            if j == b:
                break
            taken.extend(range(pos, j))
            pos = j
        if taken and pos <= end and lines[pos].kind == "body":
            out.update(taken)
            k = pos
            continue
        k += 1
    return out


# "Vorteile", "Cons:", "Pros and cons", "Vorteile Nachteile" (a two-column table's head)
# (a bare "Pro" names a plan or a model more often than a list)
_PROS_CONS = re.compile(r"^(?:pros|pro(?=\s*(?:&|and|und|/)\s*(?:contra|cons))|cons|contra|advantages|"
                        r"disadvantages|vorteile|nachteile|pluspunkte|minuspunkte|avantages|inconv[ée]nients|"
                        r"ventajas|desventajas|vantaggi|svantaggi|voordelen|nadelen|"
                        r"zalety|wady)(?:\s*(?:and|und|et|y|e|en|i|&|/|,)?\s*(?:cons|contra|disadvantages|nachteile|"
                        r"minuspunkte|inconv[ée]nients|desventajas|svantaggi|nadelen|wady))?\s*:?$", re.I)


def _pros_and_cons(lines: list[Line], start: int, end: int, max_lines: int = 12) -> set[int]:
    """A review's list of pros or cons between its paragraphs: a block under a 'Vorteile' or
    'Cons' head, each item too short to score. A menu has no such head."""
    out: set[int] = set()
    for k in range(start + 1, end):
        ln = lines[k]
        if not _PROS_CONS.match(ln.text) or (k > 0 and lines[k - 1].block == ln.block):
            continue
        j = k + 1
        while j <= end and lines[j].block == ln.block:
            j += 1
        members = lines[k + 1: j]
        if (1 <= len(members) <= max_lines and j <= end
                and all(m.kind in ("short", "near") and not m.boiler and m.words <= 25 for m in members)):
            out.update(range(k, j))
    return out


def _hands_over(lines: list[Line], k: int, end: int) -> bool:
    """A short sentence of the text that ends in a colon and hands over to what follows
    ("You can use this code:", "Das Innenleben sieht so aus:"), between the article's lines:
    text, not a label. Two words ("Zutaten:") are a label, and a hand-over to links is none."""
    ln = lines[k]
    if not ln.text.endswith(":") or ln.words < 4 or ln.words > 30 or ln.boiler or ln.tags:
        return False
    if (_LINKS_LEAD.search(ln.text) or _RELATED_HEAD.match(ln.text) or _TAGS_HEAD.match(ln.text)
            or _OTHER_CONTENT.search(ln.text)):
        return False
    if _CAPTION_WORDS.search(ln.text) or _is_byline(ln) or _is_date_line(ln) or _comments_header(ln.text):
        return False
    # a photo, a code sample or a quote it hands over to may leave a caption or a short line
    # between it and the text on either side
    # (or under a code sample or list the text set out: "And then you run this:")
    if not any(lines[j].kind in ("body", "near") or lines[j].tags & _SET_OUT for j in range(max(0, k - 2), k)):
        return False
    return any(lines[j].kind in ("body", "near") or "item" in lines[j].tags
               for j in range(k + 1, min(end, k + 4) + 1))


# "Quelle: dpa", "Source: Reuters": the label of where a story came from
_SOURCE_LABEL = re.compile(r"^\(?\s*(?:quelle|source|fuente|fonte|źródło|bron|kilde|källa)\s*:", re.I)
# a sentence ending inside a line before the next one's capital; not an initial ("Jane B. Doe")
_INNER_STOP = re.compile(r"(?:(?<=\w\w)|(?<=[\"”’»)]))[.!?…][\"'”’»)]?\s+(?=[\"'“„«(]?[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω])")


def _text_over_credit(lines: list[Line], k: int) -> bool:
    """A paragraph over a credit line that is still text, not the caption of a photo: one of
    three or more sentences and some 30 words, or of four or more however short (a caption
    names what a photo shows in one or two), or one over the label of a source ("Quelle: dpa")
    that is the last paragraph or runs to 30 words."""
    ln = lines[k]
    stops = len(_INNER_STOP.findall(ln.text))
    if (ln.words >= 30 and stops >= 2) or stops >= 3:
        return True
    cred = lines[k + 1]
    if not _SOURCE_LABEL.match(cred.text):
        return False
    # a photo's label says "Foto"; "Quelle: Infografik" under some 30 words sources a
    # paragraph's figures or a chart the dump does not print
    return ln.words >= 30 or not any(lines[j].kind == "body" for j in range(k + 2, min(len(lines), k + 6)))


def _lead_above(lines: list[Line], title_i: int | None, body_idx: list[int], stops: frozenset[str],
                reach: int = 25) -> int | None:
    """The standfirst set above the byline, the date, a contents box or a paywall notice:
    one paragraph on its own between the headline and the text, cut off from the text by a
    run of short lines that outweighs it. It summarises the story, so it shares words with
    the text's opening; a teaser of another story in a sidebar does not."""
    if len(body_idx) < 2:
        return None
    first = body_idx[0]
    low = max(0, first - reach, title_i + 1 if title_i is not None else 0)
    for k in range(first - 1, low - 1, -1):
        ln = lines[k]
        if ln.kind == "wall" or "comment" in ln.tags:
            return None
        if ln.kind != "body":
            continue
        # one ending in a colon hands over to the list under it ("Highlights of the issue:")
        if not ln.sentence or ln.text.endswith(":") or ln.tags or (
                k > 0 and k - 1 != title_i and lines[k - 1].kind in ("body", "near")):
            return None  # a run of paragraphs up there is another text, not one standfirst
        if first - k < 3:
            return None  # right above the text it would be in the region already
        # a photo's caption with its credit ("... (Quelle: Agency)"); and in scripts without
        # spaces shared characters say little about a shared topic
        if split_caption_credit(ln.text)[1] is not None or len(_WORD.findall(ln.text)) < 15:
            return None
        lead = {w[:5] for w in _content_words(ln.text, stops) if not w.isdigit()}
        # the first paragraphs only: a closing note on the source shares the page's names
        opening = {w[:5] for w in _content_words(" ".join(lines[j].text for j in body_idx[:4]), stops)}
        shared = lead & opening
        return k if len(shared) >= 2 and len(shared) * 5 >= len(lead) else None
    return None


def _deck_above(lines: list[Line], title_i: int | None, body_idx: list[int],
                stops: frozenset[str], min_words: int = 8) -> int | None:
    """The deck (standfirst) on its own line between the headline, or the byline and date
    under it, and the text's first paragraph: shorter than a paragraph or without a closing
    full stop, so the region scored it as furniture. It restates the story, so its words come
    back in the opening; it adds to the headline, where a second headline (the page's other
    wording of it) repeats the headline's words. Any other line above the text (a teaser,
    a video's headline, a caption) has no headline right above it."""
    if len(body_idx) < 2 or title_i is None:
        return None
    first = body_idx[0]
    k = first - 1
    if not title_i < k <= title_i + 3 or any(not _is_meta(lines[j]) for j in range(title_i + 1, k)):
        # or the deck right under the headline, with the byline, the date and a share bar
        # between it and the text
        k = title_i + 1
        if not k < first - 1 <= k + 4 or any(not (_is_meta(lines[j]) or lines[j].kind == "bad"
                                                  or _bare_byline(lines, j)) for j in range(k + 1, first)):
            return None
    ln = lines[k]
    if ln.kind not in ("short", "near") or ln.tags or ln.boiler or ln.block_size > 1:
        return None
    if ln.words < min_words or ln.text.endswith(":") or _is_meta(ln):
        return None
    lead = {w[:5] for w in _content_words(ln.text, stops) if not w.isdigit()}
    for j in range(max(0, title_i - 1), k):
        if len(lead & {w[:5] for w in _content_words(lines[j].text, stops)}) >= 3:
            return None
    opening = {w[:5] for w in _content_words(" ".join(lines[j].text for j in body_idx[:4]), stops)}
    return k if _takes_up(lead, opening) else None


def _takes_up(own: set[str], context: set[str]) -> bool:
    """A line restates the text beside it: two of its word stems or more, and a third of
    them at least, come back there."""
    shared = own & context
    return len(shared) >= 2 and len(shared) * 3 >= len(own)


def _closing_line(lines: list[Line], body_idx: list[int], stops: frozenset[str],
                  max_words: int = 30) -> int | None:
    """A short closing sentence right under the text's last paragraph, which the region
    scored as furniture for its length. A call to action there ("Send us your feedback!",
    "More at www...") is also a short sentence, but speaks of the site, not the story: the
    closing line takes up the words of the paragraphs above it, as a deck does."""
    if not body_idx:
        return None
    k = body_idx[-1] + 1
    if k >= len(lines) or lines[k].block != lines[k - 1].block + 1 and lines[k].block != lines[k - 1].block:
        return None
    ln = lines[k]
    if ln.kind not in ("short", "near") or ln.text[-1] not in ".!?。！？" or ln.tags or ln.boiler or ln.block_size > 1:
        return None
    if ln.words < 4 or ln.words > max_words or _is_meta(ln) or "http" in ln.text or "www." in ln.text:
        return None
    # kana are grammar, shared by any two Japanese sentences
    own = {w[:5] for w in _content_words(ln.text, stops) if not w.isdigit() and not "\u3040" <= w <= "\u309f"}
    above = {w[:5] for w in _content_words(" ".join(lines[j].text for j in body_idx[-3:]), stops)}
    return k if _takes_up(own, above) else None


def _without_note_on_author(lines: list[Line], body_idx: list[int], authors: list[str]) -> list[int]:
    """Drop the box on the writer under the story: among the last paragraphs, one that opens
    with the full name the byline gave, alone or going on in lower case ("Jane Doe is a
    photographer from ...", "Jane Doe, editor of ..."), and what follows it. A story names its
    own writer by the full name at its end only to present them; a name followed by a colon
    is a citation or a reply in the comments."""
    names = [a for a in authors if len(a.split()) >= 2]
    if not names:
        return body_idx
    return _cut_at_closing_note(lines, body_idx, lambda ln: any(
        ln.text.startswith(a) and _note_goes_on(ln.text[len(a):]) for a in names))


def _note_goes_on(rest: str) -> bool:
    # after the name: nothing, a comma, or a lower-case word ("ist", "is", "und", "cubre")
    rest = rest.strip()
    return not rest or rest[0] == "," or rest[0].islower()


def _without_writer_note(lines: list[Line], body_idx: list[int]) -> list[int]:
    """Drop the note on the writer ("Jane Doe is a senior writer for ...") and what follows
    it when it stands among the last paragraphs: a page sets it under the story, while a
    story about a reporter says so near its start."""
    return _cut_at_closing_note(lines, body_idx, lambda ln: ln.words <= 90 and _AUTHOR_BIO.match(ln.text))


def _cut_at_closing_note(lines: list[Line], body_idx: list[int], is_note) -> list[int]:
    """The text up to the first of its last three paragraphs (never one of its first three)
    that ``is_note`` takes for a note under the story, which goes with all that follows it."""
    if len(body_idx) < 4:
        return body_idx
    for n in range(max(3, len(body_idx) - 3), len(body_idx)):
        if is_note(lines[body_idx[n]]):
            return body_idx[:n]
    return body_idx


def _is_subhead(lines: list[Line], k: int, start: int, end: int) -> bool:
    """A short line between paragraphs that reads like a heading, not a menu item or a label."""
    ln = lines[k]
    # a dump that prints no blank line between paragraphs puts the subheads in their block: a
    # short line right between two paragraphs is one there too, where a menu never stands
    between = 0 < k < end and lines[k - 1].kind == "body" and lines[k + 1].kind == "body"
    if ln.words < 1 or ln.words > 16 or (ln.block_size > 2 and not between) or ln.boiler or "repeated" in ln.tags:
        return False
    # one word: a heading ("Fazit", "BURSA"), not a dateline's place ("Chemnitz.") or an agency
    if ln.words == 1 and (not ln.text[-1:].isalpha() or find_credits(ln.text)):
        return False
    if _is_byline(ln) or _is_date_line(ln) or _TIME_ONLY.match(ln.text):
        return False
    if ln.text.endswith(":") and not _label_heading(lines, k, end):
        return False
    if _READ_TIME.match(ln.text) or _CAPTION_WORDS.search(ln.text):
        return False
    if _RELATED_HEAD.match(ln.text) or _TAGS_HEAD.match(ln.text) or _is_credit_only(ln):
        return False
    # a label the page repeats between all its paragraphs ("Advertisement", "Article
    # content") stands on both sides of a heading too: look past it
    framed = (start <= k - 2 and k + 2 <= end and _repeated_short(lines[k - 1])
              and lines[k + 1].text == lines[k - 1].text
              and lines[k - 2].kind == "body" and lines[k + 2].kind == "body")
    above, below = (k - 2, k + 2) if framed else (k - 1, k + 1)
    prev = next((lines[j] for j in range(above, start - 1, -1) if lines[j].kind != "short" or j < above), None)
    nxt = lines[below] if below <= end else None
    # a list or code sample the text set out is text on either side of a heading too, and
    # a heading may open with a sentence that hands over to a list ("You will need:")
    return (prev is not None and (prev.kind in ("body", "near") or bool(prev.tags & _SET_OUT))
            and nxt is not None and (nxt.kind in ("body", "near") or bool(nxt.tags & _SET_OUT)
                                     or (nxt.kind == "short" and _hands_over(lines, k + 1, end))))


def _repeated_short(ln: Line) -> bool:
    return ln.kind in ("short", "bad") and "repeated" in ln.tags


def _label_heading(lines: list[Line], k: int, end: int) -> bool:
    """A heading set as a label ("Please note:", "The report found:") right over a paragraph:
    text. A label over links, a list or a headline ("Related:", "Ingredients:") is none."""
    ln = lines[k]
    if ln.words > 6 or _LINKS_LEAD.search(ln.text) or _RELATED_HEAD.match(ln.text) or _TAGS_HEAD.match(ln.text):
        return False
    return k + 1 <= end and lines[k + 1].kind == "body" and not lines[k + 1].tags


_SET_OUT = frozenset(("item", "code"))


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
    scores: dict[int, float] = {}
    lo = max(0, head_start - 60)
    echoes = _echoes(lines)
    reprints = _Reprints(lines)
    where: dict[str, list[int]] = {}
    for j, o in enumerate(lines):
        where.setdefault(o.text, []).append(j)
    first = head_start
    framed = _framed_sentence_headline(lines, head_start)
    if _may_head_text(lines, head_start) or framed or _echoed_head(lines, head_start, echoes):
        # the dump may print the headline as the region's first "paragraph" (a long question
        # reads like a sentence); judge it against the text below it, not against itself
        first = head_start + 1
    # Lines a little below the region's start count too when the byline or the date follows
    # them: the region can open with a page title or a standfirst printed above the <h1>
    # ("SEO title / kicker / headline / standfirst / By ... / date"), and only right over its
    # standfirst: a video title or a caption between the standfirst and the byline is not it.
    # A region with no byline or date over its start has no head of its own: it can open with
    # a dialog's messages, and the story's head with its meta is further down. Under a region
    # with its own head, a headline further down heads the next story.
    headless = not any(_is_meta(lines[j]) for j in range(max(0, head_start - 4), head_start))
    below = [k for k in range(head_start + 1, min(len(lines), head_start + 9))
             if _meta_below(lines, k) and not lines[k].text.endswith(".") and lines[k].words <= 30
             and ((k < head_start + 5 or headless) and _longer_body(lines, k + 1, lines[k].words)
                  # further down only right over a "By ..." line that is over the text: the
                  # region may open with a dialog or a teaser before the story's own head
                  or k + 2 < len(lines) and _is_byline(lines[k + 1]) and _longer_body(lines, k + 2, lines[k].words))
             and all(lines[j].words < 40 for j in range(head_start, k))]  # not once the text has begun
    # "standfirst / caption / section / date / Headline / text": the page prints its headline
    # under its date and over the text, and again elsewhere (the page title, a list of stories)
    below += [k for k in range(head_start + 1, min(len(lines) - 1, head_start + 6))
              if k not in below and _is_date_line(lines[k - 1]) and 4 <= lines[k].words <= 30
              and not lines[k].text.endswith(".") and echoes.get(_echo_key(lines[k].text), 0) >= 2
              and _longer_body(lines, k + 1, lines[k].words)
              and all(lines[j].words < 40 for j in range(head_start, k))]
    # a little further up only a line right over the story's byline or date: a paywall's or a
    # video player's run of short lines can push the text's start away from its head
    far = [k for k in range(lo - 1, max(-1, lo - 41), -1) if _meta_below(lines, k)]
    for k in below + list(range(first - 1, lo - 1, -1)) + far:
        ln = lines[k]
        words = body_words
        if k >= head_start:
            words = _content_words(" ".join(lines[j].text for j in range(k + 1, min(len(lines), k + 9))), stops)
        s = _title_score(ln, words, stops)
        if s <= 0 or _crumb_trail(lines, k) or _byline_over_headline(lines, k) or _named_in_credit(lines, k, stops):
            continue
        if k > head_start and ln.kind == "body" and ln.sentence:
            s += 0.6  # a question under the page title is the headline, not a paragraph
        if k == head_start and framed:
            s += 1.0  # a short sentence with the story's byline or date beside it heads the text
        # the headline sits just above the byline or the date; a standfirst sits below them
        if _meta_below(lines, k):
            s += 0.7
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and nxt.kind == "body" and nxt.words > ln.words:
            s += 0.4  # directly over the standfirst or the first paragraph
        if ln.words >= 4 and (echoes.get(_echo_key(ln.text), 0) >= 2 and not _block_copy(lines, k, where)
                              or _glued_echo(lines, k)):
            s += 0.6  # printed again (page title, breadcrumb, share text): the page's headline
        elif ln.words >= 3 and reprints.reprinted(ln.text):
            s += 0.6  # reprinted inside a longer line ("3 comments on “...”"): the same cue
        elif ln.words >= 2 and _doubled_here(lines, k):
            # a short headline set twice in a row (the <h1> and a copy for screen readers or
            # the print view): two or three words earn no echo on their own, but a second
            # copy right beside it is the page printing its title, not a menu's label
            s += 0.6
        s -= 0.004 * abs(head_start - k)
        scores[k] = s
        if s > best_score:
            best, best_score = k, s
    best = _headline_under_meta(lines, head_start, best, scores, lo)
    one = _one_word_headline(lines, head_start)
    if one is not None and (best is None or best_score < _ONE_WORD_SCORE and not (
            # "HE:Kassel/Stammtisch" over "Stammtisch": the page's full name ends in the word
            lines[best].text.endswith(lines[one].text) and lines[best].text[-len(lines[one].text) - 1] in "/:»>")):
        return one
    # Headline and standfirst, one over the other, earn the same cues; the standfirst wins
    # them by sharing more words with the text. When the line right above the winner scores
    # nearly as well and is no short kicker, it is the headline.
    if best is not None and scores.get(best - 1, 0.0) >= best_score - _NEAR_TIE and _headline_over(lines, best, bool(stops)):
        best = best - 1  # the standfirst is judged: no second step up
    elif best is not None and (best > lo or best in far) and not _echoed_alone(lines, best, echoes):
        best = _headline_over_standfirst(lines, best, body_words, stops)
    if best is not None and (best > lo or best in far):
        best = _headline_over_byline(lines, best, body_words, stops)
    if best is not None:
        best = _headline_of_trail(lines, best)
        best = _named_by_trail(lines, best, head_start)
    return best


def _nav_line(ln: Line) -> bool:
    return ln.kind != "body" and ln.words <= 3


def _headline_under_meta(lines: list[Line], head_start: int, best: int | None,
                         scores: dict[int, float], lo: int) -> int | None:
    """"Menu / ... / Section / 12 May 2024 / By Jane Doe / Headline / text": a line set between
    the story's date or byline and its text is the story's head. It wins over a line the scores
    prefer only when that line is cut off from the text by a run of navigation (menus, share
    bars, a breadcrumb): a teaser or a site's name up in the page's furniture shares the
    story's words, but a headline is printed with its meta, next to the text."""
    if best is None or best >= head_start - 1 or best < lo or _meta_below(lines, best):
        return best  # a line printed over its own byline or date is a headline too
    for k in range(head_start - 1, max(best, head_start - 3), -1):
        # set apart (its own block): in a block of many lines, "Teaser / By X / Teaser / By Y",
        # the line under a byline is the next teaser
        if (scores.get(k, 0.0) > 0 and k > 0 and _is_meta(lines[k - 1]) and lines[k].block_size <= 2
                and not any(_nav_line(lines[j]) for j in range(k + 1, head_start))):
            if sum(1 for j in range(best + 1, k) if _nav_line(lines[j])) >= _NAV_RUN:
                return k
            break
    return best


# navigation lines (at most three words, no paragraph) between a candidate and the text that
# mark it as furniture; a headline with its kicker, meta and share bar has fewer below it
_NAV_RUN = 8


def _named_by_trail(lines: list[Line], best: int, head_start: int) -> int:
    """"Home » Travel » Expeditions overseas" over "Expeditions overseas": a breadcrumb trail
    over the text ends in the page's own name, and the page prints that name alone just under
    it as its headline, however short. A line chosen above the trail (a site's tagline, a menu
    item) is not the story's; one chosen under that name is (the name was the section's)."""
    for c in range(max(best + 1, head_start - 10), head_start):
        parts = _CRUMB_SEP.split(lines[c].text)
        if len(parts) < 3 and not (len(parts) == 2 and re.search(r"\s[»›]\s", lines[c].text)):
            continue
        last = parts[-1].strip()
        if not last or any(len(p.split()) > 4 for p in parts[:-1]):
            continue
        for j in range(c + 1, min(head_start, c + 4)):
            if lines[j].text == last and "repeated" not in lines[j].tags and lines[j].kind != "bad":
                return j
    return best


_ONE_WORD_SCORE = 2.6
_ONE_WORD = re.compile(r"[^\W\d_][\w’'-]{2,}[!?.…]?", re.UNICODE)


def _one_word_headline(lines: list[Line], head_start: int) -> int | None:
    """"Chorgeschichte", "Hope!": a headline of one word, on a line of its own, right over the
    text or over the byline and date that head it. One word never earns the cues a headline
    earns by its wording, so only its place tells; a menu item or a section label sits among
    others of its kind (a block of several lines, or a label printed again on the page)."""
    k = head_start - 1
    while k >= 0 and head_start - k <= 3 and (_is_meta(lines[k]) or _CLOCK.fullmatch(lines[k].text)):
        k -= 1
    if k < 0 or k == head_start - 4:
        return None
    if not _one_word_line(lines[k]):
        return None
    if k == head_start - 1 and k >= 2 and _is_meta(lines[k - 1]) and _one_word_line(lines[k - 2]):
        # "Hope! / Posted on 24 January 2020 by jdoe / Standard": the headline stands over the
        # post's date line, and a word under it is the post's format or category
        return k - 2
    if k == head_start - 1 and not _longer_body(lines, head_start, 12):
        return None  # over a short line the word is a label of what follows ("Standard", "Kontakt")
    return k


def _one_word_line(ln: Line) -> bool:
    return not (ln.words != 1 or ln.block_size != 1 or ln.boiler or ln.kind == "bad" or "repeated" in ln.tags
                or not _ONE_WORD.fullmatch(ln.text) or not ln.text[0].isupper() or ln.text.isupper()
                or _GLUED_WORDS.search(ln.text))  # "TeilenMerkenDrucken": a share bar's buttons


def _headline_of_trail(lines: list[Line], k: int) -> int:
    """"You are here: Home » Society » Headline" over "Headline": a breadcrumb trail ends in
    the page's name, and when the page prints that name on its own line close by, that line is
    the headline, however short it is."""
    parts = _CRUMB_SEP.split(lines[k].text)
    if len(parts) < 3:
        return k
    last = parts[-1].strip()
    for j in range(max(0, k - 3), min(len(lines), k + 4)):
        if j != k and lines[j].text.strip() == last:
            return j
    return k


def _longer_body(lines: list[Line], j: int, words: int) -> bool:
    return j < len(lines) and lines[j].kind == "body" and lines[j].words > words


_NEAR_TIE = 0.25
# "WeatherExtreme Weather": menu items printed without a space between them
_GLUED_WORDS = re.compile(r"[a-zà-öø-ÿß][A-ZÀ-ÖØ-Þ]")


def _headline_over(lines: list[Line], k: int, has_stops: bool) -> bool:
    """Is the line over ``k`` its headline, ``k`` being a standfirst? The standfirst is a long
    line (8 words or more) and the headline no short kicker, no breadcrumb ending in it and
    no menu glued into one line: a menu has no function words, a headline of five words has.
    Over a standfirst that is a whole sentence of 15 words or more, a line of three or four
    words is the headline too ("- Fear will grow", a quote as Nordic papers print it): a
    kicker is set over the headline, not over the standfirst."""
    up, ln = lines[k - 1], lines[k]
    return (ln.words >= 8 and (up.words >= 5 or up.words >= 3 and ln.sentence and ln.words >= 15)
            and ln.text not in up.text and len(_GLUED_WORDS.findall(up.text)) < 2 and (up.stop > 0 or not has_stops))


def _byline_over_headline(lines: list[Line], k: int) -> bool:
    """"Jane Doe / 2. Okt. 2022 / Headline / text": some pages print the byline and the date
    over the headline. A bare name (or "Tipps von") right over a date line with a
    headline-shaped line under that date is the byline, not the headline."""
    ln = lines[k]
    if _TRAILING_BY.match(ln.text):
        return True
    if k + 2 >= len(lines) or not (2 <= ln.words <= 3) or not _looks_like_name(ln.text):
        return False
    stamp, nxt = lines[k + 1], lines[k + 2]
    return (_is_meta(stamp) and 3 <= nxt.words <= 20 and not nxt.sentence and not _is_meta(nxt)
            and nxt.kind in ("short", "near"))


def _named_in_credit(lines: list[Line], k: int, stops: frozenset[str] = frozenset()) -> bool:
    """"The Daily Courier" over "By Jane Doe / Daily Courier Staff Writer", "Jane Doe Gear
    Team" near "Photograph: Jane Doe": a short line that opens with a name a byline or a
    photo credit close by prints is the writer's, the photographer's or the paper's name,
    not the headline. A headline that names the same person goes on from a word of its own
    ("Talking to Jane Doe")."""
    ln = lines[k]
    if not (2 <= ln.words <= 5) or ln.sentence or ":" in ln.text:
        return False
    words = ln.text.split()
    if words[0].casefold() in stops:
        words = words[1:]  # "The Daily Courier"
    if len(words) < 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    name = f"{words[0]} {words[1]}"
    for j in range(max(0, k - 6), min(len(lines), k + 7)):
        o = lines[j]
        if j != k and o.words <= 30 and name in o.text and (
                _is_byline(o) or _is_credit_only(o) or _CAPTION_WORDS.search(o.text)):
            return True
    return False


def _is_meta(ln: Line) -> bool:
    """A byline or a date: what a page prints right under its headline."""
    got = ln.memo.get("meta")
    if got is None:
        got = ln.memo["meta"] = (_is_byline(ln) or _is_date_line(ln)
                                 or (ln.words <= 14 and parse_date(ln.text) is not None))
    return got


def _bare_byline(lines: list[Line], j: int) -> bool:
    """A line that is only a name, with the date or time a line or two away: the byline of a
    page that prints no "By". Capitalised pairs alone are no evidence (German nouns, menu
    items, organisations); the stamp beside them is."""
    ln = lines[j]
    if not (2 <= ln.words <= 4) or ln.sentence:
        return False
    if _name_before_stamp(ln.text):
        return True
    if ln.boiler or ln.kind == "bad" or not (_looks_like_name(ln.text) or _scholar_names(ln.text)):
        return False
    # lower-case words in a name are its particles ("Jan van der Berg"), never "in" or "und"
    if any(w.islower() and w not in _NAME_PARTICLES for w in ln.text.split()):
        return False
    return any(_is_meta(lines[i]) or _CLOCK.fullmatch(lines[i].text)
               for i in range(max(0, j - 2), min(len(lines), j + 4)) if i != j)


_NAME_PARTICLES = frozenset("von van der den de da di du dos das del della la le bin ben al el ter ten zu".split())
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?", re.I)


def _meta_below(lines: list[Line], k: int) -> bool:
    return any(_is_meta(lines[j]) or _bare_byline(lines, j) or (lines[j].words <= 4 and _SMALL_BY.match(lines[j].text))
               or _split_byline(lines, j) for j in range(k + 1, min(k + 4, len(lines))))


# the byline's marker alone on its line, the name on the next ("Von / Jane Doe")
_LONE_BY = frozenset("by von par por door di da przez av af".split())


def _split_byline(lines: list[Line], j: int) -> bool:
    if lines[j].text.strip().casefold() not in _LONE_BY or j + 1 >= len(lines):
        return False
    name = lines[j + 1].text
    return 1 <= len(name.split()) <= 4 and name[:1].isupper() and not lines[j + 1].sentence


def _headline_over_byline(lines: list[Line], k: int, body_words: set[str], stops: frozenset[str]) -> int:
    """A line under the byline is a standfirst or a caption: when a byline ("By ...", a name
    with its date stamp) or the story's date line sits just above the chosen line and a
    headline-shaped line on the same subject sits just above that, that line is the headline."""
    if k + 1 < len(lines) and _scholar_names(lines[k + 1].text):
        return k  # a paper prints its date over the title and the authors under it
    for j in range(k - 1, max(-1, k - 4), -1):
        # a bare name here could be a kicker: only "By ...", a name with its stamp or a date tells
        if not (_is_byline(lines[j]) or _is_date_line(lines[j]) or _name_before_stamp(lines[j].text)):
            continue
        for c in range(j - 1, max(-1, j - 3), -1):
            up = lines[c]
            if _is_meta(up):
                continue
            if up.words < 4 or up.text.endswith(".") or up.text.count("|") >= 2 or _title_score(up, body_words, stops) <= 0:
                break  # "26 | 01 | 2022 Schweiz | Praxis": a bar-separated stamp or trail is no headline
            if lines[k].text in up.text:
                break  # "Local News Headline" over "Headline": a teaser of the same story, kicker and all
            if _content_words(up.text, stops) & (_content_words(lines[k].text, stops) | body_words):
                return c
            break
        break
    return k


def _echoed_alone(lines: list[Line], k: int, echoes: dict[str, int]) -> bool:
    """Is line k printed again on the page (the page title, a share text) while the line over
    it is not? The page repeats its headline, not its standfirst: the line over it is a kicker."""
    if k == 0 or lines[k].words < 4:
        return False
    if echoes.get(_echo_key(lines[k].text), 0) < 2 or echoes.get(_echo_key(lines[k - 1].text), 0) >= 2:
        return False
    # "Drinks by boat to the city centre" over "Paris Olympics Drinks by boat to the city centre":
    # two wordings of one headline, not a kicker over it
    up = _content_words(lines[k - 1].text)
    return len(up & _content_words(lines[k].text)) * 2 < len(up)


def _headline_over_standfirst(lines: list[Line], k: int, body_words: set[str], stops: frozenset[str]) -> int:
    """The standfirst under a headline wins on the cues a headline has (right over the byline
    and the text); when the line just above it is a shorter headline-shaped line on the same
    subject, that line is the headline and the chosen one its standfirst."""
    ln, up = lines[k], lines[k - 1]
    # a headline may ask or quote ("Will the valley run dry?"); a full stop makes it a sentence
    asks = up.text.rstrip().endswith(("?", "“", '"', "»", "«"))
    if ln.words < 8 or not (4 <= up.words < ln.words) or (up.sentence and not asks):
        return k
    # a kicker, a breadcrumb trail or a menu above the headline is no headline itself
    if up.text.isupper() or up.text.endswith((",", ":")) or _CRUMB_SEP.search(up.text) or "|" in up.text:
        return k
    if up.text.count(",") >= 2 and all(len(p.split()) <= 4 for p in up.text.split(",")):
        return k  # "Politics, Europe, Germany": the story's tags
    if _title_score(up, body_words, stops) <= 0:
        return k
    up_words = _content_words(up.text, stops)
    # an interview's headline quotes the guest in words the standfirst under it need not share
    # ("“A different age of data is dawning”" over "Can big data end the crisis? ...")
    if not up_words & (_content_words(ln.text, stops) | body_words) and not (
            ln.words >= 15 and _WHOLLY_QUOTED.fullmatch(up.text.strip())):
        return k
    return k - 1


_WHOLLY_QUOTED = re.compile(r"[\"„“”«»‚‘'][^\"„“”«»]{10,}[\"“”«»‘’']")


def _framed_sentence_headline(lines: list[Line], k: int) -> bool:
    """The region's first line as a headline that reads as a sentence ("Goats ruled this island.
    Now it is being reborn."): short, over a longer paragraph (its standfirst), with the
    story's byline or date within three lines under it, and no paragraph of text above it."""
    if k + 1 >= len(lines) or k == 0:
        return False
    ln = lines[k]
    if not (4 <= ln.words <= 16) or not ln.text.rstrip().endswith((".", "?", "!")) or ln.text.endswith("..."):
        return False
    if not any(lines[j].kind == "body" and lines[j].words > ln.words for j in range(k + 1, min(len(lines), k + 3))):
        return False
    # the meta must be under it: a short first paragraph also follows a date line
    if any(lines[j].kind == "body" and lines[j].words >= 12 for j in range(k - 1, max(-1, k - 3), -1)):
        return False
    return _meta_below(lines, k)


def _echoed_head(lines: list[Line], k: int, echoes: dict[str, int]) -> bool:
    """The region's first line printed again on the page (its title, a share text), over more
    text: the dump may print the headline in the text's own shape, as long as the lines under
    it, and only its echo tells it from a paragraph."""
    if k + 1 >= len(lines):
        return False
    ln = lines[k]
    return (4 <= ln.words <= 25 and not ln.text.rstrip().endswith((".", ";", ",", ":"))
            and echoes.get(_echo_key(ln.text), 0) >= 2)


def _may_head_text(lines: list[Line], k: int) -> bool:
    if k >= len(lines) or k + 1 >= len(lines):
        return False
    ln = lines[k]
    if not (2 <= ln.words <= 25) or ln.text.rstrip().endswith((";", ",")):
        return False
    if ln.text.rstrip().endswith(".") and not (ln.words <= 15 and k > 0 and _is_meta(lines[k - 1])):
        return False  # a short line ending in a full stop heads the text only under its date or byline
    return any(lines[j].kind == "body" and lines[j].words > ln.words for j in range(k + 1, min(len(lines), k + 4)))


_ECHO_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*:\s+")


def _glued_echo(lines: list[Line], k: int) -> bool:
    """"NewsPoliticsHeadline": the breadcrumb trail printed with the headline, glued to it
    without spaces, repeats the headline as the end of a longer line."""
    t = lines[k].text
    for j in range(max(0, k - 5), min(len(lines), k + 6)):
        o = lines[j].text
        if j != k and len(t) < len(o) <= len(t) + 40 and o.endswith(t) and o[-len(t) - 1].isalpha():
            return True
    return False


class _Reprints:
    """Where a page prints a line's words again inside a longer line: "3 comments on “Headline”",
    "More on: Kicker - Headline", "Home>News>Headline", "Headline | Site", a breadcrumb's
    "Headline cut sh...". A page reprints its headline so, seldom a kicker or a standfirst."""

    def __init__(self, lines: list[Line]) -> None:
        self.texts = [" ".join(ln.text.split()) for ln in lines if ln.words <= 60]
        self.blob = "\n" + "\n".join(self.texts) + "\n"
        self.stems = {" ".join(ln.text.rstrip(".… ").split()) for ln in lines
                      if ln.words >= 3 and ln.text.endswith(("...", "…")) and len(ln.text) >= 15}

    def reprinted(self, text: str) -> bool:
        key = " ".join(text.split())
        if len(key) < 12:
            return False  # a word or two recurs by chance
        if not text.endswith(("...", "…")) and any(len(s) < len(key) and key.startswith(s) for s in self.stems):
            return True
        # one count over the page first: most lines occur only as themselves
        if self.blob.count(key) <= self.blob.count("\n" + key + "\n"):
            return False
        most = len(key.split()) + 12  # a paragraph that uses the same words is no reprint
        for t in self.texts:
            if t == key or key not in t or len(t.split()) > most or _COPYRIGHT.match(t):
                continue  # "© Site Name": the site's name is no headline
            i = t.index(key)
            before, after = t[:i], t[i + len(key):]
            if before[-1:].isalnum() or after[:1].isalnum():
                continue  # part of a longer word
            if before:
                # a label, a count or a trail before it; "<" or "»" alone marks a link
                if any(c.isalnum() for c in before):
                    return True
            elif after.lstrip()[:1] == "|" or len(after.split()) <= 3:
                return True  # "Headline | Site", "Headline Back to video"; a longer run is its own headline
        return False


def _block_copy(lines: list[Line], k: int, where: dict[str, list[int]]) -> bool:
    """Is every copy of line k printed between the same two lines, or at the end of the same
    three-line run? Then the page sets a block twice (a share box, a list of stories, a menu
    for the desktop and one for the phone), and the copies are that block's, not the page
    reprinting its headline in its title or share text."""
    copies = where.get(lines[k].text, [])
    if len(copies) < 2 or k == 0 or k + 1 >= len(lines):
        return False
    return all(0 < j < len(lines) - 1 and lines[j - 1].text == lines[k - 1].text for j in copies) and (
        all(lines[j + 1].text == lines[k + 1].text for j in copies)
        or k >= 2 and all(j >= 2 and lines[j - 2].text == lines[k - 2].text for j in copies))


def _doubled_here(lines: list[Line], k: int) -> bool:
    """Is line k printed again on the line right over or under it?"""
    t = lines[k].text
    return (k > 0 and lines[k - 1].text == t) or (k + 1 < len(lines) and lines[k + 1].text == t)


def _echo_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _echoes(lines: list[Line]) -> dict[str, int]:
    """How often each line's text appears on the page, whole or as one part of a line joined
    with a site name ("Headline | Site") or after a label ("Share this story: Headline")."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.words > 60:
            continue
        key = _echo_key(ln.text)
        parts = {key}
        for m in _ECHO_SPLIT.finditer(ln.text):
            parts.add(_echo_key(ln.text[:m.start()]))
            parts.add(_echo_key(ln.text[m.end():]))
        for p in parts:
            if p:
                counts[p] = counts.get(p, 0) + 1
    return counts


def _title_score(ln: Line, body_words: set[str], stops: frozenset[str] = frozenset()) -> float:
    t = ln.text
    if ln.words < 2 or ln.words > 40 or ln.chars > 300:
        return 0.0
    if ln.boiler and not _topic_not_furniture(ln, body_words, stops):
        return 0.0
    if "caption" in ln.tags or "credit" in ln.tags or _is_byline(ln) or _BYLINE_LABEL.match(t) or (
            ln.words <= 16 and _name_before_stamp(t)):
        return 0.0
    if _is_date_line(ln) or _RELATED_HEAD.match(t) or _TAGS_HEAD.match(t) or t.endswith(":"):
        return 0.0
    credit = split_caption_credit(t)[1]
    if credit and _label_as_noun(credit, stops):
        credit = None
    if _is_credit_only(ln) or (credit and not _is_clause(credit)) or _caption_label(t):
        return 0.0  # a clause after "Bild:" is a headline's ("Erstes Bild: So könnte ... aussehen")
    if _photo_caption(t) or _doubled_label(t) or _short_item_list(t) or _short_crumbs(t):
        return 0.0
    if ln.words <= 6 and _SMALL_BY.match(t):
        return 0.0  # "von besserwisser eG", "by jdoe2": a byline naming a handle or a lower-case house
    if t.startswith("+++") and sum(1 for part in t.split("+++") if part.strip()) >= 2:
        # "+++ Item one +++ Item two +++": a ticker bar runs several stories' headlines into one
        # line; a live blog's own headline may join its latest items ("Kicker: One +++ Two")
        return 0.0
    if t.startswith("←") or t.rstrip().endswith("→"):
        return 0.0  # "← Previous post title", "Next post title →": links to the neighbouring posts
    if re.fullmatch(r"\(.*\)|\[.*\]", t.strip()) or not re.search(r"[^\W\d_]{3}", t):
        return 0.0  # "(Jane Doe / Daily Courier)" under a photo, "1945 1960 1980" on a chart axis
    prefix = t.split(":", 1)[0] if ":" in t[:40] else ""
    if prefix and _BOILER_SHORT.search(prefix.casefold()) and not _PLATFORM.fullmatch(prefix.strip()):
        return 0.0  # "Share this story: Headline"; "Tiktok: Brussels investigates" is about Tiktok
    if prefix and _FIELD_LABEL.fullmatch(prefix.strip()):
        return 0.0  # "Font size: Decrease Increase", "Cast: Jane Doe, John Roe": a field of the page
    s = 1.0
    cw = _content_words(t, stops)
    if cw and body_words:
        shared = len(cw & body_words)
        # one shared word in a two-word menu item is chance; a headline shares several. The
        # share of a line's words found in the text is weighed by how many words it has: "Odd
        # News" sharing "news" is 100% of one word, no evidence of a headline.
        s += 1.0 * shared / len(cw) * min(1.0, len(cw) / 3) + 1.0 * min(shared, 5) / 5
    if ln.words >= 4:
        s += 0.5
    if ln.block_size <= 2:
        s += 0.5
    elif ln.block_size > 5:
        s -= 0.8
    if t.endswith(".") and not t.endswith("..."):
        s -= 0.8
    if parse_date(t) or parse_dump_date(t):
        s -= 1.0  # a line carrying a full date is a dateline or a teaser stamp, not the headline
    if ln.kind == "body" and ln.sentence and not _QUOTE_END.search(t):
        s -= 0.6  # a sentence paragraph is a standfirst, not the headline
    if "repeated" in ln.tags:
        s -= 0.7  # a short line printed three times or more is a label ("Article réservé aux abonnés")
    if "twice" in ln.tags:
        s -= 1.0  # a block of lines set twice on the page (a menu, a share box, a list of stories)
    return s


# a line opening with the byline's marker in lower case; a headline opens with a capital
_SMALL_BY = re.compile(r"(?:von|by|par|por|door|przez)\s+\S")
# a headline that quotes ends in the closing quote, with no full stop inside it:
# '... "Why push the rules through?"', '«We spent forty days in quarantine»'
_QUOTE_END = re.compile(r"(?<![.!?…])[\"”“»«’]\s*$")


# prepositions that name who took a photo after a credit word ("Foto von Jane Doe", "photo by")
_AGENT_WORDS = frozenset("by von de di da par por van av af z ze".split())


def _label_as_noun(credit: str, stops: frozenset[str]) -> bool:
    """"... could be a good source of ethanol", "a picture of health": a credit word used as a
    noun goes on with a function word, while a credit goes on with a name ("Source: Jane Doe",
    "Foto dpa") or says who took the photo ("photo by Jane Doe")."""
    first = credit.split(None, 1)[0] if credit.strip() else ""
    return first.islower() and first in stops and first not in _AGENT_WORDS


# A caption naming the people in a photo in their order ("Board members (from left): ...",
# "v.l.n.r.", "von links nach rechts", "de gauche à droite"): it describes a picture.
_LEFT_TO_RIGHT = re.compile(
    r"\b(?:from left to right|von (?:links|li\.?) nach (?:rechts|re\.?)|v\. ?l\. ?n\. ?r\.|"
    r"de (?:gauche|izquierda) (?:à|a) (?:droite|derecha)|da sinistra a destra|van links naar rechts)|"
    r"\((?:from left|von links|von li\.?|l\.? ?(?:to|-) ?r\.?|(?:von )?li\.? nach re\.?)\)", re.I)
# A caption signed by its photographer after a slash: "Police at the scene / Jane Doe". A
# headline names no one after a spaced slash at its end.
_SLASH_SIGNATURE = re.compile(r"\S\s+/\s+(\S+(?:\s+\S+){1,2})\s*$")


# A person's place in the picture in brackets after the name: "Jane Doe (left)", "Doe (r.)",
# "Doe (Mitte)", "Doe (izquierda)", "清水理事長（中）". Prose does not say where someone stands
# in brackets; a caption does. Case matters: "(R)" and "(D)" after a name are party letters, and
# "Magellan(R)" with no space a trade mark.
_PICTURE_PLACE = re.compile(
    r"(?:(?<=\w)|(?<=\w\.))\s\((?:l|r|li|re|[Ll]eft|[Rr]ight|[Cc]ent(?:er|re)|[Mm]iddle|[Ll]inks|[Rr]echts|Mitte|"
    r"izq|dcha|izquierda|derecha|centro|à gauche|à droite|au centre|sinistra|destra|"
    r"(?:second|third|far) (?:from )?(?:left|right))\.?\)"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])（[中左右]）")


def _picture_place(ln: Line) -> bool:
    t = ln.text
    return ln.words <= 40 and ("(" in t or "（" in t) and bool(_PICTURE_PLACE.search(t))


def _photo_caption(t: str) -> bool:
    if _LEFT_TO_RIGHT.search(t) or ("(" in t or "（" in t) and _PICTURE_PLACE.search(t):
        return True
    m = _SLASH_SIGNATURE.search(t)
    return bool(m) and len(t.split()) > 5 and _looks_like_name(m.group(1))


def _short_item_list(t: str) -> bool:
    """"Artikel, Forschung, Veranstaltungen", "Politics, Europe, Germany": a post's categories
    or tags printed as one line, three or more items of one to three words each. A headline
    is a clause, or has a part after a colon."""
    if t.count(", ") < 2 or ":" in t or any(c.isdigit() for c in t):
        return False  # "Hanna, 18, missing in Uddevalla": a name and an age in an apposition
    # each item a capitalised label: "Andrew Morton, Cruise biographer, defends his book" goes on as a clause
    return all(1 <= len(p.split()) <= 3 and p[:1].isupper() for p in t.split(", "))


_ARROW_SEP = re.compile(r"\s+[»›>]\s+")


def _short_crumbs(t: str) -> bool:
    """"Latest News > Sport", "Movies » Movie Buzz": two sections joined by an arrow are a
    breadcrumb trail; a headline does not point from one label to another. (A longer trail
    may end in the page's headline: ``_headline_of_trail`` reads it.)"""
    if ">" not in t and "»" not in t and "›" not in t:
        return False
    parts = _ARROW_SEP.split(t)
    return len(parts) == 2 and all(1 <= len(p.split()) <= 3 for p in parts)


def _doubled_label(t: str) -> bool:
    """"Link kopieren Link kopieren", "Share on X Share on X": a button's text printed with its
    accessible label, the same words twice over. A headline does not say itself twice."""
    w = t.split()
    h = len(w) // 2
    return len(w) >= 4 and len(w) % 2 == 0 and [x.casefold() for x in w[:h]] == [x.casefold() for x in w[h:]]


# Labels of a page's fields, printed before their value: text tools, film and book facts, credits
_FIELD_LABEL = re.compile(r"(?:font|text|schrift)\s*(?:size|größe)|courtesy|director|regie|cast|starring|"
                          r"besetzung|genre|rating|runtime|laufzeit|release date|category|kategorie|"
                          r"rubrik|posted in|categories|categorías|catégories", re.I)


def _caption_label(t: str) -> bool:
    """A photo label ("Foto:", "Bild/", "©") in the line, unless a clause follows a label
    inside the line ("Erstes Bild: So könnte die Seilbahn aussehen" is a headline)."""
    m = _CAPTION_WORDS.search(t)
    if not m:
        return False
    return not (m.start() > 0 and t[m.end() - 1:m.end()] in ":" and _is_clause(t[m.end():]))


_PLATFORM = re.compile(r"(?:instagram|tiktok|facebook|twitter|youtube|whatsapp|telegram|linkedin|pinterest)"
                       r"(?:-\w+)?", re.I)


def _topic_not_furniture(ln: Line, body_words: set[str], stops: frozenset[str]) -> bool:
    """"Tiktok: Brüssel untersucht Wahleinmischung", "Peta erstattet Anzeige": one furniture
    word in a headline is its topic. A share bar or a sign-up prompt has two or more such
    words or is short; the headline also shares its words with the text below."""
    if ln.words < 4 or ln.chars >= 80 or _COPYRIGHT.match(ln.text):
        return False
    if len(_BOILER_SHORT.findall(ln.text.casefold())) != 1:
        return False
    return len(_content_words(ln.text, stops) & body_words) >= 2


def _title(lines: list[Line], head_start: int, body_words: set[str], stops: frozenset[str]) -> str | None:
    k = _title_index(lines, head_start, body_words, stops)
    return lines[k].text if k is not None else None


# ---------------------------------------------------------------- captions, credits

def _captions_and_credits(lines: list[Line], top: int, end: int, body_idx: list[int], art: Article) -> None:
    body_set = set(body_idx)
    last_body = body_idx[-1] if body_idx else end
    _captions_over_headline(lines, top, art)
    tailed = False  # a caption between paragraphs closed with its photo's source
    bare: list[tuple[int, str]] = []
    said = _said_in_text(lines, body_idx)
    for k in range(top + 1, min(end, last_body) + 1):
        ln = lines[k]
        if (said and _echo_of_paragraph(ln, said)) or (_FILE_PHOTO.match(ln.text) and 6 <= ln.words < 60):
            # the photo's caption repeats a sentence of the text without its stop (the text
            # says nothing twice over, so the copy without the stop is the caption), or opens
            # with the wire services' mark of an archive photo ("FILE - ...")
            _add_caption(art, ln.text)
            if k in body_set:
                body_idx.remove(k)
            continue
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
        if _product_over_price(lines, k):
            _add_caption(art, ln.text)  # it stays a heading of the text too
            continue
        if _over_video_player(lines, k):
            _add_caption(art, ln.text)
            if k in body_set:
                body_idx.remove(k)
            continue
        if k not in body_set:
            # between the headline and the text: a line over a credit line, or one that
            # carries its own photo credit, is a caption
            if ln.kind == "bad" and ln.words < 60 and (_TAIL_COPYRIGHT.search(ln.text) or _CAPTION_WORDS.search(ln.text[-40:])):
                # only the photo's copyright notice made this caption look like page furniture
                cap, credit = _inline_credit(ln.text) or ("", "")
                if len(cap.split()) >= 6:
                    _add_caption(art, cap)
                    _add_credits(art, find_credits(credit))
                continue
            if _short_caption_over_label(lines, k):
                _add_caption(art, ln.text)
                continue
            if ln.kind == "bad" or ln.words < 3 or _is_byline(ln) or _is_date_line(ln):
                continue
            if (_credit_below(lines, k) and _caption_like(ln) and not _label_row(ln)) or _under_photo_label(lines, k) \
                    or _picture_place(ln) \
                    or (ln.words <= 60 and _LEFT_TO_RIGHT.search(ln.text)):
                _add_caption(art, split_caption_credit(ln.text)[0])
                continue
            cap, credit = split_caption_credit(ln.text)
            if credit and _caption_credit_ok(ln.text, credit):
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit))
            elif _inline_credit(ln.text) and ln.words < 60:
                _add_caption(art, _inline_credit(ln.text)[0])
            elif _photographer_tail(ln):
                _add_caption(art, _photographer_tail(ln)[0])
            elif _signed_caption(ln):
                cap, credit = _signed_caption(ln)
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit, photo=True))
            elif _cjk_photo_source(ln.text):
                _add_caption(art, _cjk_photo_source(ln.text))
            elif _credit_after_last_sentence(ln):
                _add_caption(art, _credit_after_last_sentence(ln))
            else:
                m = _BARE_SOURCE_TAIL.match(ln.text) if ln.words < 40 and body_idx and k > body_idx[0] else None
                if m and _lower_case_prose(m.group(1)):
                    # between paragraphs, left out of the text; a linked headline in title case
                    # or capitals with its outlet's name after it is no caption
                    bare.append((k, m.group(1)))
                continue
            tailed = True
            continue
        twice = _printed_twice(lines, k, body_idx)
        if twice:
            # a caption the dump prints twice in a row (the photo's figcaption and its
            # enlarged view) between paragraphs; the text says nothing twice over
            _add_caption(art, split_caption_credit(twice)[0])
            body_idx.remove(k)
            continue
        # a paragraph-like line ending in "- AFP" before more paragraphs is a photo caption
        if k != last_body:
            text, names = _dash_credit(ln.text)
            if names:
                _add_caption(art, text)
                _add_credits(art, names)
                body_idx.remove(k)
                tailed = True
                continue
            cap, credit = split_caption_credit(ln.text)
            if credit and _caption_credit_ok(ln.text, credit):
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit))
                body_idx.remove(k)
            elif ln.words < 60 and _inline_credit(ln.text):
                _add_caption(art, _inline_credit(ln.text)[0])
                body_idx.remove(k)
            elif _photographer_tail(ln):
                cap, credit = _photographer_tail(ln)
                _add_caption(art, cap)
                _add_credits(art, find_credits(credit, photo=True))
                body_idx.remove(k)
            elif _cjk_photo_source(ln.text):
                _add_caption(art, _cjk_photo_source(ln.text))
                body_idx.remove(k)
            elif _credit_after_last_sentence(ln):
                _add_caption(art, _credit_after_last_sentence(ln))
                body_idx.remove(k)
            else:
                m = _BARE_SOURCE_TAIL.match(ln.text) if ln.words < 40 else None
                if m:
                    bare.append((k, m.group(1)))
                continue
            tailed = True
    # "Etlaq's launch site. Etlaq": a caption whose source follows its last sentence with no
    # label, slash or bracket looks like a paragraph missing its stop; it is a caption where
    # the page sets its other captions so ("... Duqm. Jane Doe for The Paper")
    if tailed:
        for k, cap in bare:
            _add_caption(art, cap)
            if k in body_set:
                body_idx.remove(k)


# "FILE - Jane Doe speaks in Boise, March 1, 2024.", "FILE PHOTO: ...": the wire services' captions
# of archive photos open so, set in capitals, a mark no paragraph opens with
_FILE_PHOTO = re.compile(r"^FILE(?: PHOTO)?\s*(?:[-–—:]|\|)\s+\S")


def _word_key(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


def _closes_on(text: str, marks: tuple[str, ...]) -> bool:
    """The line's last mark, inside any closing quotes or bracket, is one of `marks`."""
    return text.rstrip(" \"'”’»)").endswith(marks)


def _said_in_text(lines: list[Line], body_idx: list[int]) -> dict[tuple[str, ...], Line]:
    """The words of each paragraph of the text that ends with its stop, to its line."""
    return {_word_key(lines[k].text): lines[k] for k in body_idx
            if 6 <= lines[k].words < 60 and _closes_on(lines[k].text, (".", "!", "?"))}


def _echo_of_paragraph(ln: Line, said: dict[tuple[str, ...], Line]) -> bool:
    if not 6 <= ln.words < 60 or _closes_on(ln.text, (".", "!", "?", ":")):
        return False
    par = said.get(_word_key(ln.text))
    # a copy right by its paragraph is one element printed twice (a highlighted lead), and
    # the copy of a quoted paragraph is a pull quote
    return par is not None and abs(par.i - ln.i) > 1 and not _OPENS_QUOTE.match(par.text)


def _lower_case_prose(text: str) -> bool:
    """Six words or more, most of them after the first in lower case, as a sentence is set."""
    ws = [w for w in text.split()[1:] if w[:1].isalpha()]
    return len(ws) >= 5 and sum(w[:1].islower() for w in ws) * 2 > len(ws)


# one sentence (its stop not after a number: "am 18. Oktober" is a date), then one to four
# capitalised words with no stop: a photo's source. A teaser of several sentences is no caption.
_BARE_SOURCE_TAIL = re.compile(r"^([^.!?]{12,240}[^\d\s.!?][.!?][\"”’]?)\s+[A-ZÀ-ÖØ-Þ][\w'’&.-]*"
                               r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*|of|for|and|the|de|du|von)){0,3}(?<![.!?:])$")


# What a video player prints under its video's title: the autoplay switch, the clip's date and
# running time ("26.10.2025 | 2:43 min"), or the notice that it needs JavaScript to play. The
# line over it names the clip, as a caption names a photo; no paragraph stands over a player.
_VIDEO_PLAYER = re.compile(r"^(?:autoplay|(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s*\|\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*"
                           r"(?:min|minuten|minutes)\.?|.{0,40}\bjavascript\b.{0,40}\bvideos?\b.{0,20})$", re.I)


def _over_video_player(lines: list[Line], k: int) -> bool:
    ln = lines[k]
    if k + 1 >= len(lines) or not 3 <= ln.words < 60 or ln.text.endswith(":") or ln.boiler:
        return False
    nxt = lines[k + 1]
    # the stamp closes its block: a teaser of another clip goes on under its running time
    # ("01:43 min" over the clip's headline)
    if k + 2 < len(lines) and lines[k + 2].block == nxt.block:
        return False
    return nxt.words <= 12 and bool(_VIDEO_PLAYER.match(nxt.text)) and not _is_date_line(ln) and not _is_byline(ln)


# "$285 at Outdoor Store", "£40 at Shopname", "€19 bei Händler": a buy button's price and shop
_PRICE_AT_SHOP = re.compile(r"^(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?€)\s+(?:at|from|bei|chez|à|en|hos|på)\s+\S", re.I)


def _product_over_price(lines: list[Line], k: int) -> bool:
    """A shopping guide's product card: the product's name, then its buy buttons with their
    prices ("Trail Tent 2" over "$285 at Outdoor Store"). The name is what the card's photo
    is captioned with; a heading over prose or a price inside a sentence is none."""
    ln = lines[k]
    if k + 1 >= len(lines) or ln.words > 12 or ln.sentence or not ln.text[:1].isupper() or ln.text.endswith(":"):
        return False
    nxt = lines[k + 1]
    return nxt.block == ln.block and nxt.words <= 10 and bool(_PRICE_AT_SHOP.match(nxt.text))


def _printed_twice(lines: list[Line], k: int, body_idx: list[int]) -> str | None:
    """The caption when line k is one of two copies of a photo caption printed in a row, the
    second perhaps without the credit the first closes with ("... zone. Jane Doe for The
    Paper" over "... zone.")."""
    ln = lines[k]
    if not 4 <= ln.words <= 40 or not body_idx or k <= body_idx[0] or k >= body_idx[-1]:
        return None
    for j in (k - 1, k + 1):
        # both copies between paragraphs: a headline or standfirst echoed over the text is no caption
        if not body_idx[0] < j < body_idx[-1] or lines[j].block == ln.block:
            continue
        short, long_ = sorted((ln.text, lines[j].text), key=len)
        if short == long_ or long_.startswith(short + " ") and short[-1:] in ".!?\"”’" \
                and len(long_[len(short):].split()) <= 6:
            return short
    return None


def _captions_over_headline(lines: list[Line], top: int, art: Article, reach: int = 8) -> None:
    """The lead photo's caption may be printed over the headline, as the page sets the photo
    first: a line there is one when a credit line closes it or it ends in a labelled credit
    ("... apartments. Photograph: Jane Doe/Reuters"). An unlabelled line there is a menu's or
    a teaser's, so nothing less will do."""
    if top <= 0 or top >= len(lines):
        return
    for k in range(max(0, top - reach), top):
        ln = lines[k]
        if ln.kind in ("bad", "wall", "teaser") or ln.words < 4 or ln.words >= 60 or _is_byline(ln) or _is_date_line(ln):
            continue
        if _credit_below(lines, k) and _caption_like(ln) and lines[k + 1].block == ln.block:
            _add_caption(art, split_caption_credit(ln.text)[0])
            continue
        cap, credit = split_caption_credit(ln.text)
        if credit and _CAPTION_WORDS.search(ln.text) and len(cap.split()) >= 4:
            _add_caption(art, cap)
            _add_credits(art, find_credits(credit))


# "... on 11 October. Jane Doe (REUTERS)", "... in Duqm. Jane Doe for The Daily Planet": after the
# caption's last sentence the photographer's name with the agency in brackets, or "for" the
# paper that sent them. A wire paragraph closes with the agency alone ("(Reuters)"), never with a
# person's name before it, and prose does not end on a bare "Name Name for Name" fragment.
_PHOTOGRAPHER_TAIL = re.compile(
    r"(?<=[.!?\"”’)])\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]+\.?\s+){1,3}"
    r"(?:\(\s*[A-ZÀ-ÖØ-Þ][\w.&' -]{1,30}\)|for\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-Þ][\w.&'’-]*){0,3}))$")


def _photographer_tail(ln: Line) -> tuple[str, str] | None:
    """(caption, credit) for a caption line closing with "Jane Doe (AGENCY)" or "Jane Doe for Paper"."""
    if ln.words >= 60 or ln.words < 6 or not (ln.text.endswith(")") or " for " in ln.text[-60:]):
        return None
    m = _PHOTOGRAPHER_TAIL.search(ln.text)
    if not m or m.start() < 20:
        return None
    credit = m.group(1)
    if "(" in credit:
        # the bracket must hold an agency, not an aside ("... Jane Doe (left)")
        agency = credit[credit.index("(") + 1:].rstrip(") ")
        if not (find_credits(agency, photo=True) or agency.isupper()):
            return None
    return ln.text[: m.start()].strip(), credit


# "... at the Qatar World CupCredit: PA", "... the bare ice.Photograph by Jane Doe": a credit
# label glued to the caption's last word, the space lost where two page elements met. The label
# opens with a capital right after a letter or a full stop, which no running word does; after a
# word in capitals too ("... a look by MAISONFoto: Jane Doe"), a brand or a name set in capitals.
_GLUED_LABEL = re.compile(r"(?<=[a-zà-öø-ÿßA-ZÀ-ÖØ-Þ.!?])((?:Credit|Photo|Foto|Bild|Image|Photograph|Picture)s?"
                          r"(?:\s*:|\s+by\b)\s*[A-ZÀ-ÖØ-Þ\w].{0,120})$")


def _signed_caption(ln: Line) -> tuple[str, str] | None:
    """(caption, credit) for a line outside the text closing with a photographer's signature:
    " / Jane Doe" after a slash, or a credit label glued to the caption."""
    if ln.words >= 60 or ln.words < 4:
        return None
    m = _GLUED_LABEL.search(ln.text)
    if m and m.start() >= 20:
        return ln.text[: m.start()].strip(), m.group(1)
    m = _SLASH_SIGNATURE.search(ln.text)
    if m and ln.words > 5 and _looks_like_name(m.group(1)):
        cap = ln.text[: m.start() + 1].strip()
        # "9. May 2025 at 15:46 / Jane Doe" is a byline under its time stamp
        if _CLOCK.search(cap) or parse_date(cap):
            return None
        return cap, m.group(1)
    return None


# How Korean and Japanese papers sign a photo caption after its text: "... 있다. [사진 = Jane Doe]"
# ("사진" photo, "출처" source), "... 있다. 연합뉴스" (the agency, or "Name 기자", reporter, after
# the last sentence), "...で（Name撮影）" (photographed by), "（警視庁提供）" (provided by), "...＝ＡＰ",
# "...（Ｃ）Agency" (copyright).
# Running text ends on its verb, never on such a source.
_CJK_PHOTO_SOURCE = re.compile(
    r"(?:\s*[\[(［（]\s*사진[^\]=)］）]{0,12}=\s*[^\]()［］（）]{1,40}[\])］）]"
    r"|(?<=[다요]\.)\s+[\uac00-\ud7a3\w]{2,12}(?:\s+기자)?"
    r"|[（(][^（）()]{1,30}(?:撮影|提供)[)）]"
    r"|＝[Ａ-ＺA-Z]{2,8}|＝共同"
    # "...（Ｃ）Agency": the copyright mark "(C)" then the agency holding the rights
    r"|[（(][CＣ][)）]\s*[^\s()（）]{2,12})\s*$")


def _cjk_photo_source(text: str) -> str | None:
    """The caption of a Korean or Japanese line closing with its photo's source, else None."""
    if len(text) > 400 or text[-15:].isascii():  # every source it knows ends in CJK or full-width type
        return None
    m = _CJK_PHOTO_SOURCE.search(text)
    if not m or m.start() < 8 or len(text) > 400:
        return None
    return text[: m.start()].strip()


# After the caption's last sentence, its credit: slash-joined ("site.is/Jane Doe", "Photo/Supplied",
# "Jane Doe/Agency"), or the word for "photo" in a language the label lists elsewhere miss
# (Vietnamese "Ảnh:", Zulu "Isithombe:", Finnish "Kuva:", Polish "Fot.", Lithuanian "nuotr.").
# Prose does not end on a slash-joined name pair after its full stop.
_SENTENCE_THEN_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s+(?:[\w.'-]+(?:\s+[\w.'-]+){0,2}\s?/\s?[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'-]*){0,3}"
    r"|(?:Ảnh|Isithombe|Kuva|Fot\.|Zdjęcie|Nuotr\.)\s*:?\s*[\w][^.!?]{1,60})$")


def _credit_after_last_sentence(ln: Line) -> str | None:
    if ln.words >= 60 or ln.words < 3 or "/" not in ln.text[-70:] and ":" not in ln.text[-70:] \
            and "." not in ln.text[-70:-2]:
        return None
    m = _SENTENCE_THEN_CREDIT.search(ln.text)
    if not m or m.start() < 12:
        return None
    tail = ln.text[m.start():].strip()
    if "/" in tail and "." not in tail.split("/")[0] and not tail[:1].isupper():
        return None  # "and/or Jane": a lower-case word before the slash is no site or name
    return ln.text[: m.start()].strip()


_PHOTO_LABEL = re.compile(r"\b(?:photo|image|picture|gallery|foto|bild|galerie|fotogalerie|imagen|immagine)s?\b",
                          re.I)


def _credit_below(lines: list[Line], k: int) -> bool:
    """Is line k's photo credit the line under it? Not when a blank line parts them and the
    credit opens a block with its own caption."""
    if k + 1 >= len(lines):
        return False
    cred = lines[k + 1]
    if not _is_credit_only(cred):
        # a bare agency name ("AP") under a line is its photo credit while the text goes on
        # below; at the end of the text it names the story's source instead
        # and so is a name in brackets alone on its line ("(Jane Doe)", "(Jane Doe / AP)")
        if not ((_bare_agency(cred) or _bracketed_name(cred))
                and any(lines[j].kind == "body" for j in range(*_text_below(lines, k + 2)))):
            return False
    if cred.block != lines[k].block and k + 2 < len(lines) and lines[k + 2].block == cred.block:
        return not _caption_like(lines[k + 2])
    return True


# "15.32 Uhr: Heading", "09:05 - Heading": a live blog's entry opens on its time stamp
_STAMPED_HEAD = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:uhr|h|am|pm)?\s*[:|–—-]?\s+\w", re.I)


def _text_below(lines: list[Line], j: int) -> tuple[int, int]:
    """The two lines from j where the text goes on, past a live blog's next entry's day and
    stamped heading ("Mittwoch, 17. 7.", "15.32 Uhr: ..."), which part a photo from it."""
    skip = 0
    while j + skip < len(lines) and skip < 2 and (
            _day_row(lines[j + skip]) or _STAMPED_HEAD.match(lines[j + skip].text)):
        skip += 1
    return j + skip, min(len(lines), j + skip + 2)


def _day_row(ln: Line) -> bool:
    """A date line, or a day's row with no year ("Mittwoch, 17. 7.", "Tuesday, July 16")."""
    if _is_date_line(ln):
        return True
    first = ln.text.split(None, 1)[0].rstrip(",.").casefold()
    return ln.words <= 5 and first in _WEEKDAYS and any(ch.isdigit() for ch in ln.text)


# "(Jane Doe)", "(Jane F. Doe / AP)", "(The Daily Planet)": capitalised words, initials and a
# slash in brackets, nothing a sentence or an aside ("(left)", "(see below)") would hold
_BRACKETED_NAME = re.compile(r"^\((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*|[A-ZÀ-ÖØ-Þ]\.|/|of|for|via|the|de|da|van|von|der)"
                             r"(?:\s*(?:[A-ZÀ-ÖØ-Þ][\w'’&-]*|[A-ZÀ-ÖØ-Þ]\.|/|of|for|via|the|de|da|van|von|der))*\)$")


def _bracketed_name(ln: Line) -> bool:
    return ln.words <= 7 and bool(_BRACKETED_NAME.match(ln.text))


def _bare_agency(ln: Line) -> bool:
    if ln.words > 4 or ln.sentence:
        return False
    names = find_credits(ln.text, photo=True)
    return bool(names) and len(" ".join(names)) >= len(ln.text.strip(" ()/")) - 2


# a gallery's button over the photo it opens: "View 6 Images", "See all 12 photos". A bare
# count ("44 Bilder") also heads a link to another gallery, whose title is no caption.
_GALLERY_COUNT = re.compile(r"^(?:view|see|open|show)\s+(?:all\s+)?\d{1,3}\s+(?:images|photos|pictures)$", re.I)


def _under_photo_label(lines: list[Line], k: int) -> bool:
    """A caption printed under its photo's credit ("Foto: Jane Doe" then the caption, in one
    block) or under a photo label ("Open this photo in gallery:")."""
    if k == 0 or not _caption_like(lines[k]) or lines[k].words > 45:
        return False
    prev = lines[k - 1]
    if prev.words <= 8 and (prev.text.endswith(":") and _PHOTO_LABEL.search(prev.text) or _GALLERY_COUNT.match(prev.text)):
        return True
    if prev.block != lines[k].block or not _is_credit_only(prev):
        return False
    # the credit closes the caption above it when that caption shares its block
    before = lines[k - 2] if k >= 2 else None
    if before is not None and before.block == prev.block and _caption_like(before) and not _label_row(before):
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return not (nxt is not None and nxt.block == lines[k].block and _is_credit_only(nxt))


def _label_row(ln: Line) -> bool:
    """"Frankreich Großbritannien Kenia Medien": a row of tag links, every word capitalised,
    no comma and no sentence; a caption over a credit has its verbs and articles in lower case."""
    ws = ln.text.split()
    return not ln.sentence and "," not in ln.text and all(w[:1].isupper() or not w[:1].isalpha() for w in ws)


def _short_caption_over_label(lines: list[Line], k: int) -> bool:
    """A caption of two words ("Jane Doe", "Lundsberg boarding school.") over a labelled
    photo credit ("Foto: Jane Doe"): the label says a photo is there, so the line over it names
    what it shows. A bare name over a byline or a date is not one."""
    ln = lines[k]
    if ln.words != 2 or k + 1 >= len(lines) or ln.boiler or _is_byline(ln) or _is_date_line(ln):
        return False
    if not ln.text[:1].isupper() or ln.text.endswith((":", "?", "!")):
        return False
    # in one block with it: across a blank line the credit may head the next caption, and
    # the name over it be the story's byline
    cred = lines[k + 1]
    return (cred.block == ln.block and cred.words <= 12 and bool(_CREDIT_ONLY.match(cred.text))
            and ":" in cred.text[:20] and not _is_byline(cred))


def _caption_like(ln: Line) -> bool:
    """Could this line, over a credit line, be a caption (and not a credit itself)?"""
    return 3 <= ln.words < 60 and not _is_credit_only(ln) and not _SLASH_CREDIT.match(ln.text) and (
        not find_credits(ln.text, photo=True) or ln.words >= 6)


# a photo label that names its photographer after "by" ("— Picture by Jane Doe", "Foto von Jane Doe"):
# the split keeps only "by Jane Doe" as the credit, so the label before it is what says photo
_LABEL_BEFORE_AGENT = re.compile(r"(?:^|[\s(\[—–-])(?:photo|picture|image|photograph|foto|bild|imagen|fotografía)s?\s*$",
                                 re.I)


# "... starten im März. (Quelle: Jane Doe/Unsplash/Agency)": a photographer and the photo's
# source joined by slashes in brackets after a source label. A paragraph's source note names
# an agency or an office ("(Quelle: dpa)"), not a chain of picture rights.
_LABELLED_SLASH_CREDIT = re.compile(r"[(\[]\s*(?:quelle|source|fuente|fonte|cr[ée]dits?|cr[ée]dito)\s*:\s*"
                                    r"[^()\[\]/]*\w\s*/\s*\w[^()\[\]]*[)\]]\s*$", re.I)


def _caption_credit_ok(line: str, credit: str) -> bool:
    if _CREDIT_ONLY.match(credit) or find_credits(credit, photo=True) or _CAPTION_WORDS.search(line):
        return True
    if len(line.split()) <= 30 and _LABELLED_SLASH_CREDIT.search(line):
        return True
    line = " ".join(line.split())
    at = line.rfind(credit)
    agent, _, name = credit.partition(" ")
    # a name after "by": "the picture by the window" is a place, not a photographer
    return (at > 0 and agent.casefold() in _AGENT_WORDS and name[:1].isupper()
            and bool(_LABEL_BEFORE_AGENT.search(line[:at])))


# a photo label left alone once its credit is split off ("Foto", "Quelle"): no caption
_BARE_LABEL = re.compile(r"^\W*(?:photos?|fotos?|bild(?:er)?|images?|pictures?|quelle|source|fuente|fonte|credits?)\W*$",
                         re.I)


def _add_caption(art: Article, caption: str) -> None:
    caption = caption.strip().rstrip("([ -–—|").strip()
    # "Foto: Jane Doe" names the photographer; a caption says what the photo shows. A few
    # words closing on a colon are a label whose value went to the credits ("Translation
    # and adaptation: AFP")
    if _BARE_LABEL.match(caption) or len(caption.split()) <= 5 and (
            _CREDIT_ONLY.match(caption) or caption.endswith((":", "："))):
        return
    if caption and caption not in art.captions and len(caption) > 3:
        art.captions.append(caption)
