"""The one place a spaCy pipeline is loaded: once per process and model name."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from thinc.api import use_ops

from ..errors import NlpError, msg

# Components tidings does not read; excluding them makes parsing faster.
_UNUSED = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_spacy(name: str) -> Language:
    try:
        # The networks' matrix products on numpy's BLAS (OpenBLAS), not thinc's default BLIS:
        # the blis wheel picks its 'generic' reference kernel on CPUs it does not recognise
        # (BLIS_ARCH_DEBUG=1 shows it; AMD EPYC under a hypervisor, here), 16-20 GFLOPS against
        # OpenBLAS's 60 on one core, and those products are most of tok2vec's and NER's time.
        with use_ops("numpy", use_blis=False):
            return spacy.load(name, exclude=list(_UNUSED))
    except OSError:
        raise NlpError(msg("E301", name=name)) from None
