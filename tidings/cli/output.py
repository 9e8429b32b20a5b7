"""How commands print records and report failures (CONTRACT.md's output rules)."""
from __future__ import annotations

import json
import os
import sys
from typing import Iterable

import click


def wants_jsonl(paths: tuple[str, ...], jsonl: bool) -> bool:
    return jsonl or len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)


def emit_records(records: Iterable[dict], jsonl: bool) -> int:
    """Print records; one stderr line per failed input. Returns the exit code."""
    failed = 0
    out = sys.stdout
    for record in records:
        if "error" in record:
            failed += 1
            click.echo(f"tidings: {record['source']}: {record['error']}", err=True)
        if jsonl:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    return 1 if failed else 0
