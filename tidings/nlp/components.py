"""The tidings layers as spaCy components over one Doc.

| component          | reads                         | writes                   |
|--------------------|-------------------------------|--------------------------|
| tidings_entities   | doc.ents, parse, doc._.tidings_ctx | doc._.tidings_entities  |
| tidings_quotes     | doc._.tidings_entities, parse | doc._.tidings_quotes     |
| tidings_events     | entities, quotes, parse, ctx  | doc._.tidings_events     |
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import NlpError, msg
from ..limits import time_limit
from ..model import Analysis
from .paragraphs import keep_text
from .quotes_base import join_parts

EXTENSIONS = ("tidings_ctx", "tidings_entities", "tidings_quotes", "tidings_events")


def ensure_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


ensure_extensions()


# Marks typed for an apostrophe on keyboards without one ("Colombia´s", "donʼt"): the tokenizer
# splits off a possessive or contraction only after a real apostrophe. Replaced one character
# for one, so every offset into the text stays valid; only before the endings an apostrophe
# opens, so a transliteration mark inside a name ("Saʼid") or a quoted `word` is left alone.
_APOSTROPHE_LOOKALIKES = re.compile(
    r"(?<=[^\W\d_])[\u00b4\u02bc`\uff07](?=(?:s|t|re|ll|ve|d|m)(?![^\W\d_]))", re.IGNORECASE)


def normalise_apostrophes(text: str) -> str:
    """``text`` with apostrophe look-alikes used as apostrophes turned into U+2019 (same length)."""
    if not any(ch in text for ch in "\u00b4\u02bc`\uff07"):
        return text
    return _APOSTROPHE_LOOKALIKES.sub("\u2019", text)


def prepare_doc(nlp: Language, text: str, ctx) -> Doc:
    normalised = normalise_apostrophes(text)
    doc = nlp.make_doc(normalised)
    keep_text(doc, normalised)
    doc._.tidings_ctx = ctx
    if normalised != text:
        doc.user_data["tidings_original_text"] = text
    return doc


def _as_written(quotes: list, original: str | None) -> list:
    """Quote texts in the characters of the given text, not the normalised ones, so that
    the quote's parts of the text are exactly its words (offsets are the same: the
    normalisation is one character for one)."""
    if original is None:
        return quotes
    for q in quotes:
        written = join_parts(original, q.parts or [q.span])
        if normalise_apostrophes(written) == q.text:
            q.text = written
    return quotes


def doc_to_analysis(doc: Doc) -> Analysis:
    ctx = doc._.tidings_ctx
    from .entities import SHOWN_TYPES

    shown = doc.user_data.get(SHOWN_TYPES) or {}
    return Analysis(
        # (an unnamed office holder's office is all the record knows of them: it is the
        # title too, which tells the actor registry there is no one to look up)
        entities=[replace(e, type=shown[e.id], title=e.title or e.name) if e.id in shown else e
                  for e in doc._.tidings_entities or []],
        quotes=_as_written(list(doc._.tidings_quotes or []), doc.user_data.get("tidings_original_text")),
        events=list(doc._.tidings_events or []),
        language=getattr(ctx, "language", None) or "en",
    )


class _Layer:
    """One tidings layer over a Doc, bounded in time per document: hostile text finds the
    slow paths of rule code (hundreds of chained "said" in one unbroken sentence), and one
    such text must fail alone, not stall the batch it came in."""

    def __init__(self, name: str, find, timeout: float):
        self.name, self.find, self.timeout = name, find, timeout

    def __call__(self, doc: Doc) -> Doc:
        layer = self.name.removeprefix("tidings_")
        with time_limit(self.timeout, lambda: NlpError(msg("E303", layer=layer, seconds=self.timeout))):
            setattr(doc._, self.name, self.find(doc))
        return doc


def _find_entities(doc: Doc):
    from .entities import find_entities

    return find_entities(doc)


def _find_quotes(doc: Doc):
    from .quotes import find_quotes

    return find_quotes(doc)


def _find_events(doc: Doc):
    from .events import find_events

    return find_events(doc)


LAYER_DEFAULTS = {"timeout": 20.0}


@Language.factory("tidings_entities", default_config=LAYER_DEFAULTS)
def entities_component(nlp: Language, name: str, timeout: float) -> _Layer:
    return _Layer("tidings_entities", _find_entities, timeout)


@Language.factory("tidings_quotes", default_config=LAYER_DEFAULTS)
def quotes_component(nlp: Language, name: str, timeout: float) -> _Layer:
    return _Layer("tidings_quotes", _find_quotes, timeout)


@Language.factory("tidings_events", default_config=LAYER_DEFAULTS)
def events_component(nlp: Language, name: str, timeout: float) -> _Layer:
    return _Layer("tidings_events", _find_events, timeout)
