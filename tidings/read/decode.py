"""Bytes -> text: refuse binary content, find the charset, never guess silently wrong."""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from ..errors import InputError, msg

# Magic numbers of formats people feed by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "PNG image", b"%PDF": "PDF document", b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image", b"PK\x03\x04": "ZIP archive", b"\x7fELF": "executable",
    b"RIFF": "RIFF media", b"\x00\x00\x00": "binary data", b"OggS": "Ogg media",
    b"SQLite format 3": "SQLite database", b"\x1f\x8b": "gzip data",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def sniff_binary(data: bytes) -> str | None:
    """A one-word reason if the bytes are not text, else None."""
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:4096]
    if head.count(b"\x00") > 4 and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "binary data"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode a page: BOM, then UTF-8, then the declared charset, then detection."""
    if not data.strip():
        raise InputError(msg("E101"))
    kind = sniff_binary(data)
    if kind:
        raise InputError(msg("E102", kind=kind))
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared is None:
        m = _META_CHARSET.search(data[:8192])
        declared = m.group(1).decode("ascii") if m else None
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(msg("E104", reason="no charset fits"))
    return data.decode(best.encoding, errors="replace")
