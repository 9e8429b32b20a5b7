"""How commands print records and report failures (CONTRACT.md's output rules)."""
from __future__ import annotations

import json
import os
import sys
from itertools import chain, islice
from typing import Iterable

import click

from ..errors import StoreError, msg


def wants_jsonl(paths: tuple[str, ...], jsonl: bool) -> bool:
    return jsonl or len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)


def show_progress(jsonl: bool, quiet: bool) -> bool:
    """A bar only for a person watching a long run: several records going to a file or a
    pipe while stderr is a terminal. Scripts reading stderr never see one."""
    return jsonl and not quiet and sys.stderr.isatty() and not sys.stdout.isatty()


def emit_records(records: Iterable[dict], jsonl: bool, *, progress: bool = False,
                 label: str = "pages") -> int:
    """Print records; one stderr line per failed input. Returns the exit code."""
    if not jsonl:
        # One path can still hold many pages (a WARC, a feed): several records are one per
        # line, as if they had been named one by one, never objects run together.
        head = list(islice(records, 2))
        jsonl = len(head) > 1
        records = chain(head, records)
    failed = 0
    out = sys.stdout
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" " + label, file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    try:
        for record in records:
            if "error" in record:
                failed += 1
                line = _escaped(f"tidings: {record['source']}: {record['error']}")
                if bar is not None:
                    bar.write(line, file=sys.stderr)
                else:
                    click.echo(line, err=True)
            out.write(_json_text(record, None if jsonl else 2) + "\n")
            out.flush()
            if bar is not None:
                bar.update(1)
                bar.set_postfix(errors=failed, refresh=False)
    finally:
        if bar is not None:
            bar.close()
    return 1 if failed else 0


def _json_text(record: dict, indent: int | None) -> str:
    return _escaped(json.dumps(record, ensure_ascii=False, indent=indent))


def _escaped(text: str) -> str:
    """A file name that is not UTF-8 reaches Python with lone surrogates: written raw they
    are invalid UTF-8 (on a strict stream, a crash that ends the run); as \\udcXX escapes a
    JSON line stays valid, and json.loads gives the same name back."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def existing_db(path: str) -> str:
    """The database a read command was pointed at, or one line saying how to make it
    (opening a missing file would create an empty database instead)."""
    if not os.path.isfile(path):
        raise StoreError(msg("E604", path=path))
    return path
