"""Bylines and publication dates among the lines around the article body of a text dump."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article
from .fields import _MONTH_ALT, _MONTHS, agency_name, clean_author, find_credits, parse_date
from .htmlfields import _house_name
from .textlines import Line
from .textlines_cues import (
    _BYLINE_LABEL, _LEAD_BY, _MID_BY, _GLUED_BY, _TRAILER, _TRAILING_BY, _PUBLISHED, _BY_LABEL, _is_byline,
    _is_date_line, _add_credits, parse_dump_date, _CREDIT_ONLY, _TAGS_HEAD, _TOPIC_NOUN_HEAD,
)

# ---------------------------------------------------------------- byline and date

def _byline_and_date(lines: list[Line], top: int, head_start: int, end: int, art: Article,
                     headline: bool = False) -> None:
    """``top`` is the headline's line when ``headline``, else a guess above the text."""
    n = len(lines)
    window = list(range(max(0, top - 5), min(head_start + 6, end + 1, n)))
    for k in window:
        # the lead photo's caption, found by its credit or its place, whatever path found it
        if lines[k].words > 6 and "caption" not in lines[k].tags and any(
                c and lines[k].text.startswith(c) for c in art.captions):
            lines[k].tags.add("caption")
    tail = list(range(end + 1, min(end + 12, n)))
    inside = [k for k in range(head_start + 6, end + 1) if lines[k].words <= 10 and "box" not in lines[k].tags]
    found = -1
    for k in window + tail + inside:
        if art.authors:
            break
        found = k
        ln = lines[k]
        other = _NOT_WRITER_BY.search(ln.text)
        if other:
            # "Designed by Elegant Themes", "Foto von Jane Doe": credited for no text; "Text von
            # Jane Doe Illustration von John Roe": the writer before the other credit
            if not ln.text[: other.start()].strip():
                continue
            ln = replace(ln, text=ln.text[: other.start()].strip())
        strict = k not in inside
        unglued = _GLUED_LABEL.sub(r" \1 ", ln.text) if _GLUED_HINT.search(ln.text) else ln.text
        if unglued != ln.text:
            ln = replace(ln, text=unglued.strip())  # "PorRodolfo Costa", "2019AuthorAndreas Kalt4 Kommentare"
        starter = _THREAD_STARTER.match(ln.text) if strict and ln.words <= 8 else None
        if starter:
            art.authors = clean_author(starter.group("name"), loose=True)  # a forum user's handle
            continue
        if strict and ln.words <= 30 and not ln.sentence:  # "Author Jane Doe, from Leeds, said ...": prose
            named = _author_named(ln.text, art)
            if named:
                art.authors = named
                continue
        if (_BYLINE_LABEL.match(ln.text) or _TRAILING_BY.match(ln.text)) and k + 1 < n and strict \
                and len(lines[k + 1].text) > 2:
            # (not "DI" over "MI": a calendar's weekdays, where "di" reads as Italian "by"; a
            # name or a handle has more than two letters)
            art.authors = _byline_names(lines[k + 1].text, art)
            # "Von" over several name lines, one author each
            for j in range(k + 2, min(n, k + 8)):
                if not any(c.isalnum() for c in lines[j].text):
                    continue  # "…": a list cut short by a "show all" button
                # "Jane Doe0,", "John Roe &": the list's commas, "&" and footnote marks
                cand = _name_before_role(_unglue(_LIST_TAIL.sub("", lines[j].text)))  # "Jane DoeNews Reporter"
                if not _looks_like_name(cand) or lines[j].words > 6:
                    break
                art.authors += [x for x in clean_author(cand) if x not in art.authors]
        elif _is_byline(ln):
            names = _byline_names(ln.text, art)
            art.authors = names if strict else [x for x in names if _looks_like_name(x)]
        elif strict and ln.words <= 16 and (not ln.sentence or _TAIL_BRACKET.search(ln.text)
                                             or _TAIL_READ_TIME.search(ln.text)) and (
                _LEAD_BY.match(ln.text) or (
                _line_date(ln.text) and _MID_BY.search(ln.text))):
            # "Eine Kolumne von Jane Doe", "July 24, 2019 by Jane Doe 5 Comments"; with a date, a
            # time and a comment count such a line runs to 13-16 words
            m = _LEAD_BY.match(ln.text) or _MID_BY.search(ln.text)
            rest = ln.text[m.end():]
            named = [x for x in _byline_names(rest, art) if _looks_like_name(x) and not _ARTICLE_FIRST.match(x)]
            if named and rest.split()[0].strip(",;") != named[0].split()[0]:
                # "OTT KPK di Pati, Sejumlah Pejabat ...": the word after the marker is no name's
                # first word ("di" is "in" in Indonesian); a byline names its writer right after it
                named = []
            art.authors = named or _handle_byline(ln.text)
        elif strict and ln.words <= 16 and not ln.sentence:
            art.authors = _handle_byline(ln.text)
    art.authors = [a for a in art.authors if not _label_word(a)]
    if len(art.authors) == 1 and art.authors[0].islower() and found in window:
        # "Gespeichert von jdoe am ..." / "Blog post by Jane Doe": the account that posted it,
        # then the writer's own byline a few lines down in the header
        for j in window[window.index(found) + 1:]:
            m = _LEAD_BY.match(lines[j].text)
            if m and lines[j].words <= 8 and not lines[j].sentence:
                named = [x for x in _byline_names(lines[j].text[m.end():], art) if _looks_like_name(x)]
                if named:
                    art.authors = named  # (the posting line's stamp still dates the page)
                    break
    byline_at = found if art.authors and found in window else -1
    meta = _post_meta_near(lines, top, max(window, default=top)) or _single_post_meta(lines)
    if meta and meta[1] and (not art.authors or found not in window):
        # the post line under the headline beats a "von ..." credit under the text
        art.authors = meta[1]
    elif headline and (not art.authors or found not in window) and _name_list_under(lines, top):
        # "Jane Doe, John Roe" right under the headline: the byline of several writers, even
        # without a stamp beside it, before a "von ..." credit under the text (a teaser's)
        art.authors = _name_list_under(lines, top)
    elif not art.authors or found not in window:
        # the author box at the text's end, or an "Autor: Jane Doe" line under the text, names
        # the writer more surely than a "Von ..." line under the text (a teaser's, a book's
        # credit) or a bare name found by a stamp
        box = (_author_box(lines, end) or _named_under(lines, tail, art) or _posted_by_under(lines, end)
               or _all_posts_by(lines, top, end))
        if box:
            art.authors = box
        elif art.authors and found in inside:
            # "von Jane Doe" inside the text region heads a teaser; the name by its stamp at
            # the headline is the story's
            near = _bare_name_near_date(lines, [k for k in window if k > top]
                                        + sorted((k for k in window if k < top), reverse=True))
            if near:
                art.authors = near
    if not art.authors:
        # the byline sits under the headline: look there before the lines above it, where the
        # dates and names of teasers for other stories are
        below = [k for k in window if k > top]
        # the headline itself is no byline ("Verjährung von Urlaubsansprüchen" looks like a name)
        above = sorted((k for k in window if k < top or (k == top and not headline)), reverse=True)
        order = below + above + tail
        # a name with its stamp beside it first; only then one right under the headline
        # whose stamp comes after a photo
        # a marked byline right under the headline that names the desk ("Por Redacción Diario X")
        # before a bare name by a stamp further off (a teaser's)
        # (not the site's name: "by Daily Times" may stand over the writers' names)
        art.authors = ([a for a in _house_byline(lines, below[:4]) if _DESK_WORD.search(a)]
                       or _bare_name_near_date(lines, order, head=top) or _bare_name_near_date(lines, order, top, head=top)
                       or _cjk_byline(lines, below + tail))
        if not art.authors and headline:
            # the headline printed twice ("Headline" / stamp and byline ... "Headline" / text):
            # the page's header stands under its first copy, the text under the second
            first = next((j for j in range(max(0, top - 60), top) if lines[j].text == lines[top].text), -1)
            if first >= 0:
                art.authors = _bare_name_near_date(lines, list(range(first + 1, min(first + 7, top))), first, head=first)
    if not art.authors:
        # a second header inside the region (the article's own, under a teaser's): a bare
        # name there counts only with its stamp beside it
        art.authors = _bare_name_near_date(lines, [k for k in inside if k < head_start + 40], teasers=True)
    if not art.authors:
        _labelled_byline_above(lines, window[0] if window else top, art)
    if not art.authors:
        art.authors = _posted_by_under(lines, end) or _author_line_under(lines, end, art)
    if not art.authors and headline:
        art.authors = _bare_name_under_headline(lines, top, head_start) or _handle_stamp_under(lines, top)
    if not art.authors:
        # no person by the rules above: a marked byline may still name a desk or a handle
        # ("von Redaktion", "By MND Staff", "Author: jdoe2"), as the page's byline element does
        below = [k for k in window if k > top]
        art.authors = _house_byline(lines, below + [k for k in window if k <= top] + tail)
    if not art.authors and headline:
        art.authors = _desk_under_headline(lines, top, head_start)
    if not art.authors:
        art.authors = _signature_under(lines, end)
    if not art.authors:
        art.authors = _footer_owner(lines)
    art.authors = [_without_site_suffix(lines, a) for a in art.authors if not _label_word(a)]
    if meta:
        art.date = meta[0]
        return
    # "By Jane Doe - Agency - Friday, April 28, 2023": the story's byline dates it
    # (not a byline inside the text: "Posted by Jane Doe on Monday, February 7, 2022" between
    # two paragraphs signs an embedded post, and the rank below passes over it too)
    if 0 <= byline_at <= head_start + 2 and lines[byline_at].words <= 25:
        d = _line_date(lines[byline_at].text)
        if d:
            art.date = d
            return
    footer = _post_footer_date(lines, end)
    if footer:
        art.date = footer
        return
    dated = [k for k in window if lines[k].words <= 25 and not (lines[k].kind == "body" and lines[k].sentence)]

    def rank(k: int) -> tuple:
        # a labelled publication date wins over the first date-like line, but not from inside
        # the text, where it is an embedded post's ("Posted by ... on Monday, February 7");
        # a date under the headline is the story's before one over it, where teaser lists and
        # the site's bar print theirs, and over it the nearest
        above = k < top
        text = lines[k].text
        updated = bool(_UPDATED.match(text)) and not _PUBLISHED.search(text)
        # "Rescue workers in the flooded town, 28 April 2023": a caption dates its photo
        lead = _FIRST_DIGIT.split(text, maxsplit=1)[0]
        caption = len(_WORDS.findall(lead)) >= 5 and not _PUBLISHED.search(lead)
        return (k > head_start + 2, updated, caption, _fact_row(lines, k), not _PUBLISHED.search(text), above,
                -k if above else k)

    for k in sorted(dated, key=rank):
        d = _line_date(lines[k].text)
        if d:
            if rank(k)[2]:
                # a photo caption dates its photo: a stamp labelled as the date under the
                # text ("Datum 28.04.2023", "Date: ...") dates the story
                d = _labelled_date_under(lines, end) or d
            art.date = d
            return
    # a press release or a blog post opens its first paragraph with the date
    # ("Wien, 14. Dezember 2021 – ...", "01.02.2022 „Der ...")
    for k in range(head_start, min(head_start + 3, end + 1, n)):
        d = _lead_date(lines[k].text)
        if d:
            art.date = d
            return
    # "... What's the secret to its recovery?Monday, 6 January 2020": the stamp's element glued
    # to the end of the standfirst under the headline, with no space after the last sentence
    for k in range(top + 1, min(head_start + 3, end + 1, n)):
        glued = _GLUED_TAIL.search(lines[k].text)
        d = _line_date(glued.group(1)) if glued and len(glued.group(1).split()) <= 6 else None
        if d:
            art.date = d
            return
    # otherwise the short date line nearest the headline, anywhere from the top of the page
    # to just after the text (pages print dates above the menu or under the article)
    anchor = top
    best = None
    for k in range(0, min(end + 46, n)):
        ln = lines[k]
        labelled = _PUBLISHED.search(ln.text) is not None or _ENTERED.search(ln.text) is not None
        if k > end + 15 and not labelled or k > end + 45:
            continue  # far under the text only a labelled stamp, not a comment's date
        # "Publié le 30 août 2023 à 14h52, modifié le ...": a labelled stamp runs longer, and
        # "5 gennaio 2025 (modifica ... 15:24)" ends in a bracket, not a full stop
        if ln.words > (20 if labelled else 12) or (
                ln.text.rstrip().endswith((".", "!", "?")) and ln.sentence and not labelled):
            continue
        d = _line_date(ln.text)
        if d:
            cost = abs(k - anchor) - (10 if labelled else 0)
            if best is None or cost < best[0]:
                best = (cost, d, k)
    far = best is None
    for k in range(end + 16, n) if far else ():
        # nothing dated near the text: the first stamp further down still dates the page more
        # likely than none, where the region found is a part of a longer text ("Created ...
        # Sunday, October 18th, 2020" under code blocks, a serial's chapter stamp under notes)
        ln = lines[k]
        labelled = _PUBLISHED.search(ln.text) is not None or _ENTERED.search(ln.text) is not None
        if ln.words > (24 if labelled else 12) or (
                ln.text.rstrip().endswith((".", "!", "?")) and ln.sentence and not labelled):
            continue
        d = _line_date(ln.text)
        if d:
            best = (0, d, k)
            break
    if best:
        art.date = best[1]
        if not art.authors and not far:  # (far down, a stamp may be a comment's, with its writer)
            # "erstellt von jdoe — veröffentlicht 28.01.2022": the stamp that dates the page
            # also names who posted it
            art.authors = _house_byline(lines, [best[2]])
        return
    art.date = _wiki_footer_date(lines) or _yearless_stamp(lines, [k for k in window if k > top] + tail)


