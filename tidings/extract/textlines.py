"""Lines of a plain-text page dump, their shallow features, and the article body among them.

A scraper's dump keeps every visible block of the page on its own line, with a blank line
between paragraph-level blocks. The article is the densest run of long, sentence-like lines
with a normal share of function words (the idea of Kohlschuetter et al., "Boilerplate
Detection using Shallow Text Features", and of jusText's paragraph classes); menus, share
bars, headline lists and footers are runs of short lines without sentences.

The features and thresholds here are hand-written. They were chosen by measuring them on the
labelled lines of shared/data/text-lines (L3S-GN1, research-use only) and on the dev dumps of
shared/data/extraction-dev and extraction-fields; no model is trained on that data and none
of its text is shipped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Imported with the module, not on the first dump that needs a stop list: that would happen
# inside the first page's time bound (seconds on a busy host, and the page failed).
import justext

# A dump larger than this is cut: real articles are far shorter, and the per-line work
# must stay bounded on hostile input.
MAX_DUMP_CHARS = 2_000_000
MAX_LINE_CHARS = 20_000
MAX_LINES = 20_000

# \w stops at the vowel signs of the Indic scripts (Mn/Mc marks): "সদস্য" would be four words
_WORD = re.compile(r"[\w\u0900-\u0DFF]+")
# Scripts written without spaces: length is measured in characters, not words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# the Devanagari danda and the Arabic-script question mark and full stop end sentences too
_SENTENCE_END = re.compile(r"[.!?…。！？」』\"'”’»)\]।॥؟۔]\s*$")
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”])\s+[-–—]\s+[A-Z][\w./ -]{1,30}$")
_CLOSE_ONLY = re.compile(r"[\"'”’»)\]]+\s*$")
# "Japan's Prime Minister Considering Meeting with U.S. Presi...": a link title cut to fit
# its box ends in an ellipsis; a short line ending so is a cut headline, not a sentence
_CUT_TITLE = re.compile(r"\w ?(?:\.{3}|…)$")

# A link's note that it opens elsewhere ("(öffnet im neuen Fenster)")
_LINK_NOTE = r"öffnet im neuen fenster|opens in (?:a )?new (?:window|tab)"
# Short phrases that mark page furniture in the languages of the dev data. Matched on a
# lower-cased line; a hit on a short line makes it boilerplate, on a long line only when the
# phrase is one no article paragraph would use.
_BOILER_SHORT = re.compile(
    r"\b(?:cookies?|newsletters?|subscribe|subscription|sign (?:up|in)|log ?in|login|log out|"
    r"register|follow us|share (?:this|on|via)|share|sharing|tweet|whatsapp|facebook|twitter|instagram|"
    r"linkedin|telegram|pinterest|youtube|tiktok|e-?mail|print|copy link|all rights reserved|"
    r"privacy|terms of (?:use|service)|advertisement|advertising|sponsored|read more|"
    r"continue reading|load more|show more|skip to|menu|search|comments?|javascript|"
    r"your browser|click here|download the app|abonnieren|abonnement|anmelden|einloggen|"
    r"registrieren|teilen|drucken|datenschutz|impressum|anzeige|werbung|weiterlesen|mehr lesen|"
    r"kommentare?|suche|partager|imprimer|s'abonner|abonnez-vous|connexion|publicit[ée]|"
    r"lire la suite|commentaires?|rechercher|compartir|suscr[ií]bete|publicidad|iniciar sesi[oó]n|"
    r"leer m[aá]s|comentarios?|buscar|condividi|iscriviti|pubblicit[àa]|accedi|commenti|"
    r"udost[eę]pnij|reklama|zaloguj|inloggen|logga in|annonse|p[aå]logging|"
    r"startseite|sitemap|back to top|nach oben|accueil|portada|記事一覧|"
    + _LINK_NOTE + r")\b"
)
_BOILER_LONG = re.compile(
    r"\b(?:cookies?|newsletter|all rights reserved|javascript|your browser|ad ?blocker|"
    r"terms of (?:use|service)|privacy (?:policy|settings)|datenschutzerkl[äa]rung|"
    r"alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados|"
    r"subscribe (?:now|today|to)|sign up (?:for|to)|abonnieren sie|jetzt abonnieren|"
    r"inscrivez-vous|suscr[ií]bete a|follow us on|folgen sie uns|suivez-nous|s[ií]guenos|"
    # the subscriber pitch under paywalled stories
    r"als abonnee|als abonnent(?:in)?|as a subscriber|en tant qu'abonn[ée]|como suscriptor|come abbonato|"
    # consent dialogs: the GDPR vocabulary no news paragraph needs
    r"(?:video|content|player) (?:has )?failed to load|does not support (?:the )?video|"
    r"consent|einwilligung|personenbezogene(?:n)? daten|datenverarbeitung|berechtigte[sn]? interesse|"
    r"legitimate interest|ger[äa]teinformationen|device information|technische speicherung|"
    r"donn[ée]es personnelles|consentement|datos personales|consentimiento|dati personali|"
    # the placeholder of an embed the reader has not allowed, and an agency story's notice
    r"external content|externen? inhalte?|contenu externe|contenido externo|contenuto esterno|"
    r"redaktionell nicht bearbeitet|"
    # a link's note that it opens elsewhere: a list of links, not a paragraph
    r"(?:" + _LINK_NOTE + r")(?=\)?$)|"
    # the notice of a comment form: the address given is not shown, and which fields are required
    r"(?:e-?mail|adresse|address|messagerie|correo|indirizzo)[\w-]*(?:\s+[\w()-]+){0,3}\s+\(?(?:wird nicht ver(?:ö|oe)ffentlicht|"
    r"will not be published|ne sera pas publi[ée]e|no ser[áa] publicad[oa]|non sar[àa] pubblicat[oa])|"
    r"required fields are marked|erforderliche felder sind|les champs obligatoires sont|"
    r"los campos obligatorios est[áa]n|i campi obbligatori sono)\b"
)
# A publisher's appeal to its readers for money or membership, set under the story: it
# speaks to the reader ("unterstützen Sie uns", "if you valued this article") about the
# paper itself, which a news paragraph does not do.
_APPEAL = re.compile(
    r"\b(?:support (?:our|independent|the|quality) journalism|support us (?:with|by|today|now)|"
    r"please support us|donate (?:now|today)|make a (?:donation|contribution)|sustaining member|"
    r"invest in journalism|reader-funded|"
    r"if you (?:enjoyed|liked|value|valued) (?:this|our) (?:article|story|journalism|reporting)|"
    r"unterstützen sie (?:uns|unsere)|unterstütze (?:uns|unsere)|werden sie mitglied|"
    r"jetzt (?:spenden|unterstützen|mitglied werden)|spenden unserer leser|"
    r"hat ihnen (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen|"
    r"soutenez(?:-nous| notre)|faites un don|apoya (?:nuestro|el) periodismo|hazte (?:socio|miembro)|"
    r"haz una donación|sostieni(?:ci)? (?:il nostro|l'informazione)|fai una donazione)\b")
# A site's notices set under its stories: the licence of its texts, its disclaimer for
# outside links, an advertising or affiliate disclosure, an app or e-mail pitch. They speak
# about the site, which no paragraph of a story does.
_SITE_NOTICE = re.compile(
    r"\b(?:(?:unter|under) (?:einer|der|a|the) creative commons|creative commons[- ](?:lizenz|license|licence)|"
    r"keine haftung f[üu]r die inhalte (?:externer|verlinkter)|materia[łl] chroniony prawem autorskim|"
    r"advertising disclos|affiliate[- ]links?|we may (?:receive|earn) (?:a )?(?:compensation|commission)|"
    r"trust principles|download (?:the|our) [\w ]{1,30}apps?\b|enter your e-?mail (?:address )?(?:below|here)|"
    r"(?:updates|news|stories) (?:straight |direct(?:ly)? )?(?:to|in) your (?:inbox|phone|smartphone)|"
    r"delivered (?:straight |right |directly )?to (?:your|their) inbox(?:es)?|"
    r"get (?:regular |the latest |weekly |daily |free )*updates (?:on|about|from) the latest|"
    r"zapraszamy (?:te[żz] |tak[żz]e )?do subskrypcji|"
    # the prompt over a comment form: how to take part in the thread
    r"(?:para|pour|per) (?:comentar|commenter|commentare),? (?:debes|tienes que|hay que|vous devez|il faut|devi)|"
    r"(?:to|in order to) (?:post a |leave a |write a )?comment,? (?:you (?:must|need to|have to)|please)|"
    r"wenn sie (?:diesen|den|einen) (?:blogeintrag|beitrag|artikel|text) kommentieren (?:möchten|wollen)|"
    # a paywall's offers: what the reader buys, and that the plan renews itself
    r"(?:instant|immediate|unlimited) (?:online |digital )?access to (?:the full (?:article|text|story)|"
    r"all (?:issues|articles|content|stories))|subscriptions? (?:will )?(?:auto(?:matically)?[- ]?renews?|renews? automatically))",
    re.I)


def _site_notices(low: str) -> int:
    # a word one of the notices above holds, tested first: plain substring tests cost a
    # quarter of the pattern's search on the many lines that are no notice
    if not ("creative commons" in low or "haftung" in low or "chroniony" in low or "disclos" in low
            or "affiliate" in low or "we may " in low or "trust principles" in low or "download " in low
            or "your e" in low or "inbox" in low or "subskrypcji" in low or "updates" in low
            or "comment" in low or "coment" in low or "kommentier" in low or "access to" in low or "phone" in low
            or "renew" in low):
        return 0
    return len(_SITE_NOTICE.findall(low))


# The Scandinavian and Dutch share buttons ("Del", "Dela", "Delen") are common words in
# Spanish, Portuguese and Dutch text ("del", "dela", "delen"): furniture only as the whole line.
_SHARE_WORD_LINE = re.compile(r"^(?:del|dela|delen)(?:\s+(?:artikkel(?:en)?|artikeln|artikel|saken|"
                              r"(?:p[aå]|via|op)\s+\w+))?\s*:?$")
_RIGHTS = re.compile(r"all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|"
                     r"todos los derechos reservados|tutti i diritti riservati|©\s*\d{4}")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)

# jusText ships stop-word lists for about 100 languages under their English names.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ka": "Georgian", "kk": "Kazakh", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ms": "Malay", "nb": "Norwegian_Bokmal", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}


@lru_cache(maxsize=16)
def stoplist(language: str | None) -> frozenset[str]:
    """Lower-cased function words of a language; empty when the language has none listed."""
    name = _STOPLIST_NAMES.get(language or "")
    if not name:
        return frozenset()
    try:
        return frozenset(w.casefold() for w in justext.get_stoplist(name))
    except ValueError:  # jusText raises ValueError for a list it does not ship
        return frozenset()


@dataclass
class Line:
    """One non-empty line of the dump with the features the classifiers use."""

    i: int  # index among non-empty lines
    text: str
    block: int  # lines between two blank lines share a block
    chars: int = 0
    words: int = 0  # words, or CJK characters / 2 for scripts without spaces
    stop: float = 0.0  # share of words that are function words
    sentence: bool = False  # ends like a sentence
    boiler: bool = False  # page-furniture vocabulary
    block_size: int = 1
    kind: str = ""  # body | short | bad (set by classify)
    tags: set[str] = field(default_factory=set)  # roles found later: caption, credit, ...
    # Answers of tests that read only the text, words and sentence features, which add_features
    # sets once: the header rules ask "is this a date line?" of each line ~3 times.
    memo: dict = field(default_factory=dict, compare=False, repr=False)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their block numbers, bounded in number and length."""
    text = text[:MAX_DUMP_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    out: list[Line] = []
    block = 0
    blank = False
    for raw in text.split("\n"):
        s = " ".join(raw.replace("\u00a0", " ").split())
        if not s:
            blank = True
            continue
        if blank and out:
            block += 1
        blank = False
        out.append(Line(i=len(out), text=s[:MAX_LINE_CHARS], block=block))
        if len(out) >= MAX_LINES:
            break
    out = _unwrap(out)
    sizes: dict[int, int] = {}
    for ln in out:
        sizes[ln.block] = sizes.get(ln.block, 0) + 1
    for ln in out:
        ln.block_size = sizes[ln.block]
    return out


# a list item or a code line starts its own line in hard-wrapped text too
_ITEM_START = re.compile(r"^(?:[-*•–—>#=+]|\d{1,3}[.)]\s|\(?[a-z]\)\s)")
_FIRST_WORD = re.compile(r"\S+")


def _broken_mid_sentence(a: str, b: str) -> bool:
    return not _SENTENCE_END.search(a) and not a.endswith(":") and (b[:1].islower() or a.endswith((",", "-")))


def _wrapped_breaks(texts: list[str], width: int) -> list[bool]:
    """For each line but the last of a block, whether the break after it is a hard wrap:
    the next line's first word would not have fitted after it within the fill width, so
    the writer's editor, not the writer, ended the line."""
    out = []
    for a, b in zip(texts, texts[1:]):
        fw = _FIRST_WORD.match(b)
        out.append(fw is not None and len(a) >= width - 20 and len(a) + 1 + len(fw.group(0)) > width
                   and not _ITEM_START.match(b))
    return out


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    spans = []
    k, n = 0, len(lines)
    while k < n:
        j = k
        while j + 1 < n and lines[j + 1].block == lines[k].block:
            j += 1
        spans.append((k, j))
        k = j + 1
    return spans


def _fill_width(lines: list[Line], spans: list[tuple[int, int]]) -> int:
    """The page's fill column, or 0: the width of its blocks that are surely hard-wrapped,
    where most breaks are forced by the block's width and several fall inside a sentence
    (the next line goes on in lower case). A list of headlines breaks after each complete
    title, and its lines start in capitals."""
    widths = []
    for k, j in spans:
        if j - k < 2:
            continue
        texts = [ln.text for ln in lines[k: j + 1]]
        width = max(len(t) for t in texts)
        if not 40 <= width <= 130:
            continue
        wraps = _wrapped_breaks(texts, width)
        mid = sum(1 for w, a, b in zip(wraps, texts, texts[1:]) if w and _broken_mid_sentence(a, b))
        if sum(wraps) * 10 >= len(wraps) * 6 and mid >= 2 and mid * 3 >= sum(wraps):
            widths.append(width)
    return max(widths) if widths else 0


def _unwrap(lines: list[Line]) -> list[Line]:
    """Join the lines of hard-wrapped paragraphs (a mail archive, a plain-text blog, a
    newsgroup post: one sentence fragment of about 60-80 characters per line). Cut so,
    every line is too short to read as text, and a paragraph would score as a menu. Once
    some blocks show the page's fill column, a block within it whose breaks are forced by
    that width and fall inside a sentence is joined too, short or a list as it is."""
    if len(lines) < 3:
        return lines
    spans = _blocks(lines)
    width = _fill_width(lines, spans)
    if not width:
        return lines
    out: list[Line] = []
    for k, j in spans:
        texts = [ln.text for ln in lines[k: j + 1]]
        if j == k or max(len(t) for t in texts) > width + 1:
            out.extend(lines[k: j + 1])
            continue
        # the dump collapsed the double space after a full stop and the indent of a list
        # item, so a forced break may leave a few characters free
        wraps = _wrapped_breaks(texts, width - 8)
        if not any(w and _broken_mid_sentence(a, b) for w, a, b in zip(wraps, texts, texts[1:])):
            out.extend(lines[k: j + 1])
            continue
        cur = texts[0]
        for w, b in zip(wraps, texts[1:]):
            if not w:
                out.append(Line(i=0, text=cur[:MAX_LINE_CHARS], block=lines[k].block))
                cur = b
            elif cur.endswith("-") and cur[-2:-1].isalpha() and b[:1].islower():
                cur = cur[:-1] + b  # a word hyphenated at the margin
            else:
                cur = cur + " " + b
        out.append(Line(i=0, text=cur[:MAX_LINE_CHARS], block=lines[k].block))
    for idx, ln in enumerate(out):
        ln.i = idx
    return out


def add_features(lines: list[Line], language: str | None) -> None:
    stops = stoplist(language)
    for ln in lines:
        t = ln.text
        ws = _WORD.findall(t)
        cjk = len(_CJK.findall(t))
        ln.chars = len(t)
        ln.words = len(ws) + cjk // 2 if cjk > len(t) * 0.3 else len(ws)
        if stops and ws:
            ln.stop = sum(1 for w in ws if w.casefold() in stops) / len(ws)
        # "... footprint. - Reuters": a credit after the full stop does not unmake a sentence
        core = _TRAILING_CREDIT.sub("", t)
        ln.sentence = ((bool(_SENTENCE_END.search(core)) and not _CLOSE_ONLY.fullmatch(t)
                        and not (ln.words <= 15 and _CUT_TITLE.search(t)))
                       or _lead_in(t, ln.words))
        low = t.casefold()
        if ln.chars < 80:
            ln.boiler = (bool(_BOILER_SHORT.search(low)) or bool(_COPYRIGHT.match(t))
                         or bool(_SHARE_WORD_LINE.match(low)) or bool(_APPEAL.search(low))
                         or _site_notices(low) > 0)
        else:
            # one such phrase in a long paragraph is a topic, not a banner
            hits = len(_BOILER_LONG.findall(low)) + len(_APPEAL.findall(low)) + _site_notices(low)
            ln.boiler = hits >= 2 or (hits == 1 and ln.chars < 400)


def _lead_in(text: str, words: int) -> bool:
    """"... I had already written about it back then:": a clause that ends in a colon and
    hands over to a quote or a list is a sentence of the text; a short label ("Zutaten:",
    "Read more:") is not, nor a line with no full stop or comma before the colon."""
    return words >= 12 and text.endswith(":") and bool(_CLAUSE_MARK.search(text[:-1]))


def classify(lines: list[Line], language: str | None) -> None:
    """jusText-like classes: 'body' (a paragraph), 'near' (could be), 'short', 'bad'."""
    stops = stoplist(language)
    has_stops = bool(stops)
    for ln in lines:
        if ln.boiler:
            ln.kind = "bad"
            continue
        if ln.text.count(" | ") >= 4 and not ln.sentence:
            ln.kind = "short"  # "Football | Cricket | Rugby Union | ...": a bar of links, however long
            continue
        if _ranked_list(ln.text):
            ln.kind = "short"  # "#1 Headline #2 Headline #3 ...": a most-read list glued into one line
            continue
        # without a full stop only a long line is surely text: 15-word linked headlines abound
        long_enough = ln.words >= 25 or (ln.words >= 9 and ln.sentence)
        if has_stops:
            texty = ln.stop >= 0.22
            near_texty = ln.stop >= 0.12
        else:  # no function-word list (CJK, or an unknown language): punctuation must decide
            # a long line with full stops inside is prose even when the dump lost its last one
            texty = ln.sentence or (ln.words >= 20 and len(_INNER_STOP.findall(ln.text)) >= 2)
            near_texty = texty
        if long_enough and texty and not _title_case_run(ln.text):
            ln.kind = "body"
        elif ln.words >= 7 and near_texty and (ln.sentence or ln.words >= 12):
            ln.kind = "near"
        else:
            ln.kind = "short"
    _topic_not_furniture(lines, has_stops)
    for ln in lines:
        if ln.kind == "body" and _cut_off(lines, ln.i, stops):
            ln.kind = "teaser"  # a summary cut off by its box: no paragraph ends on "the"
        elif ln.kind in ("body", "near") and _cut_before_more(lines, ln.i):
            ln.kind = "teaser"
    _block_context(lines)
    _repeated_lines(lines)
    _repeated_blocks(lines)
    mark_code(lines)
    mark_ingredients(lines)
    mark_walls(lines)
    mark_teasers(lines)
    mark_led_lists(lines)
    mark_contents(lines)
    mark_comment_thread(lines)


# a box's pitch to the reader, which a page sets between paragraphs too
_PITCH = re.compile(r"newsletter|subscri|sign up|abonn|inscri|suscr|follow|folgen|suivez|s[ií]guenos")


def _one_phrase(ln: Line) -> bool:
    """A paragraph marked as furniture by one phrase only, however often it recurs: a story
    about ad blockers or consent forms names its topic again and again."""
    if ln.chars < 80 or not ln.sentence:
        return False
    low = ln.text.casefold()
    if _APPEAL.search(low) or _site_notices(low):
        return False
    phrases = set(_BOILER_LONG.findall(low))
    return len(phrases) == 1 and not _PITCH.search(next(iter(phrases)))


def _topic_not_furniture(lines: list[Line], has_stops: bool) -> None:
    """Paragraphs marked as furniture by one phrase, standing between paragraphs of the text
    ("... consent forms had been sent out to parents ..."), are text: a banner or a consent
    dialog stands above or below the story, not as sentences between two of its paragraphs.
    A pitch to the reader (a newsletter, an appeal) is set inside stories too, and stays out."""
    n = len(lines)
    k = 1
    while k < n - 1:
        if not (lines[k].kind == "bad" and lines[k].boiler and _one_phrase(lines[k])):
            k += 1
            continue
        j = k
        while j + 1 < n and lines[j + 1].kind == "bad" and lines[j + 1].boiler and _one_phrase(lines[j + 1]):
            j += 1
        before, after = lines[k - 1], lines[j + 1] if j + 1 < n else None
        if (before.kind == "body" and after is not None and after.kind in ("body", "near") and after.sentence
                and all(not has_stops or m.stop >= 0.22 for m in lines[k: j + 1])):
            for m in lines[k: j + 1]:
                m.boiler = False
                m.kind = "body"
        k = j + 1


# A line of program text or a shell command: a statement's keyword at its start, a comment
# mark, a prompt, or the brackets, assignments and dotted calls no menu or headline uses.
_CODE_START = re.compile(r"^(?:import [\w.]+$|from [\w.]+ import |def \w+\(|class \w+[(:]|return\b|#include|// \w|"
                         r"\$ \w|>>> [a-z_(\[]|(?:sudo|pip3?|npm|git|apt(?:-get)?|docker|curl) [\w./-]|"
                         r"(?:if|for|while|switch|elif|else if)\s*\(|(?:var|let|const|function) \w+\s*[=(]|"
                         # Python's statements: lower-case keywords, a block opened by a colon
                         r"(?:raise|except|elif|assert|yield) [\w(]|(?:try|else|finally):$|print\(|"
                         r"(?:if|while) [^:]{1,60}:$|for \w+(?:, \w+)* in [^:]{1,60}:$)")
# marks no prose and no menu uses: a call glued to its name "f(", "a.b(", a key=value, a
# line opening or closing a brace, comparison and scope operators, escapes
_CODE_STRONG = re.compile(r"\w\.\w+\(| <- |%>%|\w=[\w'\"(]|\{$|^\}|\w\(\)|==|!=|\w->\w|\) -> |::|\\[nrt]|"
                          r"^[a-z_][\w.]* = \S")
_CODE_WEAK = re.compile(r"[=;{}]|\w\(|\w\[|\b[a-z]+_[a-z_]+\b")
# a server's error printed over the page, not a sample of the text
_PHP_ERROR = re.compile(r"^(?:warning|notice|deprecated|strict standards|fatal error|parse error): ", re.I)


def _code_score(ln: Line) -> int:
    """How much a line looks like program text: 3 or more is surely code, 2 is code among
    other code lines."""
    t = ln.text
    if ln.chars > 200 or ln.kind == "body" or t.startswith(("http://", "https://", "www.")) or _PHP_ERROR.match(t):
        return 0
    if _CODE_START.match(t):
        return 3
    if ln.words >= 6 and ln.stop >= 0.3:
        return 0  # a run of plain words, as a sentence or a title has
    return 2 * len(_CODE_STRONG.findall(t)) + len(_CODE_WEAK.findall(t))


def mark_code(lines: list[Line]) -> None:
    """A code sample or a shell command among the paragraphs of a technical post: a block
    whose lines are mostly program text, or one such line between paragraphs. Short and
    unlike sentences, its lines would cost the region as much as a menu, cutting the post
    at its first listing; they belong to the text."""
    for k, j in _blocks(lines):
        scores = [_code_score(m) for m in lines[k: j + 1] if m.words > 0]
        code = sum(1 for c in scores if c >= 2)
        if scores and max(scores) >= 3 and code * 10 >= len(scores) * 6:
            if len(scores) >= 2 or _between_paragraphs(lines, k, j):
                for m in lines[k: j + 1]:
                    if m.kind in ("short", "near") and not m.boiler:
                        m.tags.add("code")


# "200 g Zucker", "1 ½ cups flour", "2-3 EL Öl", "1 Prise Salz": a quantity, then the thing
_QUANTITY = re.compile(r"^(?:\d+(?:[.,/]\d+)?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?:\s?-\s?\d+)?\s[^\W\d_]")


def _is_quantity_line(ln: Line) -> bool:
    return (ln.words <= 12 and not ln.sentence and bool(_QUANTITY.match(ln.text))
            and not _YEAR.search(ln.text) and not _CLOCK.search(ln.text) and not _STAMP.search(ln.text))


def mark_ingredients(lines: list[Line], min_lines: int = 3) -> None:
    """A recipe's ingredients: a block of short lines most of which open with a quantity.
    A menu or a list of headlines does not count its items so; the list belongs to the
    recipe's text, short as its lines are."""
    for k, j in _blocks(lines):
        members = lines[k: j + 1]
        if len(members) < min_lines:
            continue
        qty = sum(1 for m in members if _is_quantity_line(m))
        if qty >= min_lines and qty * 10 >= len(members) * 6:
            for m in members:
                if m.kind in ("short", "near") and m.words <= 12 and not m.boiler:
                    m.tags.add("ingredient")


def extend_to_ingredients(lines: list[Line], span: tuple[int, int], reach: int = 25) -> tuple[int, int]:
    """Take the recipe's ingredient list a little above the region's start into it: the
    steps win the region as text, and the list, apart from them behind a heading, a
    nutrition table or a shopping button, cannot add to their score."""
    start, end = span
    first = None
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        ln = lines[k]
        # a paragraph between the list and the steps is a promo or another text: the list
        # is not the steps' own
        if ln.kind in ("wall", "teaser", "body") or "twice" in ln.tags:
            break
        if "ingredient" in ln.tags:
            first = k
        elif first is not None and first - k > 2:
            break  # the list's own heading ("Zutaten:", "For the dough:") and no further
    if first is None:
        return span
    while first > 0 and first - 1 >= start - 1 - reach and lines[first - 1].words <= 5 \
            and lines[first - 1].text.endswith(":") and lines[first - 1].kind == "short":
        first -= 1
    return first, end


# "Das könnte dich auch interessieren:", "You may also like:": a hand-over to other stories
_OTHER_STORIES = re.compile(r"interessier|\b(?:may|might) also\b|\s\|\s", re.I)


def extend_to_led_list(lines: list[Line], span: tuple[int, int]) -> tuple[int, int]:
    """Take a list that the text's last lines announce with a colon ("I'll sum them up:",
    "Our proposals:") into the region: its short items cannot add to the region's score,
    so the region ends on the sentence that hands over to them, which the text does not
    do. The list ends with its block; a hand-over to other stories does not count."""
    start, end = span
    n = len(lines)
    k = end
    if k + 1 < n and "item" not in lines[k + 1].tags and lines[k + 1].kind == "short":
        k += 1  # the hand-over on its own line under the last paragraph
    if k + 1 >= n or "item" not in lines[k + 1].tags or not _leads_in(lines, k):
        return span
    if _OTHER_STORIES.search(lines[k].text):
        return span
    j = k + 1
    while j + 1 < n and "item" in lines[j + 1].tags and lines[j + 1].block == lines[k + 1].block:
        j += 1
    # teasers of other stories, each under its "Mehr zum Thema" label
    if any(m.words <= 6 and _LINKS_LEAD.search(m.text) for m in lines[k + 1: j + 1]):
        return span
    return start, j


def _between_paragraphs(lines: list[Line], k: int, j: int, reach: int = 3) -> bool:
    before = any(lines[x].kind == "body" for x in range(max(0, k - reach), k))
    after = any(lines[x].kind == "body" for x in range(j + 1, min(len(lines), j + 1 + reach)))
    return before and after


# "10. Februar 2019 um 18:05 Uhr", "July 11, 2011 at 12:25 pm", "14. 01. 2020, 13:47": a day with
# its year and a clock time
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?!\.\d)")
_YEAR = re.compile(r"(?<![\d:])(?:19|20)\d{2}(?![\d:])")


