"""What page furniture looks like: class/id patterns and phrases that mark non-article blocks.

Kept apart from the tree walk so the patterns can be read and tested on their own. They are
generic web conventions (CMS class names, widget vocabularies), never tied to one site.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Elements whose content is never article text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "svg", "template", "button", "select", "option", "input",
    "textarea", "nav", "canvas", "object", "embed", "map", "video", "audio", "head", "title", "meta",
    "link", "img", "picture", "source", "form-control", "dialog", "math", "label",
})
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "big",
    "tt", "strike", "nobr", "-text", "br",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Roles a container can play, from its class/id/itemprop. Order matters: first match wins.
_ROLE_PATTERNS = (
    ("body", re.compile(r"articlebody|article-?body|article__body|story-?body|story__body|entry-content|"
                        r"post-content|post-body|article-?content|article__content|story-?content|body-?text|"
                        r"article-?text|story-?text|text-?content|rich-?text|main-?content|content-?body|"
                        r"article__text|td-post-content|field-body|c-article(?![\w-])|article-main|bodytext", re.I)),
    ("caption", re.compile(r"caption|bildunterschrift|legende|legend\b|figcaption|wp-caption-text|bu\b|"
                           r"(?:photo|image|img|pic|picture|media|foto|bild)[_-]*(?:desc\w*|info|text|subtitle|legend)|"
                           r"infotext|fototext|bildtext|absatzbild[_-]*info|"
                           # A slideshow's own words for each picture ("CarouselSlide-infoDescription",
                           # "gallery__slide-description"): gallery and carousel scripts name them so.
                           r"(?:slide|gallery|carousel|lightbox)[\w-]{0,20}?desc(?:ription)?\b", re.I)),
    ("credit", re.compile(r"(?:^|[\s_-])(?:credit|copyright|photo-?credit|image-?credit|source|quelle|"
                          r"bildnachweis|fotograf)(?:$|[\s_-])", re.I)),
    ("byline", re.compile(r"byline|by-line|(?:^|[\s_-])(?:author|authors|autor|autoren|auteur|writer|"
                          r"article-author|author-name|contributor|creator)(?:$|[\s_-])|"
                          r"author__name|author-info|authorname|article__author|meta-author|authors?-?list", re.I)),
    ("date", re.compile(r"(?:^|[\s_-])(?:date|dateline-date|time|timestamp|published|pubdate|publish-date|"
                        r"datum|posted-on|entry-date|article-date|post-date|meta-date|date-time)(?:$|[\s_-])", re.I)),
    ("tags", re.compile(r"(?:^|[\s_-])(?:tags?|tag-?list|tagcloud|tag-cloud|post-tags|article-tags|keywords?|"
                        r"topics?|topic-list|schlagw\w*|stichw\w*|themen|etiquetas|mots-cles|subjects)(?:$|[\s_-])", re.I)),
    ("related", re.compile(r"related|recommend|more-?stories|more-?from|more-?news|read-?more|readmore|"
                           r"also-?read|further-?reading|weiterlesen|mehr-?zum|next-?in|up-?next|"
                           r"you-?may-?like|most-?read|most-?popular|trending|teaser-?list|article-?list|"
                           r"latest-?news|top-?stories|outbrain|taboola|plista|linkbox|link-?list", re.I)),
    # Consent managers' banners and preference centres: pages of legal text that can outweigh a
    # short story, and are never part of it.
    ("overlay", re.compile(r"cookie|consent|gdpr|onetrust|didomi|usercentrics", re.I)),
    ("comments", re.compile(r"comment(?!ary|ator)|disqus|community|leserbrief|kommentare|commentaire|comentario|"
                            r"reactions", re.I)),
    ("junk", re.compile(r"forum|share|sharing|social|newsletter|subscri|abonn|"
                        r"promo|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|ad-?slot|adunit|ad-?container|"
                        r"banner|breadcrumb|sidebar|footer|(?:^|[\s_-])menu|navbar|navigation|"
                        r"pagination|pager|popup|modal|login|signup|sign-?up|rating|poll|toolbar|"
                        r"skip-?link|print-?only|visually-?hidden|sr-only|screen-?reader|"
                        r"donate|donation|follow-?us|app-?download|masthead|site-?header|author-?bio|"
                        r"about-?the-?author|infobox-?ad|native-?ad|dfp|gpt-?ad|billboard|"
                        r"table-?of-?contents|feedback|survey|disclaimer|tooltip|"
                        # Embedded social posts: the platform's copy of someone's post, not the story.
                        r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|fb-post|threads-embed|"
                        r"wp-embedded-content", re.I)),
)


_LABEL_TOKEN = re.compile(r"(?:^|\s)(?:(?:tag(?!-like|-list|-cloud|-item|-link)|tags(?!-list|-item)|category|categories|cat|topic|format|type|status|postid|"
                          r"page-id|has|is|no|with|cookies|single|template|theme|lang)[-_]\S*|\S*--\S*|"
                          # ...and their camelCase forms ("hasCaption", "isSticky", "withSidebar").
                          r"(?-i:(?:has|is|no|with)[A-Z])\S*|"
                          # Type-scale utilities ("text-caption", "md:font-caption") style any small print.
                          r"\S*(?:text|font|type|typo|typography)-(?:caption|legend)\S*|"
                          r"\S+[-_](?:enabled|disabled|active|inactive|open|closed|visible|loaded|allowed)(?=\s|$))",
                          re.I)


_DRUPAL_FIELD = re.compile(r"(?<!\S)field--name-(?:field-)?(\S+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def role_of(attrs) -> str | None:
    """The role a class/id/itemprop string suggests for a container, or None."""
    itemprop = attrs.get("itemprop") or ""
    if itemprop:
        ip = itemprop.casefold()
        if ip == "articlebody":
            return "body"
        if ip in ("author", "creator"):
            return "byline"
        if ip in ("datepublished", "datecreated", "datemodified"):
            return "date"
        if ip == "keywords":
            return "tags"
        if ip == "caption":
            return "caption"
    key = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("data-component"), attrs.get("data-testid"))))
    if not key:
        return None
    return _role_of_key(key[:300])


@lru_cache(maxsize=50_000)
def _role_of_key(key: str) -> str | None:
    # Class strings repeat endlessly within and across pages: each is classified once.
    # Taxonomy and state labels ("tag-politics", "category-news", "has-sidebar",
    # "pageLayout--related") describe the page, not the element's role.
    # Drupal names each field "field--name-<name>": the name after the double dash is the
    # element's identity (field--name-body, field--name-field-author), not a BEM modifier.
    key = _DRUPAL_FIELD.sub(r"field-\1", key)
    key = _LABEL_TOKEN.sub(" ", key)
    key = key[:300]
    for role, rx in _ROLE_PATTERNS:
        if rx.search(key):
            return role
    # camelCase names ("articleTags", "storyAuthor"): the last word names the role
    # ("tagStyle_x" is a style, not a tag list).
    split = " ".join(_CAMEL.split(tok)[-1] for tok in key.split() if _CAMEL.search(tok))
    if split:
        for role, rx in _ROLE_PATTERNS:
            if rx.search(split):
                return role
    return None


# Short lines that are furniture in any article ("Read more", "Advertisement", ...).
BOILER_LINE = re.compile(
    r"^\s*(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|広告|"
    r"read more|read also|also read|read next|see also|related|related articles?|related stories|"
    r"more from|more on this|next in|others also read|recommended|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|auch interessant|das könnte sie auch interessieren|"
    r"à lire aussi|lire aussi|voir aussi|lee también|leer más|te puede interesar|leggi anche|"
    r"читайте также|share|share this|share on \w+|follow us|subscribe|sign up|newsletter|"
    r"click here|tap here|continue reading|weiter|zurück|back to top|print|drucken|e-?mail|"
    # Links back to the front page sit beside tag lists and byline boxes.
    r"(?:zurück )?zur startseite|startseite|home ?page|back to home|go to home ?page|accueil|retour à l'accueil|"
    r"comments?|kommentare?|commentaires?|comentarios?|tags?|schlagwörter|themen|topics?|"
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|©.*|copyright.*|"
    r"cookies?.*|we use cookies.*|this (?:site|website) uses cookies.*|"
    r"image|photo|foto|bild|video|audio|listen|hören|getty images|photo credits?|bildnachweis|"
    # The label over a page's table of contents (its entries are jump links, dropped as links).
    r"table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|indice|"
    r"spis treści|inhoudsopgave|"
    r"loading|wird geladen|chargement)[\s.:!…»>›-]*$", re.I)

# A reading-time label on a line of its own ("Lesezeit: 3 Min.", "4 Min Read", "7 min Lesezeit").
# A bare "5 min" stays: it is as often a recipe's step or an option in a list.
READ_TIME_LINE = re.compile(
    r"^\s*(?:(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura)"
    r"\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min\.?|mins?|minutes?|minuten|minutos?)|"
    r"(?:ca\.\s*)?\d{1,3}[\s-]*(?:min\.?|mins?|minutes?|minuten|minutos?)\s*"
    r"(?:read|reading|lesezeit|lesedauer|de lectura|de lecture|di lettura))\s*$", re.I)

# The label of a button that shows or hides part of the page ("Quellen ausblenden", "Bild anzeigen
# Bild schließen", "Box aufklappen Box zuklappen", "Show more"), left in the text by themes.
TOGGLE_LINE = re.compile(
    r"^\s*(?:(?:[\w-]+\s+){0,2}(?:anzeigen|ausblenden|einblenden|schließen|aufklappen|zuklappen)\s*)+$|"
    r"^\s*(?:show|hide|view) (?:more|less|all|sources|images?|details|comments)\s*$", re.I)

# Headings that introduce a list of other stories, not article text.
RELATED_HEAD = re.compile(
    r"^\s*(?:related(?:\s+\w+){0,2}|more (?:from|on|in|news|stories|about|to read)\b.*|next in\b.*|others also read|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|read (?:more|also|next)\b.*|also read|see also|"
    r"recommended(?: for you| reading| videos?| stories| articles)?|top stories|"
    r"most (?:read|popular|viewed|shared|commented|watched)(?: (?:articles|stories|news|today|this week))?|trending(?: now)?|"
    r"latest(?:(?: \w+)? (?:news|stories|articles))?|latest from\b.{0,30}|further reading|don'?t miss|what to read next|"
    r"weiterführende[rn]? (?:links?|artikel|beiträge|lektüre)|"
    r"lesen sie (?:auch|mehr)|mehr zum thema\b.*|(?:das|dies) könnte (?:sie|dich) (?:auch )?interessieren|"
    r"auch interessant|weitere (?:artikel|beiträge|themen|nachrichten|news|meldungen)\b.*|"
    r"ähnliche (?:artikel|beiträge|themen|nachrichten)|neueste (?:artikel|beiträge|nachrichten)|"
    r"top[- ]themen\b.*|schon gelesen\??|(?:meistgelesen|meistkommentiert|meistdiskutiert|meistgeteilt)\w*(?: (?:artikel|beiträge|nachrichten|news))?|"
    r"empfohlene (?:artikel|beiträge)|passend zum (?:artikel|thema)|zum selben thema|siehe auch|zum weiterlesen|"
    r"mehr (?:zu|zum|über)\b.{0,40}|weitere aktuelle \w+\b.*|mehr kolumnen\b.*|über (?:den|die) autor(?:in)?|"
    r"about the author|sobre (?:la firma|el autor|la autora)|à propos de l'auteur|sull'autore|o autorze|veja também|leia também|audios et vidéos sur le sujet|"
    r"à lire (?:aussi|également)|à découvrir (?:aussi|également)|lire aussi|sur le même sujet|dans la même rubrique|à voir aussi|"
    r"vous aimerez aussi|les plus lus|lee también|(?:noticias|notas|temas|artículos) relacionad[oa]s|te recomendamos|"
    r"más noticias|leggi anche|articoli correlati|potrebbe interessarti|czytaj (?:także|również|więcej)|"
    r"zobacz (?:także|również)|polecamy|lees ook|meer nieuws|gerelateerde artikelen|les også|"
    r"relaterte saker|läs också|relaterat|ezek is érdekelhetnek|читайте также|похожие (?:статьи|новости)|"
    r"相关新闻|相关阅读|相关文章|関連記事|関連ニュース|관련 기사)\s*[:.!?…»>›-]*\s*$", re.I)
TAGS_HEAD = re.compile(r"^\s*(?:(?:schlagwörter|schlagworte|stichwörter|themen|tags|keywords|topics)"
                       r" (?:zu|zum|in|of|for|zu diesem|in diesem|in this|for this|of this) ?(?:artikel|beitrag|"
                       r"article|story|post)|"
                       r"tags?|topics?|themen|schlagwörter|schlagworte|stichwörter|mots[- ]clés|"
                       r"thèmes|etiquetas|temas|tag|argomenti|теги|темы|标签|タグ|keywords?|"
                       r"(?:mehr )?lesen sie mehr über|mehr lesen über|mehr über|more about|read more about|"
                       r"themen (?:dieses|des) artikels|topics in this (?:article|story)|related topics|"
                       r"plus sur|más sobre|articoli su|en savoir plus sur)\s*[:.]?\s*$", re.I)
# Promotional or interactive sentences that close many articles.
PROMO_LINE = re.compile(
    r"(?:sign up for|subscribe to|abonnieren sie|melden sie sich|inscrivez-vous|suscríbete|"
    r"follow us on|folgen sie uns|suivez-nous|síguenos|download (?:our|the) app|"
    r"get (?:our|the) newsletter|newsletter abonnieren|enable javascript|javascript (?:is )?(?:disabled|required)|"
    r"your browser does not support|ihr browser unterstützt|we use cookies|wir verwenden cookies|"
    r"nous utilisons des cookies|utilizamos cookies|korzystamy z (?:plików )?cookies|accept (?:all )?cookies|"
    r"this article (?:is|was) (?:reproduced|republished)|click here to|klicken sie hier|"
    r"follow [\w .]{2,40} on (?:twitter|facebook|instagram|x\b|google news)|share your thoughts|"
    # Newsroom call-outs and reader tools that close British and American stories.
    r"got a story\?|get in touch (?:with (?:us|our [\w ]{1,20}team) )?(?:at|by emailing|via)\b|"
    r"for more (?:stories|news|articles) like this|sign(?:ing)? up (?:to|for) our (?:free )?[\w ]{0,20}newsletter|"
    r"^story saved$|you can find this story in\b|this is a breaking news? story|^join the conversation$|"
    r"(?:consider )?support(?:ing)? (?:our|independent) (?:work|journalism)|unterstützen sie (?:unseren|unsere)|"
    r"this entry was posted|bookmark the permalink|bloggern gefällt das|bloggers like this|"
    r"pour lire la suite|créez votre compte|accéder en illimité|"
    r"lade weitere inhalte|load more|mehr laden|rezept drucken|print recipe|diese seite teilen|"
    r"share this (?:page|article|story)|artikel teilen|subscribe now|download the [\w ]{1,30}apps?\b|"
    r"artikel gefallen|vergiss nicht zu teilen|in den kommentaren|eingeloggt sein|einloggen, um|"
    r"log ?in to (?:comment|reply)|hazte miembro|zapraszamy (?:też )?do|affiliate[- ]links?|"
    r"der beitrag wurde am .{5,60} veröffentlicht|^news date\s*:|^permali(?:nk|en)\b|"
    r"^warning: .* on line \d|^(?:quelle|źródło|fuente|source)\s*:?\s*$|"
    # The site's own newsletter, app or channel plugged in a line of its own.
    r"\b(?:our|unsere[nmrs]?|nuestr[oa]s?|notre|nos|nostr[oa])\s(?:[\w-]+\s){0,3}\w*newsletter|"
    r"straight to your (?:phone|inbox)|(?:nuestro|tenemos) canal de (?:youtube|telegram|whatsapp)|"
    r"our (?:youtube|telegram|whatsapp) channel|unse?re?n? (?:youtube|telegram|whatsapp)[- ]?kanal|"
    # The consent stand-in of an embedded post, sign-up small print, rating and feedback widgets.
    r"^externer inhalt\W*$|ohne (?:dein|ihr)e?n? (?:einverständnis|zustimmung)|keine verbindung zu \w+ her|"
    r"^empfohlener redaktioneller inhalt\W*$|^ich bin damit einverstanden, dass mir\b|"
    r"^an dieser stelle (?:findest du|finden sie) (?:einen|ein) externe[nr]? (?:inhalt|element)|"
    r"in unserer datenschutzerklärung|^ich akzeptiere die|we use your sign-up to|^by signing up,? you|"
    r"mailing list consent|^was sind cookies\W*$|wie bewerten sie diese[nr]? (?:artikel|beitrag)|^was denkst du\W*$|"
    r"(?:war|ist) dieser (?:artikel|beitrag) hilfreich|was this (?:article|page|story) (?:helpful|useful)|"
    r"rate this (?:article|story|post)|fragen und anregungen zu diese[mr] (?:artikel|beitrag))", re.I)
# A teaser's closing "more" label after its last sentence ("... zu sehen. mehr", "... Wetter… mehr •••",
# "Seht selbst! Weiterlesen"): the card of another page, whose link is the label or the whole card.
# Only after a sentence's end: "und vieles mehr." is a sentence of the story.
MORE_TAIL = re.compile(
    r"[.!?…:;)\]\"'”»]\s*(?:mehr|more|read more|weiterlesen|mehr lesen|lire la suite|la suite|leer más|"
    r"leggi (?:di più|tutto)|czytaj (?:więcej|dalej)|lees meer|läs mer|les mer|læs mere)\s*[•›»>.…]*(?:\s*[•›»>]+)*\s*$",
    re.I)
# Code that leaked into text (inline scripts and styles printed as text by broken pages).
CODE_LINE = re.compile(r"(?:\bvar\s+\w+\s*=|\bfunction\s*\(|!important|document\.\w+|window\.\w+|"
                       r"\{\s*[\w-]+\s*:\s*[^}]+;\s*\}|\$\(\s*['\"\w])")