# "Verlag: Heyne", "Release date: 14.08.2017", "Venue: Town Hall": a row of a fact box
_FACT_ROW = re.compile(r"^[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2}\s?:\s+\S")


def _fact_row(lines: list[Line], k: int) -> bool:
    """A line of a fact box ("ISBN: ..." / "Publisher: ..." / "Release date: ..."): a box of two or
    more other labelled rows around it gives the facts of a book, a product or an event the story
    is about, and a date there is theirs, not the story's."""
    if lines[k].words > 8 or not _FACT_ROW.match(lines[k].text) or _PUBLISHED.search(lines[k].text):
        return False
    rows = sum(1 for j in range(max(0, k - 3), min(len(lines), k + 4))
               if j != k and lines[j].words <= 10 and _FACT_ROW.match(lines[j].text))
    return rows >= 2


# A wiki's footer: the page's last version is the only date it prints
_WIKI_FOOTER = re.compile(r"^(?:diese seite wurde zuletzt am|this page was last (?:edited|modified) on|la dernière "
                          r"modification de cette page a été faite le|esta página se editó por última vez el|"
                          r"questa pagina è stata modificata per l'ultima volta il|deze pagina is het laatst bewerkt op)"
                          r"\s", re.I)


# "8 января, 17:46", "March 3, 9:15 AM": a stamp with the day, the month's name and the time of
# day but no year, as sites print the stamps of the current year
_YEARLESS = re.compile(rf"(?<![\w.])(\d{{1,2}})\.?\s+({_MONTH_ALT})\.?,?\s+(?:um\s+|at\s+|à\s+|в\s+)?\d{{1,2}}[:.]\d{{2}}(?!\d)"
                       rf"|(?<!\w)({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?!\d)", re.I)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)[^\n]{0,40}?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?", re.I)


def _yearless_stamp(lines: list[Line], order: list[int]) -> str | None:
    """The story's stamp under its headline when it prints no year: the year is the one the
    page was made in, which its copyright line ends with ("© 2000-2026"). Only a stamp with
    the time of day, so a day named in a menu or a teaser ("8 January") is not taken."""
    stamp = None
    for k in order:
        if lines[k].words <= 12:
            stamp = _YEARLESS.search(lines[k].text)
            if stamp:
                break
    if not stamp:
        return None
    for ln in reversed(lines[-60:]):
        owner = _COPYRIGHT_YEAR.search(ln.text) if ln.words <= 40 else None
        if owner:
            year = owner.group(2) or owner.group(1)
            day, month = (stamp.group(1), stamp.group(2)) if stamp.group(1) else (stamp.group(4), stamp.group(3))
            return parse_date(f"{day} {month} {year}")
    return None


def _wiki_footer_date(lines: list[Line]) -> str | None:
    for ln in reversed(lines[-40:]):
        if ln.words <= 30 and _WIKI_FOOTER.match(ln.text):
            return _line_date(ln.text)
    return None


# A forum thread's opening post names its writer "thread starter": "Themenstarter jdoe2"
_THREAD_STARTER = re.compile(r"^(?:thread ?starter|topic starter|themen-?starter(?:in)?|themenersteller(?:in)?|"
                             r"started by|begonnen von|iniciado por|démarré par)\s*:?\s+(?P<name>\S.{0,40}?)\s*$", re.I)

