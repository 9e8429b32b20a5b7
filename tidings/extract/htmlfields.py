"""Resolve an HTML page's fields (title, date, people, tags, ...) from what the walk found.

Each field has several witnesses that may disagree: metadata, marked-up elements, visible
lines near the article, the URL. These functions weigh them; html.py does the reading.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from functools import partial
from urllib.parse import urljoin, urlparse

from ..language import detect_language
from ..model import Related
from . import fields
from .boiler import BOILER_LINE, HEADINGS, TAGS_HEAD
from .meta import SCRIPT_AUTHOR, SCRIPT_DATE, PageMeta
from .walk import BR, KICKER, Walker, dated_start

_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
BYLINE_TEXT = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af|texte? ?:|text ?:|texto ?:|tekst ?:|testo ?:|"
                         r"autor(?:in)? ?:|auteur ?:|written by|reported by|"
                         # "Text & Fotos: Jane Doe": who wrote it and took its pictures.
                         r"(?:texte?|texto|testo|tekst)\s*(?:und|&|/|\+|et|y|e|og|och|en|i|and)\s*"
                         r"(?:fotos?|photos?|bilder?|bild|fotografías?|fotografie|zdjęcia) ?:)\s+\S", re.I)


def norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.casefold()).strip()


_ARCHIVED = re.compile(r"^(?:https?:)?//(?:web\.)?archive\.org/web/\d+[a-z_]*/(?=(?:https?:)?//)", re.I)


def site_names(meta: PageMeta, url: str | None) -> list[str]:
    names = list(meta.site_names)
    # A page kept by a web archive is the original site's: its address follows the archive's.
    page = _ARCHIVED.sub("", url or meta.url or "")
    host = urlparse(page).netloc.removeprefix("www.")
    if host:
        names.append(host)
        names.append(host.split(".")[0])
    return names


def _slug_words(text: str) -> set[str]:
    t = text.casefold()
    folded = {w for w in _WORD.findall(unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())}
    umlauts = t.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return {w for w in folded | set(_WORD.findall(umlauts)) if len(w) >= 3}


def slug_segment(title: str, url: str | None) -> str | None:
    """The part of a "Site - Section - Headline" title that the URL's slug spells out: where no
    headline is stated apart, the slug the publisher wrote for the story shows which part it is."""
    if not url or not title:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0])
    slug = max(re.split(r"/", path), key=lambda p: p.count("-") + p.count("_"), default="")
    slug_words = {w for w in re.split(r"[-_.+]+", slug.casefold()) if len(w) >= 3 and not w.isdigit()}
    if len(slug_words) < 3:
        return None
    for sep in fields.TITLE_SEPS:
        if sep not in title:
            continue
        parts = [p.strip() for p in title.split(sep) if p.strip()]

        def spelled(part: str) -> bool:
            plain = {w for w in _WORD.findall(part.casefold()) if len(w) >= 3}
            return len(slug_words & _slug_words(part)) >= 0.6 * max(len(plain), 1)

        for i, part in enumerate(parts):
            if len(slug_words & _slug_words(part)) >= 0.7 * len(slug_words) and spelled(part):
                # Neighbours the slug also spells are the headline's own ("Kicker – Headline").
                lo, hi = i, i
                while lo > 0 and spelled(parts[lo - 1]):
                    lo -= 1
                while hi + 1 < len(parts) and spelled(parts[hi + 1]):
                    hi += 1
                return sep.join(parts[lo:hi + 1]) if hi - lo + 1 < len(parts) else None
    return None


def _title_leftover(meta: PageMeta) -> list[str]:
    """The <title> is the social-card title plus a segment ("Headline | Site" beside og:title
    "Headline"): that segment names the site (and a section), where the page states no name."""
    ht = meta.html_title or ""
    for o in meta.titles[:3]:
        if not o or len(ht) <= len(o):
            continue
        for sep in fields.TITLE_SEPS:
            rest = ht[len(o) + len(sep):] if ht.startswith(o + sep) else \
                ht[: -len(o) - len(sep)] if ht.endswith(sep + o) else ""
            if rest.strip() and len(rest) <= min(60, len(o)):
                return [rest.strip()]
    return []


def resolve_title(meta: PageMeta, h1s: list[str], url: str | None = None, heads: list[str] = (),
                  lead: int = 0, owners: list[str] = (), stray_h1: bool = False) -> str | None:
    """The headline. The page's <h1> is what readers see; metadata titles (og:title, JSON-LD
    headline, <title>) confirm which <h1> it is, since themes also put the site's name or
    logo in an <h1>. A visible headline that differs from the social-card title is kept:
    editors rewrite og:title for sharing and <title> for search engines."""
    # The owner a footer's copyright line names is the site's name where the markup states none.
    # The host the page was fetched from names the site too ("orchardnotes.example": "Orchard Notes - ..."),
    # where the page states no canonical address of its own.
    sites = site_names(meta, url) + list(owners) + _title_leftover(meta)
    meta_titles = [t for t in meta.titles if t] + ([meta.html_title] if meta.html_title else [])
    mains = [m for t in meta_titles if (m := fields.strip_site_name(t, sites))]
    main_norms = [norm(t) for t in mains]
    site_norms = {norm(x) for x in sites if x}
    # The site name is also what a meta title leaves over once its headline part is removed.
    for t in meta_titles:
        m = fields.strip_site_name(t, sites)
        if m and m != t:
            rest = norm(t).replace(norm(m), " ").strip()
            if rest:
                site_norms.add(" ".join(rest.split()))

    # "Time 4 talks" in the <h1> is the host "time4talks.com" spelled out: the blog's name.
    site_squashed = {sn.replace(" ", "") for sn in site_norms if len(sn) >= 5}

    def is_site(nh: str) -> bool:
        return nh in site_norms or any(nh and nh in sn and len(nh) >= 0.6 * len(sn) for sn in site_norms) or (
            nh.replace(" ", "") in site_squashed)

    # A one-word <h1> that is an inner segment of the <title>'s breadcrumb trail ("Site | Kultur |
    # Literatur | Headline") is the section's label printed as the page heading.
    trail = [norm(p) for p in re.split(r"\s[|»›>/]\s", meta.html_title or "")]
    if len(trail) >= 4:
        inner = set(trail[1:-1])
        h1s = [h for h in h1s if not (" " not in norm(h) and norm(h) in inner)]

    def forms(h: str) -> list[str]:
        # The headline after a kicker first; then the whole line; then its last line.
        out = [h.split(KICKER)[-1]] if KICKER in h else []
        out.append(h.replace(KICKER, " "))
        if BR in h:
            out.append(h.split(BR)[-1])
        return out

    # A kicker styled apart inside the <h1> is no part of the headline, though titles repeat it
    # ("Rubrik - Headline"). Written "Kicker: Headline" in the title, it reads as one headline.
    for h in h1s[:5]:
        if KICKER in h:
            kicker, head = h.split(KICKER, 1)[0], h.split(KICKER)[-1].replace(BR, " ")
            nh = norm(head)
            host = next((t for t, n in zip(mains, main_norms) if len(nh) >= 8 and nh in n), None)
            k = kicker.strip()
            glued = k.endswith(":") or re.search(rf"{re.escape(k)}:\s", host or "")
            if host is not None and not glued:
                return head
    # An <h1> that is a metadata title (up to punctuation the markup split off) confirms it.
    # Where two forms of it are (kicker and headline, or the headline alone), the social-card or
    # JSON-LD headline decides over the <title>, which is listed last.
    for h in h1s[:5]:
        hits = [main_norms.index(nh) for form in forms(h) if len(nh := norm(form)) >= 8 and not is_site(nh)
                and nh in main_norms]
        if hits:
            return mains[min(hits)]
    # Themes that park the <h1> in the breadcrumbs or the masthead print the headline in a
    # lower heading at the head of the story; a metadata title confirms which one.
    # An <h1> holding that title and more is the fuller headline.
    # So does an <h1> made mostly of its words: the two are versions of one headline.
    h1_norms = [norm(h.replace(KICKER, " ").replace(BR, " ")) for h in h1s[:5]]
    h1_words = [ws for n in h1_norms if not is_site(n) and (ws := {w for w in n.split() if len(w) >= 4})]

    def version_of(nh: str) -> bool:
        words = set(nh.split())
        return any(nh in n for n in h1_norms) or any(len(ws & words) >= 2 / 3 * len(ws) for ws in h1_words)

    for h in heads[:8]:
        for form in forms(h):
            nh = norm(form)
            if len(nh) >= 8 and not is_site(nh) and nh in main_norms and not version_of(nh):
                return mains[main_norms.index(nh)]
    # A short <h1> ("Ischgl", under the floor that keeps labels out) is the headline where a
    # metadata title is it and the site's name, nothing else ("Trails! Ischgl").
    for h in h1s[:3]:
        nh = norm(h.replace(KICKER, " "))
        if 3 <= len(nh) < 8:
            for t in meta_titles:
                nt = norm(t)
                rest = nt[len(nh):] if nt.startswith(nh + " ") else nt[:-len(nh)] if nt.endswith(" " + nh) else ""
                if rest.strip() and is_site(rest.strip()):
                    return h.replace(KICKER, " ").replace(BR, " ").strip()
    # An <h1> inside a metadata title shows where the headline ends when the title carries
    # more: a site or section name, a descriptor, a kicker ("Rubrik: Headline").
    candidates = []
    for h in h1s[:5]:
        for rank, form in enumerate(forms(h)):
            nh = norm(form)
            if len(nh) >= 8 and not is_site(nh) and any(nh in n for n in main_norms):
                candidates.append((KICKER in h and rank == 0, len(nh), form.replace(BR, " ")))
    if candidates:
        return max(candidates)[2]
    # A lower heading is the headline part of a title only as a whole segment of it ("Headline |
    # Blog", "Blog » Headline"): sub-headings also repeat words of a title ("What is X?").
    for h in heads[:8]:
        form = h.split(KICKER)[-1].replace(BR, " ")
        nh = norm(form)
        if len(nh) >= 8 and " " in nh and not is_site(nh) and not any(nh in n for n in h1_norms) and any(
                _segment_of(form, t) for t in meta_titles):
            return form
    visible = [h.split(KICKER)[-1].replace(BR, " ") for h in h1s[:3] if len(norm(h)) >= 8 and not is_site(norm(h))
               and not BOILER_LINE.match(h)]
    # No metadata title confirms an <h1>. Where the page states only a <title> (a browser and
    # search-engine label), the printed headline is the headline; a headline stated for social
    # cards or in JSON-LD is the publisher's own word on it. Menus, labels and slogans also sit
    # in <h1>s ("Impressum", "Sie sind hier:"): the headline shares a word with the <title>.
    meta_words = {w for t in meta_titles for w in _WORD.findall(t.casefold()) if len(w) >= 4}
    # A page's only <h1> is its heading whatever the <title> says ("Welcome!" over a firm's
    # name, a page heading under "About Us"), unless it trails off like a salutation.
    shared = [h for h in visible if meta_words & set(_WORD.findall(h.casefold()))]
    visible = shared or [h for h in visible if len(h1s) == 1 and not h.rstrip().endswith((",", ";", ":"))
                         and not _NAV_LABEL.search(h)]
    first = heads[0].split(KICKER)[-1].replace(BR, " ") if lead else ""
    # An <h1> outside the story that holds its heading is the headline printed in a page header;
    # one that does not heads a sidebar or a teaser box.
    if lead and (not any(len(norm(h)) >= 8 for h in h1s) or stray_h1 and not version_of(norm(first))):
        # No <h1> (or only stubs: "Page", "Menu"; or only <h1>s over other boxes than the story):
        # the heading over the story's first paragraph stands in for it.
        if len(norm(first)) >= 8 and not BOILER_LINE.match(first) and meta_words & set(_WORD.findall(first.casefold())):
            visible = [first]
    if visible and not (any(meta.titles) and meta.news):
        # A metadata title inside the <h1>, glued to the rest with no punctuation, is the headline:
        # the rest is a kicker the markup styled apart ("Forderungsausfälle vermeidenEigentums...").
        # Written "Kicker: Headline" or "Headline – Teaser", the <h1> reads as one headline.
        h = visible[0]
        for t in sorted(mains, key=len, reverse=True):
            at = h.casefold().find(t.casefold())
            if len(norm(t)) < 8 or at < 0 or len(t) == len(h):
                continue
            before, after = h[:at].rstrip(), h[at + len(t):].lstrip()
            if (not before or before[-1].isalnum()) and (not after or after[0].isalnum()):
                return t
        return h
    for t in mains:
        if len(t) > 3:
            return slug_segment(t, url) or t
    return h1s[0].split(KICKER)[-1].replace(BR, " ") if h1s else None


# Headings screen readers announce for the page's own machinery, not for its content.
_NAV_LABEL = re.compile(r"navigation|\bmen[uü]\b|hauptmen|\bsearch\b|\bsuche\b|suchergebnis|skip to|springe? zu|"
                        r"breadcrumb|not found|nicht gefunden|\b404\b|\blog ?in\b|anmelden|warenkorb|shopping cart", re.I)
_SEGMENT_SEP = "|-–—»«•·/"


def _segment_of(part: str, title: str) -> bool:
    """``part`` is a separator-delimited segment of ``title`` (case aside)."""
    at = title.casefold().find(part.casefold())
    if at < 0:
        return False
    before, after = title[:at].rstrip(), title[at + len(part):].lstrip()
    return (before or after) != "" and (not before or before[-1] in _SEGMENT_SEP) and (
        not after or after[0] in _SEGMENT_SEP)


def script_dates(html: str) -> list[str]:
    return [m.group(1) for m in SCRIPT_DATE.finditer(html, 0, 3_000_000)][:5]


# Country domains of sites that keep a publishing tool's default "en-US" while printing dates
# the local way (a .uk, .in or .ng site); .us and the generic domains are read as American.
_CC_HOST = re.compile(r"\.(?!us$|co$|io$|tv$|fm$|me$)[a-z]{2}$")


def month_first_page(meta: PageMeta, url: str | None) -> bool:
    """The page is written for the United States, where "6/5/2024" is June 5."""
    # og:locale "en_US" is also many tools' default: a page whose <html lang> names another
    # language is not American for it.
    if not meta.locale or not re.fullmatch(r"en[-_]us", meta.locale.strip(), re.I) or \
            not re.match(r"\s*en\b", meta.language or "", re.I):
        return False
    host = (urlparse(url).hostname or "") if url else ""
    return not _CC_HOST.search(host.casefold())


def resolve_date(meta: PageMeta, found, url: str | None, near: str | None, html: str = "",
                 month_first: bool = False) -> str | None:
    """The publication date: metadata first, then marked-up dates, the URL, visible lines.

    Machine dates are often UTC while the page shows the publisher's local day; when a date
    printed on the page is one day off the metadata, the printed one is what readers saw.
    ``month_first``: the page is written for the United States (``month_first_page``).
    """
    parse = partial(fields.parse_date, month_first=month_first)

    machine, raw = next(((d, r) for r in meta.published if (d := parse(r))), (None, None))
    loose = machine is None
    if loose:
        machine, raw = next(((d, r) for r in meta.published_loose + script_dates(html)
                             if (d := parse(r))), (None, None))
    if machine is None:
        machine, raw = next(((d, r) for r, marker, text in found.dates if not text
                             and (d := parse(r))), (None, None))
    texts = _published_first([v for v, marker, text in found.dates if text and marker] +
                             [v for v, marker, text in found.dates if text and not marker])
    shown = next((d for d in map(parse, texts) if d), None) or near or fields.date_from_url(url)
    if machine:
        printed = tuple(d for d in map(parse, texts[:6]) if d)
        # A story whose date line states only an update ("Updated May 6, 2019", no published
        # date beside it) shows readers that day; the metadata's first publication is older news.
        updated = _update_only([v for v, marker, text in found.dates if text and marker], parse)
        if updated and updated > machine:
            return updated
        # A "published" stamp identical to the modified stamp is the CMS writing its last save into
        # both fields (live blogs); another, earlier stated publication stamp is the first version.
        # Unless the page prints the later day, or the earlier stamp is a bare date at midnight.
        if raw and _same_save(raw, meta.modified[:4]) and machine not in printed:
            first = min((d for r in meta.published[1:6] if _STAMP.search(r) and not _MIDNIGHT.search(r)
                         and (d := parse(r))), default=None)
            # Or the earlier day the story's own date line prints (a <time> or a dated label).
            first = first or next((d for v, marker, text in found.dates[:6] if marker
                                   and (d := parse(v))), None)
            if first and first < machine:
                return first
        # Dates under unfamiliar names or in data scripts may belong to anything on the page (a
        # teaser, an image); a date the page prints under a publication label is the story's own.
        if loose:
            labelled = next((d for v, marker, text in found.dates if text and marker
                             and (d := parse(v))), None)
            if labelled and labelled != machine:
                return labelled
        # Metadata that states several publication dates (a first version and a re-publication):
        # the one the page prints is the one readers saw. Only timestamps count: a bare date
        # beside one is often the print edition's day.
        stated = {d for r in meta.published[:6] if _STAMP.search(r) and (d := parse(r))}
        if len(stated) > 1 and shown in stated:
            return shown
        # "11/01/2023" in metadata is month-first or day-first; the page's own printed date decides.
        m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\b", raw)
        if m and shown and shown != machine:
            swapped = parse(f"{m.group(3)}-{m.group(2)}-{m.group(1)}")
            flipped = parse(f"{m.group(3)}-{m.group(1)}-{m.group(2)}")
            if shown in (swapped, flipped):
                return shown
        # A European date without a time, converted to UTC, reads 22:00 or 23:00 the day before.
        if _LOCAL_MIDNIGHT.search(raw) and meta.language and not meta.language.lower().startswith("en"):
            return (date.fromisoformat(machine) + timedelta(days=1)).isoformat()
        # A bare metadata date a day after the printed, timed online stamp is the print edition's.
        if not _STAMP.search(raw) and not loose:
            timed = next(((d, v) for v, marker, text in found.dates if text and marker
                          and (d := parse(v))), None)
            if timed and _CLOCK.search(timed[1]) and \
                    (date.fromisoformat(machine) - date.fromisoformat(timed[0])).days == 1:
                return timed[0]
        return local_day(machine, raw, shown, printed)
    # Last, the page's summary: "(Notizia del 14 Gennaio 2020)", "Pressemitteilung vom 3. Mai 2021".
    return shown or fields.date_from_url(url) or next(
        (d for d in map(parse, found.bylines + found.aside_dates) if d), None) or (
        parse(meta.description[:300]) if meta.description else None)


def _update_only(texts: list[str], parse=fields.parse_date) -> str | None:
    """The day of the page's printed date line when every printed date is an update's (the
    label before any digit): "Updated Mar 12, 2020" but not "May 3, 2021 (Updated 4:30 am)"."""
    days = []
    for t in texts[:6]:
        d = parse(t)
        if not d:
            continue
        u = _UPDATED_LINE.search(t)
        if not u or re.search(r"\d", t[:u.start()]):
            return None
        days.append(d)
    return days[0] if days and len(set(days)) == 1 else None


def _published_first(texts: list[str]) -> list[str]:
    """Printed date lines with the publication day first: "Updated March 16 · Published March
    14" is read from its "Published"; a line that only states an update goes last."""
    out, late = [], []
    for t in texts:
        u = _UPDATED_LINE.search(t)
        # "Written: 2023-11-07 / Updated: ...": a date before the update label is the first one.
        if u and not re.search(r"\d", t[:u.start()]):
            m = _PUBLISHED_LABEL.search(t)
            if m:
                out.append(t[m.start():])
            else:
                late.append(t)
        else:
            out.append(t)
    return out + late


