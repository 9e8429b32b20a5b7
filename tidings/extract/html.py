"""HTML page -> Article: parse once (lexbor), read metadata, walk once, pick the article region.

The region is chosen the way Readability does it, by scoring containers on the paragraphs
they hold (length, commas, link density) and then admitting sibling containers that look
like more of the same article. Fields that the markup states (JSON-LD, meta tags) win over
fields guessed from visible text; the visible page fills the gaps.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlparse

from selectolax.lexbor import LexborHTMLParser

from ..language import detect_language
from ..model import Article, Related
from . import fields
from .boiler import BOILER_LINE, CODE_LINE, HEADINGS, PROMO_LINE, RELATED_HEAD, TAGS_HEAD
from .meta import SCRIPT_DATE, PageMeta, read_meta
from .walk import BR, Block, Walker, clean

MAX_HTML_CHARS = 8_000_000  # parse at most this much markup; the reader already refused giants
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td", "body", "span", "font", "center", "form"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BYLINE_TEXT = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af|texte? ?:|text ?:|autor(?:in)? ?:|"
                          r"auteur ?:|written by|reported by)\s+\S", re.I)
_CREDIT_LINE = re.compile(r"^\s*[\(\[—–-]*\s*((?:[A-Z][\w.-]*|dpa|epd)(?:\s*[/,&]\s*(?:[A-Z][\w.-]*|dpa|epd)){0,3})"
                          r"\s*[\)\]]?\s*\.?\s*$")
_PUNCT_END = re.compile(r"[.!?…:;\"'»”)\]]$")


def extract_html(html: str, source: str, url: str | None = None) -> Article:
    """Read one HTML news page into an Article (no NLP)."""
    html = html[:MAX_HTML_CHARS]
    tree = LexborHTMLParser(_BR_TAG.sub(BR, html))
    meta = read_meta(tree)
    body = tree.body
    article = Article(source=source)
    if body is None:
        return article
    walker = Walker(page_chars=len(body.text(deep=True)))
    walker.run(body)
    found = walker.found

    page_url = url or meta.url
    article.url = meta.url or url
    article.title = _title(meta, found.h1)
    region = pick_region(walker)
    paragraphs, extra = _body_paragraphs(walker, region, article.title)
    lead = _standfirst(walker, extra["span"], paragraphs)
    if lead:
        paragraphs = lead + paragraphs
    # JSON-LD articleBody stands in when the markup yields little (script-rendered or paywalled
    # pages): the publisher states the whole text there.
    found_chars = sum(len(p) for p in paragraphs)
    no_container = region == {0} and walker.boxes[0].score <= 0
    if meta.ld_body and len(meta.ld_body) > 200 and (
            found_chars < 150 or no_container or len(meta.ld_body) > 2 * found_chars + 300):
        paragraphs = [clean(p) for p in re.split(r"\n\s*\n|\r\n\r\n", meta.ld_body) if p.strip()]
    if paragraphs:
        place, rest = fields.split_dateline(paragraphs[0])
        if place:
            article.dateline = place
            extra["credits"] += fields.find_credits(paragraphs[0][: len(paragraphs[0]) - len(rest)])
            paragraphs[0] = rest
    article.text = "\n\n".join(p for p in paragraphs if p)
    extra["near_bylines"] = _near_bylines(walker, extra["span"])
    near = _visible_date(walker, extra["span"], meta.html_title or article.title)
    article.date = _date(meta, found, page_url or url, near, html)
    article.authors, article.credits = _people(meta, found, extra)
    article.section = _section(meta, found)
    article.captions = _captions(found, meta.ld_captions)
    found.tag_groups[:0] = _headed_tag_lists(walker)  # a headed list is the surest visible one
    article.tags = _tags(meta, found, article.title, article.url or url)
    article.related = _related(found, extra["related"], page_url)
    article.language = _language(meta, article.text)
    return article


# ------------------------------------------------------------------ region
def pick_region(w: Walker) -> set[int]:
    """Box indices whose blocks form the article: the best-scoring container and its kin.

    A container scores the characters of good paragraphs under it (long enough, few links)
    minus a share of everything else under it (menus, teasers, link lists). The whole page
    holds every good paragraph but also all the furniture; a single paragraph holds no
    furniture but little text; the article container wins between them.
    """
    boxes, blocks = w.boxes, w.blocks
    good, bad = _tally(w)
    w.settle(good)
    good, bad = _tally(w)

    def final(i: int) -> float:
        b = boxes[i]
        if b.harvest or good[i] <= 0:
            return 0.0
        bonus = 1.15 if b.role == "body" else (1.05 if b.tag in ("article", "main") else 1.0)
        return good[i] * bonus - 1.25 * bad[i]

    for i, b in enumerate(boxes):
        b.score = final(i)
    if len(boxes) <= 1:
        return {0}
    # Ties go to the deepest box: a wrapper adds nothing to what it wraps.
    top = max(range(len(boxes)), key=lambda i: (boxes[i].score, boxes[i].depth))
    top_score = boxes[top].score
    if top_score <= 0:
        return {0}
    # Infinite-scroll pages append the next stories, each in its own <article>: keep the first.
    stories = [i for i in range(top + 1, len(boxes)) if boxes[i].tag == "article" and not boxes[i].harvest
               and good[i] >= max(500.0, 0.15 * good[top]) and _is_under(boxes, i, top)]
    outer = [i for i in stories if not any(j != i and _is_under(boxes, i, j) for j in stories)]
    if 2 <= len(outer) <= 6:
        # Only full stories count, each with its own <h1>; cards and sections have none.
        h1_parents = [j for j in range(len(boxes)) if boxes[j].tag == "h1"]
        if sum(1 for i in outer if any(_is_under(boxes, j, i) for j in h1_parents)) >= 2:
            top = outer[0]
    region = {top}
    parent = boxes[top].parent
    if parent >= 0:
        # Paragraphs standing directly beside the container (a lead, a teaser) belong to it.
        for b in blocks:
            if b.box == parent and not b.harvest and len(b.text) > 80 and b.links < 0.25 * len(b.text):
                region.add(parent)
                break
    return region


def _is_under(boxes, i: int, ancestor: int) -> bool:
    i = boxes[i].parent
    while i >= 0:
        if i == ancestor:
            return True
        i = boxes[i].parent
    return False


def _tally(w: Walker) -> tuple[list[float], list[float]]:
    """Per box: characters of good paragraphs under it, and of everything else under it."""
    boxes = w.boxes
    good = [0.0] * len(boxes)
    bad = [0.0] * len(boxes)
    for b in w.blocks:
        if b.harvest:
            continue
        n = len(b.text)
        cjk = bool(_CJK.search(b.text))
        ok = (n >= 25 or (cjk and n >= 10)) and b.links <= 0.4 * n and not BOILER_LINE.match(b.text)
        value = (n * (2.0 if cjk else 1.0) - b.links) if ok else 0.0
        # Links are the furniture's signature; short plain lines (table cells, labels) cost little.
        waste = (n if b.links > 0.4 * n else b.links) + (15 if b.links else 4)
        i = b.box
        while i >= 0:
            good[i] += value
            bad[i] += waste
            i = boxes[i].parent
    return good, bad


def _in_region(w: Walker, region: set[int], cache: dict[int, bool], box: int) -> bool:
    path = []
    result = False
    i = box
    while i >= 0:
        if i in cache:
            result = cache[i]
            break
        if i in region:
            result = True
            break
        path.append(i)
        i = w.boxes[i].parent
    for j in path:
        cache[j] = result
    return result


def _body_paragraphs(w: Walker, region: set[int], title: str | None) -> tuple[list[str], dict]:
    """The region's blocks as paragraphs, with furniture lines moved out to ``extra``."""
    extra: dict = {"bylines": [], "near_bylines": [], "credits": [], "related": [], "tags": [], "span": None}
    cache: dict[int, bool] = {}
    parent_only = {i for i in region if any(w.boxes[j].parent == i for j in region)}
    full = region - parent_only
    out: list[str] = []
    blocks = w.blocks
    norm_title = _norm(title) if title else ""
    cut: int | None = None
    teaser: int | None = None
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        i += 1
        if b.harvest:
            continue
        # A parent admitted for its own loose paragraphs contributes only those, not other children.
        if b.box not in region and not _in_region(w, full, cache, b.box):
            continue
        text = b.text
        plain = text.replace(BR, " ")
        is_head = b.tag in HEADINGS
        if RELATED_HEAD.match(plain) or TAGS_HEAD.match(plain):
            # Following link-only blocks are the list this heading introduces.
            kind = "tags" if TAGS_HEAD.match(plain) else "related"
            while i < n and (blocks[i].links >= 0.7 * len(blocks[i].text) or len(blocks[i].text) < 120):
                if blocks[i].links >= 0.7 * len(blocks[i].text):
                    extra[kind].append((blocks[i].text.replace(BR, " "), blocks[i].href))
                i += 1
            if kind == "related" and cut is None:
                cut = len(out)
            continue
        if len(plain) < 600 and CODE_LINE.search(plain) and sum(plain.count(c) for c in "{};=") > 3:
            continue
        if b.tag == "h1" and (not norm_title or _norm(plain) == norm_title or len(out) == 0):
            continue
        if b.links > 0.5 * len(text) and (b.nlinks > 1 or len(text) < 200 or b.tag == "li"):
            if (b.tag == "li" or b.tag in HEADINGS) and b.links >= 0.9 * len(text):
                extra["related"].append((plain, b.href))
            if b.tag in HEADINGS and b.links >= 0.9 * len(text) and len(text) >= 15:
                teaser = b.box  # a linked headline: the short text under it is its teaser
            continue
        if teaser is not None and len(plain) < 400 and w.boxes[b.box].parent in (teaser, w.boxes[teaser].parent):
            teaser = None
            continue
        teaser = None
        if len(plain) < 120 and BOILER_LINE.match(plain):
            continue
        if len(plain) < 250 and PROMO_LINE.search(plain):
            continue
        if len(plain) < 100 and _BYLINE_TEXT.match(plain) and not _PUNCT_END.search(plain.rstrip()):
            extra["bylines"].append(plain)
            continue
        if len(plain) < 60 and fields.parse_date(plain) and len(re.sub(r"[\W\d_]", "", plain)) < 25:
            continue  # a date/time line
        m = _CREDIT_LINE.match(plain)
        if m and fields.find_credits(m.group(1)):
            extra["credits"] += fields.find_credits(m.group(1))
            continue
        if is_head and norm_title and _norm(plain) == norm_title:
            continue
        if is_head and _heads_only_links(blocks, i):
            continue  # the title of a link widget ("Upcoming events", "Partners")
        extra["span"] = (extra["span"][0], i - 1) if extra["span"] else (i - 1, i - 1)
        for part in text.split(BR + BR):
            part = " ".join(part.replace(BR, " ").split())
            if part:
                out.append(part)
    # A "Related" heading in the second half of the article starts the page's furniture:
    # whatever follows it is teasers, not the story.
    if cut is not None and cut > 0:
        total = sum(len(p) for p in out)
        if sum(len(p) for p in out[:cut]) >= 0.5 * total:
            out = out[:cut]
    # Trailing "(Reuters)" / "— AFP" style credits fused into the last paragraph.
    if out:
        m = re.search(r"[\(\[—–-]\s*([A-Z][\w-]+(?:\s*/\s*[A-Z][\w-]+)*|dpa)\s*[\)\]]?\s*$", out[-1])
        if m and fields.find_credits(m.group(1)):
            extra["credits"] += fields.find_credits(m.group(1))
    return _dedupe(out), extra


