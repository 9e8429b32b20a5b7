"""Page metadata from <meta>, <link>, <html lang> and JSON-LD, read in one pass over those nodes.

Publishers state title, date, authors, section and keywords for search engines and social
cards more reliably than the visible page does; the HTML extractor asks here first and
falls back to the visible page.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                  "webpage", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
                  "newsmediaarticle", "posting", "videoobject", "discussionforumposting", "recipe", "howto",
                  "creativework", "podcastepisode", "review", "satiricalarticle", "advertisercontentarticle",
                  "itempage", "medicalwebpage"}
_MAX_JSONLD = 300_000  # characters per script block: enough for any real article, bounded for hostile ones


@dataclass
class PageMeta:
    """What the page says about itself, before reading the visible text."""

    titles: list[str] = field(default_factory=list)  # og:title, twitter:title, JSON-LD headline
    html_title: str | None = None
    news: bool = False  # JSON-LD declares a news article (NewsArticle and its kinds, LiveBlogPosting)
    site_names: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # raw date strings, best first
    modified: list[str] = field(default_factory=list)
    published_loose: list[str] = field(default_factory=list)  # dates under unfamiliar meta names
    authors_ld: list[str] = field(default_factory=list)  # JSON-LD Person names
    orgs_ld: list[str] = field(default_factory=list)  # JSON-LD author organisations
    authors_meta: list[str] = field(default_factory=list)  # <meta name=author> and friends
    section: str | None = None
    keywords: list[str] = field(default_factory=list)  # article:tag / news_keywords / JSON-LD
    keywords_loose: list[str] = field(default_factory=list)  # <meta name=keywords>: often SEO noise
    keywords_ld: list[str] = field(default_factory=list)  # JSON-LD keywords
    url: str | None = None
    language: str | None = None
    # The first language tag that names a region ("en-US", og:locale "en_GB"): <html lang="en">
    # often leaves the region to og:locale, and the region decides how "6/5/2024" reads.
    locale: str | None = None
    description: str | None = None
    ld_body: str | None = None  # JSON-LD articleBody, a fallback when the markup hides the text
    ld_captions: list[str] = field(default_factory=list)  # JSON-LD ImageObject captions


_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time",
              "datepublished", "publishdate", "publish-date", "pubdate", "publish_date",
              "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
              "dcterms.date", "dcterms.created", "dcterms.issued", "date", "article_date_original",
              "original-publish-date", "cxenseparse:recs:publishtime", "article.created", "created",
              "release_date", "displaydate", "published_time", "og:pubdate", "citation_publication_date",
              "dc.date.created", "last-modified-original", "datecreated", "publication_date", "content_publish_date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                  "article:modified", "lastmod")
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "byl", "twitter:creator:name", "citation_author", "cxenseparse:author", "article.author")
_TAG_META = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags", "og:article:tag", "dc.subject",
             "article.tags", "cxenseparse:recs:tag")
_TAG_KEY = re.compile(r"[-_.:](?:keywords|tags)$")
_SECTION_META = ("article:section", "parsely-section", "og:article:section", "section", "article.section",
                 "cxenseparse:recs:articlesection", "category")


# Scholar's citation tags hold one writer each, surname first ("Lindholm, Mara K."); read as a
# list, the comma would split one person into two.
_SURNAME_FIRST = re.compile(r"\s*([^,;]+?)\s*,\s*([^,;]+?)\s*")


def _citation_name(value: str) -> str:
    m = _SURNAME_FIRST.fullmatch(value)
    return f"{m.group(2)} {m.group(1)}" if m else value


_MARKUP = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]{0,200}>", re.I | re.S)


_COMPACT = re.compile(r"\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?\s*")


_EPOCH = re.compile(r"1\d{9}(?:\d{3})?")


def _compact_iso(value: str) -> str:
    """A date meta field in the basic ISO form ("20240303", "20240303T101500") as extended
    ISO, which the date reader knows; a run of digits in prose is no date, in this field it is."""
    m = _COMPACT.fullmatch(value)
    if not m:
        if _EPOCH.fullmatch(value):
            # Seconds (or milliseconds) since 1970, as some CMSs fill article:published_time.
            stamp = datetime.fromtimestamp(int(value[:10]), timezone.utc)
            return stamp.isoformat() if 2000 <= stamp.year <= 2100 else value
        return value
    y, mo, d, hh, mm, ss, zone = m.groups()
    zone = "" if not (zone and hh) else "Z" if zone == "Z" else f"{zone[:3]}:{zone[3:]}"
    return f"{y}-{mo}-{d}" + (f"T{hh}:{mm}:{ss or '00'}{zone}" if hh else "")


def _plain(text: str) -> str:
    """Text of a title that may carry markup: <title> is raw text, so "<script>" inside it is
    literal; a headline never contains tags, so they and script bodies are removed."""
    # JSON-LD strings sometimes carry HTML entities ("Swift&#8217;s") that no parser decoded.
    return " ".join(html.unescape(_MARKUP.sub(" ", text)).split())


_PUB_KEY = re.compile(r"pub|publish|creat|release|issued|(?:^|[._:-])date(?:$|[._:-])", re.I)
_NOT_PUB_KEY = re.compile(r"modif|updat|expir|revis|edit|birth|event|start|end|valid|copyright|last|image", re.I)
# Authors in the page's own data scripts (analytics data layers, page-state JSON):
# "author": "Jane Doe", dlData['Author'] = 'Jane Doe', "authors": ["Jane Doe", "John Roe"].
SCRIPT_AUTHOR = re.compile(r"""["']?(?:author|authors|authorname|author_name|article_?author|content_?author)["']\]?"""
                           r"""\s*[:=]\s*\[?\s*(["'])([^"'\\<>{}\[\]:/@]{3,80})\1""", re.I)