# (After a digit too: two spans printed without a space read "Updated: 5 March 2024Published: ...".)
_PUBLISHED_LABEL = re.compile(r"(?<![^\W\d_])(?:published|posted|first posted|publiziert|veröffentlicht|erstellt|erschienen|"
                              r"publié|publicado|pubblicato|gepubliceerd|publicerad)\b", re.I)


def _same_save(raw: str, modified: list[str]) -> bool:
    """The published stamp is the modified one, or within the minutes of one save."""
    if raw.strip() in {m.strip() for m in modified}:
        return True
    try:
        pub = datetime.fromisoformat(raw.strip())
        return any(abs((datetime.fromisoformat(m.strip()) - pub).total_seconds()) <= 600 for m in modified
                   if _STAMP.search(m))
    except (ValueError, TypeError):  # not ISO, or one stamp with a zone and one without
        return False


_WORD = re.compile(r"\w+")
_STAMP = re.compile(r"\d[T ]\d{1,2}:\d{2}")
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:h]\d{2}(?![\d.])|\b\d{1,2}\.\d{2}\s*Uhr", re.I)
_LOCAL_MIDNIGHT = re.compile(r"T2[23]:00:00(?:\.0+)?(?:Z|[+-]00:?00)\s*$")
_MIDNIGHT = re.compile(r"\d[T ]00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})?\s*$")
_UTC_TIME = re.compile(r"[T ](\d{1,2}):\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|GMT|UTC)?\s*$", re.I)


