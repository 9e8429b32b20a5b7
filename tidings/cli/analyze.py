"""`tidings analyze`: the NLP layers of plain article text (CONTRACT.md)."""
from __future__ import annotations

import datetime as dt

import click

from .. import api
from ..pipeline import analysis_record
from .output import emit_records, show_progress, wants_jsonl


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("expected YYYY-MM-DD") from None


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", callback=_iso_date, help="Publication date (YYYY-MM-DD) that anchors relative dates.")
@click.option("--jsonl", is_flag=True, help="One JSON object per line (implied by several inputs).")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar (one is shown on stderr when it is a terminal and the records go elsewhere).")
@click.pass_obj
def command(config, paths, date, jsonl, quiet):
    """Find entities, quotes and events in plain article text, with offsets into it.

    The text is read as it is (no page structuring). PATH is a file, a folder or -.
    """
    records = (analysis_record(o) for o in api.analyze_outcomes(list(paths), config=config, date=date))
    jsonl = wants_jsonl(paths, jsonl)
    raise SystemExit(emit_records(records, jsonl, progress=show_progress(jsonl, quiet), label="texts"))
