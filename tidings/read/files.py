"""Files, folders and standard input -> RawDoc, one document per file."""
from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from typing import Callable, Collection, Iterable, Iterator

from ..errors import InputError, msg
from ..model import InputFailure, RawDoc

GZIP_MAGIC = b"\x1f\x8b"


_SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _special_kind(path: str) -> str | None:
    """What a path is if it exists but is neither a folder nor a regular file, else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing, or a broken link: opening it says why
    return next((kind for test, kind in _SPECIAL if test(mode)), None)


def is_stream(path: str) -> bool:
    """Standard input, or a pipe or device named on the command line (`<(zcat x.gz)`):
    bytes that can be read once, in order, and never peeked at first."""
    return path == "-" or _special_kind(path) is not None


def expand_paths(paths: list[str], skip: Collection[str] = ()) -> Iterator[str | InputFailure]:
    """Each path as given; a folder becomes every file under it, recursively, sorted.
    `skip` holds real paths a folder walk passes over (the database being written)."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                real = os.path.realpath(root) if skip else ""
                found.extend(os.path.join(root, f) for f in files
                             if not f.startswith(".") and not (skip and os.path.join(real, f) in skip))
            for path in sorted(found):
                # Opening a pipe nobody writes to would block the run forever.
                kind = _special_kind(path)
                yield InputFailure(path, msg("E114", kind=kind)) if kind else path
        elif os.path.isfile(p) or _special_kind(p):
            yield p  # a pipe or device named on purpose is read as a stream, like stdin
        else:
            yield InputFailure(p, msg("E106", path=p))


def read_bounded(source: str, max_bytes: int) -> bytes:
    """The bytes of a file (or stdin), refusing anything over max_bytes."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.path.getsize(source)  # 0 for a stream, bounded by the read below
        if size > max_bytes and not source.endswith(".gz"):
            raise InputError(msg("E103", size=size, limit=max_bytes))
        with open(source, "rb") as f:
            data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(msg("E103", size=f"over {max_bytes}", limit=max_bytes))
    return data


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip payload without letting a gzip bomb past max_bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(msg("E105", reason=str(exc))) from None
    if len(out) > max_bytes:
        raise InputError(msg("E103", size=f"over {max_bytes} uncompressed", limit=max_bytes))
    if not inflater.eof:
        raise InputError(msg("E105", reason="gzip stream ends early"))
    return out


def read_file(source: str, max_bytes: int) -> RawDoc:
    return _page(source, read_bounded(source, max_bytes), max_bytes)


def read_stream(source: str, head: bytes, stream, max_bytes: int) -> RawDoc:
    """A page from a stream whose first bytes (`head`) were read already to see its kind."""
    data = head + stream.read(max(max_bytes + 1 - len(head), 0))
    if len(data) > max_bytes:
        raise InputError(msg("E103", size=f"over {max_bytes}", limit=max_bytes))
    return _page(source, data, max_bytes)


def _page(source: str, data: bytes, max_bytes: int) -> RawDoc:
    if data[:2] == GZIP_MAGIC:
        data = gunzip_bounded(data, max_bytes)
    # No format hint from the file name: CONTRACT.md has `auto` decide by content, and
    # scrapers save text dumps under .html names as often as the other way round.
    return RawDoc(source=source, data=data)


def _read_one(source: str, max_bytes: int) -> Iterator[RawDoc]:
    yield read_file(source, max_bytes)


def iter_files(paths: list[str], max_bytes: int,
               open_one: Callable[[str, int], Iterable[RawDoc | InputFailure]] = _read_one,
               skip: Collection[str] = ()) -> Iterator[RawDoc | InputFailure]:
    """Every document under `paths`; `open_one` turns one file into documents (a
    container reader yields many). A file that cannot be read becomes one failure."""
    for item in expand_paths(paths, skip):
        if isinstance(item, InputFailure):
            yield item
            continue
        try:
            yield from open_one(item, max_bytes)
        except InputError as exc:
            yield InputFailure(item, str(exc))
        except OSError as exc:
            yield InputFailure(item, msg("E109", reason=exc.strerror or str(exc)))


__all__ = ["expand_paths", "is_stream", "iter_files", "read_file", "gunzip_bounded", "read_bounded", "gzip"]