# Dates in the page's own data scripts (JSON state of script-rendered sites, broken JSON-LD).
SCRIPT_DATE = re.compile(r'"(?:datePublished|published_at|publishedAt|publishDate|publish_date|firstPublished|'
                         r'first_published_at|first_publish_date|createdAt|created_at|dateCreated|pubDate|deployDt)"\s*:\s*"([^"]{8,40})"')


def _split_list(value: str) -> list[str]:
    sep = ";" if ";" in value and value.count(";") >= value.count(",") else ","
    return [v.strip() for v in value.split(sep) if v.strip()]


def _names(value) -> tuple[list[str], list[str]]:
    """(person names, organisation names) from a JSON-LD author value."""
    people, orgs = [], []
    items = value if isinstance(value, list) else [value]
    for it in items[:30]:
        if isinstance(it, str):
            people.append(it)
        elif isinstance(it, dict):
            name = it.get("name")
            if isinstance(name, list):
                name = " ".join(n for n in name if isinstance(n, str))
            if not isinstance(name, str):
                given, family = it.get("givenName"), it.get("familyName")
                name = " ".join(x for x in (given, family) if isinstance(x, str)) or None
            if not name:
                continue
            kind = it.get("@type")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            (orgs if "Organization" in kind or "NewsMedia" in kind else people).append(name)
    return people, orgs


def _walk_ld(obj, out: list[dict], depth: int = 0) -> None:
    if depth > 6 or len(out) > 50:
        return
    if isinstance(obj, list):
        for it in obj[:100]:
            _walk_ld(it, out, depth + 1)
    elif isinstance(obj, dict):
        kind = _kind(obj)
        kinds = {str(k).casefold() for k in (kind if isinstance(kind, list) else [kind])}
        if kinds & _ARTICLE_TYPES:
            out.append(obj)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in obj:
                _walk_ld(obj[key], out, depth + 1)


