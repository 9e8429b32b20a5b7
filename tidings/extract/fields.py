"""Pure-text helpers for page fields, shared by the HTML and the text-dump extractors.

Nothing here touches markup: every function takes strings and returns strings, so the
two extractors read dates, bylines, credits, captions and datelines the same way.
"""
from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone

# ---------------------------------------------------------------- dates

# Month names in the languages of the pages we read (incl. Nordic, Finnish, Ukrainian,
# Hungarian and Romanian forms); keys are casefolded, accents kept.
# Abbreviations are listed where sites use them ("Jan.", "Sept", "févr.", "янв").
_MONTHS: dict[str, int] = {}
for _num, _names in enumerate((
    "january jan januar janvier janv enero ene gennaio gen janeiro styczeń stycznia januari januar leden ledna январь января янв ocak ιανουαρίου tammikuuta tammikuu січня січень január ianuarie",
    "february feb februar février févr fevrier febrero febbraio fevereiro fev luty lutego februari únor února февраль февраля фев şubat φεβρουαρίου helmikuuta helmikuu лютого лютий február februarie",
    "march mar märz maerz mär mars marzo março marco marzec marca maart maret březen března март марта mart μαρτίου marts maaliskuuta maaliskuu березня березень március martie",
    "april apr avril avr abril abr aprile kwiecień kwietnia duben dubna апрель апреля nisan απριλίου huhtikuuta huhtikuu квітня квітень április aprilie",
    "may mai mayo maggio mag maio maj mei květen května май мая mayıs μαΐου toukokuuta toukokuu травня травень május",
    "june jun juni juin junio giugno giu junho czerwiec czerwca červen června июнь июня haziran ιουνίου kesäkuuta kesäkuu червня червень június iunie",
    "july jul juli juillet juil julio luglio lug julho lipiec lipca červenec července июль июля temmuz ιουλίου heinäkuuta heinäkuu липня липень július iulie",
    "august aug august août aout agosto ago sierpień sierpnia agustus augustus srpen srpna август августа ağustos αυγούστου augusti elokuuta elokuu серпня серпень augusztus",
    "september sep sept septembre septiembre settembre set setembro wrzesień września září сентябрь сентября сен eylül σεπτεμβρίου syyskuuta syyskuu вересня вересень szeptember septembrie",
    "october oct oktober octobre octubre ottobre ott outubro out październik października okt okt říjen října октябрь октября окт ekim οκτωβρίου lokakuuta lokakuu жовтня жовтень október octombrie",
    "november nov november novembre noviembre novembro listopad listopada nopember listopadu ноябрь ноября ноя kasım νοεμβρίου marraskuuta marraskuu листопад noiembrie",
    "december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro grudzień grudnia desember december prosinec prosince декабрь декабря дек aralık δεκεμβρίου joulukuuta joulukuu грудня грудень decembrie",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Slovak (genitive, as dates print them), Slovenian, Turkish abbreviations ("5 Haz 2024"; not "Tem",
# "Kas", "Ara", which are words elsewhere), the Dutch "mrt" and the Nordic and Indonesian "des".
for _num, _names in enumerate((
    "januára oca", "februára şub", "marec mrt", "apríla nis", "mája", "júna junij haz", "júla julij",
    "augusta avgust ağu", "septembra eyl", "októbra eki", "novembra", "decembra des",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Arabic (the names used in Egypt and the Gulf, and the Levantine ones of one word) and Catalan.
for _num, _names in enumerate((
    "يناير gener", "فبراير شباط febrer", "مارس آذار març", "أبريل ابريل إبريل نيسان", "مايو أيار ايار maig",
    "يونيو يونيه حزيران juny", "يوليو يوليه تموز juliol", "أغسطس اغسطس آب", "سبتمبر أيلول ايلول setembre",
    "أكتوبر اكتوبر", "نوفمبر", "ديسمبر desembre",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Croatian (the genitive dates print, and the nominative), Serbian and Bosnian (Latin and
# Cyrillic), Bulgarian and Macedonian, Slovak and Estonian nominatives, Latvian, Greek
# abbreviations, Hebrew (bare and with the "in" prefix dates print: "5 ביוני 2024"), Galician,
# Albanian, Malay, and the Polish genitive of May. Croatian "listopad" (October) is left out:
# Polish and Czech, which the list reads first, use it for November.
for _num, _names in enumerate((
    "siječnja siječanj januara јануар јануара януари јануари jaanuar janvāris janvārī ιαν ינואר בינואר xaneiro janar",
    "veljače veljača februara фебруар фебруара февруари февруари veebruar februāris φεβ פברואר בפברואר febreiro shkurt",
    "ožujka ožujak марта märts marts μαρ מרץ במרץ",
    "travnja travanj aprila априла aprīlis aprill απρ אפריל באפריל prill",
    "svibnja svibanj maja мај маја máj maijs μαΐ μαϊ מאי במאי maio",
    "lipnja lipanj јун јуна юни јуни jún juuni jūnijs jūnijā ιουν יוני ביוני xuño qershor",
    "srpnja srpanj јул јула юли јули júl juuli jūlijs jūlijā ιουλ יולי ביולי xullo korrik julai",
    "kolovoza kolovoz avgusta августа augusts augustā αυγ אוגוסט באוגוסט gusht ogos",
    "rujna rujan septembar септембар септембра септември septembris σεπ ספטמבר בספטמבר setembro shtator",
    "oktobar октобар октобра октомври október oktoober oktobris οκτ אוקטובר באוקטובר tetor",
    "studenoga studenog studeni novembar новембар новембра ноември novembris νοε נובמבר בנובמבר nëntor",
    "prosinca prosinac decembar децембар децембра декември detsember decembris δεκ דצמבר בדצמבר decembro dhjetor disember",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Lithuanian (the genitive, as "2024 m. birželio 5 d." prints it).
for _num, _name in enumerate(("sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
                              "lapkričio gruodžio").split(), start=1):
    _MONTHS.setdefault(_name, _num)
# Month names that are also given names ("Maja", "Marta"): a month in a date, never cut from
# the end of a byline or split off a name glued to the word before.
_NAME_MONTHS = frozenset({"maja"})

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_YMD_SEP = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_KO_DATE = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_DMY_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")  # "4. 2. 2022" (thin spaces)
# A full stop after the year ends the sentence ("am 21.02.2021."); one before another digit
# makes it a version number ("1.2.2021.3").
_DMY_NUM = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d|\.\d)")
_DMY_NAME = re.compile(rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?(?:\s*|-)(?:de\s+|d[’']\s*)?({_MONTH_ALT})\.?,?"
                       rf"(?:\s*|-)(?:de\s+|del\s+)?(\d{{4}})(?!\d)", re.I)
# Year first with the month's name, as Hungarian writes it ("2024. március 3.").
_YMD_NAME = re.compile(rf"(?<!\d)(\d{{4}})\.\s*({_MONTH_ALT})\s+(\d{{1,2}})\.?(?!\d)", re.I)
# Year first with a word for "year" between: Lithuanian "2024 m. birželio 5 d.", Latvian
# "2024. gada 5. jūnijs" (day before the month).
_YMD_YEAR_WORD = re.compile(rf"(?<!\d)(\d{{4}})\s*m\.\s*({_MONTH_ALT})\s+(\d{{1,2}})\s*d\.?(?!\w)", re.I)
_YDM_GADA = re.compile(rf"(?<!\d)(\d{{4}})\.?\s*gada\s+(\d{{1,2}})\.\s*({_MONTH_ALT})(?!\w)", re.I)
# "2024. 3. 3." (Korean and Hungarian numerals) and "ngày 3 tháng 3 năm 2024" (Vietnamese).
_YMD_DOTTED = re.compile(r"(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)")
_YEARISH = re.compile(r"\d{4}|\d[./]\d{1,2}[./]\d\d")
_YEAR_DOT = re.compile(r"\d{4}\.\s")
_VI_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(\d{4})(?!\d)", re.I)
# (The lookahead, a word then a number, spares trying every month name at every word start.)
_MDY_NAME = re.compile(rf"(?<!\w)(?=[^\W\d_]+\.?\s+\d)({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_DATE_LOOSE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_DMY_SEP = re.compile(r"(?<![\d])(0?[1-9]|[12]\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?=[-_/.]|$)")
_URL_DATE_DMY = re.compile(r"(?<![\d])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d{2})(?=[-_/.]|$)")


def _valid(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    if not 1990 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


# The day the page being read was fetched, where its container says (a WARC record's date):
# no date after it can be the page's. Set per page by ``crawled_on``; else today is the limit.
_CRAWL_DATE: ContextVar[date | None] = ContextVar("crawl_date", default=None)


@contextmanager
def crawled_on(crawl_date: str | date | None):
    """Within the block, dates after ``crawl_date`` (plus a day of slack) are refused."""
    token = _CRAWL_DATE.set(_as_date(crawl_date) if crawl_date else None)
    try:
        yield
    finally:
        _CRAWL_DATE.reset(token)


def _not_future(d: date, crawl_date: str | date | None) -> bool:
    limit = _as_date(crawl_date) if crawl_date else (_CRAWL_DATE.get() or datetime.now(timezone.utc).date())
    # One day of slack: a page published "tomorrow" in its own time zone is not future.
    return limit is None or d <= limit + timedelta(days=1)


def _as_date(value: str | date | None) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _ISO.search(value)
        if m:
            return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


# Weekday names (Monday first) as dates print them, to settle a numeric day and month.
_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate((
    "monday mon montag mo lundi lun lunes lunedì maandag ma segunda-feira seg",
    "tuesday tue tues dienstag di mardi mar martes martedì dinsdag terça-feira ter",
    "wednesday wed mittwoch mi mercredi mer miércoles mercoledì woensdag wo quarta-feira qua",
    "thursday thu thur thurs donnerstag do jeudi jeu jueves giovedì donderdag quinta-feira qui",
    "friday fri freitag fr vendredi ven viernes venerdì vrijdag vr sexta-feira sex",
    "saturday sat samstag sa samedi sam sábado sabato zaterdag za",
    "sunday sun sonntag so dimanche dim domingo domenica zondag zo",
)):
    for _name in _names.split():
        _WEEKDAYS.setdefault(_name, _num)
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)([^\W\d_][\w-]{1,14})\.?,?\s*$")


def _weekday_before(text: str, at: int) -> int | None:
    m = _WEEKDAY_BEFORE.search(text, max(0, at - 20), at)
    return _WEEKDAYS.get(m.group(1).casefold()) if m else None


# A relative stamp ("3 hours ago", "vor 2 Tagen", "il y a 2 jours", "hace 2 días", "2d ago",
# "Yesterday, 10:15"): read only against the day the page was fetched, never against today.
_REL_N = r"(\d{1,2}|an?|one|eine[mnr]?|ein|une?|una?|um|uma)"
_REL_UNIT = (r"(min(?:ute)?s?|minuten?|minutos?|minuti|h|hrs?|hours?|stunden?|std\.?|heures?|horas?|ore|ora|"
             r"d|days?|tag(?:en)?|jours?|d[ií]as?|giorni|giorno|w|wks?|weeks?|wochen?|semaines?|semanas?|settiman[ae])")
_RELATIVE = re.compile(rf"(?<!\w)(?:(?:vor|il y a|hace|há|fa)\s+{_REL_N}\s*{_REL_UNIT}(?!\w)|"
                       rf"{_REL_N}\s*{_REL_UNIT}\.?\s+(?:ago|fa|atrás)(?!\w))", re.I)
# "Yesterday" and "today" as the whole stamp (or before its time): in a sentence they date nothing.
_REL_DAY = re.compile(r"^\W*(?:(?:published|posted|updated|veröffentlicht|aktualisiert|publié|publicado)\s*:?\s*)?"
                      r"(yesterday|gestern|hier|ayer|ontem|ieri|today|heute|aujourd[’']hui|hoy|hoje|oggi)"
                      r"(?:\s*(?:,|at|um|à|a las|às|alle)?\s*\d{1,2}[:.h]\d{2}.*)?\W*$", re.I)
_REL_DAYS = {"yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ontem": 1, "ieri": 1}


def _relative(text: str, crawl_date: str | date | None) -> str | None:
    base = _as_date(crawl_date) if crawl_date else _CRAWL_DATE.get()
    if base is None or len(text) > 80:
        return None
    m = _REL_DAY.match(text)
    if m:
        return (base - timedelta(days=_REL_DAYS.get(m.group(1).casefold(), 0))).isoformat()
    m = _RELATIVE.search(text)
    if not m:
        return None
    n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    n = int(n) if n.isdigit() else 1
    unit = unit.casefold()
    if unit[0] in "mh" or unit.startswith(("st", "o")):
        days = 0  # minutes or hours before the fetch: the day it was fetched
    elif unit[0] in "ws":
        days = 7 * n
    else:
        days = n
    return (base - timedelta(days=days)).isoformat()


def parse_date(text: str | None, crawl_date: str | date | None = None, full: bool = False,
               month_first: bool = False) -> str | None:
    """The first date written in ``text`` as ISO ``YYYY-MM-DD``, or None.

    Reads ISO timestamps, ``2024/05/03``, ``3 May 2024``, ``May 3, 2024``, ``3. Mai 2024``,
    ``3 de mayo de 2024``, ``3 мая 2024``, ``2024年5月3日`` and day-first ``03.05.2024``.
    A date after ``crawl_date`` (default: today) is rejected: a page cannot predate itself.
    With ``full=True`` an ISO timestamp is returned whole (``2024-05-03T15:47:42+00:00``).
    With ``month_first=True`` (a page written for the United States) ``6/5/2024`` is June 5;
    dotted dates stay day first everywhere.
    """
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text[:2000])
    if not _YEARISH.search(text):
        # Every form below holds a four-digit year or a numeric "d.m.yy"; without one, only a
        # relative stamp on a page whose fetch day is known.
        return _relative(text, crawl_date)
    found: list[tuple[int, date, str | None]] = []
    m = _ISO.search(text)
    if m:
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            stamp = None
            if full and m.group(4):
                stamp = m.group(0).strip().replace(" ", "T", 1)
            found.append((m.start(), d, stamp))
    rare = ()
    if ". " in text and _YEAR_DOT.search(text):
        rare += ((_YMD_NAME, "yMd"), (_YMD_DOTTED, "ymd"))
    if "tháng" in text:
        rare += ((_VI_DATE, "dmy"),)
    if " m." in text or "gada" in text:
        rare += ((_YMD_YEAR_WORD, "yMd"), (_YDM_GADA, "ydM"))
    for rx, order in ((_CJK_DATE, "ymd"), (_KO_DATE, "ymd"), (_YMD_SEP, "ymd"), (_DMY_NAME, "dMy"),
                      (_MDY_NAME, "Mdy"), (_DMY_NUM, "dmy"), (_DMY_SPACED, "dmy"), *rare):
        m = rx.search(text)
        if not m:
            continue
        a, b, c = m.groups()
        if order == "ymd":
            d = _valid(int(a), int(b), int(c))
        elif order == "dMy":
            d = _valid(int(c), _MONTHS.get(b.casefold().rstrip("."), 0), int(a))
        elif order == "Mdy":
            d = _valid(int(c), _MONTHS.get(a.casefold().rstrip("."), 0), int(b))
        elif order == "yMd":
            d = _valid(int(a), _MONTHS.get(b.casefold().rstrip("."), 0), int(c))
        elif order == "ydM":
            d = _valid(int(a), _MONTHS.get(c.casefold().rstrip("."), 0), int(b))
        elif "/" in m.group(0) and (wd := _weekday_before(text, m.start())) is not None and (
                pick := [x for x in (_valid(int(c), int(b), int(a)), _valid(int(c), int(a), int(b)))
                         if x and x.weekday() == wd]):
            # "Wed, 06/05/2024" (Drupal's default): the weekday printed with it settles which
            # number is the month, whatever the page's country (dotted dates stay day first).
            d = pick[0]
        elif month_first and rx is _DMY_NUM and "/" in m.group(0):
            d = _valid(int(c), int(a), int(b)) or _valid(int(c), int(b), int(a))
        else:
            # Day first, as most of the world writes it; "11/25/2024" can only be month first.
            d = _valid(int(c), int(b), int(a)) or _valid(int(c), int(a), int(b))
        if d:
            found.append((m.start(), d, None))
    for _, d, stamp in sorted(found, key=lambda f: f[0]):
        if _not_future(d, crawl_date):
            return stamp or d.isoformat()
    return None


def date_from_url(url: str | None, crawl_date: str | date | None = None) -> str | None:
    """A publication date encoded in a URL path (``/2024/05/03/``, ``/20240503/``)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for rx in (_URL_DATE, _URL_DATE_LOOSE):
        m = rx.search(path)
        if m:
            d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d and _not_future(d, crawl_date):
                return d.isoformat()
    m = _URL_DATE_DMY.search(path) or _URL_DATE_DMY_SEP.search(path)  # "/meldungen/29-10-2021"
    if m:
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and _not_future(d, crawl_date):
            return d.isoformat()
    return None


# ---------------------------------------------------------------- agencies / credits

# Canonical name -> spellings seen in bylines and credit lines. Matching is on word
# boundaries and case-sensitive for short acronyms (so "ap" in prose is not AP).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press", "AP Photo"),
    "Bloomberg": ("Bloomberg", "BLOOMBERG"),
    "Kyodo": ("Kyodo", "Kyodo News", "KYODO"),
    "Jiji": ("Jiji", "Jiji Press", "JIJI"),
    "Xinhua": ("Xinhua", "XINHUA", "Xinhua News Agency"),
    "Bernama": ("Bernama", "BERNAMA"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE", "Agencia EFE"),
    "Yonhap": ("Yonhap", "YONHAP"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "UPI": ("UPI", "United Press International"),
    "TASS": ("TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "APA": ("APA",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "AAP": ("AAP", "Australian Associated Press"),
    "CNA": ("CNA",),
    "Antara": ("Antara", "ANTARA"),
    "PA": ("PA Media", "Press Association"),
    "CNN Wire": ("CNN Wire",),
    "NTB": ("NTB",),
    "TT": ("TT Nyhetsbyrån",),
    "Belga": ("Belga", "BELGA"),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "sda"),
    "Europa Press": ("Europa Press",),
    "Getty Images": ("Getty Images", "Getty"),
    "EPA": ("EPA", "EPA-EFE"),
}
_AGENCY_LOOKUP = {v.casefold(): k for k, vs in AGENCIES.items() for v in vs}
_AGENCY_RX = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(v) for vs in AGENCIES.values() for v in vs), key=len, reverse=True))
    + r")(?![\w-])")
# Photo agencies credit pictures, not stories: not wire credits of the article.
_PHOTO_ONLY = {"Getty Images", "EPA"}


def agency_name(raw: str) -> str | None:
    """The canonical agency for a byline fragment ("Agence France-Presse" -> "AFP"), or None."""
    s = raw.strip(" .,;:()[]/|-–—").strip()
    return _AGENCY_LOOKUP.get(s.casefold()) if s else None


# Desk initials with the wire ("kmt/dpa", "det / AFP"): a credit as a whole, no person.
CREDIT_CODES = re.compile(r"[a-zA-Z]{2,5}(?:\s*/\s*[a-zA-Z]{2,5})+")


def wires_to_credits(authors: list[str], credits: list[str]) -> list[str]:
    """The people among ``authors``; each wire service among them is added to ``credits``
    instead (the contract: authors are people, "no agency")."""
    people = []
    for name in authors:
        wire = agency_name(name)
        wires = [wire] if wire else (find_credits(name) if CREDIT_CODES.fullmatch(name) else [])
        if wires:
            credits.extend(w for w in wires if w not in credits)
        else:
            people.append(name)
    return people


def find_credits(text: str, photo: bool = False) -> list[str]:
    """Canonical wire agencies named in a credit or byline line, in order, without repeats.

    Short acronyms must be written as acronyms ("AP", not "ap"). Photo-only agencies
    (Getty, EPA) are left out unless ``photo`` is True.
    """
    out: list[str] = []
    for m in _AGENCY_RX.finditer(text or ""):
        tok = m.group(1)
        name = _AGENCY_LOOKUP.get(tok.casefold())
        if name is None:
            continue
        # A lower-case short word is prose, except for agencies that spell themselves so.
        if len(tok) <= 4 and tok.islower() and name not in ("dpa", "epd"):
            continue
        if name in _PHOTO_ONLY and not photo:
            continue
        if name not in out:
            out.append(name)
    return out


# ---------------------------------------------------------------- authors

# "By", "Von", "Text von", "Ein Artikel von", "Erstellt von", "Interview:" ... before the names.
_BY = re.compile(
    r"^\s*(?:(?:ein|eine|einem|text|texte|artikel|beitrag|gastbeitrag|interview|erstellt|geschrieben|verfasst|"
    r"written|posted|submitted|reported|story|words|photos?|fotos?|un|une|article|écrit|publié|escrito|publicado|redactado|"
    r"alles|mehr|more|all|articles?|posts?|und|and|illustration|bilder|recherche|kolumne|kommentar|analyse|"
    r"essay|column|opinion|meinung|reportage|porträt|glosse|rezension|review|feature|podcast|blog|"
    r"pressemitteilung|pressemeldung|mitteilung|gastkommentar|im|wortlaut|skrevet|skriven|scritto|geschreven|"
    r"testo|texto|tekst|reporting|additional|writing)\s+){0,3}"
    r"(?:by|von|vom|par|por|di|da|door|av|af|przez)\s*:?\s+"
    # "Door onze redacteur Jane Doe", "Von unserer Korrespondentin Jane Doe": the house's own staff.
    r"(?:(?:onze|unserem|unserer|unseren|our|notre|nuestro|nuestra|nostro|nostra)\s+[^\W\d_]+\s+(?=[A-ZÀ-Þ]))?|"
    r"^\s*(?:van|from|de)\s+(?:onze|our|notre|nuestro|nuestra|nostro|nostra)\s+[^\W\d_]+\s+(?=[A-ZÀ-Þ])|"
    r"^\s*(?:un article|une chronique|un texte) de\s+(?=[A-ZÀ-Þ])|"
    # Italian "a cura di" (edited by): the byline of features and columns.
    r"^\s*a cura di\s+(?=[A-ZÀ-Þ])|"
    # Greek bylines name the writer in the genitive after the article ("Του Γιάννη Παπαδόπουλου").
    r"^\s*(?:του|της|των)\s+(?=[Α-ΩΆΈΉΊΌΎΏ])|"
    # Romanian (and Portuguese) "de Ion Popescu": only the lower-case word, for "De Vries" is a name.
    r"^\s*(?-i:de)\s+(?=[A-ZÀ-ÞĂÂÎȘȚŞŢ][a-zà-ÿăâîșțşţ])|"
    # The verb of the byline in languages that print one: Greek "Γράφει ο/η ...", Czech, Slovak
    # and Polish "Napsal(a)", "Napísal(a)", "Napisał(a)", Romanian "Scris de", Indonesian
    # "Ditulis oleh", Finnish "Kirjoittanut", Hebrew "מאת" (by).
    r"^\s*(?:γράφ(?:ει|ουν)\s+(?:ο|η|οι|ο/η)\s+|nap[ií]?sa[lł]a?\s+|napisa[lł]a?\s+|(?:scris|redactat)\s+de\s+|"
    r"ditulis\s+oleh\s+|kirjoittanut\s+|מאת\s+)(?=\w)|"
    r"^\s*(?:texte?|texto|testo|tekst|автор[ы]?|interview|autor(?:\*in|:in|_in|in|en)?|auteur|autore|author|authors|artikel von|words|"
    # The label's plural and other languages' forms ("Autorzy:", "Autores:", "Författare:").
    r"autorzy|autorka|autori|autores|auteurs|forfatter|författare|yazar|"
    r"redacción|reportage|erstellt von|verfasst von|redaktion)\s*:\s*|"
    r"^\s*(?:责任编辑|责编|作者|编辑|记者|記者|文|撰文)\s*[:：]?\s*", re.I)
BY_PREFIX = _BY  # for callers that keep a byline whole but without its "By"
_ROLE = re.compile(
    r"\b(?:staff (?:writer|reporter)s?|senior|chief|correspondents?|reporters?|editors?|columnist|"
    r"contributors?|contributing|writers?|analyst|producer|journalist|photographer|"
    r"\w*redakteur(?:in)?|\w*korrespondent(?:in)?|autor(?:in)?|pressesprecher(?:in)?|sprecher(?:in)?|rédact(?:eur|rice)|journaliste|periodista|"
    r"corresponsal|redacción|redaktion|for the [a-z ]+|special to [a-z ]+)\b.*$|\s*(?:기자|記者|特派員|记者|通讯员|특파원)$",
    re.I)
# "By Jane Doe with Omar Khalil": a second writer joined by "with" is a co-author (a wire
# joined so, "with AFP", becomes a credit as any agency does).
_NAME_SPLIT = re.compile(r"\s*(?:;|\|| im gespräch mit | in conversation with | and | und | et | y | e | i | и | og | och | en | και | și | şi | with |"
                         r"&|/|·|•|、|，)\s*", re.I)
# What follows a name in English bylines and is no part of it: where the story was filed
# ("Jane Doe in Washington") or for whom ("JANE DOE FOR MAILONLINE", "Jane Doe for Example.com").
_FILED_IN = re.compile(r"\s+in\s+(?:[A-ZÀ-Þ][\w.'’-]*\s*){1,3}$")
_WRITTEN_FOR = re.compile(r"\s+for\s+\S.*$", re.I)
_EMAIL = re.compile(r"\S+@\S+")
_NEXT_FIELD = re.compile(r"(?<=[^\W\d_])\s+[A-ZÀ-Þ][^\W\d_]{2,20}:(?=\s)")
_HANDLE = re.compile(r"@\w+")
_NOT_NAME = re.compile(r"\d|https?:|www\.|\.com\b", re.I)
_ORGISH = re.compile(r"\b(?:news|press|agency|agencies|wires|agentur|media|staff|team|desk|redaktion|rédaction|redacción|"
                     r"online|editorial|newsroom|times|post|journal|daily|herald|tribune|gazette|"
                     r"zeitung|magazin|magazine|wire|service|group|inc|ltd|gmbh|tv|radio|e\.v|stiftung|verband|"
                     r"verein|institut|universität|university|foundation|association|ministry|ministerium|"
                     r"company|blog|redacción|redazione)\b|新聞|新闻|日报|日報|时报|時報|通信社|通讯社|电视台|放送|"
                     r"일보|신문|뉴스|방송", re.I)
# Words that occur in author boxes but never in a name ("Follow", "View my complete profile").
_NOT_NAME_WORD = re.compile(r"\b(?:follow|folgen|profile|profil|view|complete|über|about|author|autor|autorin|alles|aktualisierung|"
                            r"seleccione|shares?|kontakt|contact|email|e-mail|twitter|facebook|instagram|linkedin|"
                            r"mehr|more|all|alle|articles?|artikel|posts?|beiträge|read|lesen|bio|image|foto|photo|"
                            r"erstellt|updated|aktualisiert|min|uhr|share|teilen|no|posted|published|"
                            r"veröffentlicht|stand|publié|publicado|name|erforderlich|required|pflichtfeld|"
                            r"reply|antworten|antwort|tags|schlagwörter|schlagworte|kommentare?|comments?|anzahl|"
                            r"répondre|responder|rispondi|sagt|says|schreibt|writes|"
                            # Labels of paid content, printed where the byline goes ("von Gesponserte Inhalte").
                            r"gesponsert(?:e|er|es)?|sponsored|sponsor|anzeige|advertorial|werbung|publicidad|"
                            r"publicité|inhalte)\b", re.I)
NOT_NAME_WORD = _NOT_NAME_WORD
_WEEKDAY_TAIL = re.compile(r"(?:\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|"
                           r"donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|"
                           r"mercredi|jeudi|vendredi|samedi|dimanche)\.?,?)+\s*$", re.I)
_WEEKDAY_AFTER = re.compile(r"\s+(?:on|am|le|el|il)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
                            r"jeudi|vendredi|samedi|dimanche)\b.*$|"
                            # "Submitted by Jane Doe on Wed, 06/05/2024" split at its comma.
                            r"\s+(?:on|am|le)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.?$",
                            re.I)
# A picture credit standing where a byline would ("Photograph by Jane Doe", "Foto: Jane Doe").
_PHOTO_LEAD = re.compile(r"(?:photo(?:graph)?s?|photography|fotografie|fotografía|fotos?|bilder?|images?|illustrations?|symbolbild|"
                         r"(?:info)?grafik(?:en)?|(?:info)?graphics?|videos?|kamera|camera)"
                         r"\s*(?:by\b|von\b|par\b|por\b|:)",
                         re.I)
# The label of who wrote a story and took its pictures ("Text & Fotos: Jane Doe", "Texto y fotos:").
_TEXT_PHOTO_LABEL = re.compile(r"^\s*(?:texte?|texto|testo|tekst|words)\s*(?:und|&|/|\+|et|y|e|og|och|en|i|and)\s*"
                               r"(?:fotos?|photos?|pictures|bilder?|bild|fotografías?|fotografie|zdjęcia|foto's)\s*:\s*",
                               re.I)
# (After a full stop too: "Words by Jane Doe. Photography by John Roe".)
_PHOTO_FIELD = re.compile(r"\s*[|;·•/.]\s*" + _PHOTO_LEAD.pattern, re.I)
# A picture role in brackets after a name: "Jane Doe (Text) und John Roe (Fotos)".
_PHOTO_ROLE = re.compile(r"\(\s*(?:fotos?|photos?|photography|bilder?|bild|fotografie|fotografía|illustrations?)\s*\)", re.I)
# (Any character but a space, a colon or a digit after the first letter: the vowel signs of
# Indic scripts are no word characters.)
_ANY_LABEL = re.compile(r"([^\W\d_][^\s:：\d]{1,19}(?: [^\W\d_A-ZÀ-Þ][^\s:：\d]{0,11})?)\s*[:：]\s*")
# Labels of others than the writer: the pictures, the source, the editor, the date.
_NOT_WRITER_LABEL = re.compile(r"(?:photo|foto|bild|image|illustra|grafi|graphi|video|kamera|camera|quelle|source|fuente|fonte|"
                               r"источник|edit|redigiert|lektorat|übersetz|transla|traduc|stand|update|aktualis|datum|date|"
                               r"fecha|data|uhrzeit|time|ort|place|lugar|tags?\b|schlagw|thema|topic|rubri|kategor|categor|"
                               r"section|ressort|sendung|programm|mitarbeit|contributor)", re.I)
_ROLE_SPLIT = re.compile(r"\s*(?:[,;|&/]|\s(?:und|and|et|y|e|i|og|och|en)\s)\s*")
# A profession before the name ("Rechtsanwalt Jane Doe", "Redakteurin Jane Doe"); academic
# titles ("Dr.") are part of how the name is written and stay.
_JOB_LEAD = re.compile(r"^(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|anw[aä]lt(?:in)?|notar(?:in)?|"
                       r"steuerberater(?:in)?|redakteur(?:in)?|journalist(?:in)?|reporter(?:in)?|"
                       r"korrespondent(?:in)?|autor(?:in)?|author|writer|correspondent|columnist|"
                       r"attorney|lawyer|avocat|avocate|abogad[oa]|periodista|journaliste)\s+(?=[A-ZÀ-Þ])", re.I)
_PARTICLE = {"von", "van", "de", "da", "der", "den", "la", "le", "del", "di", "du", "bin", "al", "el", "dos",
             "das", "ten", "ter", "zu", "y", "e", "ibn", "abu", "mc", "st."}


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Bengali, Thai), where a name
    starts with any letter."""
    return ch.isalpha() and ch.lower() == ch.upper()


def _name_ok(name: str) -> bool:
    if not name or len(name) > 60 or _NOT_NAME.search(name):
        return False
    if len(re.sub(r"\W", "", name)) < 2:
        return False  # "S.": an initial alone names no one
    words = name.split()
    if len(words) > 5:
        return False
    if _ORGISH.search(name) or _NOT_NAME_WORD.search(name):
        return False
    # Each word of a name is capitalised, an initial, or a particle ("von", "de", "bin").
    if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", name):
        # (Scripts without capitals, Arabic, Hebrew, Bengali, Thai, write names as any word.)
        if not all(w[:1].isupper() or w.casefold() in _PARTICLE or _caseless(w[:1]) for w in words):
            return False
    # CJK names are written without spaces; anything else wants a capital letter, or in a script
    # without capitals two words at least (one word there is as often a section's label).
    return any(ch.isupper() for ch in name) or bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", name)) or (
        len(words) >= 2 and not any(ch.islower() for ch in name))


# A byline's elements printed with no space between them ("Jane DoePublished 3 hours ago",
# "JANE DOEMarch 3"): a capitalised word glued to the name's last letter is split off when it
# is a label, a job or a month, never a part of a name ("McDonald", "DeShawn" keep theirs).
_GLUED_WORD = re.compile(r"([a-zà-ÿ]|(?<=[A-ZÀ-Þ])[A-ZÀ-Þ])([A-ZÀ-Þ][a-zà-ÿ]+)")
_GLUE_WORDS = frozenset(
    "published updated posted aktualisiert veröffentlicht erstellt publié publicado pubblicato stand follow "
    "folgen senior staff reporter editor correspondent contributor columnist writer redakteur redakteurin "
    "korrespondent korrespondentin autor autorin photo foto share teilen min read".split()) | frozenset(
    m for m in _MONTHS if len(m) > 3 and m.isalpha() and m not in _NAME_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche".split())


def clean_author(raw: str | None, loose: bool = False, house: tuple[str, ...] = ()) -> list[str]:
    """Plain personal names from a byline: "By Jane Doe and John Roe, Reuters" -> [Jane Doe, John Roe].

    Strips "By"/"Von"/"Par", job titles, e-mails, handles, dates and places after a comma;
    wire agencies are dropped (they are credits, see ``find_credits``). With ``loose=True``
    (for structured metadata such as JSON-LD or rel=author) a single user handle is kept.
    ``house`` names the publication (site name, host): "Jane Doe PhillyVoice Staff" is Jane Doe.
    """
    if not raw:
        return []
    s = unicodedata.normalize("NFKC", raw)
    s = _EMAIL.sub(" ", s)
    s = _HANDLE.sub(" ", s)
    s = re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip().lstrip("~*–—- ")
    s = _GLUED_WORD.sub(lambda m: m.group(1) + (" " if m.group(2).casefold() in _GLUE_WORDS else "") + m.group(2), s)
    if re.fullmatch(r"[(（][^()（）]+[)）]", s):
        s = s[1:-1].strip()  # "(责编：Name)": the whole credit line in brackets
    # "capital von Jane Doe": a brand or column word ahead of the byline's marker.
    s = re.sub(r"^[a-zà-ÿ][\w-]*\s+(?:von|by)\s+(?=[A-ZÀ-Þ])", "", s)
    if re.match(r"(?:©|\(c\)|copyright\b)", s, re.I) or _PHOTO_LEAD.match(s):
        return []  # a photo or site copyright line, or a picture credit: not a byline
    if re.match(r"(?:https?:|www\.)", s, re.I):
        return []  # a profile URL where the CMS meant a name: no name can be read from it
    # "06.11.2023 13:30 von Jane Doe", "News | by Jane Doe": the byline starts at the marker.
    s = re.sub(r"^.*?(?:\d|[|·•–—])\s*(?:by|von|par|por|autor(?:\*in|:in|_in|in)?:?)\s+(?=[A-ZÀ-Þ])", "", s, count=1,
               flags=re.I)
    # (At the line's start the word leads the byline: "Publié par Jane Doe".)
    s = re.sub(r"(?<=.)\b(?:updated|published|aktualisiert|veröffentlicht|mis à jour|publié)\b.*$", "", s, flags=re.I)
    if _PHOTO_ROLE.search(s):
        # The one who took the pictures is credited beside the writer, not a writer.
        kept = [p for p in _ROLE_SPLIT.split(s) if not _PHOTO_ROLE.search(p)]
        s = ", ".join(kept) if kept else s
    s = re.sub(r"\(.*?\)", " ", s)
    # "Jane Doe und John Roe Sendung: hr-INFO, 25.04.": a later "Label:" opens the line's next
    # field (the programme, the source, the contributors); read as a name, it drops the last one.
    m = _NEXT_FIELD.search(s)
    if m and sum(1 for w in _BY.sub("", s[: m.start()]).split()[-2:] if w[:1].isupper()) == 2:
        s = s[: m.start()]  # (only after a name: "Text und Interview: Jane Doe" is one label)
    for name in sorted(house, key=len, reverse=True):
        # The publication's name after a person's ("Jane Doe, Daily Mirror", "Jane Doe CNN Staff").
        # A name standing first is the person (a blog named after its author), not a suffix.
        if name and len(name) > 2:
            if name.isascii() and s.isascii() and name.lower() not in s.lower():
                # Neither pattern below can match: on ASCII text, ignoring case is lower().
                # Skipped, as each page's names would compile two patterns apiece (~3k on
                # 645 pages), which also pushed the fixed patterns out of re's cache.
                continue
            rx = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
            s = re.sub(rf"^{re.escape(name)}\s+[-|:–—]\s+(?=\w)", "", s, flags=re.I)  # "Site - Jane Doe"
            m = rx.search(s)
            if not m:
                continue
            if not _BY.sub("", s[: m.start()]).strip(" ,:|-"):
                break  # the line opens with the site's name: shorter names inside it cut nothing
            rest = rx.sub(" ", s)
            if re.search(r"[^\W\d_]{2}", re.sub(r"(?i)\b(?:by|von|staff|the)\b", "", rest)):
                s = " ".join(rest.split())
    out: list[str] = []
    lead_named = True
    # "Von Jane Doe Kakuma /Kenia": the place and country the story was filed from close the line.
    m = re.search(r"(?:^|[\s,])(?:[A-ZÀ-Þ][\w'-]+\s+){2,}([A-ZÀ-Þ][\w-]+)\s*/\s*[A-ZÀ-Þ][\w-]+\s*$", s)
    if m and s.count("/") == 1 and not agency_name(s[m.start(1):].split("/")[-1].strip()):
        s = s[:m.start(1)].rstrip()
    s = _TEXT_PHOTO_LABEL.sub("", s, count=1)
    # "Szerző: Kiss Anna", "Penulis: Budi Santoso", "Tác giả: Nguyễn Văn An": a role's label
    # in any language, a word (or a word and a lower-case one) before a colon, with a name after.
    m = _ANY_LABEL.match(s)
    if m and not _NOT_WRITER_LABEL.match(m.group(1)) and (c := s[m.end():m.end() + 1]) and (
            c.isupper() or _caseless(c)):
        s = s[m.end():]
    # "Text: Jane Doe | Fotos: John Roe": the pictures' credit closes the writers' names.
    m = _PHOTO_FIELD.search(s)
    if m and m.start() > 0:
        s = s[: m.start()]
    # "Jane Doe Jun 5, 2024": themes (Ghost, Substack) print the date in the byline's box with
    # a short month first; split at its comma, the month would stay as a surname. Only after two
    # words: in "Theresa May 5, 2024" the month word is the surname.
    m = _MDY_NAME.search(s)
    if m and len(s[: m.start()].split()) >= 2:
        s = re.sub(r"(?:\s+(?:on|am|le|el|il|at|um))?[\s,|•·–—-]*$", "", s[: m.start()], flags=re.I)
    parts = re.split(r"\s*,\s*(?=[^,]*(?:\s|$))", s)
    # A user handle stands alone; single words in a comma list are an address or a tag list.
    lone = sum(1 for p in parts if p.strip()) == 1
    # After the names, a part that names no one (the outlet, a job title) ends the list: what
    # follows is where the story was filed ("Nada Tawfik, BBC News, New York"), unless "and"
    # brings in the next writer ("Jane Doe, Senior Reporter, and John Roe").
    gap = False
    for k, part in enumerate(parts):
        part = part.strip()
        if not part:
            gap = gap or bool(out)
            continue
        if gap and not re.match(r"(?:and|und|et|y|&)\s", part, re.I):
            continue
        if k >= 1 and out and _PHOTO_LEAD.match(part):
            gap = True
            continue  # "Text: Jane Doe, Fotos: John Roe": the pictures' credit, not a writer
        if not lead_named and len(part.split()) == 1:
            continue  # "hessenschau.de, Frankfurt, Germany": after a name that is none, an address
        if out and k >= 1 and _outlet(part, out):
            gap = True
            continue  # "Jane Doe, The Washington Post", "Jane Doe, USA TODAY": the outlet, not a person
        had = len(out)
        # "Jane Doe Health and Science Editor": one job title joined by "and", not a second writer.
        part = _JOINT_TITLE.sub("", part) if _JOINT_TITLE.search(part) else part
        for piece in _NAME_SPLIT.split(part):
            piece = _JOB_LEAD.sub("", _BY.sub("", piece.strip()))
            piece = _agency_tail(piece)
            words = piece.split()
            if len(words) >= 4 and len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2:]:
                # "Jane Doe Jane Doe": a name printed for screen readers and again as first/last name.
                piece = " ".join(words[: len(words) // 2])
            if loose and lone and re.fullmatch(r"[\w.'-]{3,30}", piece) and not (
                    _ORGISH.search(piece) or _NOT_NAME_WORD.search(piece) or piece.isdigit()):
                # A site's own metadata may name a user handle ("jdoe42"): that is the byline.
                if piece not in out:
                    out.append(piece)
                continue
            # A capitalised "Von"/"By" inside the line starts the byline ("Disko Von Jane Doe").
            piece = re.sub(r"^.*?\b(?:Von|By|VON|BY)\s+(?=[A-ZÀ-Þ])", "", piece)
            piece = re.sub(r"\s+(?:on|am|le|el|il|at|um)\s+.*\d.*$", "", piece)  # "... on May 3"
            for tail in (_FILED_IN, _WRITTEN_FOR):
                m = tail.search(piece)
                # Only after a name: "Projektleiterin der HSS in Tunesien" is a job, not a byline.
                if m and len(piece[: m.start()].split()) >= 2 and all(
                        w[:1].isupper() for w in piece[: m.start()].split()):
                    piece = piece[: m.start()]
            piece = _WEEKDAY_AFTER.sub("", piece)  # "Jane Doe am Samstag" (the date after a comma)
            m = re.search(r"\s+[-–—]\s+\S.*$", piece)
            if m and len(piece[: m.start()].split()) >= 2:
                piece = piece[: m.start()]  # "Jane Doe - Safe Browsing team": the desk after the name
            # "Jane Doe Illustration von John Roe": the picture credit after the writer.
            m = re.search(r"\s+(?:illustrations?|fotos?|photos?|bilder|grafik|kamera|camera|symbolbild)\b.*$", piece, re.I)
            if m and (len(piece[: m.start()].split()) >= 2 or m.group(0).strip().casefold().startswith("symbolbild")):
                piece = piece[: m.start()]
            # "Jane Doe12. März 2024": a date glued to the surname starts at its first digit.
            piece = re.sub(r"(\s[A-ZÀ-Þ][a-zà-ÿ]{1,20})\d.*$", r"\1", piece)
            piece = re.sub(r"\s*\S*\d.*$", "", piece)  # "Jane Doe Do 9 Apr 2020"
            piece = _WEEKDAY_TAIL.sub("", piece)
            words = piece.split()
            if len(words) >= 3 and (w := words[-1].casefold().rstrip(".,")) in _MONTHS and len(w) > 3 \
                    and w not in _NAME_MONTHS:
                piece = " ".join(words[:-1])  # "Jane Doe December 3, 2020" with the date cut off
            if len(piece.split()) >= 3:
                piece = re.sub(r"\s+staff$", "", piece, flags=re.I)  # "Jane Doe Staff"
            if re.search(r"\bstaff\b", piece, re.I):
                continue  # "Guardian staff", "MND Staff": a newsroom, not a person
            piece = _cut_role(piece)
            words = piece.split()
            caps = next((k for k, w in enumerate(words) if len(w) > 2 and w.isupper()), None)
            # ... but "André Oliver KLEIN" is a surname in capitals (French and Benelux usage):
            # a last capitalised word of five letters or more, or any in structured metadata.
            caps_surname = caps == len(words) - 1 and (loose or len(words[-1]) >= 5)
            if caps is not None and caps >= 2 and not any(w.isupper() for w in words[:caps]) \
                    and words[caps - 1].casefold() not in _PARTICLE and not caps_surname:
                piece = " ".join(words[:caps])  # "Jane Doe NDR KULTUR": a desk after the name
            stop = _NOT_NAME_WORD.search(piece)
            if stop and len(piece[: stop.start()].split()) >= 2:
                piece = piece[: stop.start()]  # "Jane Doe Follow Editor" -> "Jane Doe"
            piece = re.sub(r"^(?:and|und|et|y)\s+", "", piece, flags=re.I)
            piece = piece.strip(" .,:;-–—|\"'“”«»")
            if not piece or agency_name(piece) or find_credits(piece):
                continue
            if parse_date(piece) or re.fullmatch(r"[\d\s:./-]+", piece):
                continue
            if _name_ok(piece) and piece not in out:
                out.append(piece)
        if k == 0 and len(out) == had and not _BY.match(part) and not find_credits(part):
            lead_named = False
        if k >= 1 and out and len(out) == had and not find_credits(part):
            gap = True  # (a wire credited among the names is no break in them)
        # Only the first comma-part of "Jane Doe, Tokyo" is a name when the rest is not one.
    return _drop_places(out, s)


# Words that open an English job title before its role word ("Political Correspondent",
# "Health Editor", "Deputy Editor"): printed in their own element beside the name, the title
# runs into it once the byline is read as one line ("Jane Doe Political Correspondent").
_JOB_MODIFIER = frozenset(
    "political politics health business sports sport deputy assistant associate managing executive news "
    "science technology tech climate economics economic education environment environmental foreign legal "
    "crime investigative investigations features feature digital world global international national local "
    "city metro arts culture entertainment finance financial consumer money travel food fashion royal "
    "diplomatic defence defense security transport transportation weather data video social motoring "
    "property parliamentary breaking education markets energy media courts".split())


_MODS = "|".join(sorted(_JOB_MODIFIER, key=len, reverse=True))
_JOINT_TITLE = re.compile(rf"(?<=\w)\s+(?:(?:{_MODS})\s+)+(?:and|&)\s+(?:(?:{_MODS})\s+)*"
                          r"(?:editor|correspondent|reporter|writer|columnist|producer|analyst)s?\b.*$", re.I)


def _cut_role(piece: str) -> str:
    """The name before a job title: "Jane Doe, Senior Reporter" -> "Jane Doe". The title's
    opening words go too: a known modifier ("Jane Doe Health Editor"), or a capitalised word
    before a role written in lower case ("Jane Doe Climate reporter": the title's first word
    is capitalised as its element's start, and a name is not followed by lower-case words)."""
    m = _ROLE.search(piece)
    if not m:
        return piece
    head = piece[: m.start()].split()
    lower = m.group(0)[:1].islower()
    while len(head) > 2 and head[-1][:1].isupper() and (head[-1].casefold() in _JOB_MODIFIER or lower):
        head.pop()
        lower = False  # only the title's first word is capitalised so
    return " ".join(head)


def _outlet(part: str, names: list[str]) -> bool:
    """A comma part after the byline's names that names an outlet: "The ..." (no name starts
    so), capitals throughout after names that are not ("USA TODAY"), or an acronym leading
    ("CNN Business")."""
    words = part.split()
    if not words:
        return False
    if words[0] in ("The", "THE") and len(words) >= 2:
        return True
    letters = [w for w in words if re.search(r"[^\W\d_]", w)]
    if letters and all(w.isupper() for w in letters) and not all(n.isupper() for n in names):
        return True
    return len(words) >= 2 and 3 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha() and not all(
        w.isupper() for w in letters[1:])


def _agency_tail(piece: str) -> str:
    """"OMAR KHALIL Associated Press" -> "OMAR KHALIL": the wire after the last name of an
    agency byline ("By JANE DOE and OMAR KHALIL Associated Press") is a credit, the name
    before it still a person. A piece that is only the agency is left for the caller to drop."""
    last = None
    for last in _AGENCY_RX.finditer(piece):
        pass
    if last is None or piece[last.end():].strip(" .,;)") or not agency_name(last.group(1)):
        return piece
    # ("Jane Doe mit dpa", "Jane Doe mit Material von dpa", "Jane Doe avec AFP": written with the wire's copy.)
    head = re.sub(r"(?i)(?:[\s,;|/(–—-]+|\s+(?:mit|avec|con|com|met|med)(?:\s+(?:material|agenturmaterial|"
                  r"informationen)(?:\s+(?:von|der|des))?)?\s+)(?:the)?\s*$", "", piece[: last.start()])
    return head if len(head.split()) >= 2 else piece


def _drop_places(names: list[str], raw: str) -> list[str]:
    if len(names) > 3 and all(len(n.split()) == 1 for n in names):
        return []  # a run of single words is a category or tag list, not a byline
    # "Jane Doe, Tokyo": a one-word piece after a comma-separated full name is a place,
    # not a person, unless every piece is one word (a list of surnames).
    if len(names) > 1 and any(len(n.split()) > 1 for n in names):
        return [n for n in names if len(n.split()) > 1 or re.search(r"[\u4e00-\u9fff]", n)]
    return names


# ---------------------------------------------------------------- titles

# "ㅣ" (the Hangul vowel I) is how Korean sites write the bar between headline and site name.
TITLE_SEPS = _TITLE_SEPS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " › ", " > ", " ~ ",
                            " // ", "｜", "ㅣ")
_HANGUL_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Chinese, Japanese and Korean titles join headline, section and site with bare separators
# ("标题_新闻_新浪网", "見出し：日本経済新聞", "Headline-정치ㅣ한국일보"): no spaces around them.
_CJK_TITLE_SEPS = "_-－—–|｜ㅣ:：·•/"
_CJK_SECTION = re.compile(r"[_\-－—–|｜ㅣ:：·•/]{1,2}\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}$")


_HOST_NAME = re.compile(r"(?:www\.)?[A-Za-z0-9][\w-]{1,40}(?:\.[\w-]{2,20})?\.(?:[a-z]{2,3}|info|news|online|media)",
                        re.I)


def _name_like(segment: str) -> bool:
    """Capitalised words or a domain: a site's or a section's name, not a headline's tail."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "the", "de", "du", "la")
               for w in segment.split()) or "." in segment


def strip_site_name(title: str | None, site_names: list[str] | tuple[str, ...] = ()) -> str | None:
    """The headline without a site-name prefix or suffix ("Rain ends drought | CNN" -> "Rain ends drought").

    ``site_names`` (og:site_name, publisher name, host) are removed wherever they stand at
    either end; otherwise a short trailing or leading segment after a separator is dropped
    when the remaining headline is clearly the longer part.
    """
    if not title:
        return title
    t = re.sub(r"\s+", " ", title).strip()
    names = [n.strip() for n in site_names if n and n.strip()]
    norm = lambda s: re.sub(r"[\W_]+", "", s.casefold())
    keys = {norm(n) for n in names if norm(n)}
    for n in names:
        if _HANGUL_HAN.search(t) and t.endswith(n) and len(t) > len(n) + 5:
            head = t[: -len(n)].rstrip()
            if head[-1:] and head[-1] in _CJK_TITLE_SEPS and _HANGUL_HAN.search(head[-3:-1] or "x"):
                head = head[:-1].rstrip()
                # The sections between headline and site ("_新闻", "-정치") go with it; these
                # scripts write no hyphenated compounds for a separator to be confused with.
                while (m := _CJK_SECTION.search(head)) and m.start() >= 5:
                    head = head[: m.start()].rstrip()
                t = head
                break
    for n in names:
        # "Headline|Site": the bar set without spaces around it before the site's exact name.
        if len(n) > 3 and "|" in t:
            t = re.sub(rf"(?<=\S)\|{re.escape(n)}$|^{re.escape(n)}\|(?=\S)", "", t, flags=re.I)
    for sep in _TITLE_SEPS:
        if sep not in t:
            continue
        parts = [p.strip() for p in t.split(sep)]
        changed = True
        popped = None
        while changed and len(parts) > 1:
            changed = False
            for idx in (-1, 0):
                key = norm(parts[idx])
                # A segment holding the name plus a word or two ("Daily Mail Online") is the name;
                # a headline that mentions it ("... durch die Bundespolizei im Jahr") is not.
                # So is the name with its slogan after a dash ("Site - News from the region").
                if key and any(key == k or (len(k) > 3 and ((k in key and len(key) <= len(k) + 12) or key in k))
                               for k in keys) or any(
                        len(n) > 3 and re.match(rf"{re.escape(n)}\s+[-–—:]\s+\w", parts[idx], re.I) for n in names):
                    parts.pop(idx)
                    changed = True
                    popped = idx
                    break
        if popped is not None and len(parts) > 1:
            # "Headline | News | Site": the section beside the site's name at the same end.
            side, rest = parts[popped], sep.join(parts[:-1] if popped == -1 else parts[1:])
            if len(side.split()) <= 2 and len(side) <= 20 and len(rest) > 2 * len(side) and _name_like(side):
                parts.pop(popped)
        for idx in (-1, 0):
            # A bare host name at either end ("Headline | NorthernGazette.com") is the site,
            # however long the headline beside it.
            if len(parts) > 1 and _HOST_NAME.fullmatch(parts[idx]) and len(sep.join(parts)) > 2 * len(parts[idx]) - 10:
                parts.pop(idx)
        if len(parts) > 1 and len(parts) == len(t.split(sep)):
            # No known site name matched: drop a trailing segment much shorter than the rest
            # when it looks like a name (capitalised words or a domain), not a headline tail.
            head, tail = sep.join(parts[:-1]), parts[-1]
            if len(tail.split()) <= 4 and len(head) > 2 * len(tail) and _name_like(tail):
                parts = parts[:-1]
                # "Headline - Site - Section": the site's name stood before that last segment.
                if len(parts) > 1 and norm(parts[-1]) in keys:
                    parts.pop()
        t = sep.join(parts)
    # "The Daily Tide: Headline": the site's exact name before a colon is a prefix, not a kicker.
    m = re.match(r"([^:]{2,50}):\s+(\S.{10,})$", t)
    if m and (norm(m.group(1)) in keys or _HOST_NAME.fullmatch(m.group(1))):
        t = m.group(2)
    return t.strip(" |-–—") or title.strip()


# ---------------------------------------------------------------- captions

_CREDIT_TAIL = re.compile(
    # A label is a whole word ("Ausbildung" hides no "bild"); CJK labels have no spaces around.
    r"\s*(?:[(\[]\s*)?(?:(?:(?<!\w)(?:photo|picture|image|foto|bild|photographie|imagen|fotografía|credit|crédit|"
    r"credits|source|quelle|fuente|фото)|写真|图)\s*(?:credit)?\s*[:：/©]?\s*|©\s*|\u00a9\s*)"
    r"([^()\[\]]{2,80}?)\s*[)\]]?\s*$", re.I)
_AGENCY_TAIL = re.compile(r"\s*[(\[]?\s*((?:(?:[A-Z]\.|[A-Z][\w'-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'-]+)){0,3}\s*(?:/|for|via)\s*)?"
                          r"(?:AFP|Reuters|AP|EPA|Getty Images|Bloomberg|Xinhua|Kyodo|dpa|Bernama|ANSA|EFE|Yonhap|"
                          r"Jiji|Imago|picture alliance|Shutterstock|Keystone|Anadolu)(?:[\w /.-]{0,40}))\s*[)\]]?\s*$")


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """Split a photo caption from its credit: "PM speaks. (Photo: AFP)" -> ("PM speaks.", "AFP")."""
    c = re.sub(r"\s+", " ", caption or "").strip()
    if not c:
        return "", None
    for rx in (_CREDIT_TAIL, _AGENCY_TAIL):
        m = rx.search(c)
        if m and m.start() > 0:
            head = c[: m.start()].rstrip(" -–—|,;/")
            credit = m.group(1).strip(" ()[]:/|-–—")
            if head and credit:
                return _photographer_before(c, head, credit, "(" in c[m.start():] or "[" in c[m.start():])
    # "Caption text. Jane Doe/Reuters" with a slash credit at the end.
    m = re.search(r"(?<=[.!?\"”])\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*/\s*[\w .-]{2,40})$", c)
    if m:
        return c[: m.start()].strip(), m.group(1).strip()
    return c, None


_NAME_AFTER_SENTENCE = re.compile(r"^(.*[.!?\"”»])\s*((?:(?:photo|foto|bild|imagen|credit)\s*:\s*)?"
                                  r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})$", re.I)


def _photographer_before(c: str, head: str, credit: str, bracketed: bool) -> tuple[str, str]:
    """The whole credit of "... 2024. Jane Doe (dpa/picture alliance via Getty)": an agency
    tail matched inside the bracket leaves its opening "(dpa" in the caption, and the
    photographer's name between the caption's last sentence and the bracket is credit too."""
    op = head.rfind("(")
    if op >= 0 and ")" not in head[op:] and len(head) - op <= 40 and head[:op].strip():
        # The bracket's whole text, without a label glued to it ("(Symbolfoto: Jane Doe/Reuters)").
        credit = re.sub(r"^[^\s:]{1,20}\s*:\s*", "", c[op + 1:].strip(" ()[]/"))
        head, bracketed = head[:op].rstrip(), True
    m = _NAME_AFTER_SENTENCE.match(head) if bracketed else None
    if m:
        return m.group(1), f"{m.group(2)} ({credit})"
    return head, credit


# ---------------------------------------------------------------- datelines

# "TOKYO (Reuters) -", "WASHINGTON, Jan 21 (AFP) —", "BERLIN —", "Paris, 3 May (dpa) –",
# "KUALA LUMPUR: ...". The place is capitalised and at most four words.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}?|[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’.\-]+(?: [A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’.\-]+){0,3})"
    r"(?P<tail>(?:\s*,\s*[A-ZÀ-ÖØ-Þ][\w.]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.]*){0,2})?"  # ", Calif." / ", Japan"
    r"(?:\s*,?\s*(?:\w+\.?\s+\d{1,2}|\d{1,2}\.?\s+\w+\.?)(?:,?\s*\d{4})?)?"  # ", Jan 21"
    r"(?:\s*\((?P<agency>[^()]{2,40})\))?)"
    r"\s*(?P<sep>[-–—:]|\(|$)\s*")


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a leading dateline off the first body paragraph.

    "TOKYO (Reuters) - Japan said..." -> ("TOKYO", "Japan said..."). Mixed-case places are
    accepted only with an agency in brackets or a dash ("Berlin (dpa) -"); an all-caps place
    needs a dash, colon or agency. Returns (None, paragraph) when there is none.
    """
    p = paragraph or ""
    m = _DATELINE.match(p)
    if not m:
        return None, p
    place = m.group("place").strip(" .-")
    sep = m.group("sep")
    agency = m.group("agency")
    rest = p[m.end():]
    if sep == "(" or sep == "" or not rest.strip():
        return None, p
    if agency and not (find_credits(agency) or agency.isupper() or len(agency.split()) <= 2):
        return None, p
    is_caps = place.replace(" ", "").replace(".", "").replace("-", "").isupper() and len(place) >= 2
    if not is_caps and not agency:
        # A mixed-case dateline needs an agency, or the dash is just punctuation in prose.
        if sep not in "-–—" or len(place.split()) > 2 or m.group("tail") == "":
            return None, p
    if sep == ":" and not is_caps:
        return None, p
    if len(place) > 40 or not rest[:1].strip():
        return None, p
    return place, rest.lstrip()


def is_dateline(line: str) -> bool:
    """True when ``line`` starts with a dateline (see ``split_dateline``)."""
    return split_dateline(line)[0] is not None


__all__ = ["parse_date", "date_from_url", "crawled_on", "AGENCIES", "agency_name", "find_credits", "clean_author",
           "strip_site_name", "split_caption_credit", "split_dateline", "is_dateline"]
