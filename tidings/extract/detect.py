"""Tell an HTML page from a plain-text dump by its content, not its file name."""
from __future__ import annotations

import re

_TAG = re.compile(r"<(?:html|head|body|div|p|meta|title|script|span|a|article|section|br|table|li)\b[^>]*>", re.I)
_DOCTYPE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<!doctype\s+html", re.I)


def detect_format(text: str) -> str:
    """'html' when the text is markup, else 'text'."""
    head = text[:20000]
    if _DOCTYPE.match(head) or re.match(r"\s*<html\b", head, re.I):
        return "html"
    tags = len(_TAG.findall(head))
    lines = max(1, head.count("\n"))
    # A text dump may quote a stray tag or two; markup has tags on most lines.
    return "html" if tags >= 5 and tags / lines > 0.2 else "text"
