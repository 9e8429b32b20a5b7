"""Language identification (py3langid), shared by extract and analyze."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def load_identifier():
    """The language model, loaded once per process (about 0.5 s: call it before timing a page)."""
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str, min_chars: int = 20, min_confidence: float = 0.3) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure or there is too little text."""
    sample = text[:5000]
    if len(sample.strip()) < min_chars:
        return None
    code, prob = load_identifier().classify(sample)
    return code if prob >= min_confidence else None
