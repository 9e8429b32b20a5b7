"""Cues for the roles of short lines in a text dump: vocabularies of list and tag headers,
bylines, photo credits and dates in the dev data's languages, and small predicates over one line.

Every rule here is about the kind of line (its words, shape and punctuation), never about one site.
"""
from __future__ import annotations

import re

from ..model import Article
from .fields import agency_name, find_credits, parse_date, split_caption_credit
from .textlines import _WORD, Line

# ---------------------------------------------------------------- vocabularies

# Headers of headline lists that follow an article, in the dev data's languages. The group
# "sec" of a "Next In <Section>" / "More from <Section>" header names the site section.
_RELATED_HEAD = re.compile(
    r"^(?:(?:next|more|latest|top stories) (?:in|from|on)\s+(?P<sec>.{2,40})|"
    r"others also read|related(?: (?:stories|articles|news|posts|content|coverage|links|reading))?|"
    r"(?:you )?(?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| from .*)?|"
    r"read (?:more|also|next)|also read|see also|more stories|more news|more on this story|"
    r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|weitere artikel|"
    r"mehr aus (?P<sec2>.{2,40})|à lire aussi|lire aussi|sur le même sujet|à voir aussi|"
    r"leer también|te puede interesar|noticias relacionadas|más noticias|leggi anche|potrebbe interessarti|"
    r"articoli correlati|lees ook|gerelateerde artikelen|czytaj także|zobacz też|relaterte saker|"
    r"les også|läs också|relaterat|"
    # "Aus dem Ressort": the section's other stories, the box under a tag row
    r"aus dem ressort|aus der rubrik|more from this section)\s*:?\s*$",
    re.I,
)
_TAGS_HEAD = re.compile(
    r"^(?:tags?|topics?|themes?|keywords?|filed under|more on|related topics|(?:ähnliche |weitere )?themen|"
    r"schlagw[öo]rter?(?: zu diesem artikel)?|in this article|temas relacionados|tópicos|"
    r"stichw[öo]rter|mots?[- ]cl[ée]s|sujets?|th[èe]mes?|etiquetas|temas|argomenti|tag|onderwerpen|"
    r"emneord|emner|ämnen|tagi|tematy|mehr lesen über|mehr über|subjects|related topics|more about|"
    r"関連キーワード|キーワード|태그|키워드|etiketler|теги|темы|štítky|témata|nøkkelord|aiheet|"
    # "read more about": a header over the story's topic links ("Lesen Sie mehr zum Thema",
    # "Lees meer over", "Mer om", "İlgili konular")
    r"lesen sie mehr zum thema|lees meer over|mer om|les mer om|läs mer om|ilgili konular|related tags)(?:\s*:\s*(?P<rest>.*)|\s*)$",
    re.I,
)
# The note on the writer under an article: "Jane Doe is a senior writer for ...", "Max Muster
# ist Redakteur im Ressort ...", "Korrespondent Max Muster ist bei ...", "Es periodista ...".
_ROLE = (r"(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|researcher|lecturer|"
         r"professor|fellow|founder|analyst|producer|author|member of)")
