"""The actor registry: one id per person/organisation/place across all articles.

Within an article the NLP layer already joins "Takeshi Iwaya", "Iwaya Takeshi" and
"Iwaya" into one entity with the fullest name. Across articles this module joins
entities to registry actors by normalised name keys, strongest first:

    full:<whole name>            any type ("full:antony j blinken")
    pair:<first+last, sorted>    people: middle names/initials and name order ignored
    last:<surname>               people named by surname alone in an article

A whole name is one actor: when several actors hold it (two John Smiths of different
countries) the country, then the most seen, decides, so a shared key never breeds new
actors. A surname or name pair held by several actors is ambiguous and matches none of
them, so two Kims never merge through "Kim".

Countries are weighed: a country stated in the mention itself ("Spanish Foreign Minister
X", "the US Embassy") counts more than one the NLP layer inferred from the rest of the
article, and a country filled in from the registry counts for nothing (it would only
repeat itself). An entity with no country takes its actor's when the registry's evidence
is strong: several articles, nearly all agreeing. Titles over time are not stored here:
the `actor_titles` view reads them from the entities with their article dates, so they
can never go stale.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import replace
from typing import Iterable

from ..model import Entity

_HONORIFIC = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "prof", "h.e"}
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
_PUNCT = re.compile(r"[^\w\s-]", re.UNICODE)

# Punctuation a mention picks up at its edges from the page ("Ned Price:", "(NATO)").
_EDGE = " \t:;,!?\"'“”‘’«»()[]{}<>|/\\*•·–—-_"
# A name ending in one of these was cut from a longer phrase ("Office of the Spokesperson
# The"): the word belongs to the next sentence, not to the name.
_TRAILING = {"the", "a", "an", "this", "that", "these", "those", "and", "or", "of", "for", "to"}
# Role words a name can be prefixed with ("Spokesperson Ned Price", "Prime Minister
# Kishida"): the person is the rest. Org-like rests ("Secretary of State") are kept whole.
_ROLE = {"spokesperson", "spokesman", "spokeswoman", "secretary", "president", "vice",
         "minister", "prime", "foreign", "deputy", "under", "assistant", "ambassador",
         "senator", "sen", "rep", "governor", "gov", "chancellor", "premier", "general",
         "special", "envoy", "acting", "chief", "mayor"}
# An organisation name only loses a leading role word that never starts a company's or
# body's name: "General Motors" and "Special Olympics" stay organisations.
_ORG_LEAD = {"spokesperson", "spokesman", "spokeswoman", "secretary", "president", "minister",
             "ambassador", "senator", "sen", "rep", "governor", "chancellor", "premier", "envoy",
             "deputy"}
# Capitalised words an entity layer takes for names but which name no one: generic
# plurals at a sentence start, diseases, and bare role words.
_NON_ACTORS = {"people", "persons", "governments", "government", "officials", "leaders",
               "partners", "allies", "countries", "nations", "citizens", "members",
               "delegations", "participants", "ministers", "authorities", "forces",
               "covid", "covid-19", "covid 19", "coronavirus", "sars-cov-2", "pandemic",
               "the pandemic", "ebola", "hiv", "aids", "malaria", "mpox", "monkeypox",
               "today", "tomorrow", "yesterday",
               # speaker cues and stage notes of press-briefing transcripts
               "question", "questions", "answer", "laughter", "applause", "crosstalk",
               "inaudible", "moderator", "operator", "participant", "staff",
               # an institution named by its kind alone ("the Department said"): which
               # one depends on the article, so the registry cannot hold it
               "department", "ministry", "embassy", "consulate", "office", "agency",
               "bureau", "mission", "delegation", "administration", "committee"} | _ROLE
_NON_ACTOR_KEYS = {re.sub(r"[\s-]+", "", w) for w in _NON_ACTORS}


def _squash(text: str) -> str:
    """A name compared without spaces or hyphens ("COVID -19" is "COVID-19")."""
    return re.sub(r"[\s-]+", "", normalise(text))


def _visible(text: str) -> str:
    """The text without invisible format/control marks (U+200E LRM, zero-width spaces)."""
    return "".join(" " if c in "\n\r\t" else c for c in text
                   if unicodedata.category(c) not in ("Cf", "Cc") or c in "\n\r\t")


def clean_name(name: str, etype: str) -> tuple[str, str] | None:
    """(name, type) as the registry keeps it, or None for a name that names no actor."""
    words = _visible(name).split()
    words = [w for w in " ".join(words).strip(_EDGE).split()]
    while words and words[-1].casefold().strip(_EDGE) in _TRAILING:
        words = " ".join(words[:-1]).strip(_EDGE).split()
    if etype == "PERSON" or (etype == "ORG" and words and words[0].casefold().strip(".") in _ORG_LEAD):
        lead = 0
        while lead < len(words) and words[lead].casefold().strip(".") in _ROLE:
            lead += 1
        rest = words[lead:]
        # "Spokesperson Ned Price" is Ned Price, a person, whatever the layer called it.
        if lead and 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest):
            words, etype = rest, "PERSON"
    text = " ".join(words)
    if not text or not any(c.isalpha() for c in text):
        return None
    if "://" in text or "www." in text.casefold() or "@" in text:
        return None  # a link or address the page printed, not a name
    if _squash(text) in _NON_ACTOR_KEYS:
        return None
    return text, etype


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", _visible(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", text.casefold().replace("’", "'").replace("'s ", " "))
    return " ".join(text.split())


def _person_tokens(name: str) -> list[str]:
    tokens = normalise(name).replace("-", " - ").split()
    tokens = [t for t in tokens if t not in _HONORIFIC and t not in _SUFFIX]
    # Rejoin hyphenated parts ("Lee Jae-myung" keeps "jae-myung" as one given name).
    joined: list[str] = []
    for t in tokens:
        if t == "-" and joined:
            joined[-1] += "-"
        elif joined and joined[-1].endswith("-"):
            joined[-1] += t
        else:
            joined.append(t)
    return [t.strip("-") for t in joined if t.strip("-")]


def _named(name: str) -> int:
    """How many real name words (not initials) a person's name has."""
    return sum(len(t) > 1 for t in _person_tokens(name))


