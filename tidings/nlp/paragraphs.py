"""A blank line always ends a sentence: marks sentence starts before the parser runs.

Press releases and transcripts put headers, speaker labels and datelines on lines of their
own ("Office of the Spokesperson\\n\\nThe Secretary met ..."); the parser, left alone, glues
them to the next sentence, and the event and quote layers then read the header as the
sentence's subject. spaCy's parser keeps boundaries that are set before it runs.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "tidings_paragraphs"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@Language.component(NAME)
def mark_paragraphs(doc: Doc) -> Doc:
    after_break = False
    for tok in doc:
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        if (tok.is_space and _BLANK_LINE.search(tok.text)) or _BLANK_LINE.search(tok.whitespace_):
            after_break = True
    return doc