# A byline label the markup glued to the word before or the name after: "PorRodolfo Costa",
# "Posted on28. Juli 2019AuthorAndreas Kalt". Only before a capitalised word, and "Di" is left
# alone ("DiMaggio" is a surname).
_GLUED_LABEL = re.compile(r"(?:^|(?<=[\s\d]))(By|by|Von|von|Por|por|Par|par|Author|Autorin|Autor)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
# the last letter of every label above before a capital: most lines have none, and then the
# label pattern is not run
_GLUED_HINT = re.compile(r"[ynr][A-ZÀ-ÖØ-Þ]")
# "Autor Jane Doe:", "... 28. Juli 2019 Author Jane Doe 4 Kommentare": the word "author" before
# the name names the writer, with or without a colon, also amid a post line's stamp
_AUTHOR_WORD = re.compile(r"(?:^|(?<=[\s|•·]))(?:author|autor|autorin|auteur|auteure|autore|autora)\s*:?\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)
# "... | Published: 5 hours ago | Written by Jane Doe": a writing label opening one part of a
# post line whose parts a bar separates
_WRITTEN_PART = re.compile(r"(?:^|\s[|•·]\s)(?:written by|geschrieben von|verfasst von|escrito por|écrit par|scritto da)\s+"
                           r"(?=[A-ZÀ-ÖØ-Þ])", re.I)


_NAMED_CUES = ("aut", "writ", "schrieb", "verfasst", "escrit", "écrit", "scritt")


def _named_under(lines: list[Line], tail: list[int], art: Article) -> list[str]:
    for k in tail:
        ln = lines[k]
        if ln.words <= 30 and not ln.sentence:
            text = _GLUED_LABEL.sub(r" \1 ", ln.text).strip() if _GLUED_HINT.search(ln.text) else ln.text
            named = _author_named(text, art)
            if named:
                return named
    return []


def _author_named(text: str, art: Article) -> list[str]:
    """The writer named by the word "author" or a writing label ("Autor Jane Doe:", "... |
    Written by Jane Doe"), not by a bare preposition that teasers share. The name must have a
    person's shape: "Author Catch more fish" is a site."""
    low = text.casefold()
    if not any(cue in low for cue in _NAMED_CUES):
        return []  # most lines: no cue at all, without running the patterns
    m = _AUTHOR_WORD.search(text) or _WRITTEN_PART.search(text)
    if not m or (m.start() > 0 and not _line_date(text) and not _WRITTEN_PART.search(text)):
        return []  # amid other words only on a dated post line
    return [x for x in _byline_names(text[m.end():], art) if _looks_like_name(x)]


# A blog's post footer, which states when the post was filed and under what: "Der Beitrag
# wurde am 27. November 2019 veröffentlicht", "Von Jane Doe am 07.08.2013 um 09:07 Uhr
# gespeichert unter Kultur", "This entry was posted on ...", "... Abgelegt unter Israel."
_POST_FOOTER = re.compile(r"\b(?:(?:beitrag|eintrag|artikel)\s+wurde\s+am|(?:entry|post)\s+was\s+(?:posted|published)\s+on|"
                          r"gespeichert\s+unter|abgelegt\s+unter|veröffentlicht\s+unter|filed\s+under|publié\s+dans)\b",
                          re.I)


_YEAR_STOP = re.compile(r"(?<=(?:19|20)\d\d)\.(?=\s|$)")


def _post_footer_date(lines: list[Line], end: int) -> str | None:
    """The date of the post footer at the text's end or just under it; it names the post's
    own date, where the lines at the top may show a date the text talks about."""
    for k in range(max(0, end - 1), min(len(lines), end + 25)):
        ln = lines[k]
        if ln.words > 60:
            continue
        m = _POST_FOOTER.search(ln.text)
        if m:
            # the date sits next to the cue: "am <date>" before "gespeichert unter", or after
            # "wurde am"; a clause further on may name other dates
            near = ln.text[max(0, m.start() - 80): m.end() + 80]
            return _line_date(_YEAR_STOP.sub(" ", near))  # "am 21/02/2021. Abgelegt unter ..."

    return None


_LIST_TAIL = re.compile(r"[\s\d,;&]+$")
_FIRST_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
# A stamp that only says when the story was last changed: "Akt.: 29. Juni 2025", "Article mis à
# jour le 7 janvier 2020", "Updated: ...". The publication date is the story's date.
_UPDATED = re.compile(r"^(?:\W*(?:article|artikel|story|beitrag|zuletzt|last)\s+)?(?:akt\.|(?:updated|update|aktualisiert|"
                      r"mis à jour|modifié|actualizado|actualizada|aggiornato|bijgewerkt|"
                      r"oppdatert|uppdaterad|opdateret)\b)", re.I)


# Scripts without capitals mark a byline by a word: Korean "구현모 기자" (reporter after the
# name), Chinese "记者 张三" / "記者 張三" (before it). (A Japanese name alone, "大渡 美咲", has the
# shape of two section labels, "国際 経済": no rule for it.)
_KO_REPORTER = re.compile(r"(?:^|[\s,·])(?P<name>[가-힣]{2,4})\s?기자(?:\s|$|[,·(])")
_ZH_REPORTER = re.compile(r"(?:记者|記者)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,3})(?:\s|$|[，,、）)])")


def _cjk_byline(lines: list[Line], order: list[int]) -> list[str]:
    for k in order:
        ln = lines[k]
        if ln.chars > 80:
            continue
        m = _KO_REPORTER.search(ln.text) or _ZH_REPORTER.search(ln.text)
        if m:
            return _cjk_co_reporters(lines, k, [m.group("name")])
    return []


def _cjk_co_reporters(lines: list[Line], k: int, names: list[str]) -> list[str]:
    """"배윤경 기자" / "bykj@…" / "이상현 기자" / "lee.sh@…": co-reporters listed one under the
    other, each with an e-mail line, down to the first line that is neither."""
    last = k
    for j in range(k + 1, min(len(lines), k + 40)):
        if j - last > 2:
            break
        ln = lines[j]
        m = (_KO_REPORTER.search(ln.text) or _ZH_REPORTER.search(ln.text)) if ln.chars <= 80 else None
        if m:
            if m.group("name") not in names:
                names.append(m.group("name"))
            last = j
        elif "@" not in ln.text or ln.words > 6:
            break
    return names


def _without_site_suffix(lines: list[Line], name: str) -> str:
    """"Jane Doe Harbour Review" -> "Jane Doe" when the page prints "Harbour Review" on a line of
    its own (the site's or the section's name run on after the byline's name)."""
    words = name.split()
    if len(words) < 3:
        return name
    own = {ln.text.casefold() for ln in lines if ln.words <= 4}
    for cut in (1, 2):
        if len(words) - cut >= 2 and " ".join(words[-cut:]).casefold() in own:
            return " ".join(words[:-cut])
    return name


# What a "by" credits besides the text: the site's design, a photo or video, a sponsor, the
# editing or the translation of someone else's text, a forum post quoted ("Zitat von jdoe2")
_NOT_WRITER_BY = re.compile(r"\b(?:designed|powered|developed|hosted|theme|template|photos?|fotos?|bild(?:er)?|images?|"
                            r"illustrations?|grafik|video|sponsored|presented|präsentiert|unterstützt|gefördert|"
                            r"edited|redigiert|bearbeitet|translated|übersetzt|traduit|traducido|"
                            r"zitat|quote|quoted|originally posted|cita|citation)"
                            r"\s+(?:by|von|par|por)\s", re.I)
# A byline's marker: at the line's start, or after a stamp's date or separator ("06.11.2023 13:30
# von Olga", "Posted on ... by LD", "... 2022Author Redaktion"); "vom" ("von dem") before a desk or a
# blogger's name ("aktualisiert am ... vom Support Team"), only in lower case: "Vom Bahnhof mit
# der Tram" gives directions
_HOUSE_MARK = re.compile(r"(?:^|(?<=[\s\d|•·–—-]))(?:von|(?-i:vom)|by|par|por|author|autor|autorin|auteur|posted by|"
                         r"erstellt von|eingestellt von)\s*:?\s+(?=\S)", re.I)
# where the desk's or handle's name ends: a separator, a comma, a date or its word, a time
_HOUSE_END = re.compile(r"\s+[|•·–—-]\s+|\s*[,;|•·]|\s+(?:am|on|le|el|um|at|il|vom|à|a las)\s+|\s+(?=\d{1,2}[./:]\d)", re.I)


def _house_byline(lines: list[Line], order: list[int]) -> list[str]:
    """The desk or user handle a marked byline names where no person is named: "Veröffentlicht
    am 8. Februar 2022 von Redaktion", "By MND Staff", "06.11.2023 13:30 von Olga Symbolbild".
    The marker opens the line, or the line is a stamp (a date or a publishing word on it)."""
    for k in order:
        ln = lines[k]
        if ln.words > 16 or (ln.sentence and ln.words > 8):
            continue
        text = _GLUED_LABEL.sub(r" \1 ", ln.text).strip() if _GLUED_HINT.search(ln.text) else ln.text
        invite = _COMMENT_INVITE.search(text)
        if invite:
            text = text[: invite.start()]  # "... by jdoe Post a Comment": the theme's comment link
        m = _HOUSE_MARK.search(text)
        if not m or _NOT_WRITER_BY.search(text):
            continue
        # amid the line only after a stamp: "Bilder des Diktators von Nordkorea veröffentlicht",
        # "Stillen senkt Risiko von Frauen 02.02.2022" are teasers' headlines
        stamp = text[: m.start()]
        if stamp and not (_line_date(stamp) or _PUBLISHED.search(stamp) or _WROTE.search(stamp)):
            continue
        # "by Daily TimesNovember 21, 2025": the stamp glued on
        rest = _GLUED_STAMP.sub(" ", text[m.end():], count=1)
        words = _HOUSE_END.split(rest, maxsplit=1)[0].split()
        for i, w in enumerate(words):
            if _TRAILER.match(w) or _label_word(w):
                words = words[:i]  # "Olga Symbolbild imago", "Daily Times November": a label or the date after the name
                break
        piece = " ".join(words)
        if not piece or not piece[:1].isalnum() or _label_word(piece) or _ARTICLE_FIRST.match(piece) \
                or _PHRASE_FIRST.match(piece) or (len(words) > 1 and not piece[:1].isupper()):
            continue
        name = _house_name(piece)
        if name:
            return [name]
    return []


# "von jdoe", "by jdoe |", "von jdoe am 24. Juli": a one-word handle after the marker, then the
# line's end, a separator or the date
_HANDLE_BY = re.compile(r"(?:^|\s)(?:von|by|par|por)\s*:?\s+([\w.-]{3,30})(?=\s*$|\s+[|•·–—-]\s|\s+(?:am|on|le|el|um)\s)",
                        re.I)
# the verbs of a blog's post stamp: "erstellt von", "Verfasst von", "Gespeichert von", "Submitted by"
_WROTE = re.compile(r"\b(?:erstellt|verfasst|gespeichert|geschrieben|gepostet|eingetragen|posted|written|submitted|"
                    r"écrit|escrito|scritto)\b", re.I)


def _handle_byline(text: str) -> list[str]:
    """"Veröffentlicht am 8. Februar 2022 von jdoe", "Gespeichert von jdoe am 24. Juli 2017",
    "Verfasst von: jdoe | 31. Dezember 2008": a blog's post line names its author by a one-word
    handle; the publishing or writing label and the date on the line make it a byline."""
    m = _HANDLE_BY.search(text)
    if not m or not (_PUBLISHED.search(text) or _WROTE.search(text)) or not _line_date(text):
        return []
    handle = m.group(1)
    if handle.isdigit() or _label_word(handle) or _line_date(f"1 {handle} 2020"):
        return []
    return clean_author(handle, loose=True)


# What may sit between the date and the author on a blog's post line: a bar, "von", "by".
_META_SEP = re.compile(r"^(?:[|•·/–—~-]|//|von|by|par|por|di|door|av)$", re.I)
# "6. November 20236. November 2023": the published and the modified date glued together
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}[./ ])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2}(?!\d)")


_COMMENT_INVITE = re.compile(r"\s+(?:schreibe einen kommentar|(?:leave|post) a (?:comment|reply)|kommentar (?:verfassen|schreiben|"
                             r"hinterlassen)|laisser un commentaire|deja un comentario|lascia un commento)\s*$", re.I)
_TIME_WORD = re.compile(r"^(?:um|at|à|a las|kl\.?|klo|\d{1,2}[:.]\d{2}(?:h|uhr)?|uhr|h|am|pm|,)$", re.I)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
                      "donnerstag freitag samstag sonntag".split())


# "JaneDoe42 17.10.2019, 13:56 Uhr": a user's handle (a capital inside the word or a digit, as
# no section or place name is written) with the post's date and time
_HANDLE_STAMP = re.compile(r"^(?P<handle>[^\W\d_](?=[\w-]*(?:[a-z][A-Z]|\d))[\w-]{2,24})\s+(?P<rest>\d.*)$")
# "jdoe28.09.1912:44": a handle glued to a forum post's numeric stamp (day.month.year, time) with
# no space; a capital or a digit inside is not needed then
_GLUED_HANDLE_STAMP = re.compile(r"^(?P<handle>[^\W\d_][\w.-]{2,24}?)(?P<day>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})),?\s?(?P<clock>\d{1,2}:\d{2})$")


def _handle_stamp_under(lines: list[Line], top: int) -> list[str]:
    """A post by a site's user (a deal, a forum thread, a community blog) heads its text with the
    poster's handle and the post's stamp on one line, a vote or view count beside it; a section's
    or a place's name by a date is a capitalised word without a capital inside or a digit."""
    for k in range(top + 1, min(len(lines), top + 4)):
        ln = lines[k]
        if ln.words > 8:
            continue  # the headline itself under a breadcrumb trail
        m = _HANDLE_STAMP.match(ln.text.strip())
        glued = None if m else _GLUED_HANDLE_STAMP.match(ln.text.strip())
        rest = m.group("rest") if m else glued and f"{glued.group('day')} {glued.group('clock')}"
        m = m or glued
        if m and _CLOCK.search(rest) and _line_date(rest) and not _label_word(m.group("handle")) \
                and not (_PUBLISHED.search(m.group("handle")) or _UPDATED.match(m.group("handle"))
                         or _WROTE.search(m.group("handle"))):
            return clean_author(m.group("handle"), loose=True)
    return []


def _label_word(name: str) -> bool:
    """"By", "Von", "The", "Filed", "Dienstag": the byline's label, an article or a day taken
    for a one-word name."""
    w = name.strip(" :,.").casefold()
    return " " not in w and (bool(_BYLINE_LABEL.match(w)) or bool(_TRAILER.match(w)) or w in _WEEKDAYS
                             or w in ("the", "filed", "paid", "a", "an") or parse_date(f"1 {w} 2020") is not None)


