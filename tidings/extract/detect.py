"""Tell an HTML page from a plain-text dump by its content, not its file name."""
from __future__ import annotations

import re

_TAG = re.compile(r"<(?:html|head|body|div|p|meta|title|script|span|a|article|section|br|table|li)\b[^>]*>", re.I)
_CODE_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_DOCTYPE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<!doctype\s+html", re.I)


def detect_format(text: str) -> str:
    """'html' when the text is markup, else 'text'."""
    head = text[:20000]
    if _DOCTYPE.match(head) or re.match(r"\s*<html\b", head, re.I):
        return "html"
    # Pages that open with a long inline <style> or <script> block have few tags per line
    # there; the markup starts after it.
    head = _CODE_BLOCK.sub(" ", text[:200000])[:20000]
    tags = len(_TAG.findall(head))
    lines = max(1, head.count("\n"))
    # A text dump may quote a stray tag or two; markup has tags on most lines.
    return "html" if tags >= 5 and tags / lines > 0.2 else "text"