def local_day(machine: str, raw: str, shown: str | None, printed: tuple[str, ...] = ()) -> str:
    """A UTC timestamp late or early in the day falls on the neighbouring day where the
    publisher is; when the page prints that neighbouring day, it is the day readers saw."""
    m = _UTC_TIME.search(raw.strip())
    if not shown or shown == machine or machine in printed or not m or re.search(r"[+-](?!00:?00)\d{2}:?\d{2}\s*$", raw):
        return machine
    hour = int(m.group(1))
    delta = (date.fromisoformat(shown) - date.fromisoformat(machine)).days
    if (delta == -1 and hour < 7) or (delta == 1 and hour >= 15):
        return shown
    return machine


_BYLINE_AFTER = re.compile(r"(?:[|·•–—]|\d)\s*(?:by|von|par|por|door|av|af)\s+[A-ZÀ-Þ]|\s(?:By|Von|BY|VON)\s+[A-ZÀ-Þ]", re.I)


def _byline_like(t: str) -> bool:
    """"By Jane Doe", "Ein Artikel von Jane Doe", "06.11.2023 | von Jane": a byline marker at the
    start or after a date or separator. "von" inside a sentence or headline is a preposition."""
    if fields.BY_PREFIX.match(t.lstrip("(（")):
        return True
    m = _BYLINE_AFTER.search(t)
    return bool(m and (m.group(0)[:1] in "|·•–—" or m.group(0)[:1].isdigit() or re.search(r"\s(?:By|Von|BY|VON)\s", m.group(0))))


def near_bylines(w: Walker, span: tuple[int, int] | None, title: str | None = None) -> list[str]:
    """Short "By Jane Doe" / "Ein Artikel von ..." lines just above or at the top of the article."""
    if not span:
        return []
    first, last = span
    blocks = w.blocks
    head = norm(title) if title else ""
    out = []
    # Above and at the top of the body first; a few sites sign off below the last paragraph.
    # The body's own last block may be a sign-off box ("Datum: ...<br>Autor: Jane Doe").
    if first < last < len(blocks) and BR in blocks[last].text:
        signed = _labelled_line(blocks[last].text)
        if signed:
            return [signed]
    # The body's own last line may be the byline ("Von Jane Doe", "(责编：...)").
    for i in [*range(max(first - 15, 0), min(first + 3, len(blocks))), *range(max(last, first + 3), min(last + 4, len(blocks)))]:
        b = blocks[i]
        t = " ".join(b.text.replace(BR, " ").split())
        if b.harvest and b.links > len(t) / 2:
            continue
        if len(t) < 150 and _byline_like(t) and norm(t) != head and not _AUTHOR_LABEL.fullmatch(t):
            out.append(t)
            break
        signed = _dated_signature(t) if len(t) < 100 else None
        if not signed and BR in b.text:
            signed = _labelled_line(b.text)
        if signed:
            out.append(signed)
            break
        # A label with the name in the next element: <h4>Autor</h4><p>Jane Doe</p>.
        if _AUTHOR_LABEL.fullmatch(t) and i + 1 < len(blocks) and len(blocks[i + 1].text) < 80:
            out.append(f"{t.rstrip(': ')}: {blocks[i + 1].text.replace(BR, ' ')}")
            break
    if not out:
        # A fact box below the story lists labelled lines, the label styled apart with no colon
        # ("<li><strong>Autorin/Autor</strong> Jane Doe</li>" beside "Datum 28.04.2023").
        for i in range(max(first - 15, 0), min(last + 16, len(blocks))):
            b = blocks[i]
            if b.harvest or b.links or len(b.text) >= 80:
                continue
            if name := _labelled_name(" ".join(b.text.replace(BR, " ").split())):
                out.append(name)
                break
    return out


_FACT_AUTHOR = re.compile(r"(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?|verfasser(?:in)?)"
                          r"(?:\s*/\s*(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?|verfasser(?:in)?))?"
                          r"\s*:?\s+(?P<name>[^:]{4,60}?)\s*:?", re.I)


def _labelled_name(t: str) -> str | None:
    """The full name of a labelled line "Autor Jane Doe" / "Autorin/Autor Jane Doe" (a label
    with its colon dropped or put after the name): only whole names of two to four words, so a
    sentence that opens with the word ("Author of three novels, ...") is not read as one."""
    m = _FACT_AUTHOR.fullmatch(t)
    if not m:
        return None
    names = fields.clean_author(m.group("name"))
    if names and all(_SIG_NAME.fullmatch(n) and n.split()[0].casefold() not in _ARTICLES for n in names):
        return ", ".join(names)
    return None


_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|\(?creative[ -]commons(?:[ -]lizenz| licen[cs]e)?\)?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?"
                        # "©RIPRODUZIONE RISERVATA", "© All Rights Reserved": the reservation, no owner.
                        r"(?!(?:copyright|all rights|alle rechte|tous droits|todos los|riproduzione|tutti i diritti|"
                        r"reproduction|derechos|rights)\b)"
                        r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|von|van|de|di|da|zu)){1,3})"
                        r"\s*(?:$|[•|,;·–—-]|\d{4}|alle rechte|all rights|tous droits)", re.I)


# The owner a copyright line names, whatever its shape ("© 2024 Example Media GmbH. Alle Rechte ...").
_COPYRIGHT_OWNER = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?"
                              r"(?!(?:copyright|all rights|alle rechte|tous droits|todos los|riproduzione|tutti i diritti)\b)"
                              r"(?P<name>[^\W\d_][^|•·,;©]{2,60}?)\s*(?:$|[|•·,;.]\s|[|•·,;]|\s[–—-]\s|\s\d{4}\b|"
                              r"alle rechte|all rights|tous droits|todos los derechos)", re.I)


