"""Article markup that a page carries only inside its scripts.

Script-rendered pages (React Server Components streams, app-state blobs) print an empty shell
and ship the story as an HTML string inside a JSON or JavaScript string literal, sometimes
escaped twice (a JSON document inside a streamed JS string). A reader that sees only the
markup finds no text there; the browser would have shown the whole story.
"""
from __future__ import annotations

import json
import re

# A double-quoted JS/JSON string literal, or what runs of one to the line's end when it is
# never closed: matching the unclosed run too (possessively) lets the scan go on after it
# instead of retrying from every quote inside it, which a hostile page could make quadratic.
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*+)("?)')
_MIN_LITERAL = 200
_PARAGRAPH = re.compile(r"<p[\s>]", re.I)
_TAG = re.compile(r"<[^>]{0,400}>")
# Slots the page's own script fills before showing the markup (ads, widgets): "$$ARTICLEAD$$",
# "{{ad_slot}}", "%%WIDGET%%". The reader never sees them.
_PLACEHOLDER = re.compile(r"\$\$[A-Za-z0-9_]{2,40}\$\$|\{\{\s*[\w.-]{1,40}\s*\}\}|%%[A-Za-z0-9_]{2,40}%%")
MAX_SCRIPT_CHARS = 4_000_000  # all inline scripts together; beyond that the page is an app bundle
MAX_DEPTH = 2  # a string inside a string inside the script is as deep as real pages go


def article_markup(scripts: list[str]) -> str | None:
    """The richest HTML fragment carried in a string literal of the page's inline scripts,
    or None. Rich means most text inside paragraphs; it needs two paragraphs at least, since a
    single one is a teaser or a notice as often as a story."""
    budget = MAX_SCRIPT_CHARS
    level = []
    for s in scripts:
        if budget <= 0:
            break
        level.append(s[:budget])
        budget -= len(s)
    best, best_chars = None, 0
    for _ in range(MAX_DEPTH):
        deeper = []
        for text in level:
            if "\\" not in text and "<p" not in text:
                continue
            for m in _LITERAL.finditer(text):
                if not m.group(2) or len(m.group(1)) < _MIN_LITERAL:
                    continue
                value = _decode(m.group(1))
                if value is None:
                    continue
                paragraphs = len(_PARAGRAPH.findall(value))
                if paragraphs >= 2:
                    chars = _paragraph_chars(value)
                    if chars > best_chars:
                        best, best_chars = value, chars
                elif '\\"' in value or '\\u003c' in value:
                    deeper.append(value)
        level = deeper
        if not level:
            break
    return _PLACEHOLDER.sub("", best) if best else None


def _decode(body: str) -> str | None:
    try:
        value = json.loads('"' + body + '"')
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _paragraph_chars(fragment: str) -> int:
    """Characters of text inside the fragment's paragraphs."""
    total = 0
    for m in _PARAGRAPH.finditer(fragment):
        start = fragment.find(">", m.start()) + 1
        end = fragment.find("</p", start)
        if end < 0:
            continue
        total += len(_TAG.sub("", fragment[start:end]))
    return total