_THREAD_MARK = re.compile(r"^(?:reply|antworten|répondre|responder|rispondi|odpowiedz|svara|svar|beantwoorden|"
                          r"reageren|responder|yanıtla|ответить)\s*[↓→]?$|"
                          r"^.{1,60}\s(?:says|said|sagt|schreibt|dit|a dit|dice|scrive|napisał|zegt|skriver|skrev)\s*:?$",
                          re.I)


def _comment_stamp(lines: list[Line], k: int) -> bool:
    """A reader comment's header: a short line with a day (its year written out) and the clock
    time of posting, the comment's paragraph right under it. A story's own stamp gives the
    time once; a thread repeats it over every comment."""
    ln = lines[k]
    if ln.words > 14 or ln.kind not in ("short", "near", "bad") or k + 1 >= len(lines):
        return False
    if not (_YEAR.search(ln.text) and _CLOCK.search(ln.text)):
        return False
    return any(lines[j].kind in ("body", "near") for j in range(k + 1, min(len(lines), k + 3)))


def mark_comment_thread(lines: list[Line], min_comments: int = 3, max_gap: int = 15) -> None:
    """Three or more comment headers (day, year and clock time over a paragraph) at most a
    few lines apart are a thread of reader comments: their paragraphs read like text but
    are not the story's. The thread starts at the first header, or at the commenter's name
    over it."""
    stamps = [k for k in range(len(lines)) if _YEAR.search(lines[k].text) and _comment_stamp(lines, k)]
    runs: list[list[int]] = []
    for k in stamps:
        if runs and k - runs[-1][-1] <= max_gap:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < min_comments:
            continue
        # the thread's own furniture: "Reply" buttons or "Jane says:" over the comments; a list of
        # stories or offers with their dates and times has none
        marks = sum(1 for m in lines[max(0, run[0] - 2): run[-1] + max_gap] if m.words <= 8 and _THREAD_MARK.match(m.text))
        if marks < 2:
            continue
        first = run[0]
        if first > 0 and lines[first - 1].words <= 5 and not lines[first - 1].sentence:
            first -= 1  # "Jane sagt:", "Art Edwards says:"
        last = run[-1] + 1
        while last + 1 < len(lines) and lines[last + 1].kind in ("body", "near"):
            last += 1
        for m in lines[first: last + 1]:
            if m.kind in ("body", "near"):
                m.kind = "bad"
            m.tags.add("comment")


