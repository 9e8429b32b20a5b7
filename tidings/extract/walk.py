"""One walk over a parsed page: text blocks with their container boxes, plus the page furniture
(captions, bylines, dates, tag lists, related links) met on the way.

The walk visits every element once. Inline content is gathered into blocks owned by the
nearest block-level element; block-level elements become boxes that later compete to be
the article container (see ``html.pick_region``). Furniture is recognised by tag and by
class/id vocabulary (``boiler.role_of``) and is recorded, not emitted as text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boiler import HEADINGS, INLINE_TAGS, SKIP_TAGS, role_of
from .fields import parse_date

BR = "\u2028"  # <br> is rewritten to this before parsing so line breaks survive .text()
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b\u3000]+")
_MAX_DEPTH = 200  # hostile pages nest thousands deep; real ones stay far below this
_MAX_BLOCKS = 20_000
# Longest text a furniture element can hold; longer ones are wrappers carrying a misleading class.
_FURNITURE_MAX = {"date": 200, "byline": 400, "credit": 300, "caption": 1500, "tags": 1500}


@dataclass(slots=True)
class Box:
    parent: int
    tag: str
    role: str | None
    depth: int
    harvest: bool  # inside furniture: its text is never body text
    junk: bool = False  # classed as furniture (sidebar, footer, ...): harvest if it proves small
    main: bool = False  # holds an <article> or an article-body container
    text: int = 0  # characters of block text in the subtree
    links: int = 0  # of which inside links
    score: float = 0.0
    img: bool = False  # an <img>/<picture> among its direct children


@dataclass(slots=True)
class Block:
    text: str
    box: int  # the element whose inline content this is
    tag: str
    links: int
    nlinks: int
    href: str | None
    harvest: bool
    anchors: tuple[str, ...] = ()  # texts of the direct links, for link rows printed without separators
    emph: bool = False  # all its text is bold or italic (<strong>, <b>, <em>, <i>): a sign-off or a label
    imgcap: bool = False  # the one short line beside a picture: its caption, if inside the story
    cost: int = -1  # a table row read as one line: what its cells cost the box one by one (html._tally)


@dataclass
class Furniture:
    captions: list[tuple[str, bool]] = field(default_factory=list)  # (text, harvested)
    credits: list[str] = field(default_factory=list)  # photo credit elements
    copyright: list[str] = field(default_factory=list)  # first lines of copyright-classed elements ("© 2024 Site")
    bylines: list[str] = field(default_factory=list)
    aside_bylines: list[str] = field(default_factory=list)  # bylines inside furniture (asides, footers)
    author_links: list[str] = field(default_factory=list)
    rel_authors: list[str] = field(default_factory=list)
    dates: list[tuple[str, bool, bool]] = field(default_factory=list)  # (value, publish marker, visible text)
    aside_dates: list[str] = field(default_factory=list)  # marked date lines inside furniture boxes
    tag_groups: list[list[str]] = field(default_factory=list)
    related: list[tuple[str, str | None]] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    h1_boxes: list[int] = field(default_factory=list)  # the box each <h1> opens
    # Lower headings (h2-h4) with the box they open: where a theme parks its <h1> in the
    # breadcrumbs or the masthead, the story's printed headline is one of these.
    heads: list[tuple[str, int]] = field(default_factory=list)
    breadcrumbs: list[str] = field(default_factory=list)


KICKER = "\u2063"  # marks the end of a kicker (overline) inside an <h1>
_KICKER = ("[class*=kicker], [class*=overline], [class*=dachzeile], [class*=topline], [class*=roofline], "
           "[class*=eyebrow], [class*=subtitle], [class*=supertitle], [class*=pretitle], [class*=small], "
           "[class~=label]")  # a forum thread's prefix label ("<span class='label'>Patch Notes</span>")
# Byline markup nested in a date line: microformats (vcard, rel=author) and itemprops.
_BYLINE_INSIDE = "[itemprop=author], a[rel~=author], .author, .autor, .auteur, .byline, .by-author, .vcard, .fn"


_MODIFIED_KEY = re.compile(r"updated|modified|last-?mod|aktualisiert|actualiza|mis-?a-?jour|maj\b", re.I)
_PUBLISHED_KEY = re.compile(r"publish|pubdate|entry-date|created|erstellt|datepub", re.I)
_AUTHOR_BIO = re.compile(r"author[\w-]{0,12}bio|bio(?:graphy)?[\w-]{0,6}author", re.I)
_EMPH = frozenset({"strong", "b", "em", "i"})
_PLAYER = re.compile(r"video|player", re.I)
_MASTHEAD = re.compile(r"site[-_]?(?:title|name|branding)|(?<![a-z])logo|masthead", re.I)
_HEAD_TAGS = frozenset({"h1", "h2", "h3", "h4"})
_SCREEN_READER = ("[class*=visuallyhidden], [class*=visually-hidden], [class*=sr-only], [class*=screen-reader], "
                  "[class*=element-invisible], [class*=screenreader], [class*=a11y-hidden], [class*=offscreen]")
_MAX_HEADS = 40


def _heading(node) -> str:
    """A heading's text, with KICKER where a kicker (overline) printed inside it ends."""
    t = clean(node.text(deep=True))
    if not t:
        return t
    for n in node.css(_SCREEN_READER)[:3]:
        # Text only screen readers announce ("Headline:", "| Site name") is not printed.
        hidden = clean(n.text(deep=True))
        if hidden != t and re.search(r"\w", hidden):
            t = clean(t.replace(hidden, " ", 1))
    kick = node.css_first(_KICKER)
    k = clean(kick.text(deep=True)) if kick is not None else ""
    if not k:
        # "<h2><span>Kicker</span><span>Headline</span></h2>": two styled parts and no loose text,
        # the shorter first one over the headline (themes style it by size, not by class name).
        kids = [c for c in node.iter(include_text=True) if c.tag != "-text" or c.text_content.strip()]
        if 2 <= len(kids) <= 3 and all(c.tag not in ("-text", "a", "br") for c in kids):
            first = clean(kids[0].text(deep=True))
            if first and len(first) < 0.6 * len(t) and first[-1:] not in ":.!?":
                k = first
    if k and t.startswith(k) and len(t) > len(k) + 8:
        t = k + KICKER + t[len(k):].lstrip(BR + " -–—:|·")
    return t


