"""What follows an article in a text dump: topic tags, related headlines and the section
named by a "Next In <Section>" header."""
from __future__ import annotations

import re

from ..model import Article, Related
from .textlines import Line, stoplist
from .textlines_cues import (
    _RELATED_HEAD, _TAGS_HEAD, _TOPIC_NOUN_HEAD, _COMMENTS_HEAD, _LEAD_SYMBOLS, _HASHTAGS, _READ_TIME,
    _is_byline, _is_date_line,
)

# ---------------------------------------------------------------- after the body

def _tags_related_section(lines: list[Line], after: int, art: Article) -> None:
    n = len(lines)
    k = after
    limit = min(n, after + 150)
    low = ((art.title or "") + "\n" + art.text).casefold()
    named = False  # tags came from a labelled list, or a block of names the text prints
    stops = stoplist(art.language)
    labelled_at = -2  # the line of the last labelled list printed on its header's line
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
                art.tags = _clean_tags([lines[j].text for j in range(k + 1, min(n, k + 1 + size))])
                k += 1 + size
                continue
            heads, k = _headline_run(lines, k + 1)
            for h in heads:
                art.related.append(Related(title=h))
            continue
        if not art.tags and k - after <= 2 and _single_label_over_head(lines, k, low, art.authors):
            # "Venezuela" alone between the text and "Mehr zum Thema": the story's one topic link
            art.tags = [ln.text.strip()]
            named = True
            k += 1
            continue
        tm = _TAGS_HEAD.match(t) if ln.words <= 40 else None
        # "Themenseiten A, B" over "Schlagwörter C, D": two labelled lists in a row are both the page's
        more = bool(art.tags) and labelled_at == k - 1
        if tm and (not art.tags or more and tm.group("rest")):
            rest = (tm.group("rest") or "").strip()
            if rest:
                art.tags = _merged(art.tags if more else [], _split_tags(rest))
                labelled_at = k
            else:
                art.tags = _label_run(lines, k + 1, low)
                if k - after > 15 and not any(_in_text(lab, low) for lab in art.tags):
                    art.tags = []  # a footer's section menu under "Themes"
            named = bool(art.tags)
            k += 1
            continue
        inline = _TAGS_INLINE.match(t) if (not art.tags or more) and ln.words <= 40 else None
        if inline and _is_comma_tags_text(inline.group("rest")):
            # "Schlagwörter Hafen, Fähre, Stadtrat"
            art.tags = _merged(art.tags if more else [], _split_tags(inline.group("rest")))
            named = True
            labelled_at = k
            k += 1
            continue
        if not art.tags and _HASHTAGS.match(t):
            art.tags = _split_tags(t.replace("#", ","))
        elif not art.tags and _is_comma_tags(ln):
            art.tags = _split_tags(t)
        elif not art.tags and k - after < 20 and (glued := _glued_row(ln, low)):
            # "US-MilitärDonald TrumpVenezuelaUSAIran" under the text: a row of tag links
            # whose labels the story names, as a breadcrumb trail's ("HomeNewsWorld") are not
            art.tags = glued
            named = True
        elif not art.tags and k - after < 6 and (spaced := _spaced_row(ln, low, stops)):
            # a row of tag links joined by spaces right under the text comes before a block
            # of box tabs or a menu further down ("Related Recommended Latest"); a list under
            # a topics header still outranks it
            art.tags = spaced
        elif not art.tags and k - after < 12 and _is_tag_block(lines, k):
            # Unlabelled, a glued row is as likely a breadcrumb trail ("HomeNewsWorld").
            nxt = k + ln.block_size
            if nxt < n and lines[nxt].block_size > ln.block_size and _is_tag_block(lines, nxt):
                # "Johannesburg / Maverick News" over a longer block of labels: the section
                # and the site's name over the story's tags
                k = nxt
                ln = lines[k]
            art.tags = _clean_tags([lines[j].text for j in range(k, k + ln.block_size) if j < n], unglue=False)
            named = sum(t.casefold() in low for t in art.tags) * 2 >= len(art.tags)
            k += ln.block_size
            continue
        k += 1
    # A list under a topics header is the page's own statement of its tags; an unlabelled
    # block or comma line nearer the text (a box title, a list of profiles) only looks like one.
    # Only a labelled list, or a block whose labels the text names itself, keeps its place
    # before a headed list ("Venezuela / Donald Trump / Nicolás Maduro" over the site's
    # "Browse today's tags").
    headed = _headed_tags(lines, after, limit, low)
    if headed and not named:
        art.tags = headed
    if not named and not headed:
        # an unlabelled block after the text yields to a headed list elsewhere on the page
        art.tags = _headed_tags_anywhere(lines, low) or art.tags
    if not art.tags:
        art.tags = _spaced_row_under(lines, after, low, stops) or _kicker_label(lines, art.title)