def mark_contents(lines: list[Line], min_entries: int = 3) -> None:
    """A table of contents: a block of short lines most of which come back further down
    as the subheads over the article's paragraphs. It belongs to the article and must not
    part its introduction from its sections as a menu would."""
    later: dict[str, list[int]] = {}
    for ln in lines:
        if ln.words <= 16:
            later.setdefault(ln.text.casefold(), []).append(ln.i)
    if len(later) == len(lines):
        return
    n = len(lines)
    for k, j in _blocks(lines):
        if j - k + 1 >= min_entries:
            heads = 0
            for m in lines[k: j + 1]:
                for h in later.get(m.text.casefold(), ()):
                    if h > j and any(lines[x].kind == "body" for x in range(h + 1, min(n, h + 4))):
                        heads += 1
                        break
            if heads >= min_entries and heads * 10 >= (j - k + 1) * 6:
                for m in lines[k: j + 1]:
                    m.tags.add("contents")


# "Mehr zum Thema lesen Sie in unserem Liveblog:", "Read more about it here:": a colon that
# hands over to links, not to the text's own list
_LINKS_LEAD = re.compile(r"\b(?:mehr zu[mr]?|lesen sie|read (?:more|also|our)|see (?:also|our)|also read|related|"
                         r"more (?:on|about|from)|weitere (?:artikel|infos?|informationen|meldungen|themen|nachrichten)|"
                         r"live ?blog|lire aussi|à lire|leer también|lee también|leggi anche|newsletter|podcast)\b",
                         re.I)


