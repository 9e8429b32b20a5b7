"""Read stage: paths -> RawDoc (or InputFailure), one per page, streamed.

`iter_inputs` expands folders and opens containers, deciding each file's kind by its
first bytes (read/sniff.py): a WARC yields one page per HTML response record, a JSONL
file one per line, an RSS/Atom feed one per item with content, any other file is one page.
A bad file or record becomes an InputFailure and the stream goes on.
"""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..errors import msg
from ..model import InputFailure, RawDoc
from .files import iter_files, read_file

READERS = ("warc", "jsonl", "feed", "file")


def _open(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    from .files import is_stream
    from .sniff import container_kind

    kind = "file" if is_stream(path) else container_kind(path)
    if kind == "arc":
        yield InputFailure(path, msg("E113"))
    elif kind == "warc":
        from .warc import iter_warc

        yield from iter_warc(path, max_bytes)
    elif kind == "jsonl":
        from .jsonl import iter_jsonl

        yield from iter_jsonl(path, max_bytes)
    elif kind == "feed":
        from .feeds import iter_feed

        yield from iter_feed(path, max_bytes)
    else:
        yield read_file(path, max_bytes)


def iter_inputs(paths: list[str], config: Config) -> Iterator[RawDoc | InputFailure]:
    """Every page under the given paths, in order (folders sorted, containers opened)."""
    return iter_files(paths, config.max_bytes, open_one=_open)


__all__ = ["iter_inputs", "READERS"]
