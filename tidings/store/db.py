"""The store: the only module that opens SQLite.

    store = Store("tidings.db")          # creates or migrates the file; WAL mode
    report = store.save(outcomes)        # one transaction for the whole batch
    conn = store.connection()            # rows as sqlite3.Row, for read queries
    conn = store.connect()               # a fresh read-only connection (another thread)

Readers (analyse/, serve/, export/) write their SQL against schema.sql. Writes go through
`save` only, from one process: ingest's main process is the single writer, so a killed
run leaves every batch either fully stored or not at all.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import QueryError, StoreError, msg
from ..model import Article
from . import migrations

_BUSY_TIMEOUT_MS = 30_000


@dataclass
class SaveReport:
    """What one `save` did, input by input."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, one-line reason)
    article_ids: list[int] = field(default_factory=list)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    return hashlib.sha256(data).hexdigest()


_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def canonical_url(url: str | None) -> str | None:
    """One spelling per page: lower-case scheme/host, no fragment, no tracking parameters."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    host = parts.netloc.lower()
    for default in (":80", ":443"):
        host = host.removesuffix(default)
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def _page_key_url(declared: str | None, fetched: str | None) -> str | None:
    """The URL that identifies a page: its canonical URL, unless that is plainly wrong.

    Some sites declare their home page as every article's canonical URL; trusting it
    would make each new article "update" the previous one. A canonical that is a site
    root, for a page fetched from a deeper URL, is ignored.
    """
    declared_c, fetched_c = canonical_url(declared), canonical_url(fetched)
    if declared_c and fetched_c and declared_c != fetched_c:
        if urlsplit(declared_c).path in ("", "/") and urlsplit(fetched_c).path not in ("", "/"):
            return fetched_c
    return declared_c or fetched_c


# A page at a stored URL, dated further than this from the stored one, is a new article:
# sites reuse URLs for yearly statements ("/luxembourg-national-day/" in 2021 and 2022).
SAME_PAGE_DAYS = 30


def _days_apart(a: str | None, b: str | None) -> float | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def _same_page(conn, canonical: str | None, chash: str, when: str | None):
    """(the stored row this page is a version of, or None; the key for a new row)."""
    if canonical is None:
        key = "sha256:" + chash
        return conn.execute("SELECT id, doc_key, content_hash, story_id, nlp_note FROM articles"
                            " WHERE doc_key = ?", (key,)).fetchone(), key
    rows = conn.execute("SELECT id, doc_key, content_hash, date, story_id, nlp_note FROM articles"
                        " WHERE canonical_url = ? ORDER BY id", (canonical,)).fetchall()
    for row in rows:
        if row["content_hash"] == chash:
            return row, row["doc_key"]
    for row in rows:
        apart = _days_apart(row["date"], when)
        if apart is None or apart <= SAME_PAGE_DAYS:
            return row, row["doc_key"]
    taken = {r["doc_key"] for r in rows}
    key = canonical
    if key in taken:
        key = f"{canonical}@{(when or '')[:10]}"
    if key in taken:
        key = f"{canonical}@{chash[:16]}"
    return None, key


def content_hash(article: Article) -> str:
    return sha256((article.title or "") + "\n" + article.text)


# nlp_note of an article stored without its NLP layers: said on its page, and how a later
# run with NLP knows to analyse it rather than skip it as already stored.
NO_NLP_NOTE = "stored without the NLP layers (ingest --no-nlp); ingest it again without --no-nlp to add them"


def storable(text: str) -> str:
    """`text` as SQLite can store it: a file name that is not UTF-8 reaches Python with lone
    surrogates (os.fsdecode), which SQLite refuses; each undecodable byte becomes U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape") if _only_escapes(text) else \
            text.encode("utf-8", "replace")
        return raw.decode("utf-8", "replace")


def _only_escapes(text: str) -> bool:
    return all(not "\ud800" <= c <= "\udfff" or "\udc80" <= c <= "\udcff" for c in text)


