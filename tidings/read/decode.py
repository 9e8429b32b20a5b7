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
    if head.count(b"\x00") > 4 and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))) \
            and not utf16_without_bom(head):
        return "binary data"
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved with no byte order mark, else None.

    Such text has its zero bytes on one side of each pair only (the high byte of every
    Latin letter, space and tag character), and decodes cleanly; binary data has zeros
    anywhere. A page with at most a few zeros never gets here (it is not taken for binary).
    """
    sample = head[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 32:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for codec, zeros, stray in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= half // 10 and stray <= half // 100:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
            if controls <= len(text) // 100:
                return codec
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
    # Before UTF-8, which would take Latin UTF-16 (ASCII and zeros) as valid.
    codec = utf16_without_bom(data[:4096]) if data[:4096].count(b"\x00") > 4 else None
    if codec:
        return data.decode(codec, errors="replace")
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