def _index_ids(obj, out: dict[str, dict], depth: int = 0) -> None:
    """Map "@id" -> node, so that {"author": {"@id": ...}} can be resolved (Yoast @graph pages)."""
    if depth > 4 or len(out) > 200:
        return
    if isinstance(obj, list):
        for it in obj[:100]:
            _index_ids(it, out, depth + 1)
    elif isinstance(obj, dict):
        if isinstance(obj.get("@id"), str) and len(obj) > 1:
            out.setdefault(obj["@id"], obj)
        if "@graph" in obj:
            _index_ids(obj["@graph"], out, depth + 1)


def _resolve(value, by_id: dict[str, dict]):
    items = value if isinstance(value, list) else [value]
    return [by_id.get(it["@id"], it) if isinstance(it, dict) and set(it) == {"@id"} and isinstance(it["@id"], str)
            else it for it in items]


def _kind(obj: dict):
    """The node's @type; hand-written markup sometimes spells the keyword "type"."""
    return obj.get("@type") or obj.get("type")


def _ld_score(obj: dict) -> int:
    kind = _kind(obj)
    kinds = {str(k).casefold() for k in (kind if isinstance(kind, list) else [kind])}
    score = 3 if kinds & {"newsarticle", "reportagenewsarticle", "article", "blogposting", "analysisnewsarticle",
                          "opinionnewsarticle", "liveblogposting", "backgroundnewsarticle"} else 0
    score += bool(obj.get("headline")) + bool(obj.get("datePublished")) + bool(obj.get("author"))
    return score


_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|section)\s*>", re.I)
_TAG = re.compile(r"<(?:/?[a-zA-Z][^<>]*|!--.*?--)>", re.S)


def _markup_to_text(body: str) -> str:
    """Some CMSs put the body's HTML into articleBody: its paragraphs, without the tags."""
    if "<" not in body and "&lt;" in body:
        # Escaped twice ("&lt;p class=&quot;texto&quot;&gt;Em busca ..."): the markup under the entities.
        unescaped = html.unescape(body)
        if _TAG.search(unescaped):
            body = unescaped
    if "<" not in body or not _TAG.search(body):
        return body
    body = _BLOCK_END.sub("\n\n", body)
    return html.unescape(_TAG.sub("", body))