_AUTHOR_BIO = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]+\s){1,4}|he |she )(?:is|was) (?:a|an|the) (?:[\w&-]+\s){0,6}?(?:co-?)?" + _ROLE + r"|"
    r"^(?:[A-ZÄÖÜ][\w.'’-]+\s){1,4}ist (?:seit \d{4} )?(?:\w+\s){0,3}?(?:redakteur|korrespondent|autor|journalist|"
    r"reporter|kolumnist|fellow|professor)|"
    r"^(?:redakteur|korrespondent)(?:in)? (?:[A-ZÄÖÜ][\w.'’-]+\s){1,3}ist\b|"
    r"^es (?:jef[ae]|periodista|corresponsal|redactor|redactora|columnista)\b|"
    r"^(?:[A-Z][\w.'’-]+\s){1,4}est (?:journaliste|rédact|correspondant|reporter|chroniqueu)|"
    # the blogger's own note: "Hallo, ich bin Jana, Betreiberin von ...", "I'm Sam, the founder of ..."
    r"^(?:(?:hallo|hi|hey)[,!]?\s+)?(?:ich bin|i'?m|i am) (?:[A-ZÄÖÜ][\w'’-]+,?\s)?(?:\w+\s){0,3}?"
    r"(?:betreiber|gr[üu]nder|autor|(?:food|mode|reise)?blogger|founder|author|writer|creator)|"
    # the writer's role first ("Als Redakteurin betreue ich den Blog ...") or the blog itself
    r"^als (?:[\w-]+\s){1,4}(?:betreue|leite|verantworte|schreibe|blogge) ich\b|"
    r"^(?:my|this) blog (?:is|has)\b|^(?:mein|dieser) blog (?:ist|bietet)\b",
    re.I)
# A short header that names topics by a topic noun anywhere in it ("Explore more on these
# topics", "Související témata:", "Más temas:", "Följ ämnen i artikeln", "Archivado en"): the
# tag lists of many languages share these nouns while their wording around them varies.
_TOPIC_NOUN_HEAD = re.compile(
    r"(?:^|[\s(])(?:tags?|topics?|themen|themes?|temas?|témata|téma|tematy|ämnen|ämne|emner|emneord|"
    r"sujets?|keywords?|schlagw[öo]rter|schlagworte?|stichw[öo]rter|onderwerpen|etiquetas|etiketler|"
    r"argomenti|aiheet|archivado en|filed under|キーワード|ジャンル|タグ|태그|키워드|话题|標籤|标签)"
    r"(?=$|[\s:：)])", re.I)
_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|"
    r"kommentare?|commentaires?|comentarios?|commenti|reactions?|reageer|komentarze|"
    # the reader-comment box under older news pages
    r"(?:latest|your|readers?'?|user) comments?|(?:have )?your say|(?:add|post) (?:a |your )?comments?|"
    r"comments are (?:now )?closed|(?:please )?leave (?:your|a) comments?|talkback|"
    r"leserkommentare|ihre meinung)\b", re.I)
# German gender-fair forms of "author": "Autor*in", "Autor:in", "Autor_in", "Autorin/Autor"
# "44 Kommentare", "12 comments": a count of the thread, linked from the byline row
_COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reactions?|"
                            r"komentarz[ey]?)\s*$", re.I)


def counter_over_text(lines: list[Line], start: int, k: int) -> bool:
    """A comment count over the story, with at most one paragraph above it: the byline
    row's link to the thread, not the thread's header (that comes after the text)."""
    return (bool(_COMMENT_COUNT.match(lines[k].text))
            and sum(1 for m in lines[start:k] if m.kind == "body") < 2)


_AUTOR = r"autor(?:in|en|innen|\*in|:in|_in)?(?:\s*/\s*autor(?:in)?)?"
_BYLINE_LABEL = re.compile(r"^(?:author(?:s)?(?: of the article)?|" + _AUTOR + r"|auteur|written by|"
                           r"reporter|text|by|von|par|por|di|door|av|af|przez)\s*:?\s*$", re.I)
# "posted by", "geschrieben von", "texte par": a verb of writing and its "by".
_WRITTEN_BY = (r"(?:gepostet|geschrieben|posted|publicado|publié|publicat|pubblicato|text|texte|"
               r"fotos?|written|reported|story|words) (?:von|by|por|par|da|di|de)")