def _post_meta(text: str) -> tuple[str, list[str]] | None:
    """A blog theme's post line: the date, then the author, then categories or a comment count
    ("30. Oktober 2023 Jane Doe Kultur", "September 17, 2019 Jane Doe 0", "26/12/2019 von Jane
    Doe", "5 Min. 1. November 2023 Jdoe 1 Kommentar"). The name right after the date is what
    tells it from a teaser's stamp over a headline."""
    # "26. September 2019 Jane Doe Schreibe einen Kommentar": the theme's comment link ends the
    # line; what stands before it, after the date, is the author
    invite = _COMMENT_INVITE.search(text)
    if invite:
        text = text[: invite.start()]
    words = _GLUED_YEAR.sub(r"\1 ", text).split()
    if not 3 <= len(words) <= 20 or text.rstrip().endswith((".", "!", "?")):
        return None
    # a reading time may come first ("5 Min.")
    s = 2 if words[0].isdigit() and words[1].lower().startswith("min") else 0
    for n in range(1, 6):
        head = " ".join(words[s:s + n])
        # the line must open with the date: "Jane Doe | 20. Mai 2007" is a byline
        if not _YEAR.search(head) or not _line_date(head) or _line_date(" ".join(words[s + 1:s + n])):
            continue
        date, rest = _line_date(head), words[s + n:]
        for m in range(1, 6):  # the modified date printed right after the published one
            again = " ".join(rest[:m])
            if _YEAR.search(again) and _line_date(again):
                rest = rest[m:]
                break
        timed = False
        while rest and _TIME_WORD.match(rest[0]):
            timed, rest = True, rest[1:]  # "9. September 2025 um 15:46 Uhr / Jane Doe": the time of day
        sep = by_word = False
        while rest and _META_SEP.match(rest[0].strip(",")):
            sep, by_word, rest = True, by_word or rest[0][:1].isalpha(), rest[1:]
        run = []
        for w in rest[:3]:
            if not _NAME_TOKEN.match(w):
                break
            run.append(w)
        after = rest[len(run)] if len(run) < len(rest) else ""
        if timed and len(run) < 2:
            return None  # "18.02.2022, 10:27 | Recht & Gesetz": a section after the time
        if len(run) >= 2 and not after[:1].islower():
            name = run[:2]  # a third capitalised word is the category ("Jane Doe Kultur")
        elif len(run) == 1 and sep and not by_word and not timed and run[0][:1].isupper() and (
                not after or after in ("/", "|")):
            return date, []  # "01.02.2022 | Sport", "01.12.2022 / CSP / International": the category
        elif len(run) == 1 and (sep or not after or after[0].isdigit() or after.endswith(",")):
            name = run
        elif (sep or (invite and len(rest) == 1)) and rest and re.fullmatch(r"[\w.-]{3,24}", rest[0]) \
                and rest[0][:1].isalpha():  # "June 30, 2026 - 4.34pm": a time is no handle
            return date, clean_author(rest[0], loose=True)  # a handle after "|" or "von"
        else:
            return None
        return date, clean_author(" ".join(name))
    return None


# "Jane Doe Politics 20 January 2020 Elections, Senate 0 Comments": a theme's post line that
# opens with the writer, then the category, the date and tags, and ends with the comment count
_NAME_FIRST_META = re.compile(r"^(?P<name>\S+\s+\S+)\s+(?P<rest>.*?\d.*?)\s*\d+\s*(?:comments?|kommentare?|"
                              r"commentaires?|comentarios?|commenti|reacties)$", re.I)


def _name_first_meta(text: str) -> tuple[str, list[str]] | None:
    m = _NAME_FIRST_META.match(text)
    if not m or not all(_NAME_TOKEN.match(w) for w in m.group("name").split()):
        return None
    date = _line_date(_GLUED_YEAR.sub(r"\1 ", m.group("rest")))
    names = clean_author(m.group("name")) if date else []
    return (date, names) if names else None


def _post_meta_near(lines: list[Line], top: int, last: int) -> tuple[str, list[str]] | None:
    """The blog post line nearest under the headline (or just over it), down to ``last``: the
    headline may stand well above the text with an excerpt between."""
    order = list(range(top, min(last + 1, len(lines)))) + list(range(top - 1, max(-1, top - 4), -1))
    for k in order:
        ln = lines[k]
        # no test of the line's kind: the comment count on it makes the line look like furniture
        if ln.sentence or ln.words > 20:
            continue
        meta = _post_meta(ln.text) or _name_first_meta(ln.text)
        if meta and _under_recent_head(lines, k):
            continue
        if meta:
            if meta[1] and _no_person(" ".join(meta[1]), lines):
                return meta[0], []  # "21.01.2022 Aktuelle Meldung": the stamp dates the story all the same
            return meta
    return None


# A sidebar's list of the blog's latest posts, each with its stamp and writer
_RECENT_HEAD = re.compile(r"^(?:recent|latest|popular|newest) (?:posts|articles|entries)|(?:neueste|aktuelle|letzte|"
                          r"beliebte) (?:beiträge|artikel)|(?:articles|publications) récent(?:e)?s|entradas recientes|"
                          r"artículos recientes|articoli recenti|nieuwste berichten\s*:?$", re.I)


def _under_recent_head(lines: list[Line], k: int) -> bool:
    for j in range(k - 1, max(-1, k - 7), -1):
        if _RECENT_HEAD.match(lines[j].text):
            return True
    return False


def _single_post_meta(lines: list[Line]) -> tuple[str, list[str]] | None:
    """The one blog post line of a page whose text block was found elsewhere (a long comment
    thread or a sidebar can outweigh a short post). Only when the page prints exactly one: an
    archive page prints one per post. The post line stands alone; a dated line inside a block
    of lines is an item of an events or teaser list ("13.01.23 Management Buyout Party")."""
    found = []
    for ln in lines:
        if ln.sentence or ln.words > 20 or ln.block_size > 2 or not ln.text[:1].isalnum():
            continue
        meta = _post_meta(ln.text)
        if meta and meta[1] and not _no_person(" ".join(meta[1]), lines):
            found.append(meta)
            if len(found) > 1:
                return None
    return found[0] if found else None


# "Posted by Jane Doe at 2:33 PM", "Eingestellt von Jane Doe um 18:52": a blog's post footer
_POSTED_AT = re.compile(r"^(?:posted by|eingestellt von|gepostet von|publié par|publicado por)\s+(?P<name>.{3,60}?)"
                        r"\s+(?:at|um|à|a las)\s+\d{1,2}[:.]\d{2}", re.I)


# "Author: Jane Doe", "Autorin: Jane Doe", "Written by Jane Doe": a line that names the
# story's author by that word, not by a preposition that teasers share ("By ...", "Von ...")
_AUTHOR_LINE = re.compile(r"^(?:author|autor(?:in)?|auteure?|autore|autora|written by|geschrieben von|"
                          r"verfasst von|escrito por|écrit par|scritto da)\s*:?\s+(?P<name>\S.{2,60})$", re.I)


# the same word alone over the name ("Autor*in" / "Jane Doe (Medizinredakteurin)"), or after it
# ("Jane Doe Autor")
_AUTHOR_ALONE = re.compile(r"^(?:author|autor(?:in)?|autor(?:\*in|:in|_in)|auteure?|autore|autora)\s*:?$", re.I)
_NAME_THEN_AUTHOR = re.compile(r"^(?P<name>[^,;:|]{3,60}?)\s+(?:author|autor(?:in)?)$", re.I)
_TAIL_ROLE = re.compile(r"\s*[(,].*$")


def _author_line_under(lines: list[Line], end: int, art: Article) -> list[str]:
    """The author box of a blog or magazine at the end of the text or under it, past its tags
    and share bar: named by the word "author", not by a preposition teasers share."""
    n = len(lines)
    for k in range(max(0, end - 15), min(n, end + 40)):
        ln = lines[k]
        if ln.words > 8:
            continue
        # "Jane Doe Autor", not "Jane Doe, author" in a list of signatories
        m = _AUTHOR_LINE.match(ln.text) or _NAME_THEN_AUTHOR.match(ln.text)
        if m:
            name = m.group("name")
        elif _AUTHOR_ALONE.match(ln.text) and k + 1 < n and lines[k + 1].words <= 12:
            name = _TAIL_ROLE.sub("", lines[k + 1].text)  # "Jane Doe (Medizinredakteurin)"
        else:
            continue
        names = [x for x in _byline_names(name, art) if _looks_like_name(x)]
        if names:
            return names
    return []


# "Über Jane Doe", "About Jane Doe": the heading of the author box over the note on the writer
_ABOUT_AUTHOR = re.compile(r"^(?:about the author|über (?:den|die) autor(?:in)?|zum autor|zur autorin|"
                           r"à propos de l'auteur(?:e)?|sobre el autor|sobre la autora)\s*[-–—:|]\s*(?=\S)", re.I)
_ABOUT = re.compile(r"^(?:über|about|à propos de|sobre|acerca de|informazioni su|om|over)\s+", re.I)


# he, she (and its object forms) in the languages of the cue words: a note on a person goes on
# with a pronoun for that person
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|er|sie|ihr|ihre|ihm|il|elle|ella|él|lui|lei|hij|zij|hun|han|hon|hen)\b", re.I)


def _author_box(lines: list[Line], end: int) -> list[str]:
    """The box on the writer at the text's end or under it: the name on a line of its own over
    a note that opens with that name or its first name and goes on about the person ("Jane
    Doe" / "Jane Doe is a senior reporter ...", "Über Jane Doe" / "Jane kam 2019 ..."). News
    prose calls a person by the surname; only a note on the writer calls the writer by the
    first name or the full name straight under a line with the name."""
    out: list[str] = []
    for k in range(max(0, end - 3), min(len(lines) - 1, end + 60)):
        ln = lines[k]
        if ln.words <= 4 and _AUTHOR_HEADING.fullmatch(ln.text.strip()):
            one = _one_word_under_heading(lines, k)
            if one:
                return one
        if ln.words > 6 or ln.sentence or (lines[k + 1].words < 8 and (k + 2 >= len(lines) or lines[k + 2].words < 8)):
            continue
        headed = _ABOUT_AUTHOR.match(ln.text)
        if headed:  # "About the Author - Jane Doe": the box's heading names the writer itself
            named = [x for x in clean_author(ln.text[headed.end():]) if _looks_like_name(x)]
            if named:
                return named
        name = _ABOUT.sub("", ln.text)
        tokens = name.split()
        if not (_looks_like_name(name) or _particle_name(tokens)) or not all(w[:1].isupper() for w in tokens) \
                or _ARTICLE_FIRST.match(name) or _PREPOSITION_FIRST.match(name):
            continue
        for j in (k + 1, k + 2):
            if j >= len(lines) or lines[j].words < 8:
                continue
            note = lines[j].text
            for lead in (name, tokens[0]):
                rest = note[len(lead):] if note.startswith(lead) else ""
                if lead is not name and not _PRONOUN.search(rest):
                    continue  # "List" / "List comprehensions are ...": by the first name alone only with a he or she after
                # "Jane Doe is", "Jane Doe, Jahrgang 1979, ist", "Jane Doe (born 1962)"
                if rest and re.match(r"\s+[^\W\d_A-ZÀ-ÖØ-Þ]|,\s|\s\(", rest):
                    out += [x for x in clean_author(name) if x not in out]
                    break
            else:
                continue
            break
    return out


# The author box's heading alone on its line ("Über den Autor", "About the author", "Author")
_AUTHOR_HEADING = re.compile(r"(?:about the author|über (?:den|die) autor(?:in)?|zum autor|zur autorin|"
                             r"à propos de l'auteur(?:e)?|sobre el autor|sobre la autora|author|autor(?:in)?)\s*:?", re.I)
_ONE_WORD_NAME = re.compile(r"[^\W\d_][\w.-]{2,29}")


def _one_word_under_heading(lines: list[Line], k: int) -> list[str]:
    """"Über den Autor" / "Zeige alle Artikel" / "Matthias" / "Medizinstudent, Papa, ...": a box
    that names its writer by a first name or a handle alone, one word on its line, with the note
    on the writer under it (or a handle, known by its digits). Names of two words or more are
    the general rule's."""
    for j in range(k + 1, min(len(lines), k + 4)):
        t = lines[j].text.strip()
        if _looks_like_name(t) or _ROLE.search(t):
            return []  # "Jane Doe" / "Producer": a full name is the general rule's
        if lines[j].words != 1:
            continue  # "Zeige alle Artikel", "2 Posts 0 Threads": the box's links and counts
        if not _ONE_WORD_NAME.fullmatch(t) or not (t[0].isupper() or any(c.isdigit() for c in t)):
            return []
        noted = any(lines[i].words >= 8 for i in range(j + 1, min(len(lines), j + 3)))
        if noted or any(c.isdigit() for c in t):
            return clean_author(t, loose=True)
        return []
    return []


