"""`tidings ingest`: pages -> extract -> NLP -> the SQLite store, in parallel and resumably."""
from __future__ import annotations

import click

from ..errors import TidingsError
from ..ingest import ingest


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), help="Database file (default: ./tidings.db).")
@click.option("--workers", type=int, help="Worker processes (default: one per core; 1 = no pool).")
@click.option("--batch-size", type=click.IntRange(1, 10_000),
              help="Pages per spaCy batch and per store transaction.")
@click.option("--no-nlp", is_flag=True, help="Store articles only, without entities, quotes, events.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--ray", "use_ray", is_flag=True,
              help="Run the work on Ray actors (a local Ray on --workers cores) instead of a process pool.")
@click.option("--ray-address", metavar="ADDRESS",
              help="Run the work on the Ray cluster at ADDRESS (e.g. ray://head:10001); implies --ray.")
@click.pass_obj
def command(config, paths, db, workers, batch_size, no_nlp, quiet, use_ray, ray_address):
    """Read pages into the database: files, folders, JSONL(.gz), WARC(.gz), RSS/Atom/JSON feeds.

    Rerunning is safe: a page already stored (same canonical URL and content) is not stored
    twice, a changed page is updated, and a run killed midway resumes where it stopped.
    Bad inputs are listed at the end with a one-line reason; they never stop the run.
    Exit code: 0 if every input was stored, 1 if any failed.
    """
    config = config.with_overrides(batch_size=batch_size)
    try:
        report = ingest(list(paths), db=db or config.db, config=config, workers=workers,
                        nlp=not no_nlp, progress=not quiet, ray=use_ray, ray_address=ray_address)
    except KeyboardInterrupt:
        click.echo("tidings: interrupted; every batch stored so far is kept, rerun to resume", err=True)
        raise SystemExit(130) from None
    for source, error in report.failed:
        click.echo(f"tidings: {source}: {error}", err=True)
    click.echo(f"tidings: {report.summary()} -> {db or config.db}", err=True)
    _alerts_line(db or config.db)
    raise SystemExit(1 if report.failed else 0)


def _alerts_line(path: str) -> None:
    """Name the watches that now have unseen matches, so a user knows to look."""
    from ..analyse.alerts import new_counts
    from ..store import Store

    try:
        with Store(path, readonly=True) as store:
            counts = new_counts(store.connection())
    except TidingsError:
        return  # nothing was stored (every input failed): the lines above said why
    if counts:
        listed = ", ".join(f"{name!r} {n} new" for name, n in counts)
        click.echo(f"tidings: alerts: {listed} (`tidings alerts` lists them)", err=True)