# "Post author By Jane Doe": a blog theme's hidden label printed before its "By"
_POST_AUTHOR = r"post author\s*:?\s+(?:by\s+)?"
_BYLINE = re.compile(r"^(?:" + _POST_AUTHOR + "|" + _WRITTEN_BY + r"\s|"
                     r"by|von|par|por|di|door|av|af|przez|written by|reported by|story by|text:|"
                     # "Kolumnist*in: Jane Doe", "Text & Fotos: Jane Doe": a role or the credited work as label
                     r"(?:kolumnist|redakteur|korrespondent)(?:in|\*in|:in|_in)?\s*:|text\s*(?:&|und|and)\s*fotos?\s*:|"
                     # "Autorin/Autor Jane Doe", "Autor:in Jane Doe": the gender-fair labels need no colon
                     r"autorin\s*/\s*autor\s|autor\s*/\s*autorin\s|autor(?:\*in|:in|_in)\s*:?|"
                     r"autor(?:in)?\s*:|authors?\s*:|auteur(?:e|s)?\s*:|autore\s*:|interview:)"
                     # the marker is a word of its own, or glued to a capitalised name ("PorRodolfo"):
                     # "PARA SUSCRIPTORES", "AVOCAT", "DIRECT" only open with its letters
                     r"(?:\s+|(?<=[:\s])|(?=:)|(?-i:(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])))(?=\S)", re.I)
# "Disko Von" / "10.12.2022 18:27 von" over the name: the marker ends the line.
_TRAILING_BY = re.compile(r"^(?:\S+\s+){1,2}(?:von|by|par|por)\s*:?\s*$", re.I)
_LEAD_BY = re.compile(r"^(?:[\w-]+\s+){1,3}?(?:von|by|par|por|di|door|av|af|przez)\s+(?=[A-ZÀ-ÖØ-Þ])")
# "05.02.2020 - Redaktion: Jane Doe": after a date also the editor's label
_MID_BY = re.compile(r"(?:^|\s)(?:by|von|par|por|(?i:redaktion|autor(?:in)?)\s*:)\s+(?=[A-ZÀ-ÖØ-Þ])")
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z][a-z])")  # "byJane Doe": a byline whose space the markup ate
_CREDIT_ONLY = re.compile(
    r"^\(?\s*(?:©|\(c\)|copyright\b|(?:picture[- ]alliance|getty images|imago(?: images)?|shutterstock|"
    r"istock(?:photo)?|keystone|ap photo|afp photo)\s*(?:[/|,:]|$)|(?:photo|foto|bild|image|picture|photograph|credit|crédit|cr[ée]dito|source|quelle|"
    r"fuente|fonte|imagen|"
    # the word for "photo" in the scripts and languages the Latin labels miss
    r"фото|фотография|снимок|світлина|φωτογραφία|kuva|zdjęcie|ảnh|사진|写真|照片|图片|圖片)s?\s*(?:credits?)?\s*[:：©]|"
    # the Polish and Czech label is an abbreviation with its stop and no colon ("Fot. Jane Doe");
    # no sentence opens on "Fot."
    r"fot\.\s*(?=\w))", re.I)
_SLASH_CREDIT = re.compile(r"^[\w .'-]{2,40}\s*/\s*(?:[\w .'-]{2,40})(?:\s*/\s*[\w .'-]{2,40})?$")
_DASH_AGENCY = re.compile(r"\s+[-–—]\s+(?P<ag>[A-Z][\w.-]*(?:\s*/\s*[A-Z][\w.-]*)?)\s*$")
_CAPTION_LEAD = re.compile(r"^(?:photo|foto|bild|image|picture|caption|bildunterschrift)\s*:\s*\S", re.I)
_TIME_ONLY = re.compile(r"^[\d\s:./,-]*(?:uhr|am|pm|h|gmt|utc|cet|cest|[+-]\d{2}:?\d{2})?[\d\s:./,-]*$", re.I)
_CAPTION_WORDS = re.compile(r"\b(?:credit|photo(?:graph)?|foto|bild|image|picture|symbolbild|getty images|imago|"
                            r"shutterstock|dpa-bildfunk|picture alliance)\s*[:/)]|©|撮影[)）]|提供[)）]", re.I)