def copyright_holders(w: Walker) -> tuple[list[str], list[str]]:
    """The person a page's copyright line names ("© 2006-2008 by Jane Doe", "(c) Jane Doe •
    Impressum"): on a personal site, the writer of every page. Companies are left to the
    name checks of the caller. And every owner such a line names, the site's own name among
    them, for telling a site's name from the headline in a <title>."""
    out, owners = [], []
    for b in w.blocks[-400:]:
        if len(b.text) >= 240:
            continue
        # Each line of a footer on its own: "(c) 2008 by Jane Doe<br>Hosted by ...".
        for line in b.text.split(BR):
            t = " ".join(line.split())
            if len(t) >= 160 or t[:1] not in "©(Cc":
                continue
            if (m := _COPYRIGHT.match(t)) and _person_shaped(m.group("name")):
                out.append(m.group("name"))
            if len(owners) < 4 and (m := _COPYRIGHT_OWNER.match(t)):
                owners.append(m.group("name").strip())
    for t in w.found.copyright:
        if m := _COPYRIGHT_OWNER.match(" ".join(t.split())):
            owners.append(m.group("name").strip())
    return out, owners


_HOME_WORDS = re.compile(r"home|startseite|accueil|inicio|portada|start|homepage|zur startseite|back to home", re.I)


def home_link_names(w: Walker, url: str | None) -> list[str]:
    """The text of a link to the site's front page at the page's head ("<a href='/'>Orchard
    Notes</a>"): the masthead, the site's name, where the markup states none."""
    root = re.match(r"[a-z]+://[^/]+", url or "")
    homes = {"/", "./", "/index.html", "/index.php"} | ({root.group(0), root.group(0) + "/"} if root else set())
    out = []
    for b in w.blocks[:40]:
        t = " ".join(b.text.split())
        if b.href and b.href.strip() in homes and b.nlinks == 1 and b.links >= len(t) - 1 and 3 <= len(t) <= 40 and len(t.split()) <= 5 \
                and not _HOME_WORDS.fullmatch(t):
            out.append(t)
            if len(out) >= 2:
                break
    return out


def _person_shaped(name: str) -> bool:
    """A name shaped like a person's, not a firm's or a body's: no article or adjective first
    ("Die Tagespresse", "Deutscher Handballbund"), no camel-cased brand ("KulturKaufhaus"), no
    long compound noun ("Landeshauptstadt")."""
    words = name.split()
    if words[0].casefold() in _ARTICLES or re.search(r"(?:isch|sch)(?:e|er|es)$", words[0]):
        return False
    return all(len(w) <= 12 and not re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", w) for w in words)


_ARTICLES = {"der", "die", "das", "the", "la", "le", "les", "el", "los", "il", "de", "het", "een", "a", "an"}


def signed_off(w: Walker, span: tuple[int, int] | None, text: str = "", title: str | None = None) -> list[str]:
    """Names set in bold or italics as a line of their own at the top or the foot of the body
    ("<p><strong>Jane Doe</strong></p>"): many small publishers sign stories so. Only full
    names count; a bold line of anything else is a subheading, and a subheading's words
    recur in the headline or the story (a product, a section), where a signature's do not."""
    if not span:
        return []
    first, last = span
    blocks = w.blocks
    # Also a signature closing the story where the body runs on into a headed box (a ticker,
    # an app promotion): the line just before a heading.
    # ("NUTRITIONAL INFORMATION" in capitals there is a label of the box.)
    # So is one followed by the story's numbered notes ("(1) These figures ...").
    closing = [i for i in range(first + 1, last) if blocks[i].emph and (
        blocks[i + 1].tag in HEADINGS or _NOTE_MARK.match(blocks[i + 1].text))][:2]
    top = range(first, min(first + 3, last + 1))
    for i in dict.fromkeys([*top, *range(max(last - 1, first), last + 1), *closing]):
        b = blocks[i]
        # Or set after a dash as the story's last line ("— Jane Doe"), the letter-writer's way.
        signed = b.emph or (i == last and _DASH_LEAD.match(b.text))
        if not signed or b.harvest or b.links or len(b.text) > 80 or (i not in top and b.text.isupper()):
            continue
        t = " ".join(b.text.replace(BR, " ").split()).strip(" .–—-")
        parts = [p for p in re.split(r"\s*(?:/|,|&|\band\b|\bund\b)\s*", t) if p]
        if not parts or not all(_SIG_NAME.fullmatch(p) and not re.search(r"\d", p) for p in parts):
            continue
        elsewhere = f"{title or ''} {text.replace(b.text, ' ', 1)}".casefold()
        if any(w.casefold() in elsewhere for p in parts for w in p.split() if len(w) > 3):
            continue
        return parts
    return []


_DASH_LEAD = re.compile(r"\s*[—–]\s*[A-ZÀ-Þ]")
_NOTE_MARK = re.compile(r"\s*(?:\(1\)|\[1\]|¹|1\))\s*\w")
_SIG_SEP = re.compile(r"\s*(?:[|·•–—]|\s-\s)\s*")
# Particles inside names: "Ursula von der Leyen", "Jean de la Fontaine", "Ana dos Santos".
_SIG_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|von|van|de|der|den|del|della|la|le|du|di|da|dos|"
                       r"zu|ter|ten|bin|ibn)){1,3}")


def _dated_signature(t: str) -> str | None:
    """The name a dateline carries: "04.02.2022 | 13:10 Uhr | Jane Doe", "25.10.2022 - Jane Doe",
    "05.02.2020 - Redaktion: Jane Doe (Sprecherin)". Only a date (and time) may come before the
    name, and the name must be a full one of two to four words: "12.03.2021 | Politik" is a section."""
    parts = _SIG_SEP.split(t.strip())
    if 2 <= len(parts) <= 4 and _SIG_NAME.fullmatch(parts[0]) and _person_shaped(parts[0]) and \
            re.match(r"\d", parts[1]) and fields.parse_date(parts[1]) and all(re.search(r"\d", p) for p in parts[2:]):
        # The name first: "Jane Doe | 05.04.2025 - Updated: 05.04.2025".
        return parts[0] if fields.clean_author(parts[0]) == [parts[0]] else None
    if not 2 <= len(parts) <= 4 or not fields.parse_date(parts[0]) or len(parts[0]) > 40:
        return None
    if any(not re.search(r"\d", p) or len(p) > 20 for p in parts[1:-1]):
        return None
    last = re.sub(r"\s*\([^)]*\)\s*$", "", parts[-1]).strip()
    if fields.BY_PREFIX.match(last):
        return last
    return last if _SIG_NAME.fullmatch(last) else None


_AUTHOR_LINE = re.compile(r"(?:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*:\s*(.+)", re.I)


def _labelled_line(text: str) -> str | None:
    """"Autor: Jane Doe" as one line of a box of labelled lines ("Datum: ...<br>Autor: ...<br>
    Quelle: ..."). Such boxes also hold places and times, so only a full name counts."""
    for ln in text.split(BR):
        m = _AUTHOR_LINE.fullmatch(" ".join(ln.split()))
        if m and len(ln) < 80:
            names = fields.clean_author(m.group(1))
            if names and all(_SIG_NAME.fullmatch(n) for n in names):
                return ", ".join(names)
    return None


_AUTHOR_LABEL = re.compile(r"(?:autor(?:in|en)?|author|authors|auteur|autore|verfasser(?:in)?|von|by|text|texte)\s*:?", re.I)


_DATELINE_YEAR = re.compile(r"\b(?:19|20)\d{2}\s*[|–—:,-]")
_PICTURE_LINE = re.compile(r"\s*(?:abbildung|foto|bild|grafik|photo|picture|image|illustration|credit)s?\s*:", re.I)
_UPDATED_LINE = re.compile(r"\b(?:mis à jour|updated?|aktualisiert|geändert|actualizad[oa]|aggiornat[oa]|"
                           r"bijgewerkt|atualizad[oa]|modifié)\b", re.I)