def _leads_in(lines: list[Line], k: int) -> bool:
    """A line of the text that ends in a colon: "Sie brauchen dafür:", or a paragraph's
    last sentence handing over to what follows."""
    ln = lines[k]
    if not ln.text.endswith(":") or ln.words < 4 or ln.boiler or _LINKS_LEAD.search(ln.text):
        return False
    if ln.kind in ("body", "near"):
        return True
    prev = lines[k - 1] if k else None
    return prev is not None and prev.kind == "body"


def mark_led_lists(lines: list[Line], max_items: int = 40) -> None:
    """The items of a list or the lines of a code sample that a sentence of the text
    announces with a colon belong to the text, short as they are: a menu or a list of
    links has no such sentence over it."""
    for k, ln in enumerate(lines[:-1]):
        if not _leads_in(lines, k):
            continue
        block = lines[k + 1].block
        items = []
        for m in lines[k + 1: k + 1 + max_items]:
            if m.block != block:
                break
            items.append(m)
        if len(items) < 2 or any(m.kind in ("bad", "wall", "teaser") or m.boiler or m.words > 60 for m in items):
            continue
        for m in items:
            m.tags.add("item")


_RANK_MARK = re.compile(r"(?:^|\s)#(\d{1,2})\s+(?=\S)")


def _ranked_list(text: str) -> bool:
    """Three or more "#N " rank markers counting up from 1 ("#1 ... #2 ... #3 ..."): a list of
    linked headlines, never prose, which numbers with words or "1." and not with hash marks."""
    ranks = [int(m.group(1)) for m in _RANK_MARK.finditer(text)]
    return len(ranks) >= 3 and ranks[:3] == [1, 2, 3]


