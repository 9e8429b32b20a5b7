"""tidings: a news-intelligence engine. Raw pages in; articles, actors, quotes and events out."""
from __future__ import annotations

import os

# spaCy's small models multiply small matrices: extra BLAS threads only contend with the
# other worker processes, and cost ~10% CPU per document. Must be set before numpy loads;
# a value the user sets wins. The analyzer also holds BLAS to the `blas_threads` setting while
# its pipeline runs (nlp/__init__.py), which works whatever loaded numpy first.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

from .api import Store, analyze, extract  # noqa: E402
from .config import Config, load_config  # noqa: E402
from .model import Analysis, Article, Entity, Event, Quote  # noqa: E402

__all__ = ["__version__", "extract", "analyze", "Store", "Config", "load_config",
           "Article", "Analysis", "Entity", "Event", "Quote"]