def _heads_only_links(blocks: list[Block], start: int) -> bool:
    """True when the blocks after a heading, up to the next heading, are all link lists."""
    seen = 0
    for b in blocks[start:start + 30]:
        if b.tag in HEADINGS:
            break
        if b.harvest:
            continue
        seen += 1
        if b.links < 0.7 * len(b.text):
            return False
    return seen > 0


def _standfirst(w: Walker, span: tuple[int, int] | None, paragraphs: list[str]) -> list[str]:
    """The standfirst/lead printed between the headline and the body container (often an
    <h2> or a "teaser" paragraph in the article header): kept, as readers read it first."""
    if not span:
        return []
    blocks = w.blocks
    first = span[0]
    h1 = next((i for i in range(first - 1, max(first - 25, -1), -1) if blocks[i].tag == "h1"), None)
    if h1 is None:
        return []
    out = []
    for b in blocks[h1 + 1:first]:
        t = " ".join(b.text.replace(BR, " ").split())
        if b.harvest or len(t) < 80 or b.links > 0.2 * len(t) or t in paragraphs or PROMO_LINE.search(t):
            continue
        if _BYLINE_TEXT.match(t) or (len(t) < 120 and fields.parse_date(t)):
            continue
        out.append(t)
    return out[:2]


def _dedupe(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        if p in seen and len(p) > 20:
            continue
        seen.add(p)
        out.append(p)
    return out


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.casefold()).strip()


