"""Ingest: read -> extract -> NLP -> store, over many pages, in parallel, resumably.

The main process reads inputs, skips pages whose exact bytes are already stored, and
hands batches to worker processes; each worker loads spaCy once and returns finished
outcomes (article + NLP layers + MinHash signature). The main process is the only
writer: it stores each returned batch in one transaction, so a killed run loses at most
the batches in flight, and a rerun redoes exactly those.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .config import Config, load_config
from .errors import msg, one_line
from .model import InputFailure, RawDoc
from .pipeline import Outcome, apply_hints, batches, extract_outcomes, with_analysis
from .store.db import SaveReport, Store, sha256


@dataclass
class IngestReport:
    """What a run did. `failed` lists every bad input with its one-line reason."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # inputs whose exact bytes were already stored (not re-read)
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.inserted + self.updated + self.unchanged + self.skipped + len(self.failed)

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def add(self, saved: SaveReport) -> None:
        self.inserted += saved.inserted
        self.updated += saved.updated
        self.unchanged += saved.unchanged
        self.failed.extend(saved.failed)

    def summary(self) -> str:
        return (f"{self.documents} inputs in {self.seconds:.1f}s ({self.rate:.1f} docs/s): "
                f"{self.inserted} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.skipped} already stored, {len(self.failed)} failed")


# -- the work on one batch (in a worker process, or in-process with one worker) ----------

_WORKER: dict = {}


def _init_worker(config: Config, nlp: bool, in_pool: bool = False) -> None:
    """Load the pipeline once per worker process."""
    if in_pool:
        # Ctrl-C reaches the whole process group; only the main process should act on it
        # (it stops handing out work and keeps every batch already stored).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with_parent()
    _WORKER["config"] = config
    _WORKER["nlp"] = nlp
    if nlp:
        from .api import get_analyzer

        _WORKER["analyzer"] = get_analyzer(config)


def _exit_with_parent(every: float = 1.0) -> None:
    """End this worker once the main process is gone.

    `kill PID`, `timeout` or a service manager signal the main process alone; a pool worker
    then waits forever on a task queue that never closes, an orphan keeping
    a spaCy pipeline in memory. A killed main process's batches are redone by the rerun
    anyway, so the worker just exits when it finds itself handed to another parent.
    """
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="tidings-parent-watch", daemon=True).start()


def _extract_each(raws: list[RawDoc], config: Config) -> list[Outcome]:
    out = []
    for raw in raws:
        try:
            out.extend(apply_hints(o) for o in extract_outcomes([raw], config))
        except Exception as exc:  # an extractor bug on one page must not sink its batch
            out.append(Outcome(raw.source, error=msg("E403", reason=one_line(exc)), raw=raw))
    return out


def process_batch(batch: list[tuple[RawDoc, str]]) -> list[Outcome]:
    """Extract, analyse and sign a batch of (page, raw hash); returns picklable outcomes."""
    from .analyse.stories import signature

    config = _WORKER["config"]
    raws = [raw for raw, _ in batch]
    hashes = {raw.source: h for raw, h in batch}
    outcomes = _extract_each(raws, config)
    if _WORKER.get("nlp"):
        outcomes = list(with_analysis(outcomes, _WORKER["analyzer"], config))
    for o in outcomes:
        o.raw_hash = hashes.get(o.source)
        if o.article is not None:
            o.minhash = signature(o.article.text or o.article.title or "")
        if o.raw is not None:  # the bytes stay behind: only their hash is needed now
            o.raw = RawDoc(source=o.raw.source, data=b"", url=o.raw.url,
                           format_hint=o.raw.format_hint, crawl_date=o.raw.crawl_date)
    return outcomes


# -- the run ---------------------------------------------------------------------------

def _workers(config: Config, workers: int | None) -> int:
    n = config.workers if workers is None else workers
    return n if n and n > 0 else (os.cpu_count() or 1)