# a sentence ending inside a line, with more words after it
_INNER_STOP = re.compile(r"[.!?;](?=\s+\S)")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a full stop, comma, colon or the like ending a clause inside the line
_CLAUSE_MARK = re.compile(r"[.,;:!?](?:\s|$)")


def _title_case_run(text: str) -> bool:
    """Nearly every word capitalised and hardly a clause mark: a run of menu items or a
    headline in title case ("Travel Adventures Explore Golf Travel Tales Notes From The
    Usa"), not a paragraph. Prose capitalises names and, in German, nouns, but also
    writes function words and verbs in lower case and separates its clauses."""
    ws = _LETTER_WORD.findall(text)
    if len(ws) < 8 or len(_CLAUSE_MARK.findall(text)) > 2:
        return False
    return sum(1 for w in ws if w[0].isupper()) >= 0.7 * len(ws)


_LAST_WORD = re.compile(r"(\w+)$")
# "... Die Aufmerksamkeit für…" / "Weiterlesen »": a summary cut off mid-sentence by an
# ellipsis, over the link to the whole story
_ELLIPSIS_CUT = re.compile(r"[\w,] ?(?:\.{3}|…)$")
_MORE_LINK = re.compile(r"^(?:weiterlesen|weiter lesen|mehr lesen|read more|continue reading|keep reading|"
                        r"lire la suite|leer m[aá]s|seguir leyendo|continuar leyendo|leggi (?:tutto|di più)|"
                        r"czytaj dalej|lees (?:meer|verder)|läs mer|les mer)\b", re.I)


def _cut_before_more(lines: list[Line], k: int) -> bool:
    return (k + 1 < len(lines) and bool(_ELLIPSIS_CUT.search(lines[k].text))
            and bool(_MORE_LINK.match(lines[k + 1].text)))


def _cut_off(lines: list[Line], k: int, stops: frozenset[str]) -> bool:
    """A long line that stops on a function word without any punctuation ("... and
    exercising an") was cut off mid-sentence: a teaser box's summary, not a paragraph.
    A lead-in to a list or a formula goes on in the next line, in lower case."""
    ln = lines[k]
    if ln.sentence or ln.words < 15:
        return False
    m = _LAST_WORD.search(ln.text)
    if not m or m.group(1).casefold() not in stops or m.group(1)[0].isupper():
        return False
    before = ln.text[: m.start()].rstrip()
    if before.endswith("/") and not before[:-1].rstrip().endswith(("…", "...")):
        return False  # "... fünf Festnahmen. / ab": the author's initials sign the text
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is not None and (nxt.text[:1].islower() or nxt.text[:1] in "([{=+-–•*:" or nxt.text[:1].isdigit()):
        return False
    # a teaser's summary stands between its headline or date and the next teaser's; a
    # paragraph that lost its last words (to a formula the dump drops, or a verb-final
    # clause without its full stop) stands among paragraphs
    return ((k == 0 or lines[k - 1].kind != "body")
            and (nxt is None or nxt.kind != "body"))


