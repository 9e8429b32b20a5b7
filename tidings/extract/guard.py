"""A bound on hostile HTML that the extraction time limit cannot enforce.

The HTML parser (lexbor, in C) takes time quadratic in how deeply elements nest: 20,000
nested <div>s parse in about 1.4 s, 100,000 in over a minute, and the SIGALRM time limit
cannot interrupt C code. So a page whose elements nest deeper than any real page is refused
before it reaches the parser. Real news pages nest a few dozen deep (the deepest of the 903
development pages counts under 1,500 by the estimate below, which overcounts unclosed tags).
"""
from __future__ import annotations

import re

from ..errors import ExtractError, msg

MAX_DEPTH = 5_000  # lexbor parses this depth in well under a second

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
# Elements that never nest: void elements, and those whose end tag is optional, which the
# parser closes by itself when a sibling opens (thirty thousand unclosed <p>s are flat).
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen basefont bgsound frame "
    "image isindex nextid command p li dt dd tr td th option optgroup rb rt rp rtc thead tbody tfoot "
    "colgroup caption head body html".split()
)


def nesting_depth(html: str, stop_at: int | None = None) -> int:
    """The deepest run of open elements, counting start and end tags (an upper bound:
    tags the parser would close implicitly or ignore still count)."""
    depth = deepest = 0
    for tag in _TAG.finditer(html):
        if tag.group(2).lower() in _FLAT:
            continue
        if tag.group(1):
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if stop_at is not None and deepest > stop_at:
                break
    return deepest


def check_nesting(html: str, limit: int = MAX_DEPTH) -> None:
    """Raise ExtractError(E205) for a page nested deeper than ``limit``. A page with fewer
    tags than the limit cannot be that deep, so most pages cost one C-speed count."""
    if html.count("<") <= limit:
        return
    if nesting_depth(html, stop_at=limit) > limit:
        raise ExtractError(msg("E205", limit=limit))
