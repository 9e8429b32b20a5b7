"""`tidings export`: a store table as JSONL, CSV or Parquet; events also as GDELT CSV or PLOVER JSON."""
from __future__ import annotations

import sys

import click

from ..export import FORMATS, WHATS, export
from ..store import Store


@click.command("export")
@click.option("--db", type=click.Path(dir_okay=False), help="Database file (default: ./tidings.db).")
@click.option("--what", type=click.Choice(WHATS), required=True, help="Which table to export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="gdelt and plover (events only) write each distinct event once, with its sources.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout.")
@click.pass_obj
def command(config, db, what, fmt, output):
    """Export articles, entities, quotes or events from the database."""
    if fmt in ("gdelt", "plover") and what != "events":
        raise click.UsageError(f"--format {fmt} is for events only (use --what events)")
    if fmt == "parquet" and not output and sys.stdout.isatty():
        # Binary bytes would garble the terminal; a pipe or a redirect gets them as asked.
        raise click.UsageError("--format parquet is binary: write it with -o FILE (or redirect stdout)")
    with Store(db or config.db, readonly=True) as store:
        if output:
            with open(output, "wb") as out:
                n = export(store.connection(), what, fmt, out)
        else:
            n = export(store.connection(), what, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    click.echo(f"tidings: exported {n} {what} records as {fmt}", err=True)