def _repeated_lines(lines: list[Line]) -> None:
    """A short line printed three or more times ("Article content", "Advertisement") is a
    page label, whatever its words. A paragraph printed three times is a notice the page
    sets in every embed placeholder (a consent text): an article never repeats a paragraph."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.words <= 6 or ln.words >= 20:
            counts[ln.text] = counts.get(ln.text, 0) + 1
    where: dict[str, list[int]] = {}
    for ln in lines:
        if counts.get(ln.text, 0) < 3:
            continue
        if ln.words <= 6:
            ln.tags.add("repeated")
        else:
            where.setdefault(ln.text, []).append(ln.i)
    for text, idx in where.items():
        # a page printed whole three times repeats every paragraph; a notice stands between
        # paragraphs printed once
        between = [m for m in lines[idx[0] + 1: idx[-1]] if m.words >= 8 and m.text != text]
        once = [m for m in between if counts.get(m.text, 0) < 3]
        if once and len(once) * 2 > len(between):
            for k in idx:
                lines[k].kind = "bad"


def _repeated_blocks(lines: list[Line], size: int = 3) -> None:
    """Three or more lines printed again in the same order elsewhere on the page are a
    block the page sets twice (a subscription offer in the paywall and in a dialog, a menu,
    a list of stories): an article prints its paragraphs once. A page printed whole twice
    repeats its text too; then one copy of the repeated lines outweighs the paragraphs
    printed once, and nothing is marked."""
    seen: dict[tuple[str, ...], list[int]] = {}
    matches: dict[int, list[int]] = {}  # offset between the copies -> first lines of shared triples
    for k in range(len(lines) - size + 1):
        key = tuple(lines[k + m].text for m in range(size))
        earlier = seen.setdefault(key, [])
        for e in earlier:
            if k - e >= size:  # copies that do not overlap: "x x x x" is not a block printed twice
                matches.setdefault(k - e, []).append(k)
        if len(earlier) < 4:  # bounded work on a page of one line printed over and over
            earlier.append(k)
    # each pair of copies on its own: the article's kicker, headline and date may repeat its
    # own teaser in a list above without the list and the article being one block
    marked: set[int] = set()
    for offset, starts in matches.items():
        run = [starts[0]]
        for k in starts[1:] + [-1]:
            if k == run[-1] + 1:
                run.append(k)
                continue
            block = range(run[0], run[-1] + size)
            # a block of short lines printed twice is a menu or a byline box, already no
            # text; only one that holds sentence-like lines can pass for paragraphs
            if sum(1 for j in block if lines[j].kind == "body") >= 2:
                marked.update(block)
                marked.update(j - offset for j in block)
            run = [k]
    if not marked:
        return
    text_chars = [0, 0]  # paragraph characters printed once, and in repeated blocks
    for ln in lines:
        if ln.kind in ("body", "near"):
            text_chars[ln.i in marked] += ln.chars
    if text_chars[1] >= 2 * text_chars[0]:  # one copy outweighs the rest: the page printed twice
        return
    for k in marked:
        lines[k].kind = "bad"
        lines[k].tags.add("twice")


# "1", "2.", "Step 3": the number over a step of instructions, set on a line of its own
_STEP_NUMBER = re.compile(r"^(?:(?:step|schritt|étape|paso|passo|stap|krok)\s*)?\d{1,2}[.):]?$", re.I)


def _mark_steps(members: list[Line]) -> None:
    """Numbered steps printed '1 / text / 2 / text': the bare numbers go with the text
    under them; counted as short lines they would make the steps look like a menu."""
    for a, b in zip(members, members[1:]):
        if _STEP_NUMBER.match(a.text) and b.kind in ("body", "near") and b.sentence:
            a.tags.add("step")


def _block_context(lines: list[Line]) -> None:
    """A paragraph-length line inside a block of menu items is a promo, not article text;
    a short sentence inside a block of paragraphs is text ("Preheat the oven." among the
    steps of a recipe), not a menu item."""
    blocks: dict[int, list[Line]] = {}
    for ln in lines:
        blocks.setdefault(ln.block, []).append(ln)
    for members in blocks.values():
        if len(members) < 3:
            continue
        _mark_steps(members)
        short = sum(1 for m in members if m.kind in ("short", "bad") and "step" not in m.tags)
        # a dump without blank lines is one block, whose sentences say nothing of its menus
        if short * 2 > len(members) and len(blocks) >= 3 and _prose_block(lines, members):
            # minutes or a photo story: headings and list items between many sentences
            for m in members:
                m.tags.add("prose")
                if m.kind == "short" and m.sentence and m.words >= 3 and m.text[:1].isupper():
                    m.kind = "near"
            continue
        if short * 2 > len(members):
            for m in members:
                if m.kind == "body":
                    m.kind = "near"
            continue
        body = sum(1 for m in members if m.kind == "body")
        loose = sum(1 for m in members if m.kind == "short" and not m.sentence and "step" not in m.tags)
        # a dump without blank lines is one block: it says nothing of paragraphs
        if body >= 2 and body > loose and len(members) <= 15:
            _short_sentences(members)


def _is_sentence_line(ln: Line) -> bool:
    return (ln.sentence and ln.words >= 5 and not ln.boiler and ln.kind in ("body", "near", "short")
            and (ln.text[:1].isupper() or ln.text[:2] in ("– ", "- ", "— ")))


def _prose_block(lines: list[Line], members: list[Line], min_sentences: int = 4) -> bool:
    """A long block in which a third of the lines are full sentences is text set out
    with headings and list items (the minutes of a meeting, a photo story), not a menu:
    a menu's items end in no full stop. Readers' comments, under their header or each
    under its stamp, are not the story."""
    if len(members) < 8:
        return False
    sentences = sum(1 for m in members if _is_sentence_line(m))
    return (sentences >= min_sentences and sentences * 3 >= len(members)
            and not any(_comment_stamp(lines, m.i) or (m.words <= 8 and _COMMENTS_WALL.match(m.text))
                        for m in members))


def _short_sentences(members: list[Line]) -> None:
    """Runs of short sentences next to a paragraph of the same block read as text. A run
    under a line ending in a colon is a list that line announces (links, sources), which
    the list rules judge."""
    n = len(members)
    k = 0
    while k < n:
        j = k
        while (j < n and members[j].kind == "short" and members[j].sentence and members[j].words >= 3
               and not members[j].boiler and members[j].text[:1].isupper()):
            j += 1
        if j == k:
            k += 1
            continue
        before = members[k - 1] if k else None
        after = members[j] if j < n else None
        if ((before is None or not before.text.endswith(":"))
                and any(m is not None and m.kind == "body" for m in (before, after))):
            for m in members[k:j]:
                m.kind = "near"
        k = j


# The header of a blog's comment form ("Leave a Reply", "Kommentar verfassen", "Hinterlasse
# jetzt einen Kommentar"): under it come the form, then the sidebar, whose about box or
# book promo may hold more text than a short post above the form
_COMMENT_FORM = (r"leave a (?:reply|comment)|(?:post|write|add) a comment|"
                 r"(?:schreibe|hinterlasse|schreiben sie|hinterlassen sie)(?: jetzt| hier)? einen kommentar|"
                 r"(?:einen )?kommentar (?:verfassen|schreiben|hinterlassen)|"
                 r"laisser un commentaire|(?:deja|dejar|escribe) un comentario|deja una respuesta|"
                 r"lascia un commento|lascia una risposta|deixe (?:um comentário|uma resposta)|"
                 r"geef een reactie|laat een reactie achter|(?:dodaj|zostaw|napisz) komentarz")
_WALL = re.compile(
    # "The most read stories on Site.com", "Die meistgelesenen Artikel bei Site": the header
    # with its article and the site it lists
    r"^(?:(?:the|die|unsere|our|les|los|las|i)\s+)?"
    r"(?:related(?: (?:stories|articles|news|posts|content|coverage))?|others also read|"
    r"(?:more|next|latest) (?:in|from|on) .{2,40}|more stories|top stories|most (?:read|popular|recent|viewed)|"
    r"recommended(?: for you)?|(?:you )?(?:may|might) also like|read next|trending|"
    r"mehr zum thema|meistgelesene?n?(?: (?:artikel|nachrichten|beiträge|meldungen|news))?|"
    r"das könnte sie auch interessieren|weitere artikel|"
    # lists of the site's other stories: "more news", "top stories", "latest headlines"
    r"more (?:news|headlines)|latest (?:news|headlines)|weitere (?:themen|nachrichten|meldungen|news)|"
    r"top-?(?:meldungen|themen|news)|neueste (?:artikel|beiträge|meldungen)|aktuelle (?:nachrichten|meldungen)|"
    r"lesermeinungen|"
    r"les plus lus|sur le même sujet|lo más leído|noticias relacionadas|"
    r"i più letti|(?:\d+ )?comments?|kommentare|commentaires|comentarios|" + _COMMENT_FORM + r")"
    r"(?:\s+(?:bei|auf|von|on|at|from|sur|en|de|su)\s+\S{2,30})?\s*:?$",
    re.I)
_INLINE_LINK = re.compile(r"^(?:read more|read also|also read|see also|related|mehr zum thema|lesen sie auch|"
                          r"lest auch|lire aussi|à lire aussi|leer también|lee también|leggi anche|lees ook|"
                          # Zulu "read another story here" / "read also"
                          r"funda olunye udaba(?: lapha)?|funda futhi)\s*[:>»|]\s*\S", re.I)


# "Read also": the label of a link box, often set between two paragraphs (on the dev dumps
# the article goes on after it about three times in four).
_READ_ALSO = re.compile(r"^(?:read also|also read|see also|lesen sie auch|lest auch|lies auch|à lire aussi|"
                        r"lire aussi|leer también|lee también|leggi anche|lees ook|czytaj (?:też|także)|"
                        r"lea también|mir[aá] también|ver también|(?:también )?te puede interesar|inf[oó]rmate más|"
                        r"relacionad[oa]s|leia também|veja também|verwandte artikel|ähnliche (?:artikel|beiträge)|"
                        r"das könnte (?:sie|dich) auch interessieren|auch interessant|passend zum thema|"
                        r"(?:à )?voir aussi|vedi anche|potrebbe interessarti|articoli correlati|bekijk ook|"
                        r"zobacz (?:też|także|również)|(?:prze)?czytaj (?:też|także|również))\s*(?::|\.{3}|…)?$",
                        re.I)
# "Lea también: Headline", "PUEDES VER: Headline?": the label and the linked headline on one
# line. "Lea" and "Mire" are names too, so only a line that ends like a headline counts.
_INLINE_HEADLINE_LINK = re.compile(r"^(?:lea(?: también| más)?|mire|puedes ver|mir[aá] también|ver también|"
                                   r"(?:también )?te puede interesar|leia também|veja também|leia mais|"
                                   r"zobacz (?:też|także)|czytaj (?:też|także)|mehr dazu lesen sie hier)\s*:\s*\S",
                                   re.I)


# "11 Antworten zu “Headline”", "One thought on “Headline”": a blog's header over the thread
_THREAD_HEAD = re.compile(r"^(?:\d+|one|two|three|eine?n?|zwei|drei)\s+(?:thoughts?|responses?|repl(?:y|ies)|"
                          r"comments?|antworten|gedanken|kommentare?|réponses?|commentaires?|respuestas?|"
                          r"comentarios?|risposte|commenti)\s+(?:on|to|zu|auf|à|a|en|para|su|für)\s+[\"“„«‘'A-ZÀ-Ö]",
                          re.I)


def mark_walls(lines: list[Line]) -> None:
    """Headers of headline lists and comments end an article; inline link lines are not text."""
    for ln in lines:
        if ln.words <= 40 and _THREAD_HEAD.match(ln.text):
            ln.kind = "wall"
            continue
        # a header stands alone; "| 12 comments" inside a byline block is a link
        first_in_block = ln.i == 0 or lines[ln.i - 1].block != ln.block
        if ln.words <= 8 and first_in_block and _WALL.match(ln.text):
            ln.kind = "bad" if _box_between_paragraphs(lines, ln.i) else "wall"
        elif ln.words <= 6 and _READ_ALSO.match(ln.text):
            # a box between paragraphs has the article go on right after its one or two links;
            # after the last paragraph it heads a list of stories like any other wall
            nxt = [m for m in lines[ln.i + 1: ln.i + 7] if m.kind == "body"]
            ln.kind = "bad" if len(nxt) >= 2 or any(m.words >= 25 for m in nxt) else "wall"
            if ln.kind == "bad" and ln.i + 1 < len(lines) and _is_linked_headline(lines[ln.i + 1]):
                lines[ln.i + 1].kind = "bad"  # the box's link, a headline that ends no sentence
        elif _INLINE_LINK.match(ln.text) or (ln.words <= 6 and _BUTTON.search(ln.text)):
            ln.kind = "bad"
        elif _INLINE_HEADLINE_LINK.match(ln.text) and _is_linked_headline(ln, 35):
            ln.kind = "bad"
        elif ln.words <= 30 and _PREV_NEXT.match(ln.text):
            ln.kind = "bad"


# "← Older headline", "Article suivant Headline", "Next postHeadline": the links to the
# neighbouring posts under a story, the label glued to the linked headline or not
_PREV_NEXT = re.compile(r"^(?:[←→]\s*\S|(?:next|previous|prev|older|newer) (?:article|post|story|entry)|"
                        r"article (?:suivant|précédent)|(?:nächster|vorheriger) (?:artikel|beitrag)|"
                        r"artículo (?:siguiente|anterior)|articolo (?:successivo|precedente))", re.I)


def _is_linked_headline(ln: Line, max_words: int = 25) -> bool:
    return 2 <= ln.words <= max_words and not ln.text.endswith((".", ":")) and ln.kind != "wall"


_COMMENTS_WALL = re.compile(r"^(?:\d+ )?(?:comments?|kommentare|commentaires|comentarios|" + _COMMENT_FORM + r")\b", re.I)


def _box_between_paragraphs(lines: list[Line], k: int, max_links: int = 5) -> bool:
    """A 'Trending' or 'More news' box set inside the story: a few linked headlines under the
    header, then the article's paragraphs again, two in a row. A list of teasers after
    the story alternates headlines and one-paragraph summaries instead."""
    if _COMMENTS_WALL.match(lines[k].text):
        return False
    j = k + 1
    while j < len(lines) and j - k <= max_links and lines[j].kind in ("short", "near") and not lines[j].sentence:
        j += 1
    if k + 1 < j and j + 1 < len(lines) and lines[j].kind == "body" and lines[j + 1].kind == "body":
        for m in lines[k + 1: j]:
            m.tags.add("box")  # the bylines and dates in it are the linked stories'
        return True
    return False


# "Ontdek je voordeel ›", "Jetzt lesen →": a short line ending in an arrow is a button.
_BUTTON = re.compile(r"\s[›»→>]\s*$")


# A clock time or a numeric date: "Heute, 12:34 Uhr", "21.03.2025, 10:13", "2024-10-14".
_STAMP = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


def _is_stamp(ln: Line) -> bool:
    return ln.words <= 6 and not ln.sentence and bool(_STAMP.search(ln.text))


def _is_headline_shape(ln: Line, labelled: bool = False) -> bool:
    if "code" in ln.tags or _is_stamp(ln) or not 3 <= ln.words <= 22 or ln.kind not in ("short", "near", "body"):
        return False
    # a question or exclamation is a headline under a teaser's date or section label;
    # among paragraphs it is an interview's question or a subhead
    return not ln.sentence or (labelled and ln.text.endswith(("?", "!")))


def _is_teaser_shape(ln: Line) -> bool:
    # a teaser's summary ends its own story; one that ends in a colon hands over to a list
    return (ln.sentence and 6 <= ln.words <= 45 and ln.kind in ("body", "near", "short")
            and not ln.text.endswith(":"))


def _is_cut_summary(ln: Line) -> bool:
    """A standfirst cut off mid-sentence by the teaser box: long, but without a full stop."""
    return not ln.sentence and 15 <= ln.words <= 45 and ln.kind in ("body", "near", "short", "teaser")


def _is_label(ln: Line) -> bool:
    return (ln.words <= 3 and not ln.sentence) or _is_stamp(ln)


def _teaser_unit(lines: list[Line], i: int) -> tuple[int, str]:
    """Length and shape of a 'headline, one-sentence summary' unit starting at ``i``, or
    (0, ""). Shapes: 'pair' (headline, summary, with an optional short kicker before the
    headline) and 'labelled' (headline, section label, summary)."""
    n = len(lines)
    # without, then with one or two short lines before the headline: a kicker, a section
    # label, or the date that closed the unit before
    for j in (i, i + 1, i + 2):
        if j + 1 >= n or (j > i and not _is_label(lines[j - 1])):
            break
        if not _is_headline_shape(lines[j], labelled=j > i):
            continue
        if _is_teaser_shape(lines[j + 1]):
            return j + 2 - i, "pair"
        # "Kicker / Headline / Summary cut off (or signed "Von Jane Doe") without a full
        # stop": a kicker over a linked headline is a teaser's, and a paragraph ends its sentence
        if j > i and _is_cut_summary(lines[j + 1]):
            return j + 2 - i, "pair"
        # "Headline / Travel / Summary", "Headline / Jane Doe / 8 hours ago / Summary": the
        # section, author or age printed under a linked headline; the summary is often cut
        # off mid-sentence
        k = j + 1
        while k < n and k <= j + 2 and _is_label(lines[k]):
            k += 1
        if k > j + 1 and k < n and (_is_teaser_shape(lines[k]) or _is_cut_summary(lines[k])):
            return k + 1 - i, "labelled"
    return 0, ""


def mark_teasers(lines: list[Line], min_units: int = 3) -> None:
    """Runs of three or more 'headline + one-sentence summary' units are story teasers.

    An article has paragraphs of several sentences between its subheads; a teaser list
    alternates one linked headline and one short summary, again and again. A run of the
    'labelled' shape must keep that shape throughout: an article whose subheads are
    followed by a short line and a paragraph does so only now and then.
    """
    i = 0
    n = len(lines)
    while i < n:
        units = []
        j = i
        shape = ""
        while j < n:
            size, kind = _teaser_unit(lines, j)
            if not size or (shape and kind != shape and "labelled" in (kind, shape)):
                break
            shape = shape or kind
            units.append((j, size))
            j += size
        if len(units) >= min_units:
            for start, size in units:
                for k in range(start, start + size):
                    lines[k].kind = "teaser"
            i = j
        else:
            i += 1


def _line_score(ln: Line) -> float:
    if ln.kind == "wall":
        return -600.0
    if "contents" in ln.tags or "code" in ln.tags or "step" in ln.tags or "ingredient" in ln.tags:
        return -2.0
    if ln.kind == "body":
        return min(ln.chars, 600) * 1.0
    if ln.kind == "near":
        # without a full stop a mid-length line is as likely a linked headline as text
        return min(ln.chars, 300) * 0.4 if ln.sentence else -10.0
    if ln.kind in ("bad", "teaser"):
        return -60.0
    # a short line costs more in a long block of short lines (a menu) than alone (a subhead)
    if "prose" in ln.tags:
        return -24.0  # a heading between sentences, as alone
    return -20.0 - 4.0 * min(ln.block_size, 10)


def _footer_start(lines: list[Line]) -> int:
    """Index of the copyright footer in the last third of the page, or len(lines)."""
    for k in range(len(lines) - 1, int(len(lines) * 0.66) - 1, -1):
        t = lines[k].text
        if lines[k].chars < 200 and (_COPYRIGHT.match(t) or _RIGHTS.search(t.casefold())):
            # "© Bild: Agency" with a paragraph right under it (or under a subhead) is a
            # photo's credit in the text, not the page's footer
            if not _RIGHTS.search(t.casefold()) and any(ln.kind == "body" for ln in lines[k + 1: k + 3]):
                continue
            return k
    return len(lines)


def _comments_span(lines: list[Line], min_text: int = 150) -> tuple[int, int]:
    """(first, last) lines under the header over the reader comments ("7 Comments:",
    "Leave a Reply"), or from the first line of a thread without a header that
    mark_comment_thread found, when some text stands above it (one short paragraph will do:
    a blog's post may be no longer), or (len, len). A header with no text above it, or inside
    a block of menu items, is a link in the menu. The span ends
    at a "Posted ..." stamp: pages that print the comment box before the story go on with
    the story's headline and stamp."""
    n = len(lines)
    text = 0
    for k, ln in enumerate(lines):
        if ln.kind == "body":
            text += ln.chars
        elif text >= min_text and ("comment" in ln.tags or (
                ln.kind == "wall" and ln.block_size <= 2
                and (_COMMENTS_WALL.match(ln.text) or _THREAD_HEAD.match(ln.text)))):
            end = next((j for j in range(k + 1, n) if _is_published_stamp(lines[j])), n)
            return k, end
    return n, n


def densest_region(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) index of the run of lines with the greatest total body score."""
    best, best_span = 0.0, None
    run, start = 0.0, 0
    # after the copyright line come overlays and consent dialogs, and under the comments
    # header the readers' posts and the sidebar: a short post above must outweigh them
    footer = _footer_start(lines)
    comments = _comments_span(lines)
    for k, ln in enumerate(lines):
        s = _line_score(ln)
        if s > 0 and comments[0] < k < comments[1]:
            s *= 0.1  # a thread of a few comments is longer than many a post
        elif s > 0 and k > footer:
            s *= 0.3
        if run <= 0:
            run, start = s, k
        else:
            run += s
        if run > best:
            best, best_span = run, (start, k)
    return best_span


def _words_of(text: str) -> set[str]:
    ws = {w.casefold() for w in _WORD.findall(text) if len(w) > 3}
    return ws | set(_CJK.findall(text))


def _stems_of(text: str) -> set[str]:
    return {w[:5] for w in _words_of(text)}


def trim_off_topic_tail(lines: list[Line], span: tuple[int, int], min_lines: int = 3) -> tuple[int, int]:
    """Cut teasers of other stories off the end of the region.

    Teaser paragraphs after an article read like text but share almost no content words
    with the article's opening; the article's own last paragraphs do. The cut is made only
    before a run of at least ``min_lines`` such paragraphs reaching the region's end.
    """
    start, end = span
    body = [k for k in range(start, end + 1) if lines[k].kind in ("body", "near")]
    if len(body) < 6:
        return span
    # the opening is a third of the text by length, not by lines: a few short notices or a
    # deck over the story would otherwise make up the whole sample and share no word with it
    n_head = max(3, len(body) // 3)
    chars = sum(lines[k].chars for k in body[:n_head])
    third = sum(lines[k].chars for k in body) / 3
    while chars < third and n_head < len(body) - min_lines:
        chars += lines[body[n_head]].chars
        n_head += 1
    head = body[:n_head]
    # five-letter stems: an article's last section inflects the words of its opening
    # ("Regen", "Regens"; "Transfer", "Transfers") and must not read as another story
    core: dict[str, int] = {}
    for k in head:
        for w in _stems_of(lines[k].text):
            core[w] = core.get(w, 0) + 1
    cut = None
    run = 0
    for k in reversed(body[len(head):]):
        ws = _stems_of(lines[k].text)
        if not ws:
            continue
        shared = len(ws & core.keys()) / len(ws)
        if shared < 0.05:
            run += 1
            cut = k
        else:
            break
    if cut is not None and run >= min_lines:
        prev = [k for k in body if k < cut]
        # another story's teasers are set apart from the article; lines that run on in the
        # article's own block (a poem, a letter of short sentences) are its text, where the
        # dump sets blank lines between blocks at all
        if prev and (lines[prev[-1]].block != lines[cut].block or lines[-1].block == 0):
            return start, prev[-1]
    return span


def _groups(lines: list[Line], start: int, end: int) -> list[list[int]]:
    """Runs of paragraphs inside the region, split where two or more non-paragraph lines
    (or one furniture line) stand between them."""
    groups: list[list[int]] = []
    cur: list[int] = []
    gap = 0
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.kind in ("body", "near"):
            if cur and gap >= 2:
                groups.append(cur)
                cur = []
            cur.append(k)
            gap = 0
        else:
            gap += 2 if ln.kind in ("wall", "teaser") else 1
    if cur:
        groups.append(cur)
    return groups


# "Published 06.01.2026 - 17:29", "Veröffentlicht am 3. März 2024": a stamp line that opens
# with the publishing label
_PUBLISHED_STAMP = re.compile(r"^(?:published|posted|ver(?:ö|oe)ffentlicht|publiziert|erschienen|publi[ée]|publicado|"
                              r"pubblicato|gepubliceerd|opublikowano|publisert|publicerad)\b", re.I)


def _is_published_stamp(ln: Line) -> bool:
    return ln.words <= 12 and bool(_PUBLISHED_STAMP.match(ln.text)) and any(c.isdigit() for c in ln.text)


def trim_next_article(lines: list[Line], span: tuple[int, int], min_after: int = 3) -> tuple[int, int]:
    """Cut the region before a second article appended under the first.

    Pages that load the next story as the reader scrolls print it with its own headline,
    standfirst, byline and "Published ..." stamp. When the article's own stamp stands
    above its text, a second stamp in the region with paragraphs on both sides starts the
    next story; its headline and standfirst (one short paragraph group) sit just above the
    stamp and go too. A stamp line with no stamp above the text is the article's own
    footer and cuts nothing.
    """
    start, end = span
    body = [k for k in range(start, end + 1) if lines[k].kind == "body"]
    if len(body) < 3 + min_after:
        return span
    # the article's own stamp: above its third paragraph (a summary box can come first)
    if not any(_is_published_stamp(lines[k]) for k in range(0, body[2])):
        return span
    for s in range(body[2] + 1, end + 1):
        if not _is_published_stamp(lines[s]):
            continue
        before = [k for k in body if k < s]
        after = [k for k in body if k > s]
        if len(after) < min_after:
            continue
        groups = _groups(lines, start, s - 1)
        # the next story's standfirst: a small group just above the stamp
        if len(groups) > 1 and len(groups[-1]) <= 2:
            groups.pop()
        return start, groups[-1][-1]
    return span


def trim_incoherent_tail(lines: list[Line], span: tuple[int, int], stops: frozenset[str],
                         min_shared: float = 0.15) -> tuple[int, int]:
    """Drop trailing paragraph groups that share few content words with the article before
    them: author bios, membership appeals and teasers of other stories after a break."""
    start, end = span
    groups = _groups(lines, start, end)
    if len(groups) < 2:
        return span
    # five-letter stems, so "flight" meets "flights" and "operator" meets "operators"; each
    # line's once: the loop below drops one group a turn and compares the rest anew
    stems, content_stems = {}, {}
    for g in groups:
        for k in g:
            words = _words_of(lines[k].text)
            stems[k] = {w[:5] for w in words}
            content_stems[k] = {w[:5] for w in words - stops}
    while len(groups) > 1:
        tail = groups[-1]
        head_words: set[str] = set()
        for g in groups[:-1]:
            for k in g:
                head_words |= stems[k]
        tail_words: set[str] = set()
        for k in tail:
            tail_words |= content_stems[k]
        head_chars = sum(lines[k].chars for g in groups[:-1] for k in g)
        tail_chars = sum(lines[k].chars for k in tail)
        if not tail_words or tail_chars > head_chars:
            break
        # A short article's few words are a thin sample: only a tail much smaller than it is
        # judged by them (a video or newsletter box splits many short stories in two).
        if head_chars < 1500 and tail_chars > 0.2 * head_chars:
            break
        if len(tail_words & head_words) / len(tail_words) >= min_shared:
            break
        groups.pop()
    return start, groups[-1][-1]


def trim_after_furniture(lines: list[Line], span: tuple[int, int], min_bar: int = 3) -> tuple[int, int]:
    """Cut a small tail that follows a bar of page furniture (share buttons, print, mail)
    inside the region: the article ends at its share bar, and one or two paragraphs under
    it are a teaser of another story or a promo, not the end of the text."""
    start, end = span
    body = [k for k in range(start, end + 1) if lines[k].kind == "body"]
    if len(body) < 3:
        return span
    k = body[2]
    while k <= end:
        if lines[k].kind != "bad":
            k += 1
            continue
        j = k
        while j + 1 <= end and lines[j + 1].kind == "bad":
            j += 1
        if j - k + 1 >= min_bar:
            before = sum(lines[m].chars for m in body if m < k)
            after = [m for m in body if m > j]
            if after and len(after) <= 2 and sum(lines[m].chars for m in after) * 4 < before:
                last = max(m for m in range(start, k) if lines[m].kind in ("body", "near"))
                return start, last
        k = j + 1
    return span

