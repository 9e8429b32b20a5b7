"""The Python API. The CLI and the dashboard call these same functions."""
from __future__ import annotations

from typing import Iterator

from .config import Config, load_config
from .model import Analysis, Article, RawDoc
from .pipeline import Outcome, apply_hints, extract_outcomes as _extract, text_outcomes, with_analysis
from .read import iter_inputs
from .read.files import iter_files


_ANALYZERS: dict[str, object] = {}


def get_analyzer(config: Config):
    """The NLP pipeline for a config's model, loaded once per process."""
    from .nlp import Analyzer

    if config.spacy_model not in _ANALYZERS:
        _ANALYZERS[config.spacy_model] = Analyzer(config)
    return _ANALYZERS[config.spacy_model]


def _config(config: Config | None) -> Config:
    return config if config is not None else load_config()


def extract_outcomes(paths: list[str], *, config: Config | None = None, fmt: str = "auto",
                     url: str | None = None, nlp: bool = True) -> Iterator[Outcome]:
    config = _config(config)
    # Containers are opened as ingest opens them (a WARC, JSONL or feed is many pages, each
    # its own record), so the two commands read the same pages the same way.
    outcomes = map(apply_hints, _extract(iter_inputs(paths, config), config, fmt=fmt, url=url))
    return with_analysis(outcomes, get_analyzer(config), config) if nlp else outcomes


def analyze_outcomes(paths: list[str], *, config: Config | None = None,
                     date: str | None = None) -> Iterator[Outcome]:
    config = _config(config)
    return with_analysis(text_outcomes(iter_files(paths, config.max_bytes), date=date),
                         get_analyzer(config), config)


def extract(page: str | bytes, *, url: str | None = None, fmt: str = "auto", nlp: bool = True,
            config: Config | None = None, source: str = "<page>") -> Article:
    """Read one page (HTML or a text dump, as str or bytes) into an Article.

    Raises tidings.errors.TidingsError with a one-line reason for a bad page.
    """
    config = _config(config)
    data = page.encode("utf-8") if isinstance(page, str) else page
    outcome = next(_extract([RawDoc(source=source, data=data)], config, fmt=fmt, url=url))
    if outcome.error is not None:
        from .errors import ExtractError

        raise ExtractError(outcome.error)
    if nlp:
        outcome = next(with_analysis([outcome], get_analyzer(config), config))
    return outcome.article


def analyze(text: str, *, date: str | None = None, config: Config | None = None) -> Analysis:
    """Entities, quotes and events of plain article text (offsets into exactly `text`)."""
    from .nlp import DocContext
    from .pipeline import _language_for_analysis

    config = _config(config)
    context = DocContext(pub_date=date, language=_language_for_analysis(text))
    return get_analyzer(config).analyze_one(text, context)


class Store:
    """A tidings database, with the query helpers the dashboard uses.

        store = tidings.Store("tidings.db")
        store.ingest(["crawl.warc.gz"])
        store.search("tariffs", country="JPN")["results"]
        store.relations("USA", "JPN", by="month")["periods"]

    Each method is the same function the CLI and the dashboard call.
    """

    def __init__(self, path: str = "tidings.db", *, config: Config | None = None,
                 readonly: bool = False):
        self.config = _config(config)
        self.path = path
        self.readonly = readonly
        self._store = self._open()

    def _open(self):
        from .store import Store as _Store

        return _Store(self.path, readonly=self.readonly, minhash_threshold=self.config.minhash_threshold)

    @property
    def _conn(self):
        from .analyse.relations import prepare

        return prepare(self._store.connection())

    def ingest(self, paths: list[str], *, workers: int | None = 1, nlp: bool = True):
        """Read pages into this database; returns an IngestReport."""
        from .ingest import ingest

        self._store.close()
        try:
            return ingest(list(paths), db=self.path, config=self.config, workers=workers, nlp=nlp)
        finally:
            self._store = self._open()  # ingest wrote through its own connection

    def search(self, q: str | None = None, **filters):
        """FTS search; filters: date_from, date_to, country, entity, sort, limit, offset."""
        from .analyse import queries

        return queries.search(self._conn, q, **filters)

    def article(self, article_id: int):
        from .analyse import queries

        return queries.article(self._conn, article_id)

    def entity(self, actor_id: int, **options):
        from .analyse import queries

        return queries.entity(self._conn, actor_id, **options)

    def quotes(self, q: str | None = None, **filters):
        from .analyse import queries

        return queries.quotes(self._conn, q, **filters)

    def events(self, **filters):
        from .analyse import queries

        return queries.events(self._conn, **filters)

    def relations(self, a: str, b: str, by: str = "month", **options):
        from .analyse.relations import relations

        return relations(self._conn, a, b, by, **options)

    def top_pairs(self, limit: int = 20, by: str = "month"):
        from .analyse.relations import top_pairs

        return top_pairs(self._conn, limit, by)

    def actors(self, query: str | None = None, limit: int = 50):
        from .analyse.actors import actor_rows

        return actor_rows(self._conn, query, limit)

    def add_watch(self, name: str, query: str | None = None, **filters):
        """Save a search (words and/or country=, entity=) whose later matches are alerts;
        include_existing=True also alerts on matching articles stored already."""
        return self._store.add_watch(name, query=query, **filters)

    def remove_watch(self, name: str) -> None:
        self._store.remove_watch(name)

    def alerts(self, name: str | None = None, limit: int = 10):
        """{upto, watches: [{name, ..., new, results}]}: new matches of each watch."""
        from .analyse.alerts import alerts

        return alerts(self._conn, name, limit=limit)

    def mark_seen(self, name: str | None = None, upto: int | None = None) -> int:
        """Mark alerts seen up to article id `upto` (pass the `upto` of the alerts shown)."""
        return self._store.mark_seen(name, upto=upto)

    def stats(self):
        from .analyse import queries

        return queries.stats(self._conn)

    def export(self, what: str, fmt: str, out) -> int:
        """Write a table (articles|entities|quotes|events) as jsonl|csv|parquet|gdelt|plover."""
        from .export import export

        return export(self._store.connection(), what, fmt, out)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