def visible_date(w: Walker, span: tuple[int, int] | None, title: str | None, month_first: bool = False) -> str | None:
    """A date written near the article: in the lines just above or at the top of the body,
    then just below it (some sites print it at the end), then in the headline."""
    parse = partial(fields.parse_date, month_first=month_first)
    blocks = w.blocks
    first, last = span if span else (0, len(blocks) - 1)
    updated = None

    def dated(i: int) -> str | None:
        nonlocal updated
        if not 0 <= i < len(blocks):
            return None
        b = blocks[i]
        text = b.text.replace(BR, " ")
        if len(text) >= 160 or (b.harvest and b.links) or _PICTURE_LINE.match(text):
            return None  # a picture's caption dates the picture
        d = parse(text)
        u = _UPDATED_LINE.search(text) if d else None
        if u and re.search(r"\d", text[:u.start()]):
            return d  # "Written: May 1 / Updated: May 3": the first date is the original
        if u and (m := _PUBLISHED_LABEL.search(text)):
            return parse(text[m.start():]) or d  # "Updated May 3 · Published May 1"
        if u:
            # "Article mis à jour le ...": the story is older; only if nothing else is dated.
            updated = updated or d
            return None
        return d

    near = list(range(first, max(first - 40, -1), -1)) + list(range(first + 1, min(first + 8, last + 1, len(blocks))))
    # A line that is only a publication label and a date ("Datum 28.04.2023", "Published: 3 May
    # 2023") is the story's date wherever near it stands; an unlabelled dated line above the
    # story may be a picture's caption ("Tanks near Bakhmut, 24 April 2023").
    for i in [*near, *range(last + 1, min(last + 15, len(blocks)))]:
        b = blocks[i] if 0 <= i < len(blocks) else None
        if b is not None and not b.harvest and len(b.text) < 60 and _DATE_LABEL.match(b.text) and (d := dated(i)):
            return d
    for i in near:
        if d := dated(i):
            return d
    for i in range(first, min(first + 6, len(blocks))):
        # "01.02.2022 – The minister said ...", "Pressemitteilung vom 3. Mai 2021 | Berlin – ...";
        # not a date inside the first sentence ("In his post of 5 January 2015 he argued").
        t = blocks[i].text
        if (dated_start(t) or _DATELINE_YEAR.search(t[:44])) and (d := parse(t[:40])):
            return d
    # Where the story's region is the whole page (a theme printing PHP warnings above it), the
    # headline still stands where it is printed, and its date line just under it.
    if first == 0 and title and (head := _headline_block(blocks, title)) is not None:
        for i in range(head + 1, min(head + 3, len(blocks))):
            if d := dated(i):
                return d
    # Some sites print the date below the story; reader comments there carry their own.
    for i in range(last + 1, min(last + 15, len(blocks))):
        if d := dated(i):
            return d
    if updated:
        return updated
    d = parse(title) if title else None
    if d:
        return d
    # Last resort: the first short dated line anywhere outside the page furniture.
    for b in blocks:
        if not b.harvest and len(b.text) < 100 and b.links < 0.5 * len(b.text):
            d = parse(b.text)
            if d:
                return d
    return None


def _headline_block(blocks, title: str) -> int | None:
    """The first block in the page's text that reads as the headline the title states."""
    nt = norm(title)
    for i, b in enumerate(blocks[:200]):
        if not b.harvest and len(b.text) >= 12 and (nb := norm(b.text)) and len(nb) >= 0.5 * len(nt) and nb in nt:
            return i
    return None


_DATE_LABEL = re.compile(r"\s*(?:datum|date|published|publiziert|veröffentlicht|erschienen|publié|publicado|pubblicato|"
                         r"gepubliceerd|publicerad)(?:\s+(?:am|on|le|el|il|op|den))?\s*:?\s*"
                         r"(?=\d|[^\W\d_]{3,12}\.?,?\s+\d)", re.I)  # "3. Mai", "May 3", "Monday, 3 May"


_AUTHOR_WORD = re.compile(r"author", re.I)
_SCRIPT_SCAN_END = 3_000_000
# A SCRIPT_AUTHOR match holds the word within its first 10 characters ('"content_author').
_AUTHOR_LEAD = 9


# Authors as objects in page-state JSON: "authors": [{"name": ...}] (Next.js __NEXT_DATA__),
# "author": {"node": {"name": ...}} (WPGraphQL), "credits": {"by": [{"type": "author", ...}]} (Arc).
_SCRIPT_AUTHOR_VALUE = re.compile(r'"(?:authors?|creators?|credits"\s*:\s*\{\s*"by)"\s*:\s*(?=[\[{])')
_NAME_KEYS = ("name", "displayName", "display_name", "byline")
_DECODER = json.JSONDecoder()


def _object_names(value, depth: int = 0) -> list[str]:
    if isinstance(value, list):
        return [n for v in value[:8] for n in _object_names(v, depth)]
    if not isinstance(value, dict) or depth > 1:
        return []
    kind = str(value.get("@type") or value.get("type") or value.get("__typename") or "").casefold()
    if "organi" in kind:
        return []  # the publisher or a desk, not a writer
    for k in _NAME_KEYS:
        if isinstance(value.get(k), str) and value[k].strip():
            return [value[k].strip()]
    return _object_names(value.get("node"), depth + 1)


def _script_author_objects(html: str) -> list[str]:
    for m in _SCRIPT_AUTHOR_VALUE.finditer(html, 0, _SCRIPT_SCAN_END):
        try:
            value, _ = _DECODER.raw_decode(html[m.end():m.end() + 5000])
        except ValueError:
            continue
        names = [n for n in _object_names(value) if len(n) <= 80]
        if names:
            return names[:6]
    return []


def script_authors(html: str) -> list[str]:
    """Author names in the page's data scripts (analytics layers, page state)."""
    # SCRIPT_AUTHOR starts with an optional quote and an alternation, which gives the regex
    # engine no first character to skip to: run over every position of a large page it was
    # ~40% of extract's CPU time. It is tried only where the word is, start positions in
    # increasing order past the last match: the same matches, in finditer's order.
    out: list[str] = []
    next_start = 0
    for word in _AUTHOR_WORD.finditer(html, 0, _SCRIPT_SCAN_END):
        for start in range(max(next_start, word.start() - _AUTHOR_LEAD), word.start() + 1):
            m = SCRIPT_AUTHOR.match(html, start, _SCRIPT_SCAN_END)
            if m:
                out.append(m.group(2))
                if len(out) >= 3:
                    return out
                next_start = m.end()
                break
        else:
            next_start = max(next_start, word.start() + 1)
    return out or _script_author_objects(html)