_FEED_WORDS = re.compile(r"^\s*(?:rss|atom)(?:\s+feed)?\s*[-–|:]\s*|\s*[-–|:]?\s*(?:rss|atom)(?:\s*2\.0)?(?:\s+feed)?\s*$", re.I)


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def read_meta(tree) -> PageMeta:
    """Collect PageMeta from a parsed selectolax tree."""
    meta = PageMeta()
    root = tree.root
    if root is not None:
        lang = root.attrs.get("lang") or root.attrs.get("xml:lang")
        if lang:
            meta.language = lang.strip()
    title_node = tree.css_first("title")
    if title_node is not None:
        meta.html_title = _plain(title_node.text()) or None

    props: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        a = node.attrs
        key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
        content = a.get("content")
        if content is None and a.get("itemprop"):
            content = a.get("datetime")
        if not key or content is None:
            continue
        content = " ".join(content.split())
        if content:
            props.setdefault(key.strip().casefold(), []).append(content[:1000])
    first = lambda *keys: next((props[k][0] for k in keys if k in props), None)

    for k in ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title"):
        if k in props and _plain(props[k][0]):
            meta.titles.append(_plain(props[k][0]))
    for k in ("og:site_name", "application-name", "twitter:site", "publisher", "apple-mobile-web-app-title",
              "al:ios:app_name", "twitter:app:name:iphone"):
        if k in props:
            meta.site_names.append(props[k][0].lstrip("@"))
    for k in _DATE_META:
        meta.published += map(_compact_iso, props.get(k, []))
    # Site-specific names ("sw-pubdate", "article.publishDate") still say what they hold.
    for k, vs in props.items():
        if k not in _DATE_META and _PUB_KEY.search(k) and not _NOT_PUB_KEY.search(k):
            meta.published_loose += map(_compact_iso, vs)
    # Parse.ly's older tag: one JSON object with the story's date and writers.
    page = _parsely_page(first("parsely-page"))
    if isinstance(page.get("pub_date"), str):
        meta.published.append(page["pub_date"])
    for k in _MODIFIED_META:
        meta.modified += props.get(k, [])
    for k in _AUTHOR_META:
        for v in props.get(k, []):
            if not v.startswith("http") and "@" not in v[:1]:
                v = html.unescape(v)  # "Redacci&oacute;n" escaped twice
                if k == "citation_author":
                    v = _citation_name(v)
                meta.authors_meta.append(v)
    writers = page.get("authors") or page.get("author") or []
    for v in writers if isinstance(writers, list) else [writers]:
        if isinstance(v, str) and v.strip() and not v.startswith("http"):
            meta.authors_meta.append(" ".join(v.split()))
    # Yoast and similar plugins print "Written by: Jane Doe" as a labelled social-card pair.
    for n in range(1, 4):
        label = first(f"twitter:label{n}")
        if label and re.search(r"written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|autor|author",
                               label, re.I):
            data = first(f"twitter:data{n}")
            if data:
                meta.authors_meta.insert(0, data)
    meta.section = first(*_SECTION_META)
    for k in _TAG_META:
        for v in props.get(k, []):
            meta.keywords += _split_list(v)
    for v in props.get("keywords", []):
        meta.keywords_loose += _split_list(v)
    # Site-specific names ("custom-keywords", "page.tags") still say what they hold.
    if not meta.keywords_loose:
        for k, vs in props.items():
            if k not in _TAG_META and _TAG_KEY.search(k):
                for v in vs:
                    meta.keywords_loose += _split_list(v)
    meta.description = first("og:description", "description", "twitter:description")
    meta.url = first("og:url")
    locale = first("og:locale", "content-language", "language", "dc.language")
    if not meta.language and locale:
        meta.language = locale
    meta.locale = next((t.strip() for t in (meta.language, locale)
                        if t and re.match(r"\s*[a-z]{2,3}[-_][a-z]{2}\b", t, re.I)), None)

    for node in tree.css("link[rel]"):
        rel = (node.attrs.get("rel") or "").casefold().split()
        if "canonical" in rel and node.attrs.get("href", "").startswith("http"):
            meta.url = node.attrs["href"].strip()
            break

    # A feed's title names the site: WordPress writes "Site » Feed" and "Site » Headline Comments
    # Feed", others "Site RSS" or "RSS - Site".
    page_title = _letters(meta.html_title or "")
    for node in tree.css('link[rel~="alternate"][title]'):
        kind, title = (node.attrs.get("type") or "").casefold(), " ".join((node.attrs.get("title") or "").split())
        if "rss" not in kind and "atom" not in kind:
            continue
        name = title.split(" » ")[0] if " » " in title else _FEED_WORDS.sub("", title)
        # Some sites give each story its own feed ("Headline RSS"): a name that takes up most of
        # the page's <title> is that headline, not the site.
        story = len(_letters(name)) > 0.5 * len(page_title) and _letters(name) in page_title
        if name and name != title and 2 <= len(name) <= 60 and not story:
            meta.site_names.append(name)
            break

    _read_jsonld(tree, meta)
    # Time elements and itemprops in the body also carry machine-readable dates.
    # (Drupal's RDFa: <span property="dc:date dc:created" content="...">.)
    for node in tree.css("[itemprop=datePublished], [itemprop=dateCreated], "
                         "span[property~='dc:created'][content], span[property~='dcterms:created'][content]"):
        v = node.attrs.get("content") or node.attrs.get("datetime") or node.text()
        if v:
            meta.published.append(" ".join(v.split())[:200])
    return meta


def _parsely_page(raw: str | None) -> dict:
    if not raw or not raw.lstrip().startswith("{"):
        return {}
    try:
        value = json.loads(html.unescape(raw))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# Hand-edited templates wrap the JSON in comment or CDATA markers and leave trailing commas.