def _single_label_over_head(lines: list[Line], k: int, low: str, authors: list[str]) -> bool:
    """A label of one to three words alone in its block right under the text, over a related
    or comments header, that the story prints as it stands: the page's only topic tag. A label
    the text does not print is a sign-off, a teaser's author or a button ("Artikel bewerten");
    one that is the byline's name is the author."""
    ln = lines[k]
    if ln.block_size != 1 or not 1 <= ln.words <= 3 or ln.sentence or k + 1 >= len(lines):
        return False
    t = ln.text.strip()
    nxt = lines[k + 1]
    if nxt.words > 8 or not (_RELATED_HEAD.match(nxt.text) or _COMMENTS_HEAD.match(nxt.text)):
        return False
    if _RELATED_HEAD.match(t) or _COMMENTS_HEAD.match(t) or _TAGS_HEAD.match(t) or re.search(r"[/:|©@#]", t):
        return False
    return t.casefold() in low and t.casefold() not in {a.casefold() for a in authors} \
        and not _is_byline(ln) and not _is_date_line(ln)


def _spaced_row_under(lines: list[Line], after: int, low: str, stops: frozenset[str]) -> list[str]:
    """With no tag list found, a row of tag links the dump joined with spaces under the text
    ("Sex scandal Sweden Police Stockholm Organised crime")."""
    for k in range(after, min(len(lines), after + 40)):
        labels = _spaced_row(lines[k], low, stops)
        if labels:
            return labels
    return []


def _spaced_row(ln: Line, low: str, stops: frozenset[str]) -> list[str]:
    """The labels of a line of tag links joined by spaces: no punctuation and few function
    words, split into three labels and more, most of which the story names."""
    if not 4 <= ln.words <= 25 or ln.stop > 0.34 or not _is_spaced_row(ln):
        return []
    words = ln.text.split()
    caps = sum(w[:1].isupper() for w in words)
    # a headline in sentence case: few capitals amid small words (cheap, before the split)
    if caps and caps * 2 < len(words) or _shouting(ln.text) or words[0].casefold() in stops:
        return []
    labels = _split_spaced(ln.text, low)
    # a headline in title case splits into function words and letters ("Of", "The", "R")
    if len(labels) < 3 or any(len(lab.split()) > 4 or len(lab) < 2 or lab.casefold() in stops for lab in labels):
        return []
    if _is_date_line(ln):
        return []
    found = sum(lab.casefold() in low and bool(re.search(r"(?<!\w)" + re.escape(lab.casefold()) + r"(?!\w)", low))
                for lab in labels)
    if found * 2 >= len(labels) and found >= 2:
        # "Temas en este artículo SNAP Glifosato": the header printed on the row's line
        return _clean_tags([lab for lab in labels if not _TOPIC_NOUN_HEAD.search(lab)])[:25]
    return []


_CRUMB_SEP = re.compile(r"\s+[›»>/|]\s+")


def _kicker_label(lines: list[Line], title: str | None) -> list[str]:
    """With no tag list on the page, the topic label printed over the headline ("Hybride
    Kriegsführung", "Security", "Home › News › Politics"): the page's own word for what
    the story is about. Not the last item of a menu, which stands under other short items."""
    if not title:
        return []
    t = next((k for k, ln in enumerate(lines) if ln.text == title), None)
    if not t:
        return []
    ln = lines[t - 1]
    text = ln.text
    if _CRUMB_SEP.search(text):
        crumbs = _CRUMB_SEP.split(text)
        if len(crumbs) < 2 or not _HOME.match(crumbs[0]):
            return []
        text = crumbs[-1]
    words = len(text.split())
    if (not 1 <= words <= 4 or ln.boiler or ln.sentence or _is_date_line(ln) or _is_byline(ln)
            or text.endswith((".", ":", "!", "?", ",")) or not text[:1].isupper() or any(c.isdigit() for c in text)):
        return []
    # a menu's last item: three short label lines over it, the one over it in its block
    if (t >= 4 and lines[t - 2].block == ln.block
            and all(lines[j].words <= 3 and not lines[j].sentence for j in range(t - 4, t - 1))):
        return []
    return _clean_tags([text])