def resolve_people(meta: PageMeta, found, extra: dict, html: str = "") -> tuple[list[str], list[str]]:
    credits: list[str] = []
    sources = [*meta.authors_ld, *meta.orgs_ld, *found.bylines, *extra["bylines"], *meta.authors_meta]
    for s in sources:
        for c in fields.find_credits(s):
            if c not in credits:
                credits.append(c)
    for c in extra["credits"]:
        if c not in credits:
            credits.append(c)
    sites = tuple(site_names(meta, None))
    clean = lambda raw, loose=False: fields.clean_author(raw, loose=loose, house=sites)
    authors: list[str] = []
    # The first byline on the page is the article's; later ones belong to teasers and bios.
    first_byline: list[str] = []
    for raw in found.bylines:
        first_byline = clean(raw) if len(raw) <= 120 else []
        if not first_byline and len(raw) > 120:
            first_byline = [n for t in found.author_links[:3] for n in clean(t)]
        # An author box: the name, then a profile ("Jane Doe Follow Reporterin für ...").
        if not first_byline and len(raw) > 120 and (stop := fields.NOT_NAME_WORD.search(raw[:60])):
            first_byline = clean(raw[:stop.start()])[:1] if stop.start() > 0 else []
        if first_byline:
            break
        if len(raw) <= 120 and (d := _house_name(raw)) and _DESK.fullmatch(d):
            break  # the byline names a desk ("vom Support Team"): later ones are teasers'
    visible = [n for raw in extra["bylines"] for n in clean(raw)]
    near = [n for raw in extra["near_bylines"] for n in clean(raw)]
    rel = [n for raw in found.rel_authors[:3] for n in clean(raw, loose=True)]
    links = [n for raw in found.author_links[:2] for n in clean(raw, loose=True)]
    stated = [n for raw in meta.authors_ld + meta.authors_meta for n in clean(raw, loose=True)]
    house = {_name_key(x) for x in [*meta.site_names, *meta.orgs_ld] if x}
    # A name the page labels as the editor ("Editor: Jane Doe") is not the writer, though
    # some CMSs state the last editor as the author in their metadata.
    editors = {_name_key(n) for raw in (*found.bylines[:6], *extra["bylines"][:3], *extra["near_bylines"])
               if (m := _EDITOR_LINE.match(raw)) for n in clean(m.group(1))}
    # The site's own name as author is the house byline: a last resort, after visible names.
    site_keys = {_site_key(x) for x in sites} - {""}
    ld = [a for a in meta.authors_ld if _site_key(a) not in site_keys]
    stated_meta = [a for a in meta.authors_meta if _site_key(a) not in site_keys]
    # A desk or handle the page states outranks a guess from a line that merely reads "von ...".
    # Later groups are weaker witnesses, each computed only when all before it named nobody.
    late = (lambda: [n for raw in extra.get("signoff", []) for n in clean(raw)],
            # A desk the byline markup names ("vom Support Team") outranks commenters' names.
            lambda: [d for raw in found.bylines[:2] if (d := _house_name(raw)) and _DESK.fullmatch(d)][:1],
            lambda: _structured_house(meta, site_keys), lambda: near,
            lambda: _structured_house(meta),
            # Three or more bylines in the furniture are a list (commenters, teasers), not the byline.
            lambda: _aside_names(found.aside_bylines, clean),
            # One word in a script is as often a form label ("Name") as a name.
            lambda: [n for raw in script_authors(html) for n in clean(raw) if len(n.split()) >= 2])
    # A desk the metadata states ("Web Team", "Online-Redaktion") is the CMS's account where the
    # byline prints a person: the printed writer is the author, the desk only the uploader.
    # (Only a byline that reads "By ..." and names people, not the site: a heading over an author
    # box, "Zur Person", or the site's name in the byline element is no such witness.)
    by_line = next((r for r in found.bylines if len(r) <= 120 and clean(r)), "")
    printed_person = [n for n in first_byline if fields.BY_PREFIX.match(by_line) and len(n.split()) >= 2
                      and _site_key(n) not in site_keys and not _DESK.fullmatch(" ".join(n.split()))]
    for group in (ld, first_byline, visible, stated_meta, rel, links, *late):
        if callable(group):
            group = group()
        if (group is ld or group is stated_meta) and group and printed_person and all(
                _DESK.fullmatch(" ".join(a.split())) for a in group):
            continue
        for name in group:
            structured = group is ld or group is stated_meta
            desk = structured and _DESK.fullmatch(" ".join(name.split())) and _house_name(name)
            for n in ([desk] if desk else _stated_names(name, clean)) if structured else [name]:
                # A visible byline runs into the job line ("Jane Doe Lifestyle [Writer]"); the
                # name the page states in its metadata shows where the name ends.
                n = next((m for m in stated if n.startswith(m + " ") and len(m.split()) >= 2), n)
                if _CMS_ACCOUNT.fullmatch(n) or _PLACEHOLDER.fullmatch(n) or _name_key(n) in editors:
                    continue  # the CMS's default account names no one; a later witness may
                if all(_name_key(a) != _name_key(n) for a in authors):
                    authors.append(n)
        # The publisher beside bylined people is no person; alone, it is the page's house byline.
        people = [a for a in authors if _name_key(a) not in house]
        authors = people or authors
        if authors:
            break
    # Independent witnesses: JSON-LD, meta tags, the byline markup (its text, rel=author and
    # author links are the same elements), and byline lines read from the text.
    authors = _confirmed(authors, house, [
        [n for a in ld for n in _stated_names(a, clean)],
        [n for a in stated_meta for n in _stated_names(a, clean)],
        first_byline or [*rel, *links], [*visible, *near]])
    if not authors:
        authors = house_byline(meta, found, extra)
    if not authors:
        # A personal site signs nothing but its copyright line: "© 2008 by Jane Doe".
        authors = [n for n in extra.get("copyright", [])[:1] for n in clean(n)][:1]
    # Profiles often state only a first name ("Nils") where the byline spells it out ("Eine
    # Kolumne von Nils Pickert"): the fuller name another witness gives is the author.
    fuller = [n for n in (*first_byline, *visible, *near, *links, *rel) if 2 <= len(n.split()) <= 4]
    for i, a in enumerate(authors):
        # Only a first name so spelled: "SID" is an agency, not half of "SID Nachrichtenagentur".
        if len(a.split()) == 1 and a[:1].isupper() and a[1:].islower() and not fields.agency_name(a):
            full = next((n for n in fuller if n.split()[0].casefold() == a.casefold()), None)
            if full and all(_name_key(full) != _name_key(x) for x in authors):
                authors[i] = full
        # The metadata's user handle ("jane-doe") is the name the byline prints ("Jane Doe").
        elif " " not in a and a.islower() and (full := next((n for n in fuller if _name_key(n) == _name_key(a)), None)):
            authors[i] = full
    # One witness may list only the first of several authors (JSON-LD with one Person, a
    # byline cut at "and"); another that names all of them and more is the fuller record.
    have = {_name_key(a) for a in authors}
    # Author links name each person apart where the byline runs them together ("Jane DoeJohn
    # Roe"); only links whose names that byline spells out are its own (not teasers' links).
    line = next((r.casefold() for r in found.bylines[:3] if any(a.casefold() in r.casefold() for a in authors)), "")
    named_links = list(dict.fromkeys(n for raw in found.author_links[:6] for n in clean(raw) if n.casefold() in line))
    # Metadata may state all of them where the byline line runs names and job titles together
    # ("By Jane Doe News Reporter John Roe News Reporter ..."): a fuller list there counts when
    # the printed byline spells every name of it (metadata also lists the publisher, "Condé Nast").
    printed = " ".join((*found.bylines[:3], *extra["bylines"][:2])).casefold()
    meta_names = [names for names in ([n for a in ld for n in _stated_names(a, clean)],
                                      [n for a in stated_meta for n in _stated_names(a, clean)])
                  if printed and all(n.casefold() in printed for n in names)]
    for other in (first_byline, visible, named_links, *meta_names):
        keys = [_name_key(n) for n in other]
        if have and have < set(keys) and len(set(keys)) == len(keys) <= 6 and not (set(keys) & house):
            authors, have = list(other), set(keys)
    return fields.wires_to_credits(authors, credits)[:10], credits


# "Redaktion" without a colon is part of the desk's name ("Redaktion Kreisblatt"), with one a label.
# Default accounts of blog software ("admin", "wordpressadmin", "Administrator", "webmaster").
_CMS_ACCOUNT = re.compile(r"\w{0,12}admin|administrator|webmaster|site ?admin", re.I)
_EDITOR_LINE = re.compile(r"^\s*(?:editor|edited by|editado por|edición|editing by|penyunting|redigiert von)\s*:?\s*(.+)",
                          re.I)
# Words a CMS or a desk writes where no one is named: "red." (Redaktion), "publisher", "anónimo".
_PLACEHOLDER = re.compile(r"red\.?|publisher|author|autor|editor|anonymous|anonym|anonyme|an[oó]nimo|anonimo|"
                          r"unbenannt|untitled|unknown|no author|none|null|n/?a", re.I)
_HOUSE_LEAD = re.compile(r"^\s*(?:(?:by|von|par|por|door|author|autor(?:in)?|auteur|text)\s*:?\s+|redaktion\s*:\s*)", re.I)
# A desk named as such ("Kreisblatt Redaktion", "Redaktion Kreisblatt", "Support Team") is one
# author under that whole name; cutting the desk word leaves the bare publisher.
_DESK = re.compile(r"[^\s,;|]+(?: [^\s,;|]+){0,3}[ -](?:\w*redaktion|(?:web|online|support|editorial)?team)|(?:redaktion|redacción|rédaction) [^\s,;|]+(?: [^\s,;|]+){0,3}", re.I)
_HOUSE_CUT = re.compile(r"\s*(?:[|•·,;]|\s[-–—]\s|\s(?:am|on|le|el|in|im|um|at)\s+\S*\d|\s(?:under|filed under)\b).*$")


def _confirmed(authors: list[str], house: set[str], witnesses: list[list[str]]) -> list[str]:
    """The people two witnesses agree on, where the chosen ones have no witness but their own.

    Metadata and the visible byline sometimes name different people: a CMS states the account
    that uploaded the story, a theme prints a profile box first. Names that a second witness
    repeats (the meta author and the printed "par Jane Doe") outweigh names only one states.
    """
    keys = [{_name_key(n) for n in w} - house for w in witnesses]
    have = {_name_key(a) for a in authors}
    own = [k for k in keys if have & k]
    if len(own) != 1 or not have <= own[0]:
        return authors  # confirmed by a second witness, or not from these witnesses at all
    best, best_support = None, 1
    for w, k in zip(witnesses, keys):
        # Only full names: "Brazil, Rachel" split at its comma confirms nothing.
        if not k or k & have or len(k) > 6 or any(len(n.split()) < 2 for n in k):
            continue
        support = sum(1 for o in keys if k <= o)
        if support > best_support:
            best, best_support = w, support
    if best is None:
        return authors
    return list(dict.fromkeys(n for n in best if _name_key(n) not in house))


def _stated_names(raw: str, clean) -> list[str]:
    """Names in an author field of the metadata. A wire service stated there ("Associated
    Press", "Jane Doe, dpa", "kmt/dpa") is a credit, as the contract has it: the credit list
    already takes it from the same field, and ``resolve_people`` keeps agencies out of authors."""
    if fields.CREDIT_CODES.fullmatch(raw.strip()) and fields.find_credits(raw):
        return []  # "det/dpa": the desk's initials with the wire, a credit, no person
    # "Lindholm, Mara": a catalogue's order (library and journal systems), one person; read as
    # a list it is two one-word names.
    m = _SURNAME_FIRST.fullmatch(raw.strip())
    if m and not fields.agency_name(m.group(1)):
        return clean(f"{m.group(2)} {m.group(1)}", loose=True)
    return clean(raw, loose=True)


_SURNAME_FIRST = re.compile(r"([A-ZÀ-Þ][\w'’-]+),\s*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ]\.)?)")


