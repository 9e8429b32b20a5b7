"""Line structure the parser cannot see: marks sentence starts before the parser runs.

* A blank line always ends a sentence.
* A short line with no verb, followed by a line opening with a capital, is a heading, a
  byline or a speaker's name ("Office of the Spokesperson\\nThe Secretary met ...",
  "Antony J. Blinken, Secretary of State\\nWe condemn ...").

Press releases and transcripts put headers, speaker labels and datelines on lines of their
own; the parser, left alone, glues them to the next sentence, and the event and quote
layers then read the header as the sentence's subject. spaCy's parser keeps boundaries
that are set before it runs. Hard-wrapped prose is left alone: its lines are long, or end
mid-phrase, or carry a verb.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDS as ATTR_IDS
from spacy.language import Language
from spacy.tokens import Doc

NAME = "tidings_paragraphs"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A line break whose line before is short and does not end mid-phrase, and whose next line
# opens with a capital.
_HEADING_BREAK = re.compile(r"(?m)^([^\n]{1,60}?)[ \t]*\n[ \t]*(?=[A-Z\"“'‘])")
_MAX_HEADING_WORDS = 8
_OPEN_ENDS = (",", ";", ":", "-", "–", "—", "(", "/", "&")
_GLUE_WORDS = {"and", "or", "but", "of", "the", "a", "an", "to", "for", "in", "on", "at", "with",
               "by", "from", "that", "as", "his", "her", "their", "its", "our", "which", "who"}
# Fine-grained tags of verbs (the tagger runs before this component).
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")


def _heading_breaks(text: str):
    """Character offsets where a line after a heading-like line begins."""
    for m in _HEADING_BREAK.finditer(text):
        line = m.group(1).strip()
        words = line.split()
        if not words or len(words) > _MAX_HEADING_WORDS or line.endswith(_OPEN_ENDS):
            continue
        if words[-1].lower() in _GLUE_WORDS:
            continue
        yield m.start(1), m.end()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins a new Token object per word for every
    call, and several layers read the whole text."""
    text = doc.user_data.get(_TEXT_KEY)
    # (kept only while it still spans the tokens: a retokenised Doc builds it anew)
    if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


_TEXT_KEY = "tidings_text"


def keep_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text ``doc`` was made from: spaCy's tokenizer keeps every
    character, so it is ``doc.text``, and joining it back from the tokens cost ~3 ms a news
    article, a Token object per word."""
    doc.user_data[_TEXT_KEY] = text


def doc_column(doc: Doc, attr) -> list[int]:
    """One token attribute (``LOWER``, ``POS``, ``DEP``, ``IDX``, ...) of every token as a
    list of ints, built once per Doc. For the layers after parsing only (the column is read
    once, and the pipeline does not change it afterwards).

    Why: several layers each read ``doc.to_array([A, B, C]).tolist()``; a 2-D ``tolist``
    costs about as much again as the 1-D lists of its columns, and the same columns (LOWER,
    POS, DEP) were read up to four times per Doc: ~1.0 s per 360k tokens, 0.15 s cached."""
    cols = doc.user_data.get(_COLS_KEY)
    # (kept only while the Doc has the same tokens: a retokenised Doc reads them anew)
    if cols is None or cols[0] != len(doc):
        cols = (len(doc), {})
        doc.user_data[_COLS_KEY] = cols
    key = attr if isinstance(attr, int) else ATTR_IDS[attr.upper()]  # "LOWER" and LOWER alike
    col = cols[1].get(key)
    if col is None:
        col = doc.to_array(key).tolist() if len(doc) else []
        cols[1][key] = col
    return col


_COLS_KEY = "tidings_columns"


@Language.component(NAME)
def mark_paragraphs(doc: Doc) -> Doc:
    # Search the text, not the tokens: a blank line can straddle tokens, and building a
    # Token object per token costs more than the parser's own boundary pass.
    # Set them as one array: Token.is_sent_start's setter rescans the whole Doc each time.
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    spaces = doc.to_array("IS_SPACE").tolist()
    sent_starts = doc.to_array("SENT_START")
    verb_tags = {doc.vocab.strings[t] for t in _VERB_TAGS}
    tags = doc.to_array("TAG").tolist()
    n = len(doc)

    def start_at(offset: int) -> None:
        i = bisect_left(starts, offset)
        while i < n and spaces[i]:
            i += 1
        if 0 < i < n:
            sent_starts[i] = 1

    for blank in _BLANK_LINE.finditer(text):
        start_at(blank.end())
    for line_start, next_start in _heading_breaks(text):
        lo, hi = bisect_left(starts, line_start), bisect_left(starts, next_start)
        if not any(tags[k] in verb_tags for k in range(lo, hi)):
            start_at(next_start)
    doc.from_array(["SENT_START"], sent_starts)
    return doc