def _display_rank(name: str) -> tuple[bool, int]:
    """Which of an actor's names to show: a cased one ("Wendy R. Sherman") over a shouted
    one from a transcript ("WENDY R. SHERMAN"), then the fullest."""
    return (not (name.isupper() and len(name) > 4), len(name))


def is_proper_name(name: str) -> bool:
    """False for common nouns an entity layer let through ("people", "the government");
    scripts without case (Chinese, Arabic) always pass."""
    return any(c.isupper() for c in name) or not any(c.islower() for c in name)


# Common English short forms of given names: "Tony Blinken" is looked up as "Antony
# Blinken" too. Only for looking up (never registered), so a nickname never makes a
# name pair ambiguous; a country conflict still keeps two people apart.
_NICKNAMES = {
    "tony": ("antony", "anthony"), "joe": ("joseph",), "bill": ("william",), "will": ("william",),
    "bob": ("robert",), "rob": ("robert",), "mike": ("michael",), "jim": ("james",),
    "jimmy": ("james",), "tom": ("thomas",), "dick": ("richard",), "rick": ("richard",),
    "dan": ("daniel",), "dave": ("david",), "steve": ("steven", "stephen"), "chris": ("christopher",),
    "nick": ("nicholas",), "ben": ("benjamin",), "sam": ("samuel",), "andy": ("andrew",),
    "alex": ("alexander",), "ed": ("edward",), "ted": ("edward", "theodore"), "chuck": ("charles",),
    "liz": ("elizabeth",), "beth": ("elizabeth",), "kate": ("katherine", "catherine"),
    "jen": ("jennifer",), "sue": ("susan",), "vicky": ("victoria",), "pat": ("patrick", "patricia"),
    "matt": ("matthew",), "jon": ("jonathan",), "greg": ("gregory",), "jeff": ("jeffrey",),
}


def nickname_pairs(name: str) -> list[str]:
    """Extra pair keys for a person named by a short form of the given name."""
    named = [t for t in _person_tokens(name) if len(t) > 1]
    if len(named) < 2:
        return []
    return ["pair:" + " ".join(sorted((full, named[-1]))) for full in _NICKNAMES.get(named[0], ())]