# ------------------------------------------------------------------ fields
def _site_names(meta: PageMeta, url: str | None) -> list[str]:
    names = list(meta.site_names)
    host = urlparse(url or meta.url or "").netloc.removeprefix("www.")
    if host:
        names.append(host)
        names.append(host.split(".")[0])
    return names


def _title(meta: PageMeta, h1s: list[str]) -> str | None:
    sites = _site_names(meta, None)
    meta_titles = [t for t in meta.titles if t] + ([meta.html_title] if meta.html_title else [])
    norms = [_norm(t) for t in meta_titles]
    for h in h1s[:5]:
        nh = _norm(h)
        if len(nh) < 8:
            continue
        if any(nh == n or (nh in n) for n in norms):
            return h.replace(BR, " ")
    for t in meta_titles:
        stripped = fields.strip_site_name(t, sites)
        if stripped and len(stripped) > 3:
            return stripped
    return h1s[0].replace(BR, " ") if h1s else None


def _script_dates(html: str) -> list[str]:
    return [m.group(1) for m in SCRIPT_DATE.finditer(html, 0, 3_000_000)][:5]


def _date(meta: PageMeta, found, url: str | None, near: str | None, html: str = "") -> str | None:
    """The publication date: metadata first, then marked-up dates, the URL, visible lines.

    Machine dates are often UTC while the page shows the publisher's local day; when a date
    printed on the page is one day off the metadata, the printed one is what readers saw.
    """
    machine, raw = next(((d, r) for r in meta.published if (d := fields.parse_date(r))), (None, None))
    if machine is None:
        machine, raw = next(((d, r) for r in meta.published_loose + _script_dates(html)
                             if (d := fields.parse_date(r))), (None, None))
    if machine is None:
        machine, raw = next(((d, r) for r, marker, text in found.dates if not text
                             and (d := fields.parse_date(r))), (None, None))
    texts = [v for v, marker, text in found.dates if text and marker] + \
        [v for v, marker, text in found.dates if text and not marker]
    shown = next((d for d in map(fields.parse_date, texts) if d), None) or near or fields.date_from_url(url)
    if machine:
        printed = tuple(d for d in map(fields.parse_date, texts[:6]) if d)
        return _local_day(machine, raw, shown, printed)
    return shown or fields.date_from_url(url) or next(
        (d for d in map(fields.parse_date, found.bylines) if d), None)