def dated_start(text: str) -> bool:
    """A line that opens with a date ("31.01.2022 2. HBL ...", "01. November 2021 | Natur")."""
    head = text[:24]
    return bool(parse_date(head)) and len(re.sub(r"[\W\d_]", "", head)) <= 12


def clean(text: str) -> str:
    return _WS.sub(" ", text).replace(f" {BR}", BR).replace(f"{BR} ", BR).strip()


_TOPIC_NAV = re.compile(r"\b(?:tags?|topics?|themen|schlagw\w*|stichw\w*|keywords?|mots[- ]clés|etiquetas|temas|"
                        r"argomenti|теги|темы)\b", re.I)


# Utility classes of the common CSS frameworks that set display:none (Bootstrap, Tailwind,
# Foundation, consent managers): sign-in walls, share pop-ups and consent dialogs wait in the
# page under them until a script shows them.
_HIDE_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|is-hidden|u-hidden|u-display-none|display-none|"
                         r"ot-hide)(?=\s|$)")
# ...unless a responsive class shows the element again from some screen width ("hidden md:block",
# "d-none d-lg-flex").
_SHOW_CLASS = re.compile(r"(?:^|\s)(?:[\w-]+:(?:block|flex|grid|inline|inline-block|table|contents)|"
                         r"d-\w+-(?:block|flex|grid|inline|inline-block|table))(?=\s|$)")


def _hidden(attrs, block: bool = False) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and ("none" in style or "hidden" in style):
        s = style.replace(" ", "").casefold()
        if "display:none" in s or "visibility:hidden" in s:
            return True
    if block:
        cls = attrs.get("class")
        if cls and ("hid" in cls or "none" in cls) and _HIDE_CLASS.search(cls) and not _SHOW_CLASS.search(cls):
            return True
    return False


def _teaser_date(node, headed: bool = False) -> bool:
    """A date beside a linked headline (<li><a>Other story headline</a> <time>...</time></li>):
    a teaser's date in a list of other stories, not this story's. The story's own date sits
    beside its byline, or its <h1> (which some themes link to the permalink). With ``headed``,
    only a link printed as a heading counts (author boxes link their names and affiliations)."""
    parent = node.parent
    # (A card may be an <article> of its own: the story's <article> runs longer than a teaser.)
    if parent is None or parent.tag in ("body", "html", "main"):
        return False
    # A teaser is a small item; the story's header holds its <h1>.
    if len(parent.text(deep=True)) > 300 or parent.css_first("h1") is not None:
        return False
    own = node.text(deep=True).strip()
    for a in parent.css("a")[:6]:
        t = a.text(deep=True).strip()
        if len(_WORDS.findall(t)) >= 4 and t not in own and own not in t and (not headed or (
                a.parent is not None and a.parent.tag in _SUBHEADS) or a.css_first("h2, h3, h4, h5, h6") is not None):
            return True
    return False


_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _teaser_byline(node) -> bool:
    """"By Jane Doe" under another story's linked headline: a card in a list of stories."""
    return _teaser_date(node, headed=True)


_WORDS = re.compile(r"\b[^\W\d_]{2,}\b")  # words of letters: a headline's, not a date's


def _links(node) -> list:
    return node.css("a[href]")


# In a table cell, content of its own: such a row is a layout table's, not a data row.
_ROW_BLOCK = ("p, div, table, ul, ol, li, dl, h1, h2, h3, h4, h5, h6, blockquote, figure, img, picture, video, "
              "iframe, time, form, section, article, aside, nav, header, footer, script")
# Containers of paragraphs: an inline element around one of them is a wrapper, not a phrase.
_BLOCK_INSIDE = "p, div, article, section, h1, h2, ul, ol, blockquote, figure"


