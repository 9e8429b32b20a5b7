"""The one place a spaCy pipeline is loaded: once per process and model name."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import NlpError, msg

# Components tidings does not read; excluding them makes parsing faster.
_UNUSED = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_spacy(name: str) -> Language:
    try:
        return spacy.load(name, exclude=list(_UNUSED))
    except OSError:
        raise NlpError(msg("E301", name=name)) from None