def _merged(a: list[str], b: list[str]) -> list[str]:
    return a + [t for t in b if t not in a]


def _glued_row(ln: Line, low: str) -> list[str]:
    """The labels of a line of tag links printed with no space between them, when half of
    them occur in the story as words. A breadcrumb trail opens with the home page
    ("HomeNewsWorld"); short pieces ("InYourArea") are a name in camel case."""
    if ln.words > 25 or ln.sentence or ":" in ln.text or not _GLUE.search(ln.text):
        return []
    parts = _unglue_labels(ln.text)
    if sum(len(p) >= 4 for p in parts) < 3 or _HOME.match(parts[0]):
        return []
    found = sum(p.casefold() in low and bool(re.search(r"(?<!\w)" + re.escape(p.casefold()) + r"(?!\w)", low))
                for p in parts)
    return _clean_tags(parts) if found * 2 >= len(parts) else []


_HOME = re.compile(r"^(?:home|homepage|startseite|start|accueil|inicio|portada|home page|forside|hem|etusivu|"
                   r"strona główna|úvod|titulní strana|hlavní stránka|anasayfa|головна|главная|news)$", re.I)


def _headed_tags_anywhere(lines: list[Line], low: str) -> list[str]:
    """With none after the text, a topics list above it or beside it ("Related topics" over
    the headline): only one whose labels the text mostly names, as a menu's do not."""
    for k, ln in enumerate(lines):
        if not _is_topics_header(ln) or k + 1 >= len(lines):
            continue
        labels = _label_run(lines, k + 1, low)
        if 1 <= len(labels) <= 15 and sum(_in_text(lab, low) for lab in labels) * 2 > len(labels):
            return labels
    return []


def _is_topics_header(ln: Line) -> bool:
    t = _LEAD_SYMBOLS.sub("", ln.text).rstrip(" :：")
    if not t or ln.words > 6 or ln.boiler or t.endswith((".", "!", "?")) or _RELATED_HEAD.match(t):
        return False
    return bool(_TAGS_HEAD.match(t) or _TOPIC_NOUN_HEAD.search(t))


def _headed_tags(lines: list[Line], after: int, limit: int, low: str) -> list[str]:
    """The labels under the first topics header close after the text: two or more, or one
    under a header that is only a tags word ("Themen" over "Klimawandel"). A site's section
    menu under "Themen" in the footer names none of the story's things, so away from the
    text one label at least must occur in it."""
    for k in range(after, min(limit, after + 80)):
        ln = lines[k]
        if not _is_topics_header(ln) or k + 1 >= len(lines):
            continue
        labels = _label_run(lines, k + 1, low)
        strict = bool(_TAGS_HEAD.match(_LEAD_SYMBOLS.sub("", ln.text).rstrip()))
        if not (len(labels) >= 2 or (labels and strict)):
            continue
        if k - after <= 15 or any(_in_text(lab, low) for lab in labels):
            return labels
    return []


def _in_text(label: str, low: str) -> bool:
    words = [w for w in re.findall(r"\w+", label.casefold()) if len(w) >= 3]
    return label.casefold() in low or any(w in low for w in words)