# Elements of HTML itself; a tag outside these (and the inline ones) is a site's own invention.
_HTML_TAGS = frozenset({
    "html", "body", "div", "p", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "caption", "colgroup", "col", "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary",
    "form", "fieldset", "legend", "center", "hgroup", "menu", "dialog", "search", "object", "iframe", "video",
    "audio", "canvas", "svg", "math", "noscript", "template", "slot", "frameset", "frame", "marquee", "output",
    "progress", "meter", "ruby", "rt", "rp", "wbr", "label", "input", "button", "select", "textarea", "img",
    "picture", "source", "track", "map", "area", "embed", "param", "script", "style", "link", "meta", "base",
    "title", "head", "option", "optgroup", "datalist", "portal",
})


def _unknown_inline(node, tag: str) -> bool:
    """A site's own element ("<nonbold>Text:</nonbold> Jane Doe") holding only text, set beside
    loose text in one line: browsers lay out an unknown element inline, so it is part of that line,
    not a block of its own (a label cut off from the name it labels)."""
    if tag in _HTML_TAGS or tag in INLINE_TAGS or node.child is None or node.child.tag != "-text" \
            or node.child.next is not None:
        return False
    for sib in (node.prev, node.next):
        if sib is not None and sib.tag == "-text" and sib.text_content.strip():
            return True
    return False


def _mid_sentence(buf: list[str]) -> bool:
    """Running text stands before: three words or more, not a label ("Tags:")."""
    before = "".join(buf).rstrip()
    return len(before.split()) >= 3 and not before.endswith((":", "|", "#"))


def _block_wrapper(node, tag: str) -> bool:
    """An inline element wrapping whole blocks ("<span class=body><article><h1>...<p>...").
    Browsers lay those blocks out one under the other; read as one phrase, the story, its
    furniture and the text of scripts inside ran into one paragraph. A link is left as it is:
    a card wrapped in one ("<a><div>Teaser</div></a>") is a link all the same."""
    if tag in ("a", "br") or node.child is None or (node.child.next is None and node.child.tag == "-text"):
        return False
    return node.css_first(_BLOCK_INSIDE) is not None


_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|von|van|de|der|den|di|da|du|la|le|zu)){1,3}")


def _names_apart(node, text: str) -> str:
    """A byline whose people are sibling elements with no separator in the markup (a theme adds
    the commas in CSS): "<a>Jane Doe</a><a>John Roe</a>" reads "Jane Doe, John Roe", not as
    one four-word name. Only where two or more siblings each hold a full name."""
    if len(text) > 160:
        return text
    kids = [c for c in node.iter() if c.tag not in ("-text", "br")]
    if len(kids) == 1 and len(text) - len(clean(kids[0].text(deep=True))) < 4:
        kids = [c for c in kids[0].iter() if c.tag not in ("-text", "br")]  # one wrapper around them
    names = [clean(c.text(deep=True, separator=" ")) for c in kids]
    if len(names) < 2 or sum(1 for n in names if _PERSON.fullmatch(n)) < 2:
        return text
    out = text
    for a, b in zip(names, names[1:]):
        if _PERSON.fullmatch(a) and _PERSON.fullmatch(b):
            out = out.replace(f"{a} {b}", f"{a}, {b}", 1)
    return out


def _byline_lines(text: str) -> str:
    """A byline set over lines: "Jane Doe<br>Harbour Reporter". A line break ends the name as a
    separator would; read as one line, the job's first word runs into the name ("Jane Doe
    Harbour"). Only where each line holds two words or more, not a name set one word a line."""
    lines = [" ".join(x.split()) for x in text.split(BR)]
    lines = [x for x in lines if x]
    if len(lines) > 1 and all(len(x.split()) >= 2 for x in lines):
        return " | ".join(lines)
    return text.replace(BR, " ")


def _name_over_bio(node, text: str) -> str | None:
    """An author box: the writer's name in an element of its own, then a line or two about
    them ("<h4>Jane Doe</h4><p>Jane covers the harbour.</p>"). The name is the byline; read
    whole, the box is a name run into prose, and no name is found in it."""
    if len(text) < 40:
        return None
    for c in node.css("*"):
        t = clean(c.text(deep=True, separator=" ")).replace(BR, " ")
        if not t:
            continue
        if not text.startswith(t):
            return None  # loose text before it, or a label and the name apart: not this layout
        if t != text and _PERSON.fullmatch(t):
            # The rest is prose (several lower-case words), not more names or a date line.
            rest = text[len(t):].split()
            return t if sum(1 for w in rest if w[:1].islower()) >= 4 else None
    return None


def _all_link(node, text: str, in_figure: bool = False) -> bool:
    """Nearly all of the element's text sits inside links (or it is a link itself), or it is a
    form's small print."""
    if node.tag == "a":
        return "href" in node.attrs
    up, steps = node.parent, 0
    while up is not None and steps < 8 and not (in_figure and up.tag == "figure"):
        if up.tag == "form":
            return True
        up, steps = up.parent, steps + 1
    linked = sum(len(clean(a.text(deep=True, separator=" "))) for a in _links(node)[:20])
    return linked >= 0.9 * len(text)