_TRAILER = re.compile(r"^(?:on|am|vom|le|el|il|den|der|at|um|in|erstellt|updated|published|posted|"
                      r"veröffentlicht|aktualisiert|stand|kategorien|comments?|kommentare?|last|zuletzt|"
                      # a photo label or agency after the name ("von Jane Doe Symbolbild imago")
                      r"symbolbild|foto|fotos|bild|photo|imago|getty)$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|"
                        r"pubblicato|gepubliceerd|opublikowano|publisert|publicerad)\b", re.I)
_BY_LABEL = re.compile(r"^(?:" + _POST_AUTHOR + "|" + _WRITTEN_BY + r"\s*:?\s+|"
                       r"autorin\s*/\s*autor\s+|autor\s*/\s*autorin\s+|autor(?:\*in|:in|_in)\s*:?\s+|"
                       r"(?:kolumnist|redakteur|korrespondent)(?:in|\*in|:in|_in)?\s*:\s*|text\s*(?:&|und|and)\s*fotos?\s*:\s*|"
                       r"(?:by|von|par|por|di|door|av|af|przez|author(?:s)?(?: of the article)?|autor(?:in|en)?|"
                       r"auteur(?:e|s)?|autore|text|interview)\s*:\s*)", re.I)
_LEAD_SYMBOLS = re.compile(r"^[^\w#]+")
_HASHTAGS = re.compile(r"^#\s*\w[^#]{0,40}(?:#\s*\w[^#]{0,40}){1,}$")
_READ_TIME = re.compile(r"^\d+\s*(?:min|mins|minutes?|minuten|minutos?)\b", re.I)


def _has_agency_credit(s: str) -> list[str]:
    return find_credits(s, photo=True)


def _is_credit_only(ln: Line) -> bool:
    t = ln.text
    if t.startswith("(") and t.endswith(")") and ln.words <= 25 and _CREDIT_ONLY.match(t) and t.count("(") == 1:
        # "(Bild: made with an image generator by the desk)": a labelled credit in brackets
        # may run long, as no paragraph stands in brackets after a photo label
        return True
    if ln.words > 12 or ln.sentence and ln.words > 6:
        return False
    if _CREDIT_ONLY.match(t):
        return True
    if not _SLASH_CREDIT.match(t):
        return False
    # "Imago/Blaulicht-News.de", "Jane Doe/Reuters": a short slash-joined name pair
    return bool(_has_agency_credit(t)) or (ln.words <= 5 and not ln.sentence and t[:1].isupper()
                                            and " / " not in t)


# The label in any case; the name capitalised ("Courtesy of Jane Doe") or one short
# lower-case agency mark ("(hr)"): "(öffnet im neuen Fenster)" is a link's note, no credit.
# A space may stand before the closing bracket ("(Dok.Agency )"), where the markup left it.
# The source may name its office after a comma ("(City Court, Office of the Clerk)").
_PAREN_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'-]*|of|by|via|for|von|de|van|der|du)){0,%d}"
_PAREN_CREDIT = re.compile(r"\s*\((?:(?i:quelle|source|fuente|foto|photo|bild|image)\s*:\s*)?"
                           r"(" + _PAREN_NAME % 3 + r"(?:,\s+" + _PAREN_NAME % 4 + r")?"
                           r"|[a-zß-ÿ]{2,5})\s*\)\s*$")
# "(Jane Doe/Associated Press)": a photographer and the agency, never how a wire paragraph ends
_PAREN_SLASH_CREDIT = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[\w.'-]+){0,3}\s*/\s*"
                                 r"[A-ZÀ-ÖØ-Þ][\w.'&-]*(?:\s+[\w.'&-]+){0,3})\)\s*$")
# "... on the pier. Photo by Jane Doe/Agency", "... at the lodge. Supplied"
_TAIL_PHOTO_BY = re.compile(r"(?<=[.!?\"”’)])\s+((?:(?:photo|photograph|image|picture|foto|bild)s?\s*"
                            r"(?:by|von|:)\s+[\w.'/& -]{2,60})|supplied|handout|file photo|getty images)\s*$",
                            re.I)