def _label_run(lines: list[Line], k: int, low: str = "") -> list[str]:
    """The short labels under a tags header, up to the first line that is not one. Labels
    printed one per block continue across blank lines; a block of labels ends with its block.
    A lone longer line is a row of links the dump joined with spaces ("Diktatur Buch
    Philippinen"): it is split into labels."""
    out: list[str] = []
    if k >= len(lines):
        return out
    first = lines[k]
    if _is_comma_tags_text(first.text) and first.words <= 40:
        # "Dark Mode, leaderboards, Strava": the labels printed as one comma list
        return _split_tags(first.text)[:25]
    if 6 < first.words <= 25 and _is_spaced_row(first):
        return _clean_tags(_split_spaced(first.text, low))[:25]
    first_block, singletons = first.block, first.block_size == 1
    for j in range(k, min(len(lines), k + 30)):
        m = lines[j]
        if m.block != first_block and not (singletons and m.block_size == 1):
            break
        if m.boiler and out and not singletons and m.words <= 2 and j + 1 < len(lines) and (
                lines[j + 1].block == first_block and not lines[j + 1].boiler):
            out.append(m.text)  # "Instagram" amid a block of topics is one, not a share button
            continue
        if not (1 <= m.words <= 6) or m.boiler or m.kind == "wall" or m.text.endswith((":", "!", "?")):
            break
        if ": " in m.text or _QUOTES.search(m.text) or _CATEGORIES.match(m.text):
            # "Nakstad: Kunne åpnet Norge", "Lehrling : „Er war kein Zugpferd“": a headline
            # quotes and has a colon, a label has neither; "CATEGORIES" heads the next box
            break
        if _TAGS_HEAD.match(m.text) or _RELATED_HEAD.match(m.text) or _is_date_line(m) or _ALL_TOPICS.match(m.text):
            break
        if out and _shouting(m.text) and not _shouting(out[0]):
            break  # "MEST LÄST": the next box's header in capitals, under ordinary labels
        out.append(m.text.rstrip(","))
    if len(out) == 1 and first.words >= 3 and _is_spaced_row(first):
        labels = _split_spaced(first.text, low)
        if len(labels) >= 3:  # two pieces are as likely one label of several words
            return _clean_tags(labels)[:25]
    return _clean_tags(out)[:25]


_QUOTES = re.compile(r"[„“”«»\"]")
_CATEGORIES = re.compile(r"^(?:categories|category|kategorien|kategorie|catégories|categorías|categorie)\s*:?$", re.I)


def _is_spaced_row(ln: Line) -> bool:
    t = ln.text
    # a row with labels glued together is split at the glue instead
    return not (ln.boiler or ln.sentence or _GLUE.search(t) or re.search(r"[,;:|•·!?\"“”„«»()]", t) or t.endswith("."))


_CONNECTOR = re.compile(r"^(?:[&+/–-]|[^\W\d_]{1,3})$")


def _split_spaced(text: str, low: str) -> list[str]:
    """The labels of a row of tag links joined by spaces. Where the row mixes cases, a small
    word belongs to the label before it ("Sex scandal", "Politik in Georgien") and so does
    a word after a short connector; two capitalised words stay one label only when the
    story itself prints them side by side ("Rolf Zoellner", "Meghan Markle"). In a row of
    small letters only every word is a label ("krim some nyheter")."""
    words = text.split()
    if not any(w[:1].isupper() for w in words):
        return [w for w in words if not _CONNECTOR.match(w) or w[:1].isalnum()]
    labels: list[list[str]] = [[words[0]]]
    for prev, w in zip(words, words[1:]):
        joined = (not w[:1].isupper()  # "scandal", "2026", "&", "l'environnement"
                  or (_CONNECTOR.match(prev) and not prev[:1].isupper())  # "in Georgien", "& Forschung"
                  or f"{prev} {w}".casefold() in low)
        if joined:
            labels[-1].append(w)
        else:
            labels.append([w])
    return [" ".join(lab) for lab in labels]


def _shouting(text: str) -> bool:
    # two words or more: a one-word label in capitals is an acronym ("NATO")
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_tag_block(lines: list[Line], k: int, after_header: bool = False) -> bool:
    """A block of two to fifteen one-to-four-word labels right after the text: the topic tags."""
    ln = lines[k]
    if ln.block_size > 15 or (ln.block_size < 2 and not after_header):
        return False
    if k > 0 and lines[k - 1].block == ln.block and not after_header:
        return False
    members = lines[k:k + ln.block_size]
    # a label holds a letter: "1 2 3" down the lines is a pager, "2 / 3" a page count
    return all(1 <= m.words <= 4 and not m.boiler and not m.text.endswith((".", ":", "!", "?"))
               and not _is_date_line(m) and m.kind != "wall" and any(c.isalpha() for c in m.text)
               for m in members)