# "View all posts by Jane Doe", "Alle Artikel von Jane Doe": the author box's link to the writer's page
_ALL_POSTS_BY = re.compile(r"^(?:view all posts by|see all posts by|all posts by|more (?:posts|articles|stories) by|"
                           r"alle (?:beiträge|artikel) von|weitere (?:beiträge|artikel) von|tous les articles de|"
                           r"todos los artículos de|ver todos los artículos de)\s+(?P<name>.+?)\s*$", re.I)


# "Jane Doe" / "More posts": the author box under the text prints the writer's name over a bare
# link to the writer's other posts (the name is the link's subject, so the link names no one)
_MORE_POSTS = re.compile(r"(?:more|other|all) (?:posts|articles|stories)|weitere (?:beiträge|artikel)|"
                         r"alle (?:beiträge|artikel)|autres articles|plus d['’]articles|más artículos|"
                         r"altri articoli", re.I)


def _all_posts_by(lines: list[Line], top: int, end: int) -> list[str]:
    """The writer named by the link to the writer's other posts, in the story's header or its
    author box; a name by a teaser's stamp further down is another story's."""
    for k in range(max(0, top), min(len(lines), end + 60)):
        if lines[k].words <= 10:
            m = _ALL_POSTS_BY.match(lines[k].text)
            if m and _looks_like_name(m.group("name")) and not _ARTICLE_FIRST.match(m.group("name")):
                return clean_author(m.group("name"))
    for k in range(max(end + 1, 1), min(len(lines), end + 30)):
        if lines[k].words <= 3 and _MORE_POSTS.fullmatch(lines[k].text.rstrip(" :>›»")):
            # the name stands alone in its block, over the link; a label over it ("Unsere
            # Themen") is a word the page's prose uses, a person it is about is named there
            prev = lines[k - 1]
            if prev.block != lines[k].block and prev.block_size == 1 and _looks_like_name(prev.text) \
                    and all(_NAME_TOKEN.match(w) for w in prev.text.split()) \
                    and not _no_person(prev.text, lines) and not _words_in_prose(prev.text, lines):
                return clean_author(prev.text)
    return []


def _posted_by_under(lines: list[Line], end: int) -> list[str]:
    """The post footer under a blog post's text, further down than a byline is looked for:
    tags, share buttons and reactions may stand between."""
    for k in range(end + 1, min(len(lines), end + 50)):
        m = _POSTED_AT.match(lines[k].text)
        if m:
            name = m.group("name")
            if len(name.split()) == 1:
                return clean_author(name, loose=True)  # "Posted by jdoe2 at 10:52": the blogger's handle
            return [x for x in clean_author(name) if _looks_like_name(x)]
    return []


# "© 2009-2020 by Jane Doe", "2006-2008 by Jane Doe", "(c) Jane Doe • Impressum", "©2020 - Jane Doe - Brand"
_FOOTER_OWNER = re.compile(r"(?:(?:©|\(c\)|copyright)\s*(?:since\s+)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?"
                           r"|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(?=by\s))"
                           r"\s*(?:by\s+|[-–]\s+)?(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2})"
                           r"\s*(?=$|[|•·–—-]|\s(?:all|alle|tous|todos)\b)", re.I)
_SITE_COPYRIGHT = re.compile(r"(?:19|20)\d{2}|\bby\s", re.I)
_ORG_WORDS = frozenset("gmbh ag inc ltd llc media verlag news group press online zeitung digital team redaktion "
                       "company corporation foundation stiftung e.v. verein".split())


# words that name an organisation, not a person ("Internetredaktion", "Handballbund", "Piratenpartei")
_ORG_STEM = re.compile(r"(?i)redaktion|bund$|partei|entertainment|verband|verein|stiftung|gesellschaft|institut|"
                       r"universit|agentur|verlag|deutsche[rn]?$|national|international|studio|records|productions")


# The newsroom as a whole signs a story: "Redaktion", "BR24 Redaktion", "Redacción Diario X"
_DESK_WORD = re.compile(r"(?:^|[\s-])(?:redaktion|redacción|rédaction|redazione|redactie|redação|redakcja|"
                        r"newsroom|newsdesk)(?=$|[\s.])", re.I)
_DESK_SEP = re.compile(r"\s+[|•·–—-]\s+|\s*,\s*")


def _desk_under_headline(lines: list[Line], top: int, head_start: int) -> list[str]:
    """A line under the headline that names only the newsroom, maybe with its stamp after a
    dash ("Redaktion - 31. Januar 2022"): the desk's byline, as the page's byline element
    gives it. Not in a menu, where "Redaktion" is a link to the staff page."""
    for k in range(top + 1, min(top + 5, head_start + 2, len(lines))):
        ln = lines[k]
        if ln.sentence or ln.words > 8 or ln.kind in ("teaser", "bad") or _in_menu_block(lines, k):
            continue
        piece = _DESK_SEP.split(ln.text, maxsplit=1)[0].strip()
        rest = ln.text[len(piece):]
        # ("dpaMM-Redaktion": an agency's credit glued on, which is not the desk's name)
        if len(piece.split()) > 4 or not _DESK_WORD.search(piece) or (rest.strip() and not _line_date(rest)) \
                or re.search(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]", piece):
            continue
        name = _house_name(piece)
        if name:
            return [name]
    return []


def _name_list_under(lines: list[Line], top: int) -> list[str]:
    for k in range(top + 1, min(top + 3, len(lines))):
        ln = lines[k]
        if ln.boiler or ln.words > 12 or ln.kind in ("teaser", "bad"):
            continue
        scholars = _scholar_names(ln.text)
        if scholars:
            # a paper's authors, one per line ("Jane Doe, PhD," / "John Roe, MD"): the list
            # goes on over the lines with the same marks
            for j in range(k + 1, min(k + 12, len(lines))):
                more = _scholar_names(lines[j].text) if lines[j].words <= 12 else []
                if not more:
                    break
                scholars += [x for x in more if x not in scholars]
            return scholars
        if ln.sentence:
            continue
        names = _name_list(ln.text)
        if names and not _words_in_prose(ln.text, lines, re.I):
            return names
    return []


# "Jane Doe1,2", "John Roe*": a paper's author with the marks that point to an affiliation or to
# the corresponding author; "Jane Doe, PhD,": with a degree
_AFFILIATION_MARK = re.compile(r"(?<=[a-zà-öø-ÿß.])(?:\d{1,2}(?:\s*,\s*\d{1,2})*|[*†‡§])+(?=\s*(?:[,;&]|\band\b|$))")
_DEGREE = re.compile(r",\s*(?:Ph\.?\s?D|M\.?D|MPH|MSc|MBA|DPhil|BSc|RN|DrPH|PharmD|FRCP|FRCS)\.?(?=\s*(?:[,;&]|\band\b|$))")


def _scholar_names(text: str) -> list[str]:
    """The names on a paper's author line, known by their affiliation marks or degrees ("Jane
    Doe1, John Roe2", "Jane Doe, PhD,"); [] for a line with no such mark: a bare name alone is
    no byline, a marked one is."""
    bare = _DEGREE.sub("", _AFFILIATION_MARK.sub("", text))
    if bare == text:
        return []
    parts = [p.strip() for p in _LIST_SEP.split(bare.strip(" ,;&")) if p.strip()]
    if not 1 <= len(parts) <= 12 or not all(_looks_like_name(p) for p in parts):
        return []
    out: list[str] = []
    for p in parts:
        out += [n for n in clean_author(p) if n not in out]
    return out


def _signature_under(lines: list[Line], end: int) -> list[str]:
    """The writer's name alone on the line right after the last paragraph ("... last
    sentence." / "Jane Doe" / "Staff Writer"): the signature many papers print under the text
    instead of a byline over it. Only a name the story's sentences do not use, which is a
    person it is about or quotes."""
    if not 0 <= end < len(lines) or not (lines[end].kind == "body" and lines[end].sentence):
        return []
    for k in range(end + 1, min(end + 3, len(lines))):
        ln = lines[k]
        if not any(c.isalnum() for c in ln.text):
            continue
        tokens = ln.text.split()
        # "Jane DOE": the surname set in capitals; a line all in capitals is a label
        # ("RELATED STORIES"), and a name among many lines is one of a list of signatories
        titled = [w.title() if w.isupper() and len(w) > 1 else w for w in tokens]
        if ln.sentence or ln.boiler or ln.kind == "bad" or not 2 <= len(tokens) <= 3 or ln.text.isupper() \
                or ln.block_size > 3 \
                or not (all(_NAME_TOKEN.match(w) for w in titled) or _particle_name(titled)):
            return []
        if _no_person(" ".join(titled), lines) or _words_in_prose(ln.text, lines, re.I):
            return []
        return clean_author(ln.text)
    return []


def _footer_owner(lines: list[Line]) -> list[str]:
    """A blog's owner named in its footer copyright ("© 2009-2020 by Jane Doe"): the last resort
    for a page that prints no byline. Only a person's name (two or three capitalised words, no
    company word), only in the page's last lines."""
    # A long footer (menus, cookie notice) may push the copyright line up to 40 lines from the
    # end; that far up only a line with the year or "by" is the site's: "© Jane Doe" alone there
    # credits a photo under the text.
    for back, ln in enumerate(reversed(lines[-40:])):
        if ln.words > 20:
            continue
        m = _FOOTER_OWNER.search(ln.text)
        if not m or back >= 25 and not _SITE_COPYRIGHT.search(m.group(0)):
            continue
        name = m.group("name")
        if name.endswith("."):
            continue  # "© 2023 Daily Courier. All rights reserved": a sentence naming the company
        tokens = name.split()
        if not all(_NAME_TOKEN.match(w) for w in tokens) or any(
                w.casefold().strip(".") in _ORG_WORDS or _ORG_STEM.search(w) for w in tokens):
            continue
        return clean_author(name)
    return []


def _labelled_byline_above(lines: list[Line], first: int, art: Article) -> None:
    """A labelled byline ("Author of the article:" over a name, "By Jane Doe") higher up than
    the text's first lines: pages that open the text with a photo caption or a standfirst
    block can start the dense region well below the headline and its byline. Only the
    explicit forms count this far out; bare names do not."""
    for k in range(first - 1, max(-1, first - 60), -1):
        ln = lines[k]
        if ln.kind == "body" and ln.words > 25:
            continue
        if _BYLINE_LABEL.match(ln.text) and k + 1 < len(lines):
            names = [x for x in _byline_names(lines[k + 1].text, art) if _looks_like_name(x)]
        elif _is_byline(ln) and ln.words <= 12:
            names = [x for x in _byline_names(ln.text, art) if _looks_like_name(x)]
        else:
            continue
        if names:
            art.authors = names
            return


# Labels of a blog's post stamp that are not "published": "Eingetragen am", "Created", "Erstellt am"
_DATE_WORD = re.compile(r"^(?:datum|date|fecha|data|dato|päiväys)\s*:?\s+\d", re.I)