def name_keys(name: str, etype: str) -> list[str]:
    """Keys for one name form, strongest first."""
    norm = normalise(name)
    if not norm:
        return []
    keys = [f"full:{norm}"]
    if etype == "PERSON":
        tokens = _person_tokens(name)
        # Initials ("J.") carry no identity across articles; first and last names do.
        named = [t for t in tokens if len(t) > 1]
        if len(named) >= 2:
            keys.append("pair:" + " ".join(sorted((named[0], named[-1]))))
        if named:
            keys.append(f"last:{named[-1]}")
    return keys


# Generic or unnamed things ("people", "the government", OTHER) and happenings (EVENT)
# are not actors anyone looks up: they stay article-local, with no registry id.
REGISTERED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")

# How an entity's stored country was found (entities.country_from).
STATED = "stated"      # a country or demonym word in the mention or just before it
INFERRED = "inferred"  # the NLP layer's guess from the rest of the article
REGISTRY = "registry"  # filled in here from the actor's other articles

# A country stated in the mention outweighs this many inferred ones.
STATED_WEIGHT = 3
# The registry fills a missing country only from this many articles giving it, when it
# holds at least this share of the (weighted) evidence and this many times the runner-up's.
# Inferred countries are noisy in a consistent way: a minister's partner country of the
# day turns up once each, while the true one recurs; the margin, not unanimity, tells them.
FILL_MIN_ARTICLES = 3
FILL_MIN_SHARE = 0.5
FILL_MARGIN = 2.0
# Words before a mention searched for its country ("U.S. Secretary of State Blinken").
_BEFORE_WORDS = 6
_BREAK = re.compile(r"[,;:!?()\[\]\n]|\band\b|\bwith\b|(?<=[a-z][a-z])\.\s")


def _names_a_country(name: str, country: str | None) -> bool:
    """Whether the name is the name of its own country ("Japan", "the United States"). The
    entity layer types a country that acts ("Japan agreed ...") ORG and one that is a place
    ("talks in Japan") GPE, as news annotation does; the registry keeps one actor for both."""
    if not country:
        return False
    from ..nlp.knowledge import load as load_knowledge

    words = [w.strip(_EDGE) for w in name.split()]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return any(hit.kind == "country" and hit.country == country for hit in load_knowledge().lookup(words))


def _person_ok(name: str) -> bool:
    """A person's name has no digits ("COVID-19 Tools" is not someone)."""
    return not any(c.isdigit() for c in name)


def stated_country(entity: Entity, text: str | None) -> bool:
    """Whether the entity's country is said in one of its mentions or the words before it
    ("Spanish Foreign Minister Albares", "the US Embassy", "Japan"), rather than inferred."""
    if not entity.country:
        return False
    from ..nlp.knowledge import load as load_knowledge

    kb = load_knowledge()
    pieces = [entity.title or ""]
    for start, end in (entity.mentions or [])[:10]:
        if not text or not (0 <= start <= end <= len(text)):
            continue
        before = text[max(0, start - 80):start]
        # Only the words of this mention's own phrase: "Spanish FM Albares and Deputy
        # Secretary Sherman" says nothing about Sherman's country.
        cut = list(_BREAK.finditer(before))
        if cut:
            before = before[cut[-1].end():]
        pieces.append(" ".join(before.split()[-_BEFORE_WORDS:]) + " " + text[start:end])
    for piece in pieces:
        words = piece.split()
        for n in (1, 2, 3):
            for k in range(len(words) - n + 1):
                for hit in kb.lookup([w.strip(_EDGE) for w in words[k:k + n]]):
                    if hit.kind in ("country", "demonym") and hit.country == entity.country:
                        return True
    return False