_UTC_TIME = re.compile(r"[T ](\d{1,2}):\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|GMT|UTC)?\s*$", re.I)


def _local_day(machine: str, raw: str, shown: str | None, printed: tuple[str, ...] = ()) -> str:
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


_BYLINE_ANYWHERE = re.compile(r"(?:^|[\s|,·•])(?:by|von|par|por|door|av|af)\s+[A-ZÀ-Þ]", re.I)


def _near_bylines(w: Walker, span: tuple[int, int] | None) -> list[str]:
    """Short "By Jane Doe" / "Ein Artikel von ..." lines just above or at the top of the article."""
    if not span:
        return []
    first = span[0]
    out = []
    for i in list(range(max(first - 15, 0), min(first + 3, len(w.blocks)))):
        b = w.blocks[i]
        t = b.text.replace(BR, " ")
        if len(t) < 150 and _BYLINE_ANYWHERE.search(t) and not (b.harvest and b.links > len(t) / 2):
            out.append(t)
            break
    return out


def _visible_date(w: Walker, span: tuple[int, int] | None, title: str | None) -> str | None:
    """A date written near the article: in the lines just above or at the top of the body,
    then just below it (some sites print it at the end), then in the headline."""
    blocks = w.blocks
    first, last = span if span else (0, len(blocks) - 1)
    order = list(range(first, max(first - 40, -1), -1)) + list(range(first + 1, min(first + 8, len(blocks))))
    order += list(range(last + 1, min(last + 15, len(blocks))))
    for i in order:
        if not 0 <= i < len(blocks):
            continue
        b = blocks[i]
        if len(b.text) < 160 and not (b.harvest and b.links):
            d = fields.parse_date(b.text.replace(BR, " "))
            if d:
                return d
    for i in range(first, min(first + 6, len(blocks))):
        d = fields.parse_date(blocks[i].text[:40])  # "01.02.2022 – The minister said ..."
        if d:
            return d
    d = fields.parse_date(title) if title else None
    if d:
        return d
    # Last resort: the first short dated line anywhere outside the page furniture.
    for b in blocks:
        if not b.harvest and len(b.text) < 100 and b.links < 0.5 * len(b.text):
            d = fields.parse_date(b.text)
            if d:
                return d
    return None


