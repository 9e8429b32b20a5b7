"""HTML page -> Article: parse once (lexbor), read metadata, walk once, pick the article region.

The article container is the box that maximises the text of good paragraphs under it (long
enough, few links) minus the furniture text under it; the whole page holds every paragraph
but all the menus too, a single paragraph holds no furniture but little text. Fields that
the markup states (JSON-LD, meta tags) are weighed against the visible page in htmlfields.py.
"""
from __future__ import annotations

import bisect
import re

from selectolax.lexbor import LexborHTMLParser

from ..model import Article
from . import fields
from .boiler import (
    BOILER_LINE, CODE_LINE, HEADINGS, MORE_TAIL, PROMO_LINE, READ_TIME_LINE, RELATED_HEAD, TAGS_HEAD, TOGGLE_LINE,
)
from .htmlfields import (
    BYLINE_TEXT, copyright_holders, credit_only, headed_tag_lists, month_first_page, near_bylines, norm,
    resolve_captions, resolve_date, resolve_language,
    resolve_people, resolve_related, resolve_section, resolve_tags, resolve_title, script_tags, signed_off,
    site_names, visible_date, home_link_names,
)
from .meta import read_meta
from .scripted import article_markup
from .walk import BR, Block, Walker, clean, link_waste

MAX_HTML_CHARS = 8_000_000  # parse at most this much markup; the reader already refused giants
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td", "body", "span", "font", "center", "form"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CREDIT_LINE = re.compile(r"^\s*[\(\[—–-]*\s*((?:[A-Z][\w.-]*|dpa|epd)(?:\s*[/,&]\s*(?:[A-Z][\w.-]*|dpa|epd)){0,3})"
                          r"\s*[\)\]]?\s*\.?\s*$")
_SIGNED = re.compile(r"^\s*(?:autor(?:in|en)?|author|auteur|autore|verfasser(?:in)?)\s*:\s*[A-ZÀ-Þ][\w.-]+\s+[A-ZÀ-Þ]", re.I)
# A caption's closing credit: "| © Agency", "(Foto: Agency)", "(Jane Doe / iStock.com)".
_CREDITED = re.compile(r"\w\W*\s(?:\|\s*©\s*[^|©()]{2,60}|\(\s*(?:foto|fotos|photo|photos|bild|image|credit)\s*:\s*[^()]{2,60}\)|"
                       r"\(\s*[^()]{2,40}/\s*(?:istock(?:photo)?(?:\.com)?|getty images|shutterstock(?:\.com)?|imago|"
                       r"picture[- ]alliance|dpa|afp|reuters|ap)\s*\))\s*$", re.I)
# A line of picture credits alone ("Crédits photos : Agency", "Fotos: Jane Doe, John Roe").
_CREDITS_LINE = re.compile(r"^(?:crédits? photos?|photo credits?|fotocredits?|bildnachweise?|bildquellen?|fotos?|photos?)"
                           r"\s*:\s*\S.{0,100}$", re.I)
# Labels over the end matter of a story or a press release.
_END_MATTER = re.compile(r"^\s*(?:kontakt|pressekontakt|medienkontakt|contact|press contacts?|media contacts?|"
                         r"weitere informationen|more information|further information|quellen(?:angaben)?|"
                         r"sources|originalpublikation|original publication)\s*:?\s*$", re.I)
_FIGURE_LABEL = re.compile(r"^(?:abbildung|abb\.|figure|fig\.)\s*\d{0,3}\s*[:.]\s*\S", re.I)
_CLIPPED = re.compile(r"[^\W\d_](?:\.{3}|…)\s*$")
_PUNCT_END = re.compile(r"[.!?…:;\"'»”)\]]$")


def extract_html(html: str, source: str, url: str | None = None, crawl_date: str | None = None) -> Article:
    """Read one HTML news page into an Article (no NLP). ``crawl_date`` (ISO, the day the page
    was fetched, where known) bounds every date read from it."""
    with fields.crawled_on(crawl_date):
        return _extract_html(html, source, url)


def _extract_html(html: str, source: str, url: str | None = None) -> Article:
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
    region = pick_region(walker)
    heads, lead, stray = _region_heads(walker, region)
    holders, owners = copyright_holders(walker)
    owners += home_link_names(walker, page_url)
    article.title = resolve_title(meta, found.h1, url or meta.url, heads, lead, owners, stray)
    paragraphs, extra = _body_paragraphs(walker, region, article.title, site_names(meta, page_url))
    lead = _standfirst(walker, extra["span"], paragraphs, article.title)
    if lead:
        paragraphs = lead + paragraphs
    # JSON-LD articleBody stands in when the markup yields little (script-rendered or paywalled
    # pages): the publisher states the whole text there.
    found_chars = sum(len(p) for p in paragraphs)
    no_container = region == {0} and walker.boxes[0].score <= 0
    if found_chars < 150 and not (meta.ld_body and len(meta.ld_body) > 200):
        paragraphs = _scripted_paragraphs(tree, article.title, site_names(meta, page_url), found) or paragraphs
    elif meta.ld_body and len(meta.ld_body) > 200 and (
            found_chars < 150 or no_container or len(meta.ld_body) > 2 * found_chars + 300):
        paragraphs = [clean(p) for p in re.split(r"\n\s*\n|\r\n\r\n", meta.ld_body) if p.strip()]
    elif meta.ld_body and len(meta.ld_body) > found_chars + 200:
        paragraphs += _paywall_rest(paragraphs, meta.ld_body)
    if paragraphs:
        place, rest = fields.split_dateline(paragraphs[0])
        if place:
            article.dateline = place
            extra["credits"] += fields.find_credits(paragraphs[0][: len(paragraphs[0]) - len(rest)])
            # The body is the story without its dateline and wire credit (issue 3 lists them with
            # the furniture), as the text-dump reader gives it, so both readings of a page agree
            # and the NLP layers do not take the dateline's place and agency for story entities.
            paragraphs[0] = rest
    article.text = "\n\n".join(p for p in paragraphs if p)
    extra["near_bylines"] = near_bylines(walker, extra["span"], article.title)
    extra["signoff"] = signed_off(walker, extra["span"], article.text, article.title)
    extra["copyright"] = holders
    month_first = month_first_page(meta, page_url or url)
    near = visible_date(walker, extra["span"], meta.html_title or article.title, month_first)
    article.date = resolve_date(meta, found, page_url or url, near, html, month_first)
    article.authors, article.credits = resolve_people(meta, found, extra, html)
    if article.authors:
        article.text = _without_author_bios(article.text, article.authors)
    article.section = resolve_section(meta, found)
    article.captions = resolve_captions(found, meta.ld_captions)
    found.tag_groups[:0] = headed_tag_lists(walker)  # a headed list is the surest visible one
    article.tags = resolve_tags(meta, found, article.title, article.url or url, lambda: script_tags(tree),
                                article.text)
    article.related = resolve_related(found, extra["related"], page_url)
    article.language = resolve_language(meta, article.text)
    return article


_BIO_VERB = (r"(?:is|was|writes|covers|has been|joined|lives|studied|ist|war|schreibt|arbeitet|lebt|studierte|"
             r"est|était|écrit|es|fue|escribe|è|era|scrive)")


def _without_author_bios(text: str, authors: list[str]) -> str:
    """The text without the note on its writer that closes many stories ("Jane Doe writes about
    energy policy from Brussels.", "Jane Doe ist Reporterin im Studio Moskau."): a paragraph
    among the last four that opens with a bylined name and says who that person is."""
    paras = text.split("\n\n")
    names = "|".join(re.escape(a) for a in authors if " " in a.strip())
    if not names or len(paras) < 3:
        return text
    # (the pattern, new for each page's authors, is compiled only when a last paragraph
    # opens with one of the names it starts with)
    firsts = tuple(a for a in authors if " " in a.strip())
    if not any(p.startswith(firsts) for p in paras[-4:]):
        return text
    bio = re.compile(rf"^(?:{names})\b[^.]{{0,40}}?\s{_BIO_VERB}\b")
    keep = [p for k, p in enumerate(paras) if k < len(paras) - 4 or not bio.match(p)]
    return "\n\n".join(keep) if len(keep) < len(paras) else text


def _scripted_paragraphs(tree, title: str | None, sites: list[str], found) -> list[str]:
    """The story of a script-rendered page, read from the markup its scripts carry. Its
    captions join the page's own, since the shell printed none."""
    scripts = [n.text() or "" for n in tree.css("script")
               if "ld+json" not in (n.attributes.get("type") or "")]
    fragment = article_markup(scripts)
    if not fragment:
        return []
    inner = LexborHTMLParser("<html><body>" + _BR_TAG.sub(BR, fragment) + "</body></html>").body
    if inner is None:
        return []
    walker = Walker(page_chars=len(inner.text(deep=True)))
    walker.run(inner)
    paragraphs, _extra = _body_paragraphs(walker, pick_region(walker), title, sites)
    found.captions += [c for c in walker.found.captions if c not in found.captions]
    return paragraphs


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
    if boxes[top].tag == "p":
        # One paragraph is the story only where nothing around it scores near it. A box a level
        # or two up that scores nearly as well holds more of the story: its paragraphs carry
        # links (a blog's sources, a shop's affiliate links) that cost it the difference.
        up = boxes[top].parent
        for _ in range(2):
            if up <= 0:
                break
            if boxes[up].score >= 0.8 * top_score:
                top = up
            up = boxes[up].parent
    # Infinite-scroll pages append the next stories, each in its own <article>: keep the first.
    stories = [i for i in range(top + 1, len(boxes)) if boxes[i].tag == "article" and not boxes[i].harvest
               and good[i] >= max(500.0, 0.15 * good[top]) and _is_under(boxes, i, top)]
    outer = [i for i in stories if not any(j != i and _is_under(boxes, i, j) for j in stories)]
    if 2 <= len(outer) <= 6:
        # Only full stories count, each with its own <h1>; cards and sections have none.
        h1_parents = [j for j in range(len(boxes)) if boxes[j].tag == "h1"]
        if sum(1 for i in outer if any(_is_under(boxes, j, i) for j in h1_parents)) >= 2:
            top = outer[0]
    if boxes[top].role != "body":
        # The story's own container, marked as such by the CMS (articleBody, "article-body"),
        # holds most of the winner's text: what the winner adds after it is the page's tail
        # (a sign-in notice, a comment policy, a support call-out), not more story. What
        # stands before it (headline, lead, byline) stays. Where the story runs on in a sibling
        # box, the marked box holds much less of the text, and nothing is cut.
        end = _subtree_end(boxes, top)
        inner = next((i for i in range(top + 1, end) if boxes[i].role == "body" and not boxes[i].harvest
                      and good[i] >= 0.75 * good[top]), None)
        if inner is not None:
            w.cut = (_subtree_end(boxes, inner), end)
    region = {top} | _headed_data_beside(w, top, good)
    parent = boxes[top].parent
    if parent >= 0:
        # Paragraphs standing directly beside the container (a lead, a teaser) belong to it.
        for b in blocks:
            if b.box == parent and not b.harvest and len(b.text) > 80 and b.links < 0.25 * len(b.text):
                region.add(parent)
                break
    return region


_DATA_ROWS = frozenset({"tr", "li", "dt", "dd"})
_SUBHEAD_TAGS = frozenset({"h2", "h3", "h4"})


def _headed_data_beside(w: Walker, top: int, good: list[float]) -> set[int]:
    """Boxes of headed data standing beside the story's container: a recipe's ingredient
    table ("Zutaten" + rows of "250 g | Mehl") or a spec sheet next to the steps or the text.

    Their rows are short lines, so they score as furniture and the region picker takes the
    steps alone. A sibling box (up to three levels above the container) joins the region when
    it opens with a subheading and holds mostly rows or list items with few links (a sidebar's
    list is links), and only boxes next to the story count: short or hidden boxes between
    (a "Print" button, an empty slot) are passed over, anything else ends the search.
    """
    boxes, blocks = w.boxes, w.blocks
    levels: list[tuple[int, list[int]]] = []  # (the child on the story's path, its siblings in page order)
    child = top
    for _ in range(3):
        up = boxes[child].parent
        if up <= 0:
            break
        levels.append((child, []))
        child = up
    if not levels:
        return set()
    wanted = {boxes[c].parent: k for k, (c, _) in enumerate(levels)}
    for j in range(1, len(boxes)):
        k = wanted.get(boxes[j].parent)
        if k is not None:
            levels[k][1].append(j)
    # The subtree of box j is the run of boxes after it that sit deeper (boxes are numbered in page order).
    spans: list[tuple[int, int]] = []
    for c, sibs in levels:
        for s in sibs:
            if s != c and not boxes[s].harvest:
                end = s + 1
                while end < len(boxes) and boxes[end].depth > boxes[s].depth:
                    end += 1
                spans.append((s, end))
    if not spans:
        return set()
    spans.sort()
    starts = [s for s, _ in spans]
    stats: dict[int, list] = {s: [0, 0, 0, 0, None] for s in starts}  # chars, links, rows, blocks, first tag
    for b in blocks:
        if b.harvest:
            continue
        k = bisect.bisect_right(starts, b.box) - 1
        if k < 0 or b.box >= spans[k][1]:
            continue
        st = stats[starts[k]]
        st[0] += len(b.text)
        st[1] += b.links
        st[2] += b.tag in _DATA_ROWS
        st[3] += 1
        if st[4] is None:
            st[4] = b.tag if not (RELATED_HEAD.match(b.text) or TAGS_HEAD.match(b.text)) else "-"
    story = boxes[top].text
    out: set[int] = set()
    for c, sibs in levels:
        at = sibs.index(c)
        for side in (sibs[at - 1::-1] if at else [], sibs[at + 1:]):
            for s in side:
                st = stats.get(s)
                if st is None:
                    continue  # hidden
                chars, links, rows, nblocks, first = st
                if first in _SUBHEAD_TAGS and rows >= 3 and 2 * rows >= nblocks - 1 and (
                        links <= 0.3 * chars and chars < story):
                    out.add(s)
                elif chars >= 100:
                    break  # other content: only what stands next to the story is its data
                # else an empty box or a short control between the story and its data
    return out


def _region_heads(w: Walker, region: set[int]) -> tuple[list[str], int]:
    """Lower headings inside the article container or its wrapper (the story's header sits
    beside its body), in page order: the masthead's and the sidebars' headings are not. And how
    many of them come before the story's first paragraph (the others head its sections); and
    whether every <h1> lies outside that region."""
    near = region | {w.boxes[i].parent for i in region if w.boxes[i].parent >= 0}
    cache: dict[int, bool] = {}
    heads = [(t, box) for t, box in w.found.heads if box < len(w.boxes) and not w.boxes[box].harvest
             and _in_region(w, near, cache, box)]
    # Boxes are numbered in page order, so a heading numbered below the first paragraph's box precedes it.
    first = next((b.box for b in w.blocks if not b.harvest and len(b.text) >= 150 and b.links < 0.3 * len(b.text)
                  and _in_region(w, region, {}, b.box)), len(w.boxes))
    # An <h1> only outside the story and its wrapper heads a sidebar or a teaser box.
    stray = bool(w.found.h1_boxes) and not any(
        box < len(w.boxes) and _in_region(w, near, cache, box) for box in w.found.h1_boxes)
    return [t for t, _ in heads], sum(1 for _, box in heads if box < first), stray


def _subtree_end(boxes, i: int) -> int:
    """The first box after box i's subtree (boxes are numbered in page order)."""
    end = i + 1
    while end < len(boxes) and boxes[end].depth > boxes[i].depth:
        end += 1
    return end


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
        # (A table row read as one line costs what its cells did, one by one: a linked name
        # in one cell does not make the row a link list.)
        waste = b.cost if b.cost >= 0 else link_waste(n, b.links)
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


def _body_paragraphs(w: Walker, region: set[int], title: str | None,
                     sites: list[str] = ()) -> tuple[list[str], dict]:
    """The region's blocks as paragraphs, with furniture lines moved out to ``extra``."""
    # "More TechCrunch", "More from The Ledger": the site's own list of other stories.
    names = [re.escape(n.casefold()) for n in sites if n and len(n) >= 3]
    more_site = None

    def more_from_site(plain: str) -> bool:
        # The pattern is new for each page's site names: compiled only for a heading that
        # holds "more" (the letters of "more" have no other case forms re would accept).
        nonlocal more_site
        if not names or "more" not in plain.lower():
            return False
        if more_site is None:
            more_site = re.compile(rf"^\s*more (?:from |on |at )?(?:the )?(?:{'|'.join(names)})\s*[:.!»>›-]*\s*$",
                                   re.I)
        return bool(more_site.match(plain))
    extra: dict = {"bylines": [], "near_bylines": [], "credits": [], "related": [], "tags": [], "span": None}
    cache: dict[int, bool] = {}
    parent_only = {i for i in region if any(w.boxes[j].parent == i for j in region)}
    full = region - parent_only
    out: list[str] = []
    blocks = w.blocks
    norm_title = norm(title) if title else ""
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
        if w.cut and w.cut[0] <= b.box < w.cut[1]:
            continue
        text = b.text
        plain = text.replace(BR, " ")
        is_head = b.tag in HEADINGS
        if RELATED_HEAD.match(plain) or TAGS_HEAD.match(plain) or (
                is_head and more_from_site(plain)):
            # Following link-only blocks are the list this heading introduces.
            kind = "tags" if TAGS_HEAD.match(plain) else "related"
            while i < n and (blocks[i].links >= 0.7 * len(blocks[i].text) or len(blocks[i].text) < 120):
                if blocks[i].links >= 0.7 * len(blocks[i].text):
                    extra[kind].append((blocks[i].text.replace(BR, " "), blocks[i].href))
                i += 1
            # The heading is a card's label when the first box around it holding more than the label
            # is small: the card's summary, under it, goes with the card however long.
            card, boxes = w.boxes[b.box].parent, w.boxes
            while card >= 0 and boxes[card].text <= len(plain) + 5:
                card = boxes[card].parent
            if kind == "related" and card > 0 and boxes[card].text < 700:
                while i < n and (blocks[i].box == card or _is_under(boxes, blocks[i].box, card)):
                    i += 1
            # A card's summary clipped by the site ("... a delegation will reach the capital, said Tr...")
            # closes the card, however long: the writer's own paragraph is never cut off mid-word.
            if i < n and len(blocks[i].text) < 400 and _CLIPPED.search(blocks[i].text):
                i += 1
            if kind == "related" and cut is None:
                cut = len(out)
            continue
        if len(plain) < 40 and _END_MATTER.match(plain):
            # "Kontakt:", "Weitere Informationen", "Quellen": the end matter after the story
            # (press contacts, sources, reading lists), cut like a "Related" list below.
            if cut is None:
                cut = len(out)
            continue
        if len(plain) < 600 and CODE_LINE.search(plain) and sum(plain.count(c) for c in "{};=") > 3:
            continue
        if b.imgcap and not is_head and len(plain.split()) >= 3 and not BOILER_LINE.match(plain):
            w.found.captions.append((plain, False))
            continue
        if b.tag == "h1" and (not norm_title or norm(plain) == norm_title or len(out) == 0):
            continue
        # A table row whose first cell links the item it describes ("Product | 370 € | good")
        # is data; a row of links only is a menu. A block that is one link through and through
        # is a teaser card wrapped in its link ("<a><div>Headline</div><div>Summary</div></a>"),
        # however long; a paragraph linked whole (a document's title, a bare address) is the
        # writer's reference, and stays.
        if b.links > (0.8 if b.tag == "tr" else 0.5) * len(text) and (
                b.nlinks > 1 or len(text) < 200 or b.tag == "li" or (
                    b.tag != "p" and b.links >= 0.9 * len(text))) and not _linked_sentence(b, plain):
            if (b.tag == "li" or b.tag in HEADINGS) and b.links >= 0.9 * len(text):
                extra["related"].append((plain, b.href))
            if b.tag in HEADINGS and b.links >= 0.9 * len(text) and len(text) >= 15 and b.href and not (
                    b.href.startswith("#") or (norm_title and norm(plain) == norm_title)):
                # A headline linked to another story: the short text under it is its teaser (a
                # jump label to a section of this page, or the story's own permalinked headline, is not).
                teaser = b.box
            continue
        if teaser is not None and len(plain) < 400 and _near_box(w, b.box, w.boxes[teaser].parent):
            teaser = None
            continue
        teaser = None
        if len(plain) < 120 and (BOILER_LINE.match(plain) or READ_TIME_LINE.match(plain) or (
                len(plain) < 40 and TOGGLE_LINE.match(plain))):
            continue
        if len(plain) < 250 and PROMO_LINE.search(plain):
            continue
        if len(plain) < 600 and MORE_TAIL.search(plain):
            continue  # another page's teaser, closed by its "more" label
        # "Autorin: Jane Doe, Projektleiterin in Tunis." signs off with a full stop, a label first.
        if (len(plain) < 100 and BYLINE_TEXT.match(plain) and not _PUNCT_END.search(plain.rstrip())) or (
                len(plain) < 150 and _SIGNED.match(plain)):
            extra["bylines"].append(plain)
            continue
        if len(plain) < 60 and fields.parse_date(plain) and len(re.sub(r"[\W\d_]", "", plain)) < 25:
            continue  # a date/time line
        if len(plain) <= 80 and credit_only(plain):
            continue  # a picture's credit left beside it ("Photo: AFP", "Jane Doe/Getty Images")
        if len(plain) < 300 and not is_head and _FIGURE_LABEL.match(plain):
            w.found.captions.append((plain, False))  # "Abbildung: ...", "Figure 3: ...": a figure's caption
            continue
        if len(plain) < 300 and not is_head:
            # A picture's caption printed as a paragraph, known by the credit closing it
            # ("... im Überblick. (Foto: Getty)", "... | © Jane Doe/Getty Images"); or the credits alone.
            if _CREDITS_LINE.match(plain):
                continue
            if _CREDITED.search(plain):
                w.found.captions.append((plain, False))
                continue
        m = _CREDIT_LINE.match(plain)
        if m and fields.find_credits(m.group(1)):
            extra["credits"] += fields.find_credits(m.group(1))
            continue
        if is_head and norm_title and (norm(plain) == norm_title or (
                norm(plain).endswith(" " + norm_title) and len(norm(plain)) < 2 * len(norm_title))):
            continue  # the headline, or the headline under its kicker
        if is_head and _heads_only_links(blocks, i):
            continue  # the title of a link widget ("Upcoming events", "Partners")
        extra["span"] = (extra["span"][0], i - 1) if extra["span"] else (i - 1, i - 1)
        parts = text.split(BR + BR)
        for part in parts:
            part = " ".join(part.replace(BR, " ").split())
            # A block broken into paragraphs by blank lines (<br><br>) is judged paragraph by
            # paragraph: the call-out closing it is a line of its own.
            if part and not (len(parts) > 1 and len(part) < 250 and (
                    PROMO_LINE.search(part) or (len(part) < 120 and BOILER_LINE.match(part)))):
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


def _linked_sentence(b: Block, plain: str) -> bool:
    """A list item of the story that links a phrase of its sentence ("Want to swap an ingredient?
    <a>Here is how to do it</a>."): one link, and a clause of its own outside it, not a teaser's
    headline with a date or a count beside it."""
    if b.tag != "li" or b.nlinks != 1 or len(plain) - b.links < 25:
        return False
    rest = plain
    for a in b.anchors[:1]:
        rest = rest.replace(a, " ", 1)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 4 and bool(re.search(r"[.!?]\s*$|[.!?]\s", plain))


def _near_box(w: Walker, box: int, ancestor: int, steps: int = 3) -> bool:
    """``box`` lies at most ``steps`` levels under ``ancestor``: a teaser card wraps its text in a
    div or two of its own beside the linked headline (<h2><a/></h2><div class=text><p>...)."""
    for _ in range(steps):
        box = w.boxes[box].parent
        if box == ancestor:
            return True
        if box < 0:
            return False
    return False


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


def _standfirst(w: Walker, span: tuple[int, int] | None, paragraphs: list[str],
                title: str | None = None) -> list[str]:
    """The standfirst/lead printed between the headline and the body container (often an
    <h2> or a "teaser" paragraph in the article header): kept, as readers read it first.
    Not the headline printed again (under a kicker, or as the header's second heading): a
    line whose words are nearly all the title's. A lead retells the story in words of its own."""
    if not span:
        return []
    title_words = set(norm(title).split()) if title else set()
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
        if BYLINE_TEXT.match(t) or (len(t) < 120 and fields.parse_date(t)):
            continue
        words = norm(t).split()
        if title_words and sum(1 for x in words if x in title_words) >= 0.75 * len(words):
            continue
        out.append(t)
    return out[:2]


def _paywall_rest(paragraphs: list[str], ld_body: str) -> list[str]:
    """The story's hidden rest, from JSON-LD articleBody, when the page prints only its opening.

    A paywall shows the first paragraphs and states the whole text in the markup: then every
    printed paragraph (bar a standfirst, which articleBody leaves out) is found in articleBody,
    in order, and articleBody goes on well after the last one. Anything else (a body that
    differs, a summary) is left alone.
    """
    long = [" ".join(p.split()) for p in paragraphs if len(p) >= 60]
    if len(long) < 2:
        return []
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\r\n\r\n|\n", ld_body) if p.strip()]
    flat = " ".join(parts)
    pos, hits = 0, 0
    for q in long[1:]:
        at = flat.find(q[:60], pos)
        if at >= 0:
            hits += 1
            pos = at + len(q[:60])
    last = flat.find(long[-1], max(pos - 60, 0))
    if hits < 0.85 * (len(long) - 1) or last < 0:
        return []
    end = last + len(long[-1])
    if len(flat) - end < max(200, 0.15 * len(flat)):
        return []  # the page prints (nearly) the whole story
    # Cut the rest back into articleBody's own paragraphs where it has them.
    out, off = [], 0
    for part in parts:
        start, off = off, off + len(part) + 1
        if off <= end:
            continue
        piece = part[max(end - start, 0):].strip()
        if piece:
            out.append(piece)
    return out


def _dedupe(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    # A short label line printed three times or more between the paragraphs ("KEY EVENT", a live
    # blog's author name over each entry, "Advertisement", "Read more") is the page's furniture
    # repeated per entry or per slot; a line the writer means is said once. A line with a colon
    # or sentence punctuation may be a repeated list item ("Colour: red") and stays.
    counts: dict[str, int] = {}
    for p in paragraphs:
        if len(p) <= 40:
            counts[p] = counts.get(p, 0) + 1
    labels = {p for p, k in counts.items() if k >= 3 and len(p.split()) <= 4 and re.search(r"[^\W\d_]", p)
              and not _PUNCT_END.search(p) and ":" not in p}
    for p in paragraphs:
        if p in labels or (p in seen and len(p) > 20):
            continue
        seen.add(p)
        out.append(p)
    return out
