"""What kind of container a file is, decided by its first bytes (and its name only as a tiebreak)."""
from __future__ import annotations

import re
import zlib

from .files import GZIP_MAGIC

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HEAD_BYTES = 65_536


def peek(path: str, size: int = 4096) -> bytes:
    """The first bytes of a file, decompressed if it is gzip (never the whole file)."""
    with open(path, "rb") as f:
        return inflate_head(f.read(_HEAD_BYTES), size)


def inflate_head(head: bytes, size: int = 4096) -> bytes:
    """The first `size` bytes of what `head` holds, decompressed if it is gzip."""
    if head[:2] == GZIP_MAGIC:
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
        except zlib.error:
            return b""
    return head[:size]


def container_kind(path: str, head: bytes | None = None) -> str:
    """'warc', 'arc', 'jsonl', 'feed' or 'file' (a single page, read by read/files.py).

    `head` is the file's first bytes when they were read already (a stream read once)."""
    name = path.lower().removesuffix(".gz")
    head = peek(path) if head is None else inflate_head(head)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    if name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson", ".jsonlines")) or start.startswith(b"{"):
        return "jsonl"
    if _FEED.search(start[:2048]) and not re.search(rb"<html[\s>]", start[:2048], re.I):
        return "feed"
    if name.endswith((".rss", ".atom")):
        return "feed"
    return "file"
