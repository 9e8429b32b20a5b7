"""Read stage: paths -> RawDoc (or InputFailure), one per page, streamed.

`iter_inputs` expands folders and opens containers, deciding each file's kind by its
first bytes (read/sniff.py): a WARC yields one page per HTML response record, a JSONL
file one per line (a JSON Feed one per item), an RSS/Atom feed one per item with content,
any other file is one page.
A bad file or record becomes an InputFailure and the stream goes on.
"""
from __future__ import annotations

from typing import Collection, Iterator

from ..config import Config
from ..errors import msg
from ..model import InputFailure, RawDoc
from .files import iter_files, read_file

READERS = ("warc", "jsonl", "feed", "file")


def _open(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    from .files import is_stream
    from .sniff import container_kind

    if is_stream(path):
        yield from _open_stream(path, max_bytes)
        return
    kind = container_kind(path)
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


def _open_stream(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    """Standard input or a named pipe, read once: a page is read whole (bounded); a
    container (`zcat crawl.jsonl.gz | tidings ingest -`) is copied to a temporary file and
    opened like any file, each record named after the stream ("-#3")."""
    import shutil
    import sys
    import tempfile

    from .files import read_stream
    from .sniff import _HEAD_BYTES, container_kind

    with (open(path, "rb") if path != "-" else _NoClose(sys.stdin.buffer)) as stream:
        head = _read_up_to(stream, _HEAD_BYTES)
        if container_kind(path, head=head) == "file":
            yield read_stream(path, head, stream, max_bytes)
            return
        with tempfile.NamedTemporaryFile(prefix="tidings-stdin-") as spool:
            spool.write(head)
            shutil.copyfileobj(stream, spool, 1 << 20)
            spool.flush()
            for item in _open(spool.name, max_bytes):
                item.source = path + item.source[len(spool.name):]
                yield item


class _NoClose:
    """Standard input for a `with` block that must not close it."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc) -> None:
        return None


def _read_up_to(stream, size: int) -> bytes:
    """`size` bytes of a pipe, or all it has: a pipe's read() may return fewer."""
    parts, got = [], 0
    while got < size:
        part = stream.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def iter_inputs(paths: list[str], config: Config,
                skip: Collection[str] = ()) -> Iterator[RawDoc | InputFailure]:
    """Every page under the given paths, in order (folders sorted, containers opened);
    a folder walk passes over the real paths in `skip`."""
    return iter_files(paths, config.max_bytes, open_one=_open, skip=skip)


__all__ = ["iter_inputs", "READERS"]