def _aside_names(raws: list[str], clean) -> list[str]:
    """Names from bylines inside page furniture; three or more different people there are a
    list (commenters, teasers of other stories), not the article's byline."""
    names = [n for raw in raws if len(raw) < 120 for n in clean(raw)]
    counts = Counter(_name_key(n) for n in names)
    # Teasers by the same two writers repeat them ("Von Jane Doe · 3", "Von John Roe · 8",
    # "Von Jane Doe · 1"): names that take turns over three or more bylines are a list too,
    # where the article's own author box repeats one name over most of them.
    if len(counts) >= 3 or (len(counts) == 2 and len(names) >= 3 and 2 * max(counts.values()) <= len(names)):
        return []
    return [n for raw in raws[:2] if len(raw) < 120 for n in clean(raw)]


def _structured_house(meta: PageMeta, skip: set[str] = frozenset()) -> list[str]:
    """The author the metadata states when it names no person by the usual rules: an
    editorial desk ("Redaktion", "PETA-Team"), a user handle, a name the rules reject
    ("Mobasir hassan"). Names in ``skip`` (the site's own) are left out."""
    for raw in (*meta.authors_ld, *meta.authors_meta, *meta.orgs_ld):
        name = _house_name(raw)
        if name and _site_key(name) not in skip:
            return [name]
    return []


def house_byline(meta: PageMeta, found, extra: dict) -> list[str]:
    """The byline text of visible byline elements, whole, when no person was found in it."""
    marked = [t for t in extra["near_bylines"] if fields.BY_PREFIX.match(t)]
    for raw in (*found.author_links[:2], *found.rel_authors[:2], *found.bylines[:2], *extra["bylines"][:1], *marked):
        name = _house_name(raw)
        if name:
            return [name]
    return []


def _house_name(raw: str, agency: bool = False) -> str | None:
    s = " ".join(html.unescape(raw or "").split())
    s = fields.BY_PREFIX.sub("", _HOUSE_LEAD.sub("", s))
    s = _HOUSE_CUT.sub("", s).strip(" .:-–—")
    # "By Associated Press 12:20pm Jan 7, 2024": the time stamp after the byline is none of it.
    s = re.sub(r"\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?(?:\W.*)?$", "", s, flags=re.I).strip(" .:-–—/")
    if not s or len(s) > 50 or len(s.split()) > 5 or re.search(r"https?:|www\.|@|^\W|\d{5}|^[\d\W]+$", s):
        return None
    words = s.split()
    if len(words) > 1 and words[0][:1].islower() and sum(1 for w in words if w[:1].islower()) > len(words) / 2:
        return None  # "von da an wie oben": prose, not a desk or a handle (caseless scripts pass)
    if _PLACEHOLDER.fullmatch(s):
        return None
    if (fields.agency_name(s) and not agency) or fields.parse_date(s) or BOILER_LINE.match(s) or _NOT_HOUSE.search(s) or (
            fields.NOT_NAME_WORD.search(s)):
        return None
    return s


# A company by its legal form is the site's operator or web agency, not a byline; a photo
# credit is no author.
_NOT_HOUSE = re.compile(r"\b(?:gmbh|ag|eg|se|inc|ltd|llc|plc|s\.?a|kg|co)\b\.?$|"
                        r"^(?:photo|foto|фото|bild|image)|^(?:grafik|infografik|graphics?|videos?|kamera|camera)\b|"
                        # "zvg" (zur Verfügung gestellt): a picture handed in by its subject, Swiss usage.
                        r"^(?:no author|unknown|anonymous|anonym|none|null|n/?a|zvg)$",
                        re.I)


def _name_key(name: str) -> str:
    """Comparable form of a name or handle: "sophie-foster" ~ "Sophie Foster", and a site name
    with its host in brackets ~ the plain name."""
    name = re.sub(r"\(.*?\)", " ", name)
    return " ".join(re.sub(r"[-_.]+", " ", name).casefold().split())


def _site_key(name: str) -> str:
    """A site's name as its host and handle spell it: "El Diario", "ElDiario", "eldiario.com"
    and "el_diario" are one name."""
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.casefold().strip())
    name = re.sub(r"\.[a-z]{2,6}(?:/.*)?$", "", name)
    return re.sub(r"[\W_]+", "", name)


def resolve_section(meta: PageMeta, found) -> str | None:
    if meta.section and not meta.section.startswith("http"):
        return meta.section.strip()
    crumbs = [c for c in found.breadcrumbs if c and len(c) < 60]
    if len(crumbs) >= 2:
        return crumbs[-2] if len(crumbs) > 2 else crumbs[-1]
    return None


_CREDIT_LABEL = re.compile(r"^\(?\s*(?:bildrechte|bildquelle|quelle|sources?|bron|fuente|crédits?|credits?|"
                           r"(?:image|photo|foto|bild) ?credits?|photo(?:graph)?|fotos?|bild|image|illustration|"
                           r"grafik|graphic)\s*(?::|by\b|von\b|par\b)\s*[^.!?]{0,80}\)?$", re.I)
# A chart's or table's source line ("Source: National Statistics Office, Energy Administration",
# "Quelle: Natl Inst. for ..."): longer than a photo credit and with abbreviation stops inside,
# but still no sentence (no stop before a capitalised word).
_SOURCE_LABEL = re.compile(r"^\(?\s*(?:sources?|quellen?|fuentes?|bron|fonte|źródło)\s*:\s*"
                           r"(?:[^.!?]|\.(?=\s*(?-i:[a-z(])))+\)?$", re.I)
_PHOTO_AGENCY = re.compile(r"getty|imago|picture[ -]alliance|shutterstock|istock|keystone|alamy", re.I)


def credit_only(text: str) -> bool:
    """A photo credit standing alone where a caption would be ("Photograph: Jane Doe",
    "STR/AFP via Getty Images"): credits are no captions."""
    if _CREDIT_LABEL.match(text):
        return True
    short = len(text) <= 60 and len(text.split()) <= 6 and "/" in text and not text.endswith((".", "!", "?"))
    return short and bool(_PHOTO_AGENCY.search(text) or fields.find_credits(text))


# A clip's label in a player's caption box: its running time up front ("01:48 min ...",
# "Video 03:07 Min. | ..."), a running-time label ("Laufzeit 8 Minuten", "Duration: 2:10"), or
# the running time beside how long the clip stays online ("02:57 Min. . Verfügbar bis ...").
# A photo has no running time; a clip's own caption may close on a "date | 2:43 min" stamp.
_CLIP_LABEL = re.compile(
    r"^(?:(?:video|audio|podcast|clip)\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|mins|minutes?|minuten)\b|"
    r"\b(?:laufzeit|spieldauer|running time|duration|durée|duración|durata)\s*:?\s*\d|"
    r"\d{1,2}:\d{2}\s*min\W{0,6}(?:verfügbar bis|available until|disponible jusqu)", re.I)


def resolve_captions(found, ld_captions: list[str] = ()) -> list[str]:
    out: list[str] = []
    # Captions printed on the page first; JSON-LD image captions when the page shows none.
    for text, harvested in found.captions or [(c, False) for c in ld_captions]:
        cap, _credit = fields.split_caption_credit(text)
        if len(cap) < 3 or BOILER_LINE.match(cap) or credit_only(cap) or _CLIP_LABEL.search(cap) or (
                len(cap) <= 160 and _SOURCE_LABEL.match(cap)):
            continue
        if cap not in out:
            out.append(cap)
    return out[:50]


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{16,}$", re.I)
_HOSTLIKE = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")


_TOPIC_LABEL = re.compile(r"^(?:category|section|tags?|topics?|subjects?|keywords?|themen?|rubrik)\s*:\s*", re.I)
_LABELLED = re.compile(r"^[\w .-]{1,30}:\s*\S")
_CODE = re.compile(r"^[A-Z0-9]{1,6}/?$")
_TAXO_PATH = re.compile(r"^[a-z_-]{2,30}/[^/]")


def tag_items(values: list[str]) -> list[str]:
    values = [html.unescape(" ".join(v.split())).strip(" #,;|") for v in values]
    # CMS keyword fields sometimes hold "Label: value" pairs (analytics dimensions beside the
    # topics): only topic-labelled ones are tags, and their unlabelled neighbours are facets too.
    labelled = sum(1 for v in values if _LABELLED.match(v))
    if labelled >= 2 and labelled >= 0.4 * len(values):
        values = [v for v in values if _TOPIC_LABEL.match(v)]
    # Wire-service subject codes ("AER", "INDG08") are for machines, not readers.
    if len(values) >= 3 and sum(1 for v in values if _CODE.match(v)) >= 0.6 * len(values):
        return []
    # "organization/lundsberg", "topic/...": a list of taxonomy paths; each leaf is the tag. A
    # lone "Technik/Hardware" among plain tags is itself the tag.
    paths = sum(1 for v in values if _TAXO_PATH.match(v))
    leaves = paths >= 2 and paths >= 0.6 * len(values)
    out = []
    for v in values:
        # "深空探测 探月工程 ..." : CJK keyword lists are often separated by spaces only.
        # Korean writes spaces between words, so a Hangul phrase stays whole.
        parts = v.split() if _HAN_KANA.search(v) and " " in v and "," not in v and not _HANGUL.search(v) else [v]
        for t in parts:
            t = _TOPIC_LABEL.sub("", t)
            # A lower-case slug path ("deportes/formula-1") is a taxonomy path even alone.
            if _TAXO_PATH.match(t) and (leaves or (t.islower() and " " not in t)):
                t = t.rstrip("/").rsplit("/", 1)[-1]
            if not t or len(t) > 60 or _UUID.search(t) or _HOSTLIKE.match(t) or ":" in t:
                continue
            out.append(t)
    return out


