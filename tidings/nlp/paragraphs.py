"""A blank line always ends a sentence: marks sentence starts before the parser runs.

Press releases and transcripts put headers, speaker labels and datelines on lines of their
own ("Office of the Spokesperson\\n\\nThe Secretary met ..."); the parser, left alone, glues
them to the next sentence, and the event and quote layers then read the header as the
sentence's subject. spaCy's parser keeps boundaries that are set before it runs.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

NAME = "tidings_paragraphs"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@Language.component(NAME)
def mark_paragraphs(doc: Doc) -> Doc:
    # Search the text, not the tokens: a blank line can straddle tokens, and building a
    # Token object per token costs more than the parser's own boundary pass.
    # Set them as one array: Token.is_sent_start's setter rescans the whole Doc each time.
    starts = sent_starts = spaces = None
    for blank in _BLANK_LINE.finditer(doc.text):
        if starts is None:
            starts = doc.to_array("IDX").tolist()
            spaces = doc.to_array("IS_SPACE").tolist()
            sent_starts = doc.to_array("SENT_START")
        i = bisect_left(starts, blank.end())
        while i < len(doc) and spaces[i]:
            i += 1
        if 0 < i < len(doc):
            sent_starts[i] = 1
    if sent_starts is not None:
        doc.from_array(["SENT_START"], sent_starts)
    return doc
