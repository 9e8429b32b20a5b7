"""`tidings extract`: read news pages into article records (CONTRACT.md)."""
from __future__ import annotations

import click

from .. import api
from .output import emit_records, show_progress, wants_jsonl


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "text"]), default="auto",
              show_default=True, help="Input kind; auto decides by content, not file name.")
@click.option("--url", help="The page URL, when the page itself does not say.")
@click.option("--no-nlp", is_flag=True, help="Skip entities, quotes and events (much faster).")
@click.option("--jsonl", is_flag=True, help="One JSON object per line (implied by several inputs).")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar (one is shown on stderr when it is a terminal and the records go elsewhere).")
@click.pass_obj
def command(config, paths, fmt, url, no_nlp, jsonl, quiet):
    """Read news pages (HTML files or plain-text page dumps) into clean article records.

    PATH is a file, a folder (every file in it, recursively, sorted) or - for stdin. A WARC,
    JSONL file or RSS/Atom/JSON feed gives one record per page, its source PATH#n.
    """
    records = (o.to_dict() for o in api.extract_outcomes(list(paths), config=config, fmt=fmt,
                                                        url=url, nlp=not no_nlp))
    jsonl = wants_jsonl(paths, jsonl)
    raise SystemExit(emit_records(records, jsonl, progress=show_progress(jsonl, quiet), label="pages"))