class _Progress:
    """A tqdm bar on stderr: documents, docs/s and errors so far."""

    def __init__(self, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, desc="ingest",
                            smoothing=0.1)

    def update(self, n: int, errors: int) -> None:
        if self.bar is not None:
            self.bar.update(n)
            self.bar.set_postfix(errors=errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def ingest(paths: list[str], *, db: str | None = None, config: Config | None = None,
           workers: int | None = None, nlp: bool = True, progress: bool = False,
           on_failure: Callable[[str, str], None] | None = None,
           ray: bool = False, ray_address: str | None = None) -> IngestReport:
    """Ingest pages under `paths` into the database `db` (default: config.db).

    With `ray`, batches run on Ray actors (a local Ray on `workers` cores, or the cluster
    at `ray_address`) instead of a process pool; everything else is the same.
    """
    from .read import iter_inputs

    config = config or load_config()
    report = IngestReport()
    start = time.monotonic()
    bar = _Progress(progress)
    n_workers = _workers(config, workers)
    store = Store(db or config.db, minhash_threshold=config.minhash_threshold)
    # `tidings ingest .` beside ./tidings.db: the database and SQLite's files next to it are
    # not pages (reading the -wal file while it is written would not even be stable).
    own = os.path.realpath(db or config.db)
    own_files = {own + suffix for suffix in ("", "-wal", "-shm", "-journal")}

    def note_failures(failed: list[tuple[str, str]]) -> None:
        if on_failure is not None:
            for source, error in failed:
                on_failure(source, error)

    def store_batch(outcomes: list[Outcome]) -> None:
        if not outcomes:  # every page of the batch was already stored
            return
        saved = store.save(outcomes)
        report.add(saved)
        note_failures(saved.failed)
        bar.update(len(outcomes), len(report.failed))

    def prepared() -> Iterator[tuple[list[tuple[RawDoc, str]], list[Outcome]]]:
        """Batches of pages to process, with the inputs that need no work (failures)."""
        for chunk in batches(iter_inputs(paths, config, skip=own_files), config.batch_size):
            todo, ready = [], []
            for item in chunk:
                if isinstance(item, InputFailure):
                    ready.append(Outcome(item.source, error=item.error))
                    continue
                raw_hash = sha256(item.data)
                if store.has_raw(raw_hash, analysed=nlp):
                    report.skipped += 1
                    bar.update(1, len(report.failed))
                    continue
                todo.append((item, raw_hash))
            yield todo, ready

    try:
        if ray or ray_address:
            from .scale.ray_backend import run_on_ray

            run_on_ray(prepared(), n_workers, config, nlp, store_batch, address=ray_address)
        elif n_workers <= 1:
            _init_worker(config, nlp)
            for todo, ready in prepared():
                store_batch(ready + (process_batch(todo) if todo else []))
        else:
            _run_pool(prepared(), n_workers, config, nlp, store_batch)
    finally:
        bar.close()
        store.close()
        report.seconds = time.monotonic() - start
    return report


class _Pool:
    """Worker processes that survive a worker's death (out of memory, a native crash)."""

    def __init__(self, n_workers: int, config: Config, nlp: bool):
        self.args = (n_workers, config, nlp)
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        n_workers, config, nlp = self.args
        return ProcessPoolExecutor(n_workers, initializer=_init_worker, initargs=(config, nlp, True))

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def submit(self, todo: list) -> Future | None:
        if not todo:
            return None
        try:
            return self.pool.submit(process_batch, todo)
        except BrokenProcessPool:
            self.restart()  # the futures already out will report it when they are drained
            return self.pool.submit(process_batch, todo)

    def run_alone(self, todo: list) -> list[Outcome]:
        """Run a batch with nothing else in flight; if it kills a worker, split it to find
        the page that does, so only that page fails."""
        if not todo:
            return []
        try:
            return self.pool.submit(process_batch, todo).result()
        except BrokenProcessPool:
            self.restart()
            if len(todo) == 1:
                raw = todo[0][0]
                return [Outcome(raw.source, error=msg("E403", reason="worker process died"), raw=raw)]
            return [o for item in todo for o in self.run_alone([item])]

    def shutdown(self, wait: bool) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=not wait)


def _run_pool(batches, n_workers: int, config: Config, nlp: bool, store_batch) -> None:
    """Keep every worker busy with a bounded number of batches in flight, stored in order."""
    pending: deque[tuple[Future | None, list, list[Outcome]]] = deque()
    limit = n_workers * 2  # bounded: a huge crawl is never read into memory ahead of the workers
    pool = _Pool(n_workers, config, nlp)

    def drain_one() -> None:
        future, todo, ready = pending.popleft()
        try:
            done = future.result() if future is not None else []
        except BrokenProcessPool:
            # Every batch in flight failed with the worker that died, and any of them may
            # be the cause: replay them one at a time on fresh workers to find it.
            in_flight = [(todo, ready)] + [(t, r) for _, t, r in pending]
            pending.clear()
            pool.restart()
            for t, r in in_flight:
                store_batch(r + pool.run_alone(t))
            return
        except Exception as exc:  # e.g. a result that cannot be unpickled
            done = [Outcome(raw.source, error=msg("E403", reason=one_line(exc)), raw=raw)
                    for raw, _ in todo]
        store_batch(ready + done)

    try:
        for todo, ready in batches:
            pending.append((pool.submit(todo), todo, ready))
            while len(pending) >= limit:
                drain_one()
        while pending:
            drain_one()
    except BaseException:
        pool.shutdown(wait=False)
        raise
    pool.shutdown(wait=True)