class Walker:
    def __init__(self, page_chars: int):
        self.boxes: list[Box] = []
        self.blocks: list[Block] = []
        self.found = Furniture()
        self.teaser_dates: list[str] = []  # dates beside another story's headline link
        self._late_dates: list[tuple[str, bool, int, bool]] = []  # stamps marked as the last edit's
        self._link_byline = -1  # index in found.bylines of the last byline that is a rel=author link
        self.page_chars = max(page_chars, 1)
        self.cut: tuple[int, int] | None = None  # boxes [a, b) the region picker cut from the story's tail

    # -- entry ------------------------------------------------------------------------
    def run(self, body) -> None:
        self.boxes.append(Box(-1, body.tag or "body", None, 0, False))
        self._walk(body, 0, False, 0)
        self.found.dates += self._late_dates
        boxes = self.boxes
        # Sum text up the tree once, deepest boxes first.
        for i in range(len(boxes) - 1, 0, -1):
            b = boxes[i]
            p = boxes[b.parent]
            p.text += b.text
            p.links += b.links
            p.main = p.main or b.main or b.role == "body"

    def settle(self, good: list[float]) -> None:
        """Decide which junk-classed boxes are furniture, given each box's good paragraph text.

        Class names like "has-sidebar" or "sharingContainer" also sit on wrappers of the whole
        article: such a box is furniture only if it holds a minor share of the page's good text
        and no article-body container.
        """
        boxes = self.boxes
        limit = 0.5 * max(good[0], 1.0)
        for i in range(1, len(boxes)):
            b = boxes[i]
            if not b.harvest:
                # A long paragraph is prose whatever its class says ("paywall", "share-quote").
                prose = b.tag == "p" and b.text > 150 and b.links < 0.2 * b.text
                # Reader comments can outweigh a short article; they are never the article.
                big_ok = good[i] < limit or b.role == "comments"
                # Nor is a consent banner or a modal dialog, even one holding a body-classed box
                # (a privacy policy); only one wrapping nearly the whole page is its frame.
                overlay = b.role == "overlay" and good[i] < 0.8 * good[0]
                b.harvest = boxes[b.parent].harvest or overlay or (
                    b.junk and big_ok and not b.main and not prose)
        for blk in self.blocks:
            blk.harvest = blk.harvest or boxes[blk.box].harvest
            if not blk.harvest and len(blk.text) < 300 and blk.links < 0.3 * len(blk.text):
                # A picture's box holding one short line beside it: that line is the caption
                # (themes print it in a plain <p> or <span>, with no caption class). Outside
                # the story the same shape is an advert or a promo card: html.py decides.
                blk.imgcap = self._image_box(blk)
        f = self.found
        f.aside_dates = ([v for v, m, box, t in f.dates if boxes[box].harvest and m and t] + self.teaser_dates)[:3]
        f.dates = [(v, m, t) for v, m, box, t in f.dates if not boxes[box].harvest]
        f.aside_bylines += [v for v, box in f.bylines if boxes[box].harvest][:4]
        f.bylines = [v for v, box in f.bylines if not boxes[box].harvest]

    # -- the walk -----------------------------------------------------------------------
    def _walk(self, node, box: int, harvest: bool, depth: int) -> None:
        buf: list[str] = []
        links = nlinks = 0
        href = None
        anchors: list[str] = []
        emph: list[str] = []
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                t = child.text_content
                if t:
                    buf.append(t)
                continue
            if tag is None or tag[0] == "-" or (tag in SKIP_TAGS and not _viewer_button(child, tag)):
                if tag == "img" or tag == "picture":
                    self.boxes[box].img = True
                if tag == "nav":
                    self._nav(child)
                elif tag == "input" and (child.attrs.get("type") or "").casefold() == "email":
                    self._signup(box)
                # Some sites put the whole page inside <noscript> for script-less readers.
                if not (tag == "noscript" and child.css_first("p") is not None
                        and len(child.text(deep=True)) > 500):
                    continue
            attrs = child.attrs
            role = self._role(tag, attrs)
            if _hidden(attrs, tag not in INLINE_TAGS):
                # Hidden blocks are mostly furniture, but streamed pages (React, Next.js) park
                # the whole article in a hidden container for a script to move: judge by size.
                if tag in INLINE_TAGS:
                    continue
                role = role if role in ("caption", "tags", "byline", "date", "overlay") else "junk"
            if role is not None and role != "body":
                if tag in INLINE_TAGS and role in ("date",):
                    # An inline <time> inside a sentence stays part of the sentence.
                    self._furniture(child, role, harvest, box)
                    self._bylines_inside(child, harvest, box)
                    if buf and any(s.strip() for s in buf):
                        t = child.text(deep=True)
                        buf.append(t)
                    continue
                if tag == "a" and role == "tags" and node.tag == "p" and _mid_sentence(buf):
                    # A CMS links words of a paragraph to their topic pages ("in the 1986 <a
                    # class=auto-tag>crime film</a> ..."): the words stay in the sentence.
                    self._furniture(child, role, harvest, box)
                    t = child.text(deep=True)
                    buf.append(t)
                    links += len(t.strip())
                    nlinks += 1
                    continue
                action = self._furniture(child, role, harvest, box)
                if action == "skip":
                    continue
                role = action if action in ("junk", "comments", "overlay") else None
            if tag == "a" and role is None and child.child is not None and _zoom_link(child):
                # A link around a whole captioned picture opens it (full size, a lightbox, the
                # page's own gallery): its <figcaption> is the picture's caption, not link text.
                for fig in child.css("figure")[:5]:
                    self._furniture(fig, "figure", harvest, box)
                self.boxes[box].img = True
                continue
            if (tag in INLINE_TAGS or _unknown_inline(child, tag)) and role is None and not _block_wrapper(child, tag):
                if tag == "br":
                    buf.append(BR)
                    continue
                t = child.text(deep=True)
                if not t:
                    if child.child is not None and child.css_first("img") is not None:
                        self.boxes[box].img = True  # <span><picture><img>: a picture all the same
                    continue
                buf.append(t)
                if tag in _EMPH:
                    emph.append(t)
                if tag == "a" and ("href" in attrs or "name" not in attrs):  # <a name=...> is a jump target
                    links += len(t.strip())
                    nlinks += 1
                    if len(anchors) < 50:
                        anchors.append(clean(t))
                    if href is None:
                        href = attrs.get("href")
                    inner = child.css_first("span[class], div[class]") if child.child is not None else None
                    # <a><span class="tag">Topic</span></a>: the marker sits inside the link.
                    if inner is not None and role_of(inner.attrs) == "tags":
                        self.found.tag_groups.append([clean(t)])
                elif child.child is not None and child.child.next is not None or (
                        child.child is not None and child.child.tag != "-text"):
                    for a in _links(child):
                        at = a.text(deep=True)
                        links += len(at.strip())
                        nlinks += 1
                        if href is None:
                            href = a.attrs.get("href")
                    # Dates nested in inline wrappers (<span><time>, <span><strong class=date>).
                    for d in child.css("time, [class*=date]")[:3]:
                        if len(d.text(deep=True)) < 80:
                            self._date(d, True, box)
                    # And bylines (<span class="meta--light"><span class="author">Jane Doe</span></span>).
                    if len(t) < 200:
                        self._bylines_inside(child, harvest, box)
                continue
            if tag == "tr" and role is None and depth < _MAX_DEPTH:
                cells = self._row_cells(child)
                if cells:
                    # A data table's row reads as one line ("Wire transfer | $10"): cell by
                    # cell, each figure or label was a fragment too short to pass as text.
                    if buf:
                        self._emit(buf, box, node.tag, links, nlinks, href, harvest, anchors, emph)
                        buf, links, nlinks, href, anchors, emph = [], 0, 0, None, [], []
                    self.boxes.append(Box(box, tag, None, depth + 1, harvest))
                    self._row(cells, len(self.boxes) - 1, harvest)
                    continue
            # A block-level child: flush pending inline text, then descend.
            if buf:
                self._emit(buf, box, node.tag, links, nlinks, href, harvest, anchors, emph)
                buf, links, nlinks, href, anchors, emph = [], 0, 0, None, [], []
            if depth >= _MAX_DEPTH or len(self.blocks) >= _MAX_BLOCKS:
                continue
            child_harvest = harvest or role in ("tags", "byline", "caption", "date", "credit")
            # A video player or card ("video-card", "player-placeholder") prints the clip's title
            # and teaser over its poster frame: furniture, unless it holds most of the page.
            junk = role in ("junk", "comments", "overlay") or tag in ("aside", "footer") or bool(
                _PLAYER.search(attrs.get("class") or ""))
            if tag in _HEAD_TAGS and not harvest and (tag == "h1" or len(self.found.heads) < _MAX_HEADS):
                t = _heading(child)
                if t and tag == "h1":
                    # Themes set the site's name or logo in an <h1> of its own ("site-title"):
                    # the masthead, whatever text it holds (a slogan, a blog's name).
                    if not _MASTHEAD.search(attrs.get("class") or ""):
                        self.found.h1.append(t)
                        self.found.h1_boxes.append(len(self.boxes))
                elif t:
                    self.found.heads.append((t, len(self.boxes)))
            self.boxes.append(Box(box, tag, role, depth + 1, child_harvest, junk))
            self._walk(child, len(self.boxes) - 1, child_harvest, depth + 1)
        if buf:
            self._emit(buf, box, node.tag, links, nlinks, href, harvest, anchors, emph)

    def _signup(self, box: int) -> None:
        """An e-mail field: the form and the box around it are a sign-up box (a newsletter's
        name, its pitch, the small print), furniture however plain its markup. Up to two boxes
        above the field's, never the story's container or a page's frame."""
        i = box
        for _ in range(3):
            b = self.boxes[i]
            if i <= 0 or b.role == "body" or b.tag in ("article", "main", "body"):
                return
            b.junk = True
            i = b.parent

    def _emit(self, buf, box, tag, links, nlinks, href, harvest, anchors=(), emph=()) -> None:
        text = clean("".join(buf))
        if not text or text == BR:
            return
        bold = bool(emph) and "".join("".join(emph).split()) == "".join(text.replace(BR, " ").split())
        self.blocks.append(Block(text, box, tag or "", links, nlinks, href, harvest, tuple(anchors), bold))
        b = self.boxes[box]
        b.text += len(text)
        b.links += links

    def _row_cells(self, tr) -> list | None:
        """The cells of a table row that holds only short inline content, or None. A row whose
        cells hold paragraphs, lists, pictures or furniture (a layout table) is walked as before."""
        cells = []
        for c in tr.iter():
            if c.tag not in ("td", "th") or _hidden(c.attrs):
                if c.tag in ("td", "th") or (c.tag or "-")[0] == "-":
                    continue
                return None
            if self._role(c.tag, c.attrs) is not None or c.css_first(_ROW_BLOCK) is not None:
                return None
            cells.append(c)
        return cells if len(cells) >= 2 else None

    def _row(self, cells, box: int, harvest: bool) -> None:
        texts = [clean(c.text(deep=True).replace(BR, " ")) for c in cells]
        if len(texts) >= 5 and _calendar_week(texts):
            return
        parts, links, nlinks, href, anchors, cost = [], 0, 0, None, [], 0
        for c, t in zip(cells, texts):
            if not t:
                continue
            parts.append(t)
            own = 0
            for a in _links(c):
                at = clean(a.text(deep=True))
                own += len(at)
                nlinks += 1
                anchors.append(at)
                if href is None:
                    href = a.attrs.get("href")
            links += own
            cost += link_waste(len(t), own)
        if parts:
            self._emit([" | ".join(parts)], box, "tr", links, nlinks, href, harvest, anchors[:50])
            self.blocks[-1].cost = cost

    # -- furniture ----------------------------------------------------------------------
    def _role(self, tag: str, attrs) -> str | None:
        if tag in ("figcaption",):
            return "caption"
        if tag == "figure":
            return "figure"
        if tag in ("time", "date"):
            return "date"  # (<date> is no HTML element, but themes write it for <time>)
        if tag == "a":
            rel = attrs.get("rel") or ""
            if "tag" in rel.split():
                return "tags"
            if "author" in rel.split():
                return "byline"
        aria = attrs.get("role")
        if aria in ("dialog", "alertdialog") or attrs.get("aria-modal") == "true":
            return "overlay"
        if aria in ("navigation", "complementary", "contentinfo", "banner", "search"):
            return "junk"
        if not ("class" in attrs or "id" in attrs or "itemprop" in attrs or "data-testid" in attrs
                or "data-component" in attrs):
            return None
        if tag in ("html", "body", "main"):
            return None
        role = role_of(attrs)
        if role is None:
            return None
        if tag == "article" and role not in ("body",):
            return None  # an <article> is content whatever its classes say
        if role == "body" and tag == "a":
            # A link styled for the story's text ("story-body__link") is not the story's
            # container: read as one, another story's linked headline became a paragraph.
            return None
        return role

    def _furniture(self, node, role: str, harvest: bool, box: int) -> str:
        """Record furniture. Returns what to do with the node: "skip" it, walk it as "junk"
        (content only if it proves to hold most of the page), or walk it as plain "content"."""
        f = self.found
        if role == "figure":
            if node.css_first("table") is not None and node.css_first("img, picture, video, iframe") is None:
                # A table set in a <figure> (themes number their tables like pictures): the
                # table is content; its <figcaption> is met on the walk.
                return "content"
            caps = node.css("figcaption, [class*=caption], [class*=Caption], [itemprop=caption]")
            card = node.css_first("a[href] figcaption")
            if card is not None and not _zoom_href(card):
                # A figure whose picture and caption are one link to another page is a banner
                # or a teaser card: its "caption" is the link's label or the other story's title.
                caps = []
            seen = set()
            if not harvest:
                # The header figure of some themes carries the article's date line.
                for d in node.css("time, [class*=date]")[:2]:
                    if len(d.text(deep=True)) < 80:
                        self._date(d, True, box)
            for c in caps[:5]:
                t = clean(c.text(deep=True, separator=" ")).replace(BR, " ")
                if (len(t) < 80 and parse_date(t)) or dated_start(t):
                    self.found.dates.append((t[:80], True, box, True))  # a date line in the header figure
                    continue
                if t and t not in seen and not any(t in s for s in seen) and not _all_link(c, t, True):
                    seen.add(t)
                    f.captions.append((t, harvest))
            return "skip"
        if role in ("comments", "overlay"):
            return role
        if role == "junk":
            if "breadcrumb" in ((node.attrs.get("class") or "") + (node.attrs.get("id") or "")).casefold():
                self._nav(node, breadcrumb=True)
            return "junk"  # walked in harvest mode: tag lists and captions inside still count
        text = clean(node.text(deep=True, separator=" ")) if role != "related" else ""
        if len(text) > _FURNITURE_MAX.get(role, 10**9):
            if role == "byline" and _AUTHOR_BIO.search(" ".join(filter(None, (node.attrs.get("class"), node.attrs.get("id"))))):
                return "junk"  # the writer's biography box: prose about the writer, not the story
            # No date line or byline runs this long: a wrapper that happens to carry the class.
            return "content"
        if role == "caption" and len(text) < 80 and parse_date(text):
            role = "date"  # a dateline styled like a caption ("01. November 2021 | Tipps")
        elif role == "caption" and dated_start(text):
            self.found.dates.append((text[:40], True, box, True))  # a caption box opening with the date
        if role == "caption":
            # A caption-styled element that is all link text is a link label set in small print
            # (footer menus, sign-in hints), not words about a picture.
            if text and len(text) < 1500 and not _all_link(node, text):
                f.captions.append((text.replace(BR, " "), harvest))
        elif role == "credit":
            if text and len(text) < 200:
                f.credits.append(text)
            if text[:1] == "©" and len(f.copyright) < 4:
                # The site's copyright line, however long the legal text after it runs.
                f.copyright.append(text.split(BR)[0][:160])
        elif role == "byline":
            if node.tag == "a" and text and len(text) < 80:
                f.rel_authors.append(text)  # rel=author is explicit even in a post footer
            if text and len(text) < 300 and harvest and len(f.aside_bylines) < 4 and not self._in_comments(box):
                f.aside_bylines.append(text.replace(BR, " "))
            # Another story's byline under its linked headline (a teaser card) names nobody of
            # this story, not even as a last resort: two cards by two writers read as co-authors.
            bio_name = None if harvest else _name_over_bio(node, text.replace(BR, " "))
            if bio_name or (text and len(text) < 300 and not harvest and not _teaser_byline(node)):
                line = bio_name or _byline_lines(_names_apart(node, text))
                last = len(f.bylines) - 1
                # One person's element: a rel=author link, an itemprop=author.
                single = node.tag == "a" or (node.attrs.get("itemprop") or "").casefold() in ("author", "creator")
                if single and last >= 0 and last == self._link_byline and f.bylines[last][1] == box \
                        and len(f.bylines[last][0]) + len(line) < 300:
                    # "<a rel=author>Jane Doe</a>, <a rel=author>John Roe</a>": co-authors' elements
                    # side by side in one line are one byline, not a byline and a later teaser's.
                    f.bylines[last] = (f.bylines[last][0] + ", " + line, box)
                else:
                    f.bylines.append((line, box))
                self._link_byline = len(f.bylines) - 1 if single else -1
                for a in node.css("a[rel~=author], [itemprop=name]"):
                    t = clean(a.text(deep=True))
                    if t and not _list_item_name(a, node):
                        f.author_links.append(t)
                for t in node.css("time"):
                    self._date(t, False, box)
                # "By Jane Doe <span class=date>8 January 2020</span>": the byline box holds the
                # story's date line, marked as such, where no <time> element states it.
                if node.css_first("time") is None:
                    for d in node.css("[class]")[:12]:
                        if d.tag != "a" and role_of(d.attrs) == "date":
                            self._date(d, True, box)
                            break
        elif role == "date":
            # A reader comment's date line ("comment-date") dates the comment, not the story.
            if not harvest and not self._in_comments(box):
                self._date(node, True, box)
                # "Posted on <date> by <author>": themes nest the byline in the date line.
                self._bylines_inside(node, harvest, box)
        elif role == "tags":
            items = [clean(a.text(deep=True)) for a in (node.css("a") or [node])]
            items = [t for t in items if t and len(t) < 80]
            if items:
                f.tag_groups.append(items)
            return "skip"
        elif role == "related":
            if len(node.text(deep=True)) < 5000:
                for a in node.css("a[href]")[:60]:
                    t = clean(a.text(deep=True, separator=" ")).replace(BR, " ")
                    if len(t.split()) >= 3 or (len(t) >= 12 and not t.isascii()):
                        f.related.append((t, a.attrs.get("href")))
            # Walked like junk: a "related" class on the article's own wrapper must not hide it.
            return "junk"
        return "skip"

    def _image_box(self, blk: Block) -> bool:
        """The block is an element of its own (a <p>, a <span>) beside a picture: one or two
        boxes up, a box holds an <img> and little text but the block's. A picture inside the
        paragraph itself is an illustration of it, not a caption."""
        i, n = blk.box, len(blk.text)
        if self.boxes[i].img:
            return False
        for _ in range(2):
            i = self.boxes[i].parent
            if i < 0:
                return False
            b = self.boxes[i]
            # (A caption and its credit line fit; a paragraph beside them does not.)
            if b.text > n + 120 or b.tag in ("body", "article", "main") or b.role == "body":
                return False
            if b.img:
                return True
        return False

    def _in_comments(self, box: int) -> bool:
        """Inside reader comments: their author names are commenters, not the byline."""
        while box >= 0:
            b = self.boxes[box]
            if b.role == "comments":
                return True
            box = b.parent
        return False

    def _bylines_inside(self, node, harvest: bool, box: int) -> None:
        if harvest or node.child is None:
            return
        for n in node.css(_BYLINE_INSIDE)[:2]:
            t = clean(n.text(deep=True, separator=" ")).replace(BR, " ")
            if t and len(t) < 120:
                self.found.bylines.append((t, box))
                if n.tag == "a" or n.css_first("a") is not None:
                    self.found.author_links.append(t)
                return

    def _date(self, node, marker: bool, box: int) -> None:
        if _teaser_date(node):
            t = clean(node.text(deep=True, separator=" "))
            if t and len(t) < 200 and len(self.teaser_dates) < 3:
                self.teaser_dates.append(t)
            return
        a = node.attrs
        # "<time class=updated>" beside "<time class=published>": the last edit's stamp comes
        # after every other date, whichever the theme prints first ("entry-date published
        # updated" marks one stamp as both: published).
        key = " ".join(filter(None, (a.get("class"), a.get("itemprop"))))
        dates = self._late_dates if key and _MODIFIED_KEY.search(key) and not _PUBLISHED_KEY.search(key) \
            else self.found.dates
        v = a.get("datetime") or a.get("content") or a.get("data-date") or a.get("title")
        if v:
            dates.append((v, marker or node.tag == "time", box, False))
        t = clean(node.text(deep=True, separator=" "))
        if t and len(t) < 200:
            dates.append((t, marker, box, True))

    def _nav(self, node, breadcrumb: bool = False) -> None:
        key = ((node.attrs.get("class") or "") + " " + (node.attrs.get("id") or "") + " "
               + (node.attrs.get("aria-label") or "")).casefold()
        if breadcrumb or "breadcrumb" in key:
            self.found.breadcrumbs = [clean(a.text(deep=True)) for a in node.css("a, span[itemprop=name]")
                                      if clean(a.text(deep=True))]
            return
        # Topic links are often a <nav> of their own ("Themen in diesem Artikel", rel=tag).
        links = node.css("a[rel~=tag]")
        if not links and _TOPIC_NAV.search(key):
            links = node.css("a")
        items = [t for t in (clean(a.text(deep=True)) for a in links[:40]) if t and len(t) < 80]
        if items:
            self.found.tag_groups.append(items)