# "... geschlachtet. Bildrechte: MDR/Jane Doe", "... von GIVENCHY.Foto: Jane Doe. Styling: ...":
# a credit label right after the caption's last sentence, with or without the space
_TAIL_CREDIT_LABEL = re.compile(r"(?<=[.!?\"”’])\s*((?:bildrechte|bildquelle|fotos?|photos?|bild|credits?|"
                                r"image|copyright)\s*:\s*[A-ZÀ-ÖØ-Þ\w].{1,200})$", re.I)
# "... im Hauptquartier Jane Doe/Copyright 2026 The AP. All rights reserved"
_TAIL_COPYRIGHT = re.compile(r"\s+([A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'-]*){0,2}\s*/\s*"
                             r"(?:[Cc]opyright|COPYRIGHT|©).{0,120})$")
# "... removed from the water in the bay. By U.S. CUSTOMS AND BORDER PROTECTION": the photo's
# source in capitals after the caption's last sentence (a byline is not set in capitals there)
_TAIL_CAPS_BY = re.compile(r"(?<=[.!?\"”’)])\s+By\s+([A-Z][A-Z.'&-]+(?:\s+[A-Z][A-Z.'&-]*){1,5})\s*$")
# "... at the show Jane Doe/Getty Images", "... the UK Jo Roe/AP": a photographer and a known
# agency glued to the caption with no stop between; prose does not end on "Name/Agency"
_TAIL_NAME_AGENCY = re.compile(r"(?<=[\w,])\s+((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+\s?/\s?"
                               r"[A-ZÀ-ÖØ-Þ][\w.&'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.&'-]*){0,3})$")
# "... der Rauchwolke. © Jane Doe Infografik/OSM | ...": a copyright sign after the last
# sentence opens the credit, however long its list of sources
_TAIL_COPY_SIGN = re.compile(r"(?<=[.!?\"”’])\s+(©\s*[A-ZÀ-ÖØ-Þ\w].{1,200})$")
# "... z Platformą Handlu, fot. Agency": the abbreviated label closing the caption after a comma
_TAIL_FOT = re.compile(r",\s+((?i:fot)\.\s*\w[\w.'/& -]{1,60})$")
# "... en la edición de 2025.Cedida por la Plataforma", "... the lodge. Courtesy of Jane Doe": the
# photo lent by its owner, named after the caption's last sentence ("courtesy of", Spanish
# "cedida por" / "cortesía de", Portuguese "cedida por" / "cortesia de"); prose does not close
# on the phrase with a name after its full stop
_TAIL_COURTESY = re.compile(r"(?<=[.!?\"”’])\s*((?:(?:photo|foto|imagen|image)s?\s+)?(?:courtesy of|cedid[ao]s? por|"
                            r"cortes[ií]a de)\s+\S.{1,100})$", re.I)
# "Kryžius / J. Doe / LRT nuotr.": the Lithuanian credit names the photographer or the source in
# the genitive before "nuotr." (photo), after a slash or two; prose has no slash-joined tail there
_TAIL_NUOTR = re.compile(r"\s+/\s+((?:[^/]{2,40}\s+/\s+)?[^/]{2,40}\s(?i:nuotr)\.?)$")
_GLUED_CREDIT = re.compile(r"(?<=[.!?\"”])([A-ZÀ-ÖØ-Þ][\w.-]+(?:\s[\w.-]+){0,3}\s?/\s?[\w .-]{2,40})$")