_SCRIPT_TAGS = re.compile(r'"(?:keywords|tags|tag|topics)"\s*:\s*(?=[\[{"])')
_TAG_NAME_KEYS = ("name", "title", "label", "text", "displayName", "value")


def _tag_list(value) -> list[str] | None:
    """Tag names from a script value: ["a", "b"], [{"name": "a"}, ...], "a, b" or {"tags": [...]}."""
    if isinstance(value, dict):
        inner = value.get("tags") or value.get("keywords")
        return _tag_list(inner) if isinstance(inner, list) else None
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()] if "," in value else None
    if not isinstance(value, list) or not value:
        return None
    out = []
    for it in value[:60]:
        if isinstance(it, str):
            out.append(it)
        elif isinstance(it, dict):
            name = next((it[k] for k in _TAG_NAME_KEYS if isinstance(it.get(k), str)), None)
            if name is None:
                return None
            out.append(name)
        else:
            return None
    return out


def script_tags(tree) -> list[list[str]]:
    """Tag lists in the page's own data scripts (page-state JSON, analytics data layers), which
    script-rendered sites fill instead of meta tags. Values are parsed as JSON where they start,
    so a nested object's braces cannot leak into the list."""
    decoder = json.JSONDecoder()
    found: list[list[str]] = []
    budget = 3_000_000
    for node in tree.css("script"):
        if (node.attrs.get("type") or "").casefold() == "application/ld+json":
            continue
        raw = node.text() or ""
        budget -= len(raw)
        if budget < 0 or len(found) >= 8:
            break
        for m in _SCRIPT_TAGS.finditer(raw):
            try:
                value, _ = decoder.raw_decode(raw, m.end())
            except ValueError:
                continue
            items = _tag_list(value)
            if items and all(len(t) <= 60 for t in items):
                found.append(items)
            if len(found) >= 8:
                break
    return found


def headed_tag_lists(w: Walker) -> list[list[str]]:
    """Link lists under a "Topics"/"Mehr lesen über" heading anywhere on the page."""
    groups = []
    blocks = w.blocks
    for i, b in enumerate(blocks):
        if len(b.text) > 40 or b.links > 0.5 * len(b.text) or not TAGS_HEAD.match(b.text):
            continue
        items = []
        for nb in blocks[i + 1:i + 41]:
            # A row of links with no separator between them ("UkraineRusslandPutin") is one
            # block: its link texts are the items.
            row = [a for a in nb.anchors if a] if nb.nlinks > 1 else []
            if row and sum(map(len, row)) >= 0.9 * len(nb.text.replace(" ", "")) - len(row):
                items.extend(row)
                continue
            if nb.links < 0.7 * len(nb.text) or len(nb.text) > 60:
                break
            items.append(nb.text.replace(BR, " ").strip())
        if items:
            groups.append(items)
    return groups


_TAG_ACTION = re.compile(r"\b(?:bearbeiten|verwalten|edit|manage|folgen|follow|abonnieren|subscribe)\b", re.I)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def resolve_tags(meta: PageMeta, found, title: str | None, url: str | None,
                 script_lists=None, text: str = "") -> list[str]:
    """Topic tags. Publishers state them in several places that disagree: keyword meta tags,
    article:tag/news_keywords, JSON-LD, and a visible tag list. Prefer the source a visible
    list confirms; distrust keyword lists that merely repeat the headline's words (SEO slugs)."""
    def dedupe(items: list[str]) -> list[str]:
        seen: set[str] = set()
        res = []
        for t in items:
            k = t.casefold()
            if k not in seen and not BOILER_LINE.match(t):
                seen.add(k)
                res.append(t)
        return res[:40]

    # Tag elements come as lists, or one element per tag (<a rel="tag">): single ones join up.
    singles = [g[0] for g in found.tag_groups if len(g) == 1]
    groups = []
    for group in [g for g in found.tag_groups if len(g) > 1] + ([singles] if singles else []):
        # A list of headlines is a teaser box, not tags.
        items = [t for t in group if len(t.split()) <= 5 and len(t) <= 50]
        if items and len(items) >= 0.6 * len(group):
            groups.append(dedupe(items))
    def topical(t: str) -> bool:
        # A bare number is a CMS id, "(3)" a count, "editors_pick" a machine flag, "Themen
        # bearbeiten" a button: none is a topic.
        t = t.strip()
        return not (re.fullmatch(r"\d{4,}|\(?\d+\)?|[a-z]+_[a-z_]+", t) or _TAG_ACTION.search(t))
    groups = [[t for t in g if topical(t)] for g in groups]
    groups = [g for g in groups if g]
    # A list that holds another list and more is the site's section menu; the smaller one
    # is this article's selection from it.
    keys = [{t.casefold() for t in g} for g in groups]
    groups = [g for g, k in zip(groups, keys) if not any(o < k for o in keys)] or groups
    visible = {t.casefold() for g in groups for t in g}
    # Accents folded: URL slugs drop them ("policia" for "policía").
    words = set(re.findall(r"\w+", _fold(f"{title or ''} {url or ''}")))
    best, best_score = [], -1.0
    for rank, source in enumerate((meta.keywords_loose, meta.keywords, meta.keywords_ld)):
        items = dedupe([t for t in tag_items(source) if topical(t)])
        if not items:
            continue
        # SEO keyword stuffing cuts the headline into single words; editorial tags that merely
        # share the headline's words are phrases ("ung thư ruột non").
        is_slug = [t.islower() and " " not in t and set(re.findall(r"\w+", _fold(t))) <= words for t in items]
        slug = sum(is_slug)
        # A taxonomy export ("topic/...") is editorial even when its leaves repeat the slug.
        taxonomy = sum(1 for v in source if _TAXO_PATH.match(v)) >= 0.6 * len(source)
        if slug >= 0.5 * len(items) and len(items) >= 3 and not taxonomy:
            continue
        if slug >= 3 and not taxonomy:
            # Editorial tags with the headline's words appended for search engines, as a run of
            # three or more: drop the run (a lone lower-case tag that is also a headline word stays).
            run, best_run = [], []
            for k, flag in enumerate(is_slug + [False]):
                if flag:
                    run.append(k)
                else:
                    best_run = run if len(run) > len(best_run) else best_run
                    run = []
            if len(best_run) >= 3:
                items = [t for k, t in enumerate(items) if k not in best_run]
        confirmed = sum(1 for t in items if t.casefold() in visible)
        score = confirmed - 0.01 * rank
        # A source that is another's list and more adds site or search-engine variants
        # ("Bhopal news today"); with no more visible support, the smaller list is the editors'.
        if best and score >= best_score - 0.05 and {t.casefold() for t in items} < {t.casefold() for t in best}:
            best, best_score = items, score
        elif score > best_score:
            best, best_score = items, score
    if best:
        return best
    if groups:
        # Of several visible lists, the one whose topics the article mentions is its own; a
        # trending or section bar mentions other stories.
        body = f"{title or ''} {text}".casefold()
        def mentioned(g: list[str]) -> float:
            return sum(1 for t in g if t.casefold() in body) / len(g)
        return max(groups, key=lambda g: (mentioned(g), -groups.index(g)))
    # Last: the page's data scripts. The first list that yields readable tags wins (named tag
    # fields there are editorial, so headline words are no sign of an SEO slug).
    # Scanning every script costs time: done only when nothing else named tags (a callable).
    for source in (script_lists() if callable(script_lists) else script_lists or []):
        items = dedupe([t for t in tag_items(source) if topical(t)])
        if items:
            return items
    return []


def resolve_related(found, extra_related: list, base: str | None) -> list[Related]:
    out: list[Related] = []
    seen: set[str] = set()
    for title, href in [*found.related, *extra_related]:
        title = " ".join(title.split())
        if not title or title.casefold() in seen or len(title) > 300:
            continue
        seen.add(title.casefold())
        link = urljoin(base, href) if base and href else href
        out.append(Related(title=title, url=link))
    return out[:50]


def resolve_language(meta: PageMeta, text: str) -> str | None:
    if meta.language:
        code = meta.language.replace("_", "-").split("-")[0].strip().casefold()
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return detect_language(text)