def _labelled_date_under(lines: list[Line], end: int) -> str | None:
    for k in range(end + 1, min(len(lines), end + 26)):
        ln = lines[k]
        if ln.words <= 8 and _DATE_WORD.match(ln.text):
            d = _line_date(ln.text)
            if d:
                return d
    return None


_GLUED_TAIL = re.compile(r"[a-zà-öø-ÿß][.!?…][\"”’»]?(\S[^.!?…]{5,40})$")
_ENTERED = re.compile(r"\b(?:eingetragen|erstellt|created|geschrieben am|date posted)\b", re.I)
_LEAD_SEP = re.compile(r"\s[–—-]\s|\s\|\s|[„“\"«]")


def _lead_date(text: str) -> str | None:
    """The date a paragraph opens with, in its first six words before a dash, bar or quote."""
    head = _LEAD_SEP.split(text, maxsplit=1)[0]
    return _line_date(" ".join(head.split()[:6]))


_US_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d{2})(?!\d)")


# "— Jane Doe (@janedoe) November 3, 2023": the signature of an embedded post, which dates
# the post quoted, not the story
_POST_SIGNATURE = re.compile(r"^[—–-]+\s*[^()]{2,80}\(@\w{1,30}\)\s")


def _line_date(text: str) -> str | None:
    if _POST_SIGNATURE.match(text):
        return None
    d = parse_date(text)
    if d:
        return d
    # "12/30/2019": month first, which a day-first reading rejects
    m = _US_DATE.search(text)
    if m:
        return parse_date(f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    d = parse_dump_date(text)
    if d:
        return d
    glued = _GLUED_HANDLE_STAMP.match(text.strip())
    if glued:
        # "jdoe28.09.1912:44": the two-digit year runs into the clock, so no reading above
        # sees the day; the handle's stamp is the post's date
        return parse_date(glued.group("day"))
    short = _DAY_MON_YY.search(text)
    if short and _MONTHS.get(short.group(3).casefold()):
        # "03.Mär.19", "03-Mar-19": the month's short name between the day and a two-digit
        # year, one separator on both sides, which no reading above takes
        century = "19" if short.group(4) >= "70" else "20"
        return parse_date(f"{short.group(1)} {short.group(3)} {century}{short.group(4)}")
    if not _ODD_NUMBERS.search(text):
        return None
    # "November 21, 202501747": the view and comment counts glued to the year; "Apr 042013":
    # the day glued to it; "26 | 01 | 2022": the parts set apart by bars
    fixed = _BAR_DATE.sub(r"\1.\2.\3", _DAY_YEAR.sub(r"\1 \2", _COUNT_AFTER_YEAR.sub(r"\1\2 ", text)))
    return (parse_date(fixed) or parse_dump_date(fixed)) if fixed != text else None


_DAY_MON_YY = re.compile(r"(?<![\w.])(\d{1,2})([.\-/])([^\W\d_]{3,4})\2(\d{2})(?![\d.:])")
_ODD_NUMBERS = re.compile(r"\d{5}|\d\s*\|\s*\d")
_COUNT_AFTER_YEAR = re.compile(r"((?:[^\W\d_]\.?\s+\d{1,2}|\d{1,2}\.?\s*[^\W\d_]{3,})\.?,?\s+)((?:19|20)\d{2})(?=\d{1,6}(?:\s|$))")
_DAY_YEAR = re.compile(r"(?<=[^\W\d_]\s)(\d{2})((?:19|20)\d{2})(?!\d)")
_BAR_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*\|\s*(\d{1,2})\s*\|\s*((?:19|20)\d{2})(?!\d)")


# "Jane", "O'Neil", "Wilson-Smith", "Per-Erik", "J.", "McAdam", "DeFino" (a surname prefix keeps its capital)
# Capitals and small letters of the Latin extensions (Czech "Ondřej", Vietnamese "Phương",
# Polish "Łukasz") and of Cyrillic ("Андрей"): one range holds both cases in the extensions,
# so only their small letters are allowed after the capital, never as the first letter.
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯА-ЯЁІЇЄ"
_LOW = "a-zà-öø-ÿßĀ-ɏḀ-ỿа-яёіїє'’"
_NAME_TOKEN = re.compile(rf"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Fitz|O['’]|D['’])?[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*\.?$|^[{_UP}]\.$")


def _looks_like_name(name: str) -> bool:
    """Two to four capitalised words: what a looser byline pattern must yield to be believed."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_TOKEN.match(w) or w.islower() and len(w) <= 3 for w in words)


# The button a header prints after the writer's name, to follow the writer or to send a tip
# ("Jane Doe Follow", "Jane Doe + Folgen", "Jane Doe Tips meg"): a button's label, never a name.
_BUTTON_TAIL = re.compile(r"\s+\+?\s*(?:follow|folgen|suivre|seguir|segui|volgen|volg|følg|följ|seuraa|obserwuj|"
                          r"sledovat|takip et|abonnieren|subscribe|s'abonner|tips meg|tipsa mig|tip os)$", re.I)


def _bare_name_near_date(lines: list[Line], window: list[int], top: int = -10, teasers: bool = False,
                         head: int = -1) -> list[str]:
    """A line that is only a person's name, next to the date line under the headline.

    "Jane Doe" above "12.03.2024, 10:15", or "Jane Doe 12.03.2024" on one line. Two or three
    capitalised words and nothing else; the date beside it is what makes it a byline.
    """
    for k in window:
        ln = lines[k]
        # "Jane Doe, John Roe (Enviado especial)": a role in brackets does not make a sentence
        # "Juan Carlos Muñoz C.": a second surname cut to its initial ends in a full stop too
        sentence = ln.sentence and not _TAIL_BRACKET.search(ln.text) and not (
            ln.words <= 5 and _INITIAL_END.search(ln.text))
        # a long block is a menu or a list of names, unless the name's own e-mail address follows
        # it: a writer's contact line, which a header stacks with the stamp and the share buttons
        if ln.words > 16 or ln.boiler or (ln.block_size > 8 and not _contact_under(lines, k)) or sentence \
                or ln.kind in ("teaser", "bad"):
            continue
        stamped = _name_before_stamp(ln.text)
        if stamped:
            return _stacked(lines, k, stamped)  # "Jane Doe" / "John Roe 8 January, 17:46"
        # "Jane Doe@janedoe": the author's social handle printed after the name
        text = _name_before_role(_BUTTON_TAIL.sub("", re.sub(r"\s*@\w{2,30}$", "", _BULLET.sub("", ln.text))))
        has_date = parse_date(text) is not None
        wide = ln.words > 8 and not (has_date and _PUBLISHED.search(text))
        if wide and not (has_date and ln.words <= 16):
            continue  # a longer line only as "Jane Doe · Site · Posted: <date>"
        if has_date and ln.block_size <= 4:  # "Jane Doe 19.10.2019, 05:00 Uhr" / "1. Februar 2022 , Jane Doe"
            pieces = [p.strip() for p in re.split(r"\s*(?:\d[\d.:/]*\s*(?:uhr|am|pm)?|[,|•·–—]|\s-\s)\s*", text,
                                                  flags=re.I) if p and p.strip()]
            parts = [p for p in pieces if all(_NAME_TOKEN.match(w) for w in p.split())
                     and 2 <= len(p.split()) <= 3 and not parse_date(p + " 2020") and not _PUBLISHED.search(p)
                     and not _PREPOSITION_FIRST.match(p)]
            if len(parts) == 1 and not wide and clean_author(parts[0]):
                return clean_author(parts[0])
            # "Jane Doe, London, John Roe 19.10.2019, 23:38 Uhr": two or three writers with the
            # place one of them filed from; the rest of the line is one-word places, no tag list
            others = [p for p in pieces if p not in parts]
            if 2 <= len(parts) <= 3 and all(len(p.split()) == 1 and p[:1].isupper() for p in others) \
                    and len(others) < len(parts) and all(clean_author(p) for p in parts):
                return [n for p in parts for n in clean_author(p)]
            continue  # "Published Fri, Apr 28 2023": the stamp of a name on the next line
        tokens = text.split()
        half = len(tokens) // 2
        if len(tokens) in (4, 6) and tokens[:half] == tokens[half:]:
            # "Jane Doe Jane Doe": the author photo's alt text printed before the name
            tokens = tokens[:half]
            text = " ".join(tokens)
        multi = []
        # "Juan Carlos Muñoz C.": the second surname's initial makes no fourth name word
        core = len(tokens) - (len(tokens) == 4 and _INITIAL_END.search(text) is not None)
        if not (2 <= core <= 3 and all(_NAME_TOKEN.match(w) for w in tokens)) and not _particle_name(tokens) \
                and not _JA_SPACED_NAME.fullmatch(text):
            multi = _name_list(text)  # "Jane Doe | John Roe", "Jane Doe og John Roe"
            if not multi:
                continue
        # The date line next to the name, or a few short lines away (a role, a handle between).
        near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        for step in (-1, 1):
            for j in range(k + step, k + 4 * step, step):
                if not 0 <= j < len(lines):
                    break
                if lines[j].words > 6 and "caption" in lines[j].tags and j - k == step:
                    continue  # "Caption of the lead photo." / "Jane Doe": the stamp may stand over the photo
                if lines[j].words > 6:
                    # a long stamp ("10/07/2026 00:50 Actualizado a 10/07/2026 22:39") still counts
                    # ("25/04/2026 Actualizado a las 15:10h.": a full stop after the time)
                    if lines[j].words <= 14 and ln.block_size <= 2 and _line_date(lines[j].text) \
                            and (not lines[j].sentence or _lead_date(lines[j].text)):
                        near.append(lines[j])
                    break
                near.append(lines[j])
        if k in (top + 1, top + 2) and not any(w.islower() for w in tokens):
            # right under the headline the stamp may come after a photo and its caption
            near += lines[k + 1: k + 6]
        found = multi or _stacked(lines, k, clean_author(text))
        if found and not multi and _no_person(text, lines):
            found = []  # "Zum Video", "Internationale Politik": a label, tested only once it passed the rest
        if not found:
            if teasers:
                return []  # inside the text a refused phrase by a stamp heads a teaser list
            continue  # "Letzte Aktualisierung" over a date: a label the name cleaner refuses
        if _caption_or_tag(lines, k) or (k < head and _in_menu_block(lines, k)):
            continue
        if k + 1 < len(lines) and lines[k + 1].words <= 3 and _ROLE.match(lines[k + 1].text) \
                and not any(w.islower() for w in tokens):
            return found  # "Jane Doe" over "Journalist": a byline with its job title
        if any(_is_date_line(o) or (o.words <= 8 and _PUBLISHED.search(o.text)) or _CLOCK.fullmatch(o.text)
               # "January 28, 2025 11:30 am (Updated 11:54 am)" reads as a sentence by its bracket
               or (o.words <= 14 and (not o.sentence or _lead_date(o.text)) and _line_date(o.text))
               # "vor 3 Stunden", also labelled: "Erstellt: vor 4 Stunden"
               or _AGE.fullmatch(_STAMP_LABEL.sub("", o.text)) or (o.words <= 6 and _DAY_CLOCK.search(o.text))
               for o in near):
            return found
    return []


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact_under(lines: list[Line], k: int) -> bool:
    """"Jane Doe" over "jane.doe@paper.com": the e-mail address alone on the next line shares a
    word of three letters or more with the name (a desk's address does not)."""
    if k + 1 >= len(lines) or not _EMAIL.fullmatch(lines[k + 1].text):
        return False
    local = lines[k + 1].text.split("@", 1)[0].casefold()
    return any(len(w) > 2 and w in local for w in _WORDS.findall(lines[k].text.casefold()))


# "大渡 美咲": a Japanese byline writes the family and the given name apart, each of one to
# three characters; a label or a section name ("社会", "地震・災害") has no such gap
_JA_SPACED_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{1,3} [\u4e00-\u9fff\u3040-\u30ff]{1,3}")
_NAME_PARTICLES = frozenset("von van der den de da di du dos das del della la le bin ben al el ter ten zu".split())
_INITIAL_END = re.compile(r"\s[A-ZÀ-ÖØ-Þ]\.$")
_TAIL_BRACKET = re.compile(r"\s\([^()]{2,40}\)\s*$")
# "... von Jane Doe Lesezeit: 4 Min.": the reading time's abbreviation is no sentence's full stop
_TAIL_READ_TIME = re.compile(r"(?:lesezeit|lesedauer|reading time|read time)\s*:?\s*\d+\s*min\.?\s*$", re.I)
# "von Das Mitternachtskabinett": a blog's or a paper's name opens with an article, a person's never
_ARTICLE_FIRST = re.compile(r"^(?:der|die|das|the|ein|eine|el|los|las|les|il|une|un)\s", re.I)
# "15.04.2024 Mit Video", "12 May 2024 With gallery": a teaser's stamp and its media label. A
# person's name does not open with a preposition.
_PREPOSITION_FIRST = re.compile(r"^(?:mit|ohne|with|without|avec|sans|con|für|for|pour|para|über|about|"
                                r"sur|sobre|zum|zur|auf|nach|after|vor|before|from)\s", re.I)
_STAMP_LABEL = re.compile(r"^[^\W\d_]{3,20}\s*:\s*")
# a particle that opens a surname by itself; "der", "den", "la" only after one ("van der", "de la")
_FIRST_PARTICLES = frozenset("von van de da di du dos das del della bin ben al el ter ten zu".split())
# "- Jane Doe", "• Jane Doe": a dash or bullet the layout sets before the byline name
_BULLET = re.compile(r"^[-–—•·]\s+(?=\S)")


# What opens a phrase but never a person's name: an article, a preposition fused with one, a
# determiner ("Die Linke", "Zum Video", "Im Original", "The Daily", "Für Hochschulen")
_PHRASE_FIRST = re.compile(r"^(?:der|die|das|den|dem|des|ein|eine|einer|the|a|an|les|los|las|une|un|gli|zum|zur|im|am|"
                           r"ins|beim|vom|unser|unsere|our|my|meine|mein|alle|all|this|these|diese|dieser)\s", re.I)
# German and Romance adjective endings ("Internationale", "Weitere", "Neueste", "Rechtliche")
_ADJ_END = re.compile(r"(?:che|le|te|re|ne|ive|ische)$")
_LOWER_WORD = re.compile(r"(?<=[\s(„\"'])([a-zà-öø-ÿß][a-zà-öø-ÿß-]+)\b")


_INFLECTION = re.compile(r"(?<=\w{4})(?:e|en|er|es|em|s)$")
_ENDINGS = ("", "e", "en", "er", "es", "em", "s")


def _in_prose(word: str, prose: frozenset[str]) -> bool:
    """The word in the prose in any inflection: "aktuelle" meets "aktuellen" by "aktuell"."""
    stem = _INFLECTION.sub("", word)
    return any(stem + e in prose for e in _ENDINGS)


_PROSE_SEEN: list = [None, frozenset()]  # the last page's lines and their prose words


def _prose_words(lines: list[Line]) -> frozenset[str]:
    """The lower-case words of the page's paragraphs, once per page."""
    if _PROSE_SEEN[0] is not lines:
        words: set[str] = set()
        for ln in lines:
            if ln.kind == "body" and ln.sentence:
                words.update(_LOWER_WORD.findall(ln.text))
        _PROSE_SEEN[:] = [lines, frozenset(words)]
    return _PROSE_SEEN[1]


def _bare_name_under_headline(lines: list[Line], top: int, head_start: int) -> list[str]:
    """A line that is only a person's name between the headline and the first paragraphs, with
    no stamp beside it ("Headline" / "Standfirst." / "Jane Doe" / "Share"): the last guess for a
    byline. A name the story's own sentences use is a person it is about."""
    for k in range(top + 1, min(head_start + 3, top + 8, len(lines))):
        ln = lines[k]
        if ln.words > 12 or ln.sentence or ln.boiler or ln.kind in ("teaser", "bad") or ln.block_size > 5:
            continue
        tokens = ln.text.split()
        if k + 1 < len(lines) and lines[k + 1].kind == "body" and lines[k + 1].sentence:
            listed = _name_list(ln.text)  # "Jane Doe/John Roe" over the first paragraph
            if listed and not _words_in_prose(ln.text, lines, re.I):
                return listed  # not "Water Board | Garden Hoses" over a story on the water board
        if ln.words > 4 or not (2 <= len(tokens) <= 3 and all(_NAME_TOKEN.match(w) for w in tokens)) \
                and not _particle_name(tokens):
            continue
        # where a byline row stands: after the standfirst (or a caption) ending in a full stop,
        # or alone between the headline and the first paragraph; not amid menus and labels
        after_standfirst = lines[k - 1].sentence and lines[k - 1].words >= 6
        over_text = k == top + 1 and k + 1 < len(lines) and lines[k + 1].kind == "body" and lines[k + 1].sentence
        if not (after_standfirst or over_text):
            continue
        names = clean_author(ln.text)
        if not names or _no_person(ln.text, lines) or _caption_or_tag(lines, k):
            continue
        # any of its words in the story's sentences makes it a phrase of the story ("Checkliste
        # Werkzeug") or a person it is about
        if _words_in_prose(ln.text, lines):
            continue
        return names
    return []


def _words_in_prose(text: str, lines: list[Line], flags: int = 0) -> bool:
    """Any word of three letters or more of ``text`` in the page's paragraphs."""
    prose = _prose_text(lines)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", prose, flags) for w in _WORDS.findall(text) if len(w) > 2)


_PROSE_TEXT_SEEN: list = [None, ""]  # the last page's lines and their paragraphs' text


def _prose_text(lines: list[Line]) -> str:
    if _PROSE_TEXT_SEEN[0] is not lines:
        _PROSE_TEXT_SEEN[:] = [lines, "\n".join(ln.text for ln in lines if ln.kind == "body" and ln.sentence)]
    return _PROSE_TEXT_SEEN[1]


def _caption_or_tag(lines: list[Line], k: int) -> bool:
    """A bare name that is a photo's subject or one of the topic links under a "Topics:" header,
    not a byline. The subject's name is the caption over the photo's credit when another bare
    name, the writer's, follows the credit ("Jane Doe" / "Foto: Reuters/John Roe" / "Ann Roe");
    over the credit alone it is the byline with the photo under it."""
    if k + 2 < len(lines) and _CREDIT_ONLY.match(lines[k + 1].text) and _looks_like_name(lines[k + 2].text):
        return True
    for j in range(k - 1, max(-1, k - 8), -1):
        if lines[j].block != lines[k].block:
            break
        if _TAGS_HEAD.match(lines[j].text) or (lines[j].words <= 4 and _TOPIC_NOUN_HEAD.search(lines[j].text)):
            return True
    return False


def _in_menu_block(lines: list[Line], k: int) -> bool:
    """"Wolt" / "Shaping New Tomorrow" / "Hiper": over the headline, a capitalised phrase among
    the links of a menu is a link, not a byline. A byline's block holds the name, its
    co-authors, a role and the stamp; a menu's holds two or more other items."""
    ln = lines[k]
    if ln.block_size < 3:
        return False
    items = 0
    for j in range(max(0, k - 8), min(len(lines), k + 9)):
        o = lines[j]
        if j == k or o.block != ln.block:
            continue
        if (_is_byline(o) or _is_date_line(o) or _CLOCK.search(o.text) or _line_date(o.text)
                or _looks_like_name(o.text) or _ROLE.search(o.text) or not any(c.isalpha() for c in o.text)):
            continue
        items += 1
    return items >= 2


# The adjectives that open a heading or a link ("Weitere Informationen", "Neueste Beiträge",
# "Letzte Änderung", "Recent Findings"), and German adjective endings no name has
# ("Rechtliche Aspekte", "Fröhliche Weihnachten", "Politische Bildung")
_LABEL_ADJ = frozenset("weitere weiteren neueste neuesten neuste letzte letzten aktuelle aktuellen ähnliche "
                       "meistgelesene beliebte beliebteste wichtige andere private recent latest related further "
                       "popular trending featured".split())
_ADJ_SUFFIX = re.compile(r"(?:lich|isch|ig)(?:e|en|er|es)$")


def _no_person(phrase: str, lines: list[Line]) -> bool:
    """A capitalised phrase that is no person's name, by its first word: an article or a
    preposition ("Zum Video"), or a word the page's own prose writes in lower case, i.e. an
    adjective or a common word ("Internationale Politik" by "die internationale Gemeinschaft",
    "Difficulty Level" by "set the difficulty level"). A first name is not written in lower
    case, so only an adjective's ending or a second lower-case word of the phrase counts."""
    if _PHRASE_FIRST.match(phrase) or _PREPOSITION_FIRST.match(phrase):
        return True
    tokens = phrase.casefold().split()
    if tokens and (tokens[0] in _LABEL_ADJ or _ADJ_SUFFIX.search(tokens[0])) or _NOT_WRITER_BY.search(phrase):
        return True  # ("Zitat von jdoe2" reads as "Jane von Doe")
    if len(tokens) < 2:
        return False
    prose = _prose_words(lines)
    if not _in_prose(tokens[0], prose):
        return False
    return bool(_ADJ_END.search(tokens[0])) or any(_in_prose(w, prose) for w in tokens[1:])


def _particle_name(tokens: list[str]) -> bool:
    """"Christoph von Eichhorn", "Jan van der Berg": capitalised first and last names with the
    particles of a surname between; a phrase like "Stadt der Zukunft" opens with no particle."""
    if not 3 <= len(tokens) <= 5 or not (_NAME_TOKEN.match(tokens[0]) and _NAME_TOKEN.match(tokens[-1])):
        return False
    mid = tokens[1:-1]
    i = 0
    while i < len(mid) and _NAME_TOKEN.match(mid[i]):
        i += 1  # a middle name before the particle
    parts = mid[i:]
    return bool(parts) and parts[0] in _FIRST_PARTICLES and all(w in _NAME_PARTICLES for w in parts) and i <= 1


def _stacked(lines: list[Line], k: int, names: list[str]) -> list[str]:
    """Co-authors printed one per line over or under the name found ("Jane Doe" / "John
    Roe" / "Published ..."): bare two- or three-word names right beside it, also with a job
    title after a dash ("John Roe – Journalist") or under the initials of an avatar ("JR")."""
    if not names:
        return names
    out = list(names)
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and abs(j - k) <= 4:
            text = lines[j].text
            if _INITIALS.fullmatch(text):
                j += step  # "LP" over "Luana Patriolino": the avatar's letters
                continue
            dash = _DASH_ROLE.search(text)
            if dash and _ROLE.search(dash.group(1)):
                text = text[: dash.start()]
            t = text.split()
            if not (2 <= len(t) <= 3 and all(_NAME_TOKEN.match(w) for w in t)) or lines[j].sentence \
                    or lines[j].boiler or _ROLE.search(text):
                more = _name_before_stamp(text) if lines[j].words <= 12 else []
                out += [x for x in more if x not in out and step > 0]  # "John Roe | Published 2 days ago"
                break
            for x in clean_author(text):
                if x not in out:
                    out = [x] + out if step < 0 else out + [x]
            j += step
    return out


_INITIALS = re.compile(r"[A-ZÀ-ÖØ-ÞА-Я]{1,3}")
_DASH_ROLE = re.compile(r"\s+[–—-]\s+(.{3,40})$")


# the story's age printed in place of its date ("vor 3 Stunden", "2 hours ago")
_AGE = re.compile(r"(?:vor|hace|il y a|for)?\s*\d{1,3}\s*(?:min(?:ute[ns]?|utos?|utter)?|std\.?|stunden?|"
                  r"h|hrs?|hours?|horas?|heures?|timer|tagen?|days?|días?|jours?|dager)\.?\s*(?:ago|siden)?",
                  re.I)
# "mandag 5. august kl. 14:47": a day and month word with a clock time, the year left out
_DAY_CLOCK = re.compile(r"(?<!\d)\d{1,2}\.\s*[^\W\d_]{3,}.*(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_LIST_SEP = re.compile(r"\s*[|/,;&]\s*|\s+(?:and|und|og|och|y|et|en|e|i)\s+")


def _name_list(text: str) -> list[str]:
    """Two to four names on one line, joined by a separator or an "and" ("Jane Doe | John
    Roe", "Jane Doe og John Roe", "Jane Doe, John Roe (Enviado especial)"); [] otherwise."""
    text = re.sub(r"\s*\([^()]{2,40}\)\s*$", "", text)
    parts = [p.strip() for p in _LIST_SEP.split(text)]
    if not 2 <= len(parts) <= 4 or not all(_looks_like_name(p) and p.split()[0][:1].isupper()
                                           and p.split()[-1][:1].isupper() for p in parts):
        return []
    out: list[str] = []
    for p in parts:
        for n in clean_author(p):
            if n not in out:
                out.append(n)
    return out if len(out) >= 2 else []


# "08:39", "5:00 Uhr": the time printed beside a bare byline name
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?", re.I)
# a month name opening the date ("Jane DoeNovember 6, 2023")
_MONTH_DATE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
               r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\s+\d")
# What follows a bare byline name on the same line: a separator, an age or time, a
# "Published" stamp, a handle; the page's markup often glues it to the surname.
_STAMP = re.compile(r"\s*(?:" + _MONTH_DATE + r"|[|•·]|\s/\s|@\w|\d{1,2}\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?|std\.?|stunden?|tagen?)\b|"
                    r"(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|last updated|"
                    r"zuletzt (?:geändert|aktualisiert)|mis à jour|actualizado)\b|\d)",
                    re.I)
_GLUED_STAMP = re.compile(r"(?<=[a-zà-öø-ÿß])(?=(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|\d|@|"
                          + _MONTH_DATE + r"))")
# Job titles printed after the name on a byline line ("Jane Doe Political Correspondent").
_ROLE = re.compile(r"\b(?:correspondent|editor|reporter|writer|director|journalist|columnist|producer|"
                   r"corresponsal|correspondant(?:e)?|enviad[oa] especial|"
                   r"redakteur(?:in)?|korrespondent(?:in)?|journalistin|autorin|autor|reporterin|"
                   r"rédacteur|rédactrice|redactor[a]?|periodista|giornalista)\b", re.I)


def _name_before_stamp(text: str) -> list[str]:
    """"Jane Doe | Published 4 months ago", "Jane DoePublished Jul 17, 2024", "Jane Doe2
    minutes ago", "Jane Doe 7 hours": a name and the story's age or date on one line."""
    if len(text) > 160:
        return []
    text = _GLUED_STAMP.sub(" ", text, count=1)
    m = _STAMP.search(text)
    if not m or m.start() == 0:
        return []
    head, rest = text[: m.start()].strip(" ,-–—"), text[m.start():]
    tokens = head.split()
    if not 2 <= len(tokens) <= 4 or not all(_NAME_TOKEN.match(w) for w in tokens):
        return []
    # the rest must date the story, not go on as a headline or a menu
    if not (parse_date(rest) or _PUBLISHED.search(rest) or re.search(r"\bago\b|\bvor\b|\d{1,2}:\d{2}|\d{1,2}\s?[ap]m\b|"
                                                                     r"(?<!\d)\d{1,2}\.\d{1,2}\.\d{2}(?!\d)|"  # 06.11.23
                                                                     r"geändert|updated|actualizado|mis à jour|"
                                                                     r"\d\s*(?:hours?|mins?|minutes?|days?)\b",
                                                                     rest, re.I)):
        return []
    return clean_author(head)


def _name_before_role(text: str) -> str:
    """"Jane Doe Political Correspondent" -> "Jane Doe": a job title after the name does not
    make the line no byline. Two name words are taken (most bylines have two); the role may
    open with a capitalised adjective, so where the name ends cannot be told better."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 6 or not _ROLE.search(" ".join(tokens[2:])):
        return text
    if not all(_NAME_TOKEN.match(w) for w in tokens[:2]):
        return text
    return " ".join(tokens[:2])


_GLUE = re.compile(r"(?<=[\s-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’-]{2,}[a-zà-öø-ÿß])([A-ZÀ-ÖØ-Þ][\wÀ-ÿ-]*)")


def _unglue(s: str) -> str:
    """'Jane DoeStaff Writer' -> 'Jane Doe': markup glued the surname to the role line.
    Only after a first name, and only past four letters, so McDonald and DiMaggio stay whole."""
    m = _GLUE.search(s)
    if not m or not re.search(r"[A-ZÀ-ÖØ-Þ]\w+", s[: m.start(1)]):
        return s
    return s[: m.end(1)]


_ROLE_ADJ = frozenset("chief staff deputy senior junior freie freier stellvertretender stellvertretende "
                      "leitender leitende".split())


def _cut_role(words: list[str]) -> list[str]:
    """"Jane Doe Landespolitische Korrespondentin" -> "Jane Doe": the job title after the
    name, with the adjective that opens it."""
    for i in range(2, len(words)):
        if _ROLE.fullmatch(words[i]):
            head = words[:i]
            if len(head) > 2 and (head[-1].casefold() in _ROLE_ADJ
                                  or head[-1].casefold().endswith(("ische", "ischer", "ischen", "al", "ior"))):
                head = head[:-1]
            return head
    return words


_TAIL_AGENCY = re.compile(r"\s+((?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*$")
_WITH_AGENCY = re.compile(r"\s+(?:mit|with|con|avec|met|med)\s+(\S+(?:\s+\S+)?)\s*$")
_FOR_PAPER = re.compile(r"\s+(?:for|For|FOR)\s+(?:the\s+|The\s+|THE\s+)?[A-ZÀ-ÖØ-Þ][^|•·\d]*$")


_READ_LABEL = re.compile(r"\b(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura)\b", re.I)
_DATE_AFTER_NAME = re.compile(r"\s+(?:on|am|at|le|el|il|um|vom)\s+(?=[^\d|]{0,16}\d)")


# a user handle with digits in it ("Marianne1", "Bo2man"), alone as the byline's first word; a
# full name's footnote mark ("Jane Doe1") comes after its second word
_DIGIT_HANDLE = re.compile(r"(?:(?:von|by|par|por|door|av)\s+)?([^\W\d_]{2,}\d+[^\W\d_]*)(?=\s|$)", re.I)


def _byline_names(raw: str, art: Article) -> list[str]:
    # "Jane Doe@janedoe": the social handle glued on (not an e-mail address: "jdoe@site.com")
    raw = re.sub(r"(?<=[^\W\d_])@\w{2,30}(?![\w.@-])", " ", raw)
    raw = _GLUED_BY.sub("By ", raw)
    raw = _BY_LABEL.sub("", raw)
    # "By Jane Doe And John Roe For The Daily Courier": a title-cased byline; the paper it was
    # written for is no author
    _add_credits(art, find_credits(raw))
    raw = _FOR_PAPER.sub("", re.sub(r"\s+And\s+(?=[A-ZÀ-ÖØ-Þ])", " and ", raw))
    # "By Jane Doe and John Roe The Associated Press": the agency after the last name
    tail = _TAIL_AGENCY.search(raw)
    if tail and agency_name(tail.group(1)) and tail.start() > 0:
        _add_credits(art, [agency_name(tail.group(1))])
        raw = raw[: tail.start()]
    # "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert ...": the names come first
    for piece in re.split(r"\s+[|•·]\s+|\s+[-–—]\s+(?=\d)", raw):
        slash = re.search(r"\s*/\s*(?=\S)", piece)
        if slash and parse_date(piece[slash.end():slash.end() + 40]):
            piece = piece[: slash.start()]  # "Jane Doe/June 12, 2020 9:49 am": the date after a slash
        # "Jane Doe on Thu, Nov 9, 2023": the word that opens the date ends the name
        piece = _DATE_AFTER_NAME.split(piece, maxsplit=1)[0]
        piece = _READ_LABEL.split(piece, maxsplit=1)[0]  # "Jane Doe Lesezeit: 4 Min."
        handle = _DIGIT_HANDLE.match(piece.strip())
        desk = _DESK_WORD.fullmatch(" " + piece.strip()[handle.end():].strip()) if handle else None
        if handle and desk:
            # "BR24 Redaktion": the newsroom of a brand with digits in its
            # name, which the page's byline element gives whole, not a user's handle
            return [" ".join(piece.strip()[handle.start(1):].split())]
        if handle:
            return clean_author(handle.group(1), loose=True)  # "von jdoe2 am 29.12.2010": a user's handle
        piece = re.split(r"\d", piece, maxsplit=1)[0]  # names hold no digits: a date follows
        piece = piece.split(":", 1)[0]
        piece = _unglue(piece)
        wire = _WITH_AGENCY.search(piece)
        if wire and agency_name(wire.group(1)):
            _add_credits(art, [agency_name(wire.group(1))])  # "Von Jane Doe mit AP"
            piece = piece[: wire.start()]
        words = _cut_role(piece.split())
        while words and (words[-1][:1].islower() or _TRAILER.match(words[-1]) or parse_date(f"1 {words[-1]} 2020")):
            words.pop()  # "Jane Doe on January", "Jane Doe Erstellt am"
        names = clean_author(" ".join(words))
        if names:
            return names
    return []
