"""Run ingest's batches on Ray actors: one machine's cores or a whole cluster.

The work per batch is exactly ingest's `process_batch` (extract -> NLP -> MinHash); each
actor loads spaCy once, like a pool worker. The driver keeps reading inputs and stays the
only SQLite writer, storing batches in submission order with a bounded number in flight,
so a killed run resumes exactly like a local one.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable

from ..config import Config
from ..errors import msg, one_line


class _BatchWorker:
    """A Ray actor holding one loaded pipeline."""

    def __init__(self, config: Config, nlp: bool):
        from ..ingest import _init_worker

        _init_worker(config, nlp)

    def process(self, batch):
        from ..ingest import process_batch

        return process_batch(batch)


def run_on_ray(batches: Iterable, n_workers: int, config: Config, nlp: bool,
               store_batch: Callable, address: str | None = None) -> None:
    import ray
    from ray.exceptions import RayActorError, RayTaskError

    from ..pipeline import Outcome

    started_here = not ray.is_initialized()
    if started_here:
        # A local Ray gets only the cores asked for; a cluster address brings its own.
        ray.init(address=address, num_cpus=None if address else n_workers,
                 include_dashboard=False, log_to_driver=False, configure_logging=False)
    worker_cls = ray.remote(num_cpus=1)(_BatchWorker)
    actors = [worker_cls.remote(config, nlp) for _ in range(n_workers)]
    pending: deque = deque()
    limit = n_workers * 2

    def failed(todo, reason):
        return [Outcome(raw.source, error=msg("E403", reason=reason), raw=raw) for raw, _ in todo]

    def drain_one():
        ref, slot, todo, ready = pending.popleft()
        done = []
        if ref is not None:
            try:
                done = ray.get(ref)
            except RayActorError:
                done = failed(todo, "Ray worker died")
                actors[slot] = worker_cls.remote(config, nlp)
            except RayTaskError as exc:
                done = failed(todo, one_line(exc.cause if exc.cause else exc))
        store_batch(ready + done)

    try:
        for i, (todo, ready) in enumerate(batches):
            slot = i % n_workers
            ref = actors[slot].process.remote(todo) if todo else None
            pending.append((ref, slot, todo, ready))
            while len(pending) >= limit:
                drain_one()
        while pending:
            drain_one()
    finally:
        for actor in actors:
            ray.kill(actor)
        if started_here:
            ray.shutdown()