_LD_WRAPPER = re.compile(r"^\s*(?://|/\*)?\s*(?:<!\[CDATA\[|<!--)\s*(?:\*/)?|(?://|/\*)?\s*(?:\]\]>|-->)\s*(?:\*/)?\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _loads_lenient(raw: str):
    """The JSON-LD as publishers write it, or None."""
    text = raw.strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        pass
    # Publishers leave raw newlines and control characters in strings.
    text = re.sub(r"[\x00-\x1f]+", " ", text)
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _LD_WRAPPER.sub("", text)).strip().rstrip(";"))
    except ValueError:
        return None


def _read_jsonld(tree, meta: PageMeta) -> None:
    articles: list[dict] = []
    by_id: dict[str, dict] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text()
        if not raw or len(raw) > _MAX_JSONLD:
            continue
        data = _loads_lenient(raw)
        if data is None:
            continue
        _walk_ld(data, articles)
        _index_ids(data, by_id)
        # The WebSite node names the site (Yoast's @graph states one on every page, with no
        # og:site_name beside it on many): its name is what a <title> prefixes or suffixes.
        for node in (data.get("@graph") if isinstance(data, dict) and isinstance(data.get("@graph"), list)
                     else data if isinstance(data, list) else [data])[:50]:
            if isinstance(node, dict) and str(_kind(node)).casefold() == "website" and \
                    isinstance(node.get("name"), str) and node["name"].strip():
                meta.site_names.append(" ".join(node["name"].split()))
    if not articles:
        return
    articles.sort(key=_ld_score, reverse=True)
    best = articles[0]
    kind = _kind(best)
    meta.news = any("newsarticle" in str(k).casefold() or str(k).casefold() == "liveblogposting"
                    for k in (kind if isinstance(kind, list) else [kind]))
    headline = best.get("headline") or best.get("name")
    if isinstance(headline, str) and headline.strip():
        meta.titles.insert(0, _plain(headline))
    for obj in articles:
        pub = obj.get("datePublished") or obj.get("dateCreated") or obj.get("uploadDate")
        if isinstance(pub, str) and pub.strip():
            meta.published.insert(0, _compact_iso(pub.strip()))
            break
    mod = best.get("dateModified")
    if isinstance(mod, str):
        meta.modified.insert(0, mod)
    people, orgs = _names(_resolve(best.get("author") or best.get("creator") or [], by_id))
    meta.authors_ld += [" ".join(html.unescape(p).split()) for p in people if p.strip()]
    meta.orgs_ld += [html.unescape(o) for o in orgs]
    sec = best.get("articleSection")
    if isinstance(sec, list):
        sec = next((s for s in sec if isinstance(s, str)), None)
    if isinstance(sec, str) and sec.strip() and not meta.section:
        meta.section = sec.strip()
    kw = best.get("keywords")
    if isinstance(kw, str):
        meta.keywords_ld += _split_list(kw)
    elif isinstance(kw, list):
        meta.keywords_ld += [k.strip() for k in kw if isinstance(k, str) and k.strip()]
    # (A publisher stated by reference, {"@id": "#organization"}, is the node it refers to.)
    pub = next(iter(_resolve(best.get("publisher"), by_id)), None)
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        meta.site_names.append(pub["name"])
    images = best.get("image")
    for img in (images if isinstance(images, list) else [images])[:20]:
        if isinstance(img, dict):
            cap = img.get("caption") or img.get("description")
            if isinstance(cap, str) and len(cap.strip()) > 3:
                meta.ld_captions.append(" ".join(cap.split()))
    body = best.get("articleBody")
    if isinstance(body, str) and len(body) > 200:
        meta.ld_body = _markup_to_text(body[:200_000])
    for key in ("url", "mainEntityOfPage"):
        v = best.get(key)
        if isinstance(v, dict):
            v = v.get("@id") or v.get("url")
        if isinstance(v, str) and v.startswith("http") and not meta.url:
            meta.url = v