class Store:
    """A tidings database file. Opening it creates or migrates the schema."""

    def __init__(self, path: str | Path, *, readonly: bool = False, minhash_threshold: float = 0.8):
        self.path = str(path)
        self.readonly = readonly
        self.minhash_threshold = minhash_threshold
        self._local = threading.local()
        self._stories = None  # analyse.stories.StoryIndex, loaded on first save
        if readonly:
            if not Path(self.path).is_file():
                raise StoreError(msg("E402", path=self.path, reason="no such file"))
            self._conn = self.connect(readonly=True)
            self._check_version(self._conn)
        else:
            self._conn = self._open_writer()
            self._ensure_schema()

    # -- connections --------------------------------------------------------------------

    def _open_writer(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is crash-safe in WAL mode (a killed process loses no committed batch).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(msg("E402", path=self.path, reason=str(exc))) from None
        return conn

    def connect(self, readonly: bool = True) -> sqlite3.Connection:
        """A new connection for a reader (e.g. one per web-server thread)."""
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_MS / 1000,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000,
                                       check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(msg("E402", path=self.path, reason=str(exc))) from None
        return conn

    def connection(self) -> sqlite3.Connection:
        """The store's own connection (rows are sqlite3.Row); use it from one thread."""
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            self._stories = None  # its in-memory state may hold rolled-back articles
            raise
        conn.execute("COMMIT")

    # -- schema -------------------------------------------------------------------------

    def _found_version(self, conn: sqlite3.Connection) -> int | None:
        try:
            has = conn.execute("SELECT 1 FROM sqlite_master WHERE name='schema_version'").fetchone()
            if not has:
                tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError(msg("E402", path=self.path, reason="not a tidings database"))
                return None
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(msg("E402", path=self.path, reason=str(exc))) from None
        return row[0] or 0

    def _check_version(self, conn: sqlite3.Connection) -> int:
        found = self._found_version(conn)
        if found is None:
            raise StoreError(msg("E402", path=self.path, reason="empty database"))
        if found > migrations.latest_version():
            raise StoreError(msg("E401", path=self.path, found=found, known=migrations.latest_version()))
        return found

    def _ensure_schema(self) -> None:
        conn = self._conn
        found = self._found_version(conn)
        latest = migrations.latest_version()
        if found is None:
            with self._transaction():
                # Statement by statement: executescript() would COMMIT mid-way.
                for statement in _statements(migrations.schema_sql()):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (latest, _now()))
            return
        if found > latest:
            raise StoreError(msg("E401", path=self.path, found=found, known=latest))
        for migration in migrations.pending(found):
            with self._transaction():
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (migration.version, _now()))

    @property
    def schema_version(self) -> int:
        return self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    # -- reads used by ingest -----------------------------------------------------------

    def has_raw(self, raw_hash: str, analysed: bool = False) -> bool:
        """Whether an input with exactly these bytes is already stored (a rerun skips it);
        with `analysed`, only if it was stored with its NLP layers (not by --no-nlp)."""
        if analysed:
            return self._conn.execute("SELECT 1 FROM articles WHERE raw_hash = ? AND nlp_note IS NOT ?"
                                      " LIMIT 1", (raw_hash, NO_NLP_NOTE)).fetchone() is not None
        return self._conn.execute("SELECT 1 FROM articles WHERE raw_hash = ? LIMIT 1",
                                  (raw_hash,)).fetchone() is not None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "mentions", "quotes", "events", "event_groups",
                  "stories", "actors", "input_errors")
        return {t: self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    # -- writes -------------------------------------------------------------------------

    def save(self, outcomes: Iterable) -> SaveReport:
        """Store a batch of pipeline Outcomes in one transaction.

        An outcome with `.error` is recorded in input_errors; an article is inserted,
        updated (same key, new content) or left alone (same key, same content). An outcome
        may carry `.minhash` (the signature from analyse.stories.signature) and `.raw_hash`
        (sha256 of the input bytes), computed by an ingest worker to spare the writer.
        """
        from ..analyse.actors import ActorRegistry

        report = SaveReport()
        items = list(outcomes)
        if self._stories is None:
            self._load_stories()
        with self._transaction() as conn:
            registry = ActorRegistry(conn)
            for outcome in items:
                outcome.source = storable(outcome.source)
                if outcome.error is not None:
                    outcome.error = storable(outcome.error)  # it may name the path
                    conn.execute("INSERT OR REPLACE INTO input_errors VALUES (?, ?, ?)",
                                 (outcome.source, outcome.error, _now()))
                    report.failed.append((outcome.source, outcome.error))
                    continue
                self._save_article(conn, registry, outcome, report)
            registry.refresh()
        return report

    # -- watches: a user's saved searches; what they match after `seen_upto` are alerts --

    def add_watch(self, name: str, *, query: str | None = None, country: str | None = None,
                  entity: str | None = None, include_existing: bool = False) -> dict:
        """Save a watch. It alerts on articles stored from now on, or on every stored
        article that matches with `include_existing`."""
        from ..analyse.queries import fts_query

        name = " ".join((name or "").split())
        if not 1 <= len(name) <= WATCH_NAME_MAX:
            raise QueryError(msg("E609", limit=WATCH_NAME_MAX, length=len(name)))
        query = (query or "").strip()[:500] or None
        if query is not None and fts_query(query) is None:
            query = None  # only punctuation or '*': as good as no words, it would match all
        entity = (str(entity).strip()[:200] if entity is not None else "") or None
        country = (country or "").strip() or None
        if country is not None:
            if not _COUNTRY_CODE.match(country):
                raise QueryError(msg("E601", value=country))
            country = country.upper()
        if not (query or country or entity):
            raise QueryError(msg("E607"))
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM watches WHERE name = ?", (name,)).fetchone():
                raise QueryError(msg("E608", name=name))
            upto = 0 if include_existing else newest_article_id(conn)
            conn.execute("INSERT INTO watches (name, query, country, entity, created_at, seen_upto)"
                         " VALUES (?, ?, ?, ?, ?, ?)", (name, query, country, entity, _now(), upto))
        return {"name": name, "query": query, "country": country, "entity": entity, "seen_upto": upto}

    def remove_watch(self, name: str) -> None:
        with self._transaction() as conn:
            if conn.execute("DELETE FROM watches WHERE name = ?", (name,)).rowcount == 0:
                raise QueryError(msg("E606", name=name))

    def mark_seen(self, name: str | None = None, *, upto: int | None = None) -> int:
        """Mark a watch's (or every watch's) alerts as seen, up to article id `upto`
        (default: every article stored now). Returns how many watches moved on.

        Pass the `upto` of the alerts a user was shown, so articles stored while they
        were reading still alert next time.
        """
        with self._transaction() as conn:
            if upto is None:
                upto = newest_article_id(conn)
            if name is not None and not conn.execute("SELECT 1 FROM watches WHERE name = ?",
                                                     (name,)).fetchone():
                raise QueryError(msg("E606", name=name))
            where, params = ("AND name = ?", [name]) if name is not None else ("", [])
            return conn.execute(f"UPDATE watches SET seen_upto = ?, seen_at = ?"
                                f" WHERE seen_upto < ? {where}", [upto, _now(), upto, *params]).rowcount

    def _load_stories(self) -> None:
        from ..analyse.stories import StoryIndex

        self._stories = StoryIndex(self.minhash_threshold)
        self._stories.load(self._conn)

    def _save_article(self, conn, registry, outcome, report: SaveReport) -> None:
        from ..analyse.stories import signature

        article: Article = outcome.article
        raw = outcome.raw
        raw_hash = getattr(outcome, "raw_hash", None)
        if raw_hash is None:
            raw_hash = sha256(raw.data) if raw is not None else sha256(article.text)
        chash = content_hash(article)
        fetched = raw.url if raw is not None and raw.url else None
        canonical = _page_key_url(article.url, fetched)
        row, key = _same_page(conn, canonical, chash, article.date)
        now = _now()
        analysis = article.analysis
        # The same page stored by a --no-nlp run and now analysed is updated: its layers are new.
        if row is not None and row["content_hash"] == chash and not (
                analysis is not None and row["nlp_note"] == NO_NLP_NOTE):
            conn.execute("UPDATE articles SET raw_hash = ? WHERE id = ?", (raw_hash, row["id"]))
            conn.execute("DELETE FROM input_errors WHERE source = ?", (outcome.source,))
            report.unchanged += 1
            report.article_ids.append(row["id"])
            return
        values = dict(
            doc_key=key, url=fetched or article.url, canonical_url=canonical, content_hash=chash,
            raw_hash=raw_hash, source=outcome.source, title=article.title, text=article.text,
            date=article.date, authors=_json(article.authors), credits=_json(article.credits),
            dateline=article.dateline, section=article.section, captions=_json(article.captions),
            tags=_json(article.tags), related=_json([asdict(r) for r in article.related]),
            language=article.language, nlp_note=analysis.note if analysis else NO_NLP_NOTE,
            crawl_date=raw.crawl_date if raw is not None else None, updated_at=now,
        )
        if row is not None:
            values["doc_key"] = row["doc_key"]
        if row is None:
            values["ingested_at"] = now
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            article_id = conn.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})",
                                      tuple(values.values())).lastrowid
            report.inserted += 1
        else:
            article_id = row["id"]
            sets = ", ".join(f"{c} = ?" for c in values)
            conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*values.values(), article_id))
            # The old version's actors are recounted (and dropped if nothing else names them).
            registry.touched.update(r[0] for r in conn.execute(
                "SELECT DISTINCT actor_id FROM entities WHERE article_id = ? AND actor_id IS NOT NULL",
                (article_id,)))
            self._delete_children(conn, article_id)
            self._stories.remove(article_id)
            report.updated += 1
        report.article_ids.append(article_id)
        conn.execute("DELETE FROM input_errors WHERE source = ?", (outcome.source,))

        sig = getattr(outcome, "minhash", None)
        if sig is None:
            sig = signature(article.text or article.title or "")
        old_story = row["story_id"] if row is not None else None
        story_id = self._stories.assign(conn, article_id, sig, title=article.title, now=now)
        conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
        if old_story is not None and old_story != story_id:
            # The updated text joined another story (or a new one): its old story may be empty.
            conn.execute("DELETE FROM stories WHERE id = ? AND NOT EXISTS"
                         " (SELECT 1 FROM articles WHERE story_id = ?)", (old_story, old_story))
        if analysis is not None:
            self._save_analysis(conn, registry, article_id, article, analysis, story_id)

    @staticmethod
    def _delete_children(conn, article_id: int) -> None:
        for table in ("mentions", "entities", "quotes", "events"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM article_minhash WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM event_groups WHERE id NOT IN "
                      "(SELECT group_id FROM events WHERE group_id IS NOT NULL)")

    def _save_analysis(self, conn, registry, article_id: int, article: Article, analysis,
                       story_id: int) -> None:
        from ..analyse.stories import event_key

        from ..analyse.actors import INFERRED, REGISTRY, STATED, stated_country

        actor_of: dict[str, int | None] = {}
        country_of: dict[str, str | None] = {}
        for ent in analysis.entities:
            actor_id = registry.resolve(ent, article.date, article.text)
            actor_of[ent.id] = actor_id
            # Knowledge learned from other articles fills what this one left open (here and,
            # as the registry learns more, in registry.refresh); the NLP output itself
            # (`tidings analyze`) is not changed.
            country, found = ent.country, None
            if country:
                found = STATED if stated_country(ent, article.text) else INFERRED
            else:
                country = registry.known_country(actor_id)
                found = REGISTRY if country else None
            country_of[ent.id] = (country, "entity" if found in (STATED, INFERRED) else found)
            entity_row = conn.execute(
                "INSERT INTO entities (article_id, entity_id, actor_id, name, type, aliases, title,"
                " country, sector, n_mentions, country_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, ent.id, actor_id, ent.name, ent.type, _json(ent.aliases), ent.title,
                 country, ent.sector, len(ent.mentions), found)).lastrowid
            conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)",
                             [(entity_row, article_id, int(s), int(e)) for s, e in ent.mentions])
        conn.executemany(
            "INSERT INTO quotes (article_id, text, start, end, speaker, speaker_entity_id,"
            " speaker_actor_id, cue, direct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, q.text, q.span[0], q.span[1], q.speaker, q.speaker_id,
              actor_of.get(q.speaker_id), q.cue, int(bool(q.direct))) for q in analysis.quotes])
        for ev in analysis.events:
            src_actor = actor_of.get(ev.source.entity_id)
            tgt_actor = actor_of.get(ev.target.entity_id)
            # A party the event left countryless takes its entity's (stated or registry) one.
            src_country, src_from = (ev.source.country, None) if ev.source.country else \
                country_of.get(ev.source.entity_id, (None, None))
            tgt_country, tgt_from = (ev.target.country, None) if ev.target.country else \
                country_of.get(ev.target.entity_id, (None, None))
            key = event_key(ev, src_actor, tgt_actor, story_id)
            conn.execute("INSERT OR IGNORE INTO event_groups (key) VALUES (?)", (key,))
            group_id = conn.execute("SELECT id FROM event_groups WHERE key = ?", (key,)).fetchone()[0]
            conn.execute(
                "INSERT INTO events (article_id, group_id, type, mode, cameo, sentence_start,"
                " sentence_end, source_name, source_entity_id, source_actor_id, source_country,"
                " source_sector, target_name, target_entity_id, target_actor_id, target_country,"
                " target_sector, date, place, intensity, source_country_from, target_country_from)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, group_id, ev.type, ev.mode, ev.cameo, ev.sentence[0], ev.sentence[1],
                 ev.source.name, ev.source.entity_id, src_actor, src_country, ev.source.sector,
                 ev.target.name, ev.target.entity_id, tgt_actor, tgt_country,
                 ev.target.sector, ev.date, ev.place, float(ev.intensity or 0.0),
                 src_from if src_country else None, tgt_from if tgt_country else None))


WATCH_NAME_MAX = 100


def newest_article_id(conn: sqlite3.Connection) -> int:
    """Article ids only grow: the newest one marks "everything stored so far"."""
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{3}$")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements, keeping trigger bodies whole (sqlite3.complete_statement)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        if not buf and line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip() and not all(l.lstrip().startswith("--") or not l.strip() for l in buf.splitlines()):
        raise StoreError(msg("E402", path="schema", reason="incomplete SQL statement"))