def link_waste(chars: int, links: int) -> int:
    """What a line of ``chars`` characters, ``links`` of them link text, weighs as furniture
    in its box: links are the furniture's signature; short plain lines (table cells, labels)
    cost little."""
    return (chars if links > 0.4 * chars else links) + (15 if links else 4)


def _calendar_week(texts: list[str]) -> bool:
    """A row of a date-picker or archive calendar: weekday initials ("Mo | Di | Mi ...") or a
    run of consecutive day numbers ("12 | 13 | 14 ..."), every cell one or two characters. A
    row of short figures that do not follow on (drawn lottery numbers, a score line) is data."""
    filled = [t for t in texts if t]
    if not filled or any(len(t) > 2 for t in filled):
        return False
    if all(t.isalpha() for t in filled):
        return True
    if not all(t.isdigit() for t in filled):
        return False
    days = [int(t) for t in filled]
    return all(b == a + 1 for a, b in zip(days, days[1:]))


def _list_item_name(node, top) -> bool:
    """An itemprop=name of a list's item (a breadcrumb trail set in the byline box: "in
    Rubrik: Brand > Brand Tests"), not a person's name."""
    if node.attrs.get("rel") and "author" in node.attrs["rel"].split():
        return False
    n = node.parent
    for _ in range(4):
        if n is None or n == top:
            return False
        if n.attrs.get("itemprop") in ("item", "itemListElement"):
            return True
        n = n.parent
    return False


