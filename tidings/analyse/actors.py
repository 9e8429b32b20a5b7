"""The actor registry: one id per person/organisation/place across all articles.

Within an article the NLP layer already joins "Takeshi Iwaya", "Iwaya Takeshi" and
"Iwaya" into one entity with the fullest name. Across articles this module joins
entities to registry actors by normalised name keys, strongest first:

    full:<whole name>            any type ("full:antony j blinken")
    pair:<first+last, sorted>    people: middle names/initials and name order ignored
    last:<surname>               people named by surname alone in an article

A key held by two actors is ambiguous and matches neither, so two Kims never merge
through "Kim". Titles over time are not stored here: the `actor_titles` view reads them
from the entities with their article dates, so they can never go stale.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Iterable

from ..model import Entity

_HONORIFIC = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "prof", "h.e"}
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
_PUNCT = re.compile(r"[^\w\s-]", re.UNICODE)


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
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


def is_proper_name(name: str) -> bool:
    """False for common nouns an entity layer let through ("people", "the government");
    scripts without case (Chinese, Arabic) always pass."""
    return any(c.isupper() for c in name) or not any(c.islower() for c in name)


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
        row = self.conn.execute("SELECT country FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return row[0] if row else None

    def _articles(self, actor_id: int) -> int:
        row = self.conn.execute("SELECT n_articles FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return row[0] if row else 0

    def _pick(self, found: set[int], entity: Entity, kind: str) -> int | None:
        """One actor from those a key points to, or None when the evidence doesn't decide."""
        if entity.country and len(found) > 1:
            found = {a for a in found if self._country(a) in (None, entity.country)}
        if len(found) == 1:
            actor_id = next(iter(found))
            known = self._country(actor_id)
            # A surname or name pair alone must not join people of different countries.
            if kind != "full" and entity.country and known and known != entity.country:
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

    def _forms(self, entity: Entity) -> list[str]:
        """The entity's name, then its aliases of two words or more (a lone surname alias
        says less than the name it belongs to and is only used as such)."""
        return [entity.name, *[a for a in entity.aliases if len(normalise(a).split()) >= 2]]

    def _match(self, entity: Entity) -> int | None:
        forms = self._forms(entity)
        kinds = ["full", "pair"] if entity.type == "PERSON" else ["full"]
        if entity.type == "PERSON" and not any(_named(f) >= 2 for f in forms):
            kinds.append("last")  # only a surname ("Blinken", "J. Blinken"): weakest evidence
        for kind in kinds:
            for form in forms:  # the entity's own name first: it is the fullest form
                found = {a for k in name_keys(form, entity.type) if k.startswith(kind + ":")
                         for a in self._lookup(k, entity.type)}
                if found:
                    actor_id = self._pick(found, entity, kind)
                    if actor_id is not None:
                        return actor_id
        return None

    def _register(self, actor_id: int, entity: Entity) -> None:
        keys: set[str] = set()
        for form in self._forms(entity):
            keys.update(name_keys(form, entity.type))
        if entity.type == "PERSON":
            keys.update(k for a in entity.aliases for k in name_keys(a, "PERSON") if k.startswith("last:"))
        self.conn.executemany("INSERT OR IGNORE INTO actor_names (key, type, actor_id) VALUES (?, ?, ?)",
                              [(k, entity.type, actor_id) for k in keys])

    def resolve(self, entity: Entity, date: str | None = None) -> int | None:
        """The registry id for an article's entity, creating the actor when new."""
        name = " ".join(entity.name.split())
        if entity.type not in REGISTERED_TYPES or not normalise(name) or not is_proper_name(name):
            return None
        actor_id = self._match(entity)
        if actor_id is None:
            actor_id = self.conn.execute(
                "INSERT INTO actors (name, type, country, sector) VALUES (?, ?, ?, ?)",
                (name, entity.type, entity.country, entity.sector)).lastrowid
        else:
            row = self.conn.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
            if len(name) > len(row[0]):
                self.conn.execute("UPDATE actors SET name = ? WHERE id = ?", (name, actor_id))
        self._register(actor_id, entity)
        self.touched.add(actor_id)
        return actor_id

    def refresh(self, actor_ids: Iterable[int] | None = None) -> None:
        """Recompute country, sector, dates and counts from the actors' entities."""
        ids = list(self.touched if actor_ids is None else actor_ids)
        self.touched.clear()
        self.conn.executemany(_REFRESH, [(i,) * 6 for i in ids])


# Country and sector are the most frequent among the actor's mentions in all articles,
# so one odd reading in one article doesn't relabel a person.
_REFRESH = """
UPDATE actors SET
  country = COALESCE((SELECT country FROM entities WHERE actor_id = ?1 AND country IS NOT NULL
                      GROUP BY country ORDER BY COUNT(*) DESC, country LIMIT 1), country),
  sector = COALESCE((SELECT sector FROM entities WHERE actor_id = ?2 AND sector IS NOT NULL
                     GROUP BY sector ORDER BY COUNT(*) DESC, sector LIMIT 1), sector),
  first_seen = (SELECT MIN(substr(a.date, 1, 10)) FROM entities e JOIN articles a ON a.id = e.article_id
                WHERE e.actor_id = ?3),
  last_seen = (SELECT MAX(substr(a.date, 1, 10)) FROM entities e JOIN articles a ON a.id = e.article_id
               WHERE e.actor_id = ?4),
  n_articles = (SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = ?5)
WHERE id = ?6
"""


def actor_rows(conn: sqlite3.Connection, query: str | None = None, limit: int = 50) -> list[dict]:
    """Registry entries matching a name query (all when None), most seen first, with titles."""
    sql = "SELECT * FROM actors"
    args: list = []
    if query:
        sql += " WHERE id IN (SELECT actor_id FROM actor_names WHERE key LIKE ?) OR name LIKE ?"
        args += [f"%:%{normalise(query)}%", f"%{query}%"]
    sql += " ORDER BY n_articles DESC, name LIMIT ?"
    args.append(limit)
    out = []
    for row in conn.execute(sql, args).fetchall():
        titles = conn.execute(
            "SELECT title, country, first_seen, last_seen, n_articles FROM actor_titles"
            " WHERE actor_id = ? ORDER BY first_seen, title", (row["id"],)).fetchall()
        out.append({**dict(row), "titles": [dict(t) for t in titles]})
    return out