class ActorRegistry:
    """Resolves entities to actor ids inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.touched: set[int] = set()

    def _lookup(self, key: str, etype: str) -> set[int]:
        rows = self.conn.execute("SELECT actor_id FROM actor_names WHERE key = ? AND type = ?",
                                 (key, etype))
        return {r[0] for r in rows}

    def _country(self, actor_id: int) -> str | None:
        """The actor's best supported country, however weakly: enough to keep two
        namesakes apart, not to label anyone (see registry_country)."""
        rows = self._evidence(actor_id)
        return rows[0][0] if rows else None

    def _articles(self, actor_id: int) -> int:
        row = self.conn.execute("SELECT n_articles FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return row[0] if row else 0

    def _pick(self, found: set[int], entity: Entity, kind: str, stated: bool) -> int | None:
        """One actor from those a key points to, or None when the evidence doesn't decide."""
        if kind == "full":
            # One whole name is one actor. Only a stated country tells namesakes apart
            # (an inferred one is too often the other party's): then the most seen wins.
            if stated and len(found) > 1:
                same = {a for a in found if self._country(a) in (None, entity.country)}
                found = same or found
            return min(found, key=lambda a: (-self._articles(a), a))
        if entity.country and len(found) > 1:
            found = {a for a in found if self._country(a) in (None, entity.country)}
        if len(found) == 1:
            actor_id = next(iter(found))
            known = self._country(actor_id)
            # A surname or name pair alone must not join people of different countries.
            if entity.country and known and known != entity.country:
                return None
            return actor_id
        if len(found) > 1:
            # A key shared by several actors (a one-off misreading made a second "Tony
            # Blinken"; "Blinken" alone): the one seen far more often is the one meant.
            # A bare surname needs a wider margin: two Kims seen alike stay apart.
            factor, floor = (5, 3) if kind == "last" else (2, 1)
            ranked = sorted(found, key=self._articles, reverse=True)
            top, second = self._articles(ranked[0]), self._articles(ranked[1])
            if top >= floor and top > factor * second:
                return ranked[0]
        return None  # ambiguous: better a new actor than a wrong merge

    @staticmethod
    def _forms(entity: Entity) -> list[str]:
        """The entity's name, then its aliases of two words or more (a lone surname alias
        says less than the name it belongs to and is only used as such)."""
        out = [entity.name]
        for alias in entity.aliases:
            cleaned = clean_name(alias, entity.type)
            if cleaned and len(normalise(cleaned[0]).split()) >= 2 and \
                    (entity.type != "PERSON" or _person_ok(cleaned[0])):
                out.append(cleaned[0])
        return out

    def _match(self, entity: Entity, stated: bool) -> int | None:
        forms = self._forms(entity)
        kinds = ["full", "pair"] if entity.type == "PERSON" else ["full"]
        if entity.type == "PERSON" and not any(_named(f) >= 2 for f in forms):
            kinds.append("last")  # only a surname ("Blinken", "J. Blinken"): weakest evidence
        for kind in kinds:
            for form in forms:  # the entity's own name first: it is the fullest form
                keys = [k for k in name_keys(form, entity.type) if k.startswith(kind + ":")]
                if kind == "pair":
                    keys += nickname_pairs(form)
                found = {a for k in keys for a in self._lookup(k, entity.type)}
                if found:
                    actor_id = self._pick(found, entity, kind, stated)
                    if actor_id is not None:
                        return actor_id
        if entity.type == "PERSON" and _named(entity.name) >= 2:
            return self._surname_only(entity)
        return None

    def _surname_only(self, entity: Entity) -> int | None:
        """The one actor known so far only by this person's surname ("Putin" in earlier
        articles), which the first full name ("Vladimir Putin") claims. An actor already
        holding a full name is someone definite and is not claimed this way."""
        last = [k for k in name_keys(entity.name, "PERSON") if k.startswith("last:")]
        if not last:
            return None
        found = self._lookup(last[0], "PERSON")
        if len(found) != 1:
            return None
        actor_id = next(iter(found))
        has_pair = self.conn.execute("SELECT 1 FROM actor_names WHERE actor_id = ? AND key LIKE 'pair:%'",
                                     (actor_id,)).fetchone()
        known = self._country(actor_id)
        if has_pair or (entity.country and known and known != entity.country):
            return None
        return actor_id

    def _register(self, actor_id: int, entity: Entity) -> None:
        """Record the entity's name keys for its actor. A key another actor already holds
        is only added for the entity's own name: an alias ("Washington" given for "the
        United States") must not make that name ambiguous, and a key already shared adds
        nothing but more ambiguity."""
        own = name_keys(entity.name, entity.type)
        keys: list[tuple[str, bool]] = [(k, True) for k in own]
        for form in self._forms(entity)[1:]:
            keys += [(k, False) for k in name_keys(form, entity.type)]
        if entity.type == "PERSON":
            keys += [(k, False) for a in entity.aliases for k in name_keys(a, "PERSON")
                     if k.startswith("last:") and _person_ok(a)]
        rows = []
        for key, is_own in keys:
            others = self._lookup(key, entity.type) - {actor_id}
            if others and not (is_own and key.startswith("full:")) and (not is_own or len(others) > 1):
                continue
            rows.append((key, entity.type, actor_id))
        self.conn.executemany("INSERT OR IGNORE INTO actor_names (key, type, actor_id) VALUES (?, ?, ?)",
                              rows)

    def resolve(self, entity: Entity, date: str | None = None, text: str | None = None) -> int | None:
        """The registry id for an article's entity, creating the actor when new.

        `text` is the article text the entity's mentions point into: it tells a stated
        country from an inferred one."""
        if entity.type not in REGISTERED_TYPES or not is_proper_name(" ".join(entity.name.split())):
            return None
        if entity.title and normalise(entity.title) == normalise(entity.name):
            # "The Foreign Secretary" with no name: whoever holds the office in this story,
            # not one actor across stories
            return None
        cleaned = clean_name(entity.name, entity.type)
        if cleaned is None or not normalise(cleaned[0]):
            return None
        name, etype = cleaned
        if etype == "PERSON" and not _person_ok(name):
            return None
        if etype == "ORG" and _names_a_country(name, entity.country):
            etype = "GPE"
        entity = replace(entity, name=name, type=etype)
        stated = stated_country(entity, text)
        actor_id = self._match(entity, stated)
        if actor_id is None:
            actor_id = self.conn.execute(
                "INSERT INTO actors (name, type, country, sector) VALUES (?, ?, ?, ?)",
                (name, etype, entity.country, entity.sector)).lastrowid
        else:
            row = self.conn.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
            if _display_rank(name) > _display_rank(row[0]):
                self.conn.execute("UPDATE actors SET name = ? WHERE id = ?", (name, actor_id))
        self._register(actor_id, entity)
        self.touched.add(actor_id)
        return actor_id

    def _evidence(self, actor_id: int) -> list[tuple[str, int, int, int]]:
        """(country, articles, weight, stated articles) per country its entities give,
        best first; registry-filled rows don't count (they would only repeat it)."""
        rows = self.conn.execute(
            "SELECT country, COUNT(DISTINCT article_id),"
            f" SUM(CASE country_from WHEN '{STATED}' THEN {STATED_WEIGHT} ELSE 1 END),"
            f" COUNT(DISTINCT CASE country_from WHEN '{STATED}' THEN article_id END)"
            " FROM entities WHERE actor_id = ? AND country IS NOT NULL"
            f" AND COALESCE(country_from, '') != '{REGISTRY}' GROUP BY country", (actor_id,)).fetchall()
        return sorted((tuple(r) for r in rows), key=lambda r: (r[2], r[1], r[0]), reverse=True)

    def known_country(self, actor_id: int | None) -> str | None:
        """The actor's country when its articles say it strongly enough to fill a gap:
        several articles, a clear majority of the weighted evidence."""
        rows = self._evidence(actor_id) if actor_id is not None else []
        if not rows:
            return None
        total = sum(r[2] for r in rows)
        country, n_articles, weight, _ = rows[0]
        runner_up = rows[1][2] if len(rows) > 1 else 0
        if n_articles >= FILL_MIN_ARTICLES and weight >= FILL_MIN_SHARE * total \
                and weight >= FILL_MARGIN * runner_up:
            return country
        return None

    def registry_country(self, actor_id: int) -> str | None:
        """The country the registry shows: the best supported one, if it was stated once,
        inferred in two articles, or given in at least half of the actor's articles, and
        is ahead of the rest. One guess among many articles that give none ("Biden" as IGO
        once in 34) shows nothing."""
        rows = self._evidence(actor_id)
        if not rows:
            return None
        country, n_articles, weight, n_stated = rows[0]
        if len(rows) > 1 and rows[1][2] >= weight:
            return None  # a tie says nothing
        if n_stated or n_articles >= 2:
            return country
        seen = self.conn.execute("SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = ?",
                                 (actor_id,)).fetchone()[0]
        return country if 2 * n_articles >= seen else None

    def forget_unused(self, actor_ids: Iterable[int]) -> None:
        """Drop actors no stored entity refers to any more (their article was updated)."""
        self.conn.executemany(
            "DELETE FROM actors WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entities WHERE actor_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM events WHERE source_actor_id = ? OR target_actor_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_actor_id = ?)",
            [(i,) * 5 for i in actor_ids])

    def refresh(self, actor_ids: Iterable[int] | None = None) -> None:
        """Recompute country, sector, dates and counts from the actors' entities."""
        ids = list(self.touched if actor_ids is None else actor_ids)
        self.touched.clear()
        self.conn.executemany(_REFRESH, [(i,) * 5 for i in ids])
        self.conn.executemany("UPDATE actors SET country = ? WHERE id = ?",
                              [(self.registry_country(i), i) for i in ids])
        for actor_id in ids:
            self._fill(actor_id)
        self.forget_unused(ids)

    def _fill(self, actor_id: int) -> None:
        """Keep registry-filled countries in step with what the registry now knows: earlier
        articles gain the country once the evidence is strong, and lose it if it weakens."""
        country = self.known_country(actor_id)
        found = REGISTRY if country else None
        self.conn.execute(
            "UPDATE entities SET country = ?, country_from = ? WHERE actor_id = ?"
            f" AND (country IS NULL OR country_from = '{REGISTRY}')", (country, found, actor_id))
        for side in ("source", "target"):
            self.conn.execute(
                f"UPDATE events SET {side}_country = ?, {side}_country_from = ?"
                f" WHERE {side}_actor_id = ? AND ({side}_country IS NULL OR {side}_country_from = '{REGISTRY}')",
                (country, found, actor_id))