def heading_level(tag: str) -> int:
    return int(tag[1]) if tag in HEADINGS else 0


# Where a link that opens a picture points: nowhere or a place on this page ("#", "#photo-2"),
# the image file itself, or the site's page for the picture ("/articles/image/...", "/foto/").
# A link to another page around a captioned picture is a teaser card.
_IMAGE_HREF = re.compile(r"^(?:#|$)|\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)|"
                         r"/(?:images?|photos?|fotos?|bilder?|pictures?)/", re.I)


def _zoom_href(figcaption) -> bool:
    """The link around a figcaption opens the picture (see _IMAGE_HREF)."""
    a = figcaption.parent
    while a is not None and a.tag != "a":
        a = a.parent
    return a is None or _IMAGE_HREF.search((a.attrs.get("href") or "").strip()) is not None


def _zoom_link(a) -> bool:
    fig = a.css_first("figure")
    return (fig is not None and _IMAGE_HREF.search((a.attrs.get("href") or "").strip()) is not None
            and fig.css_first("figcaption") is not None and fig.css_first("img, picture") is not None)


def _viewer_button(node, tag: str) -> bool:
    """A button wrapping a captioned picture opens it full size: the caption inside is the
    page's own, not a control's label."""
    return tag == "button" and node.css_first("figcaption") is not None