def _people(meta: PageMeta, found, extra: dict) -> tuple[list[str], list[str]]:
    credits: list[str] = []
    sources = [*meta.authors_ld, *meta.orgs_ld, *found.bylines, *extra["bylines"], *meta.authors_meta]
    for s in sources:
        for c in fields.find_credits(s):
            if c not in credits:
                credits.append(c)
    for c in extra["credits"]:
        if c not in credits:
            credits.append(c)
    authors: list[str] = []
    # The first byline on the page is the article's; later ones belong to teasers and bios.
    first_byline: list[str] = []
    for raw in found.bylines:
        first_byline = fields.clean_author(raw) if len(raw) <= 120 else []
        if not first_byline and len(raw) > 120:
            first_byline = [n for t in found.author_links[:3] for n in fields.clean_author(t)]
        if first_byline:
            break
    visible = [n for raw in extra["bylines"] + extra["near_bylines"] for n in fields.clean_author(raw)]
    rel = [n for raw in found.rel_authors[:3] for n in fields.clean_author(raw, loose=True)]
    for group in (meta.authors_ld, first_byline, visible, meta.authors_meta, rel):
        for name in group:
            structured = group is meta.authors_ld or group is meta.authors_meta
            for n in fields.clean_author(name, loose=True) if structured else [name]:
                if n not in authors:
                    authors.append(n)
        if authors:
            break
    return authors[:10], credits


def _section(meta: PageMeta, found) -> str | None:
    if meta.section and not meta.section.startswith("http"):
        return meta.section.strip()
    crumbs = [c for c in found.breadcrumbs if c and len(c) < 60]
    if len(crumbs) >= 2:
        return crumbs[-2] if len(crumbs) > 2 else crumbs[-1]
    return None


def _captions(found, ld_captions: list[str] = ()) -> list[str]:
    out: list[str] = []
    # Captions printed on the page first; JSON-LD image captions when the page shows none.
    for text, harvested in found.captions or [(c, False) for c in ld_captions]:
        cap, _credit = fields.split_caption_credit(text)
        if len(cap) < 3 or BOILER_LINE.match(cap):
            continue
        if cap not in out:
            out.append(cap)
    return out[:50]


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{16,}$", re.I)
_HOSTLIKE = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")


def _tag_items(values: list[str]) -> list[str]:
    out = []
    for v in values:
        v = " ".join(v.split()).strip(" #,;|")
        # "深空探测 探月工程 ..." : CJK keyword lists are often separated by spaces only.
        parts = v.split() if _CJK.search(v) and " " in v and "," not in v else [v]
        for t in parts:
            t = re.sub(r"^(?:category|section|tag|topic)\s*:\s*", "", t, flags=re.I)
            if not t or len(t) > 60 or _UUID.search(t) or _HOSTLIKE.match(t) or ":" in t:
                continue
            out.append(t)
    return out


def _headed_tag_lists(w: Walker) -> list[list[str]]:
    """Link lists under a "Topics"/"Mehr lesen über" heading anywhere on the page."""
    groups = []
    blocks = w.blocks
    for i, b in enumerate(blocks):
        if len(b.text) > 40 or b.links > 0.5 * len(b.text) or not TAGS_HEAD.match(b.text):
            continue
        items = []
        for nb in blocks[i + 1:i + 41]:
            if nb.links < 0.7 * len(nb.text) or len(nb.text) > 60:
                break
            items.append(nb.text.replace(BR, " ").strip())
        if items:
            groups.append(items)
    return groups


def _tags(meta: PageMeta, found, title: str | None, url: str | None) -> list[str]:
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
    visible = {t.casefold() for g in groups for t in g}
    words = set(re.findall(r"\w+", f"{title or ''} {url or ''}".casefold()))
    best, best_score = [], -1.0
    for rank, source in enumerate((meta.keywords_loose, meta.keywords, meta.keywords_ld)):
        items = dedupe(_tag_items(source))
        if not items:
            continue
        slug = sum(1 for t in items if t.islower() and set(re.findall(r"\w+", t.casefold())) <= words)
        if slug >= 0.5 * len(items) and len(items) >= 3:
            continue
        confirmed = sum(1 for t in items if t.casefold() in visible)
        score = confirmed - 0.01 * rank
        if score > best_score:
            best, best_score = items, score
    if best:
        return best
    return groups[0] if groups else []


def _related(found, extra_related: list, base: str | None) -> list[Related]:
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


def _language(meta: PageMeta, text: str) -> str | None:
    if meta.language:
        code = meta.language.replace("_", "-").split("-")[0].strip().casefold()
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return detect_language(text)