# Sector is the most frequent among the actor's mentions in all articles, so one odd
# reading in one article doesn't relabel a person (country: see registry_country).
_REFRESH = """
UPDATE actors SET
  sector = COALESCE((SELECT sector FROM entities WHERE actor_id = ?1 AND sector IS NOT NULL
                     GROUP BY sector ORDER BY COUNT(*) DESC, sector LIMIT 1), sector),
  first_seen = (SELECT MIN(substr(a.date, 1, 10)) FROM entities e JOIN articles a ON a.id = e.article_id
                WHERE e.actor_id = ?2),
  last_seen = (SELECT MAX(substr(a.date, 1, 10)) FROM entities e JOIN articles a ON a.id = e.article_id
               WHERE e.actor_id = ?3),
  n_articles = (SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = ?4)
WHERE id = ?5
"""


def _containing(text: str) -> str:
    """A LIKE pattern for values containing `text` literally."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", text) + "%"


def actor_rows(conn: sqlite3.Connection, query: str | None = None, limit: int = 50) -> list[dict]:
    """Registry entries matching a name query (all when None), most seen first, with titles."""
    sql = "SELECT * FROM actors"
    args: list = []
    if query:
        # The user's characters are matched as typed ("%" and "_" are not wildcards), and the
        # name keys only when the query has letters left once normalised ("%:%%" matched all).
        sql += " WHERE name LIKE ? ESCAPE '\\'"
        args.append(_containing(query))
        if key := normalise(query):
            sql += " OR id IN (SELECT actor_id FROM actor_names WHERE key LIKE ? ESCAPE '\\')"
            args.append("%:" + _containing(key))
    sql += " ORDER BY n_articles DESC, name LIMIT ?"
    args.append(limit)
    out = []
    for row in conn.execute(sql, args).fetchall():
        titles = conn.execute(
            "SELECT title, country, first_seen, last_seen, n_articles FROM actor_titles"
            " WHERE actor_id = ? ORDER BY first_seen, title", (row["id"],)).fetchall()
        out.append({**dict(row), "titles": [dict(t) for t in titles]})
    return out