def _inline_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) for a line ending in a photo credit: "... (Edu Luque)", "...ruhen.Unsplash/Jo Doe"."""
    for rx in (_PAREN_SLASH_CREDIT, _TAIL_PHOTO_BY, _TAIL_FOT, _TAIL_CREDIT_LABEL, _TAIL_COPYRIGHT, _TAIL_CAPS_BY, _TAIL_COPY_SIGN,
               _TAIL_COURTESY, _TAIL_NUOTR):
        m = rx.search(text)
        if m and m.start() > 20:
            return text[: m.start()].strip(), m.group(1)
    m = _TAIL_NAME_AGENCY.search(text)
    if m and m.start() > 20 and _agency_after_slash(m.group(1)):
        return text[: m.start()].strip(), m.group(1)
    m = _GLUED_CREDIT.search(text)
    if m:
        return text[: m.start()].strip(), m.group(1)
    m = _PAREN_CREDIT.search(text)
    if m and m.start() > 20 and not find_credits(m.group(1)):  # "(Reuters)" ends wire paragraphs
        # a writer's initials sign a paragraph off ("... ist frei. (kas)"); after a photo
        # label ("Bild © Jane Doe (hr)") the lower-case mark is the photo's agency
        if m.group(1).islower() and not _CAPTION_WORDS.search(text[: m.start()]):
            return None
        return text[: m.start()].strip(), m.group(1)
    return None


def _agency_after_slash(credit: str) -> bool:
    agency = credit.rsplit("/", 1)[1].strip()
    return bool(find_credits(agency, photo=True)) or agency.endswith(("Images", "Photos"))


def _dash_credit(text: str) -> tuple[str, list[str]]:
    """'... in 2025. - AFP' -> ('... in 2025.', ['AFP']) when the tail is a known agency."""
    m = _DASH_AGENCY.search(text)
    if not m:
        return text, []
    names = [n for n in (agency_name(p) for p in re.split(r"\s*/\s*", m.group("ag"))) if n]
    if not names:
        return text, []
    return text[: m.start()].rstrip(), names


# the word before an agency named as the source a sentence cites ("told Reuters", "laut dpa")
_TOLD_TO = frozenset("""der dem den des laut gegenüber zufolge por según del al ifølge iflg. ifolge enligt told to according
per said says cited quoted reported selon auprès à d'après secondo riferisce""".split())


def caption_credit(text: str) -> tuple[str, str | None]:
    """``split_caption_credit`` for a dump line, refusing a split inside a word: the credit
    labels it looks for ("Bild", "Foto") also end and open ordinary words ("Ausbildung",
    "Windpark"), and a headline must not lose its tail to them."""
    cap, credit = split_caption_credit(text)
    if credit is None:
        return cap, None
    c = " ".join(text.split())
    n = len(cap)
    glued_label = re.match(r"\w*\s*[:：©]", c[n:]) or "/" in credit  # "Symbolfoto:", "StudioQuelle:"
    if 0 < n < len(c) and c[n - 1].islower() and c[n].isalpha() and not glued_label:
        return c, None
    # "Creative-Commons-Bildern": a label word inside a hyphenated compound
    if 0 < n < len(c) - 1 and c[n] == "-" and c[n - 1].isalpha() and c[n + 1].isalpha():
        return c, None
    # "... betonte Karner gegenüber der APA", "... recogido por EFE", "... sa han ifølge Reuters.":
    # a sentence naming the agency it was told to or read in; a caption's credit follows a stop,
    # a bracket, a slash or a label, not a preposition
    last = cap.rsplit(None, 1)[-1] if cap.split() else ""
    if last.casefold() in _TOLD_TO and len(cap.split()) >= 10 and not re.search(r"[(\[/:©]", c[n:n + 3]):
        return c, None
    # an agency name opening a clause ("Bloomberg is having to answer ...") is its subject
    if re.match(r"[A-Z]\w*(?:\s[a-zà-öø-ÿß][\w'-]*){3}", credit) and not re.search(r"photo|foto|/", credit, re.I):
        return c, None
    return cap, credit