# a tags header printed on the line of its list without a colon, the markup's gap lost
_TAGS_INLINE = re.compile(r"^(?:tags|topics|keywords|themen(?:seiten)?|schlagw[öo]rter|stichw[öo]rter|"
                          r"mots[- ]cl[ée]s|etiquetas|temas)\s+(?P<rest>[^:]+)$", re.I)


def _is_comma_tags_text(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[,;|•·]\s*", text)]
    return len(parts) >= 3 and not text.rstrip().endswith((".", "!", "?")) and all(
        p and len(p.split()) <= 4 for p in parts)


def _is_comma_tags(ln: Line) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[,;|•·]\s*", ln.text)]
    if len(parts) < 3 or ln.sentence and not ln.text.endswith(")"):
        return False
    # a postal address ("12 High Street, Springfield, AB1 2CD") is a comma list of short
    # items too, but several of its items carry numbers
    if sum(any(ch.isdigit() for ch in p) for p in parts) >= 2:
        return False
    # every item is a short name-like phrase, as in "Japan , US , Iwaya , Rubio , ties"
    return all(p and len(p.split()) <= 4 and not p.endswith(".") for p in parts) and ln.stop < 0.5


_SPACED_COUNT = re.compile(r"\s+\(?\d+\)?$")


def _clean_tag(t: str) -> str:
    return t.strip(" #")


_GLUED_COUNT = re.compile(r"(?<=[^\W\d_])\d+$")


def _clean_tags(items: list[str], unglue: bool = True) -> list[str]:
    """Clean a list of tag labels. A topic list with article counts may print them glued to
    the label ("Hamas420"); strip such digits only when most labels carry them, so that a
    lone "G20" or "B2B" in an ordinary list is kept."""
    items = [piece for t in items for piece in (_unglue_labels(_clean_tag(t)) if unglue else [_clean_tag(t)])]
    # "Kirche 3922", "Hafen (12)": article counts after the labels, when most labels carry
    # one; a lone "World War 3" or "Formel 1" in an ordinary list keeps its number
    if len(items) >= 2 and sum(bool(_SPACED_COUNT.search(t)) for t in items) * 3 >= len(items) * 2:
        items = [_SPACED_COUNT.sub("", t).strip() for t in items]
    elif len(items) == 1:  # alone, only a bracketed or long number is a count
        items = [re.sub(r"\s+(?:\(\d+\)|\d{3,})$", "", items[0])]
    if len(items) >= 2 and sum(bool(_GLUED_COUNT.search(t)) for t in items) * 3 >= len(items) * 2:
        items = [_GLUED_COUNT.sub("", t) for t in items]
    out: list[str] = []
    for t in items:
        if t and t not in out and not _ALL_TOPICS.match(t):
            out.append(t)
    return out


# "Alle Themen", "All topics": the link to the site's topic index that ends a tag row
_ALL_TOPICS = re.compile(r"^\W*(?:alle|all|more|mehr|tous les|todos los|tutti gli)\s+(?:themen|topics|tags|"
                         r"schlagw[öo]rter|schlagworte|sujets|temas|argomenti)\W*$", re.I)


# a small letter run into a capital ("HafenFähre"), into an acronym ("ScheuermannEPI"), or
# an acronym run into a capitalised word ("USAIran", "COVIDCoronavirus")
_GLUE = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]|[A-ZÀ-ÖØ-Þ]{2})|(?<=[A-ZÀ-ÖØ-Þ]{2})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")


def _unglue_labels(label: str) -> list[str]:
    """"UkraineRusslandWladimir Putin" -> three labels: a row of tag links printed with no
    space between them. A lower-case letter runs into a capital inside one word. Brand names
    do that too ("PlayStation", "YouTube"), but their parts are short and they come alone, so
    a split needs two long parts, or three parts and more: a row of three glued labels may
    hold short ones ("DaxEuroYen", "AkkuVWElektromobilität")."""
    parts = _GLUE.split(label)
    if len(parts) < 2:
        return [label]
    if len(parts) == 2 and min(map(len, parts)) < 7:
        return [label]
    if len(parts) >= 3 and any(len(p) < 2 for p in parts):
        return [label]
    if len(parts) == 2 and any(len(p) < 4 for p in parts):
        return [label]
    return parts


def _split_tags(s: str) -> list[str]:
    return _clean_tags(re.split(r"\s*[,;|•·]\s*", s))[:30]


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