def _is_clause(text: str) -> bool:
    """Five words or more, three of them lower-case and none a slash: a clause, not a credit
    ("Jane Doe / dpa", "picture alliance / Jane Doe")."""
    ws = text.split()
    return len(ws) >= 5 and "/" not in text and sum(w[:1].islower() for w in ws) >= 3


# "Von München bis Aachen: Im Netz der Agenten": a colon after the would-be name and a clause
# after it make a headline that merely opens with "von/by", not a byline.
_HEADLINE_AFTER_COLON = re.compile(r"^[^:]{3,60}:\s+(?:\S+\s+){2,}\S+")


def _is_byline(ln: Line) -> bool:
    t = ln.text
    if not (_BYLINE.match(t) or _GLUED_BY.match(t)) or ln.words > 28:
        return False
    if _HEADLINE_AFTER_COLON.match(t) and not _BY_LABEL.match(t) and not parse_date(t):
        return False
    # "Von der Leyen sagte ...": a sentence is prose, unless it is short or carries a date
    if ln.sentence and ln.words > 8 and parse_date(t) is None:
        return False
    name = _BYLINE.sub("", _GLUED_BY.sub("", t)).lstrip(" :")
    if _QUOTE_MARKS.search(name):
        return False  # "Von Sprachregeln und «ganz normalem Deutsch»": a headline quotes, a name does not
    return name[:1].isupper() or not name[:1].isalpha()


_QUOTE_MARKS = re.compile(r"[«»„“”]")


# "08.03.2024, 18:59 Uhr • Lesezeit: 1 Minute": a reading time beside the date makes the line
# a header stamp as a "published" label does
_READ_TIME_LABEL = re.compile(r"\b(?:lesezeit|lesedauer|reading time|read time|temps de lecture|"
                              r"tiempo de lectura|min(?:s|utes?)?\.? read)\b", re.I)


def _is_date_line(ln: Line) -> bool:
    """A line that is a date (with a time or a label), not a sentence that mentions one."""
    got = ln.memo.get("date_line")
    if got is None:
        got = ln.memo["date_line"] = _date_line(ln)
    return got


def _date_line(ln: Line) -> bool:
    if ln.words > 20 or (ln.words > 8 and not (_PUBLISHED.search(ln.text) or _READ_TIME_LABEL.search(ln.text))):
        return False
    return parse_date(ln.text) is not None or parse_dump_date(ln.text) is not None


_SPACED_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.\s+(\d{1,2})\.\s+((?:19|20)\d{2})(?!\d)")
# "19. Dezember 202219. Dezember 2022": published and updated dates printed without a space.
# "Apr 28 20232:23 PM": the year glued to the time as well; "17/11/201917/11/2019" in numbers.
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}(?:\.|\s|,|:\d\d|/\d{1,2}/))")
# "Associated PressApril 28, 2023": a month name glued to the agency or author before it.
_GLUED_MONTH = re.compile(r"(?<=[a-zà-öø-ÿß])(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)")
_GLUED_LABEL = re.compile(r"(?<=[^\W\d_]{4})(?=\d{1,2}\.?\s)")


def parse_dump_date(text: str) -> str | None:
    """A date as a dump mangles it: "06. 01. 2026" spaced out, or the label glued on when the
    markup put it in its own element ("Publiziert17. Dezember 2024"); None when unchanged."""
    fixed = _GLUED_MONTH.sub(" ", text)
    fixed = _SPACED_NUMERIC.sub(r"\1.\2.\3", _GLUED_YEAR.sub(r"\1 ", _GLUED_LABEL.sub(" ", fixed)))
    return parse_date(fixed) if fixed != text else None


def _content_words(text: str, stops: frozenset[str] = frozenset()) -> set[str]:
    ws = {w.casefold() for w in _WORD.findall(text) if len(w) > 3} - stops
    # scripts without spaces: compare characters
    ws |= {ch for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"}
    return ws


def _add_credits(art: Article, names: list[str]) -> None:
    for n in names:
        if n not in art.credits:
            art.credits.append(n)
