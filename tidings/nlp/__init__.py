"""NLP stage: article text -> entities, quotes, events.

Each layer is a spaCy component over one ``Doc`` (see ``components.py`` for the names
and the ``Doc._`` extensions they write). ``Analyzer`` loads the pipeline once and
runs texts through ``nlp.pipe`` in batches.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..config import Config
from ..model import Actor, Analysis
from .load import load_spacy

# The order matters: quotes and events read the entities layer.
COMPONENTS = ("tidings_entities", "tidings_quotes", "tidings_events")


@dataclass
class DocContext:
    """What the NLP layers know about a text besides the text itself."""

    pub_date: str | None = None  # ISO date the article was published (anchors "on Tuesday")
    dateline: str | None = None  # the dateline place, a default place for events
    language: str | None = None  # ISO 639-1; the layers only read English
    captions: list[str] = field(default_factory=list)  # photo captions: they often date the story's event
    voice: Actor | None = None  # who "we" is outside quotes: a government publisher (nlp/voice.py)


class Analyzer:
    def __init__(self, config: Config):
        from . import components  # registers the factories with spaCy

        self.config = config
        self.nlp = load_spacy(config.spacy_model)
        from threadpoolctl import ThreadpoolController

        # The BLAS libraries loaded now, numpy's among them (spaCy brought it in).
        self._blas = ThreadpoolController()
        from . import paragraphs  # registers the blank-line boundary component
        from .pos import replace_attribute_ruler

        # The same POS/TAG/DEP rules as the model's attribute_ruler, without its Matcher.
        replace_attribute_ruler(self.nlp)

        if paragraphs.NAME not in self.nlp.pipe_names and "parser" in self.nlp.pipe_names:
            self.nlp.add_pipe(paragraphs.NAME, before="parser")
        from .steps import step_parsers, tok2vec_by_runs

        # The same parse and entities, from a loop that does not hand the GIL over per move.
        step_parsers(self.nlp)
        tok2vec_by_runs(self.nlp)
        for name in COMPONENTS:
            if name not in self.nlp.pipe_names:
                self.nlp.add_pipe(name, last=True, config={"timeout": self.config.analyze_timeout})
        components.ensure_extensions()
        self._warm_up()

    def _warm_up(self) -> None:
        """Run the layers once, unbounded, so what they load on first use (knowledge tables,
        gazetteers, lexicons: ~1.5 s, many times that on a busy host) is loaded here, once per
        process, and not inside the first document's time bound, where it made a text fail
        as 'took too long'."""
        from .components import _Layer, prepare_doc

        layers = [proc for _, proc in self.nlp.pipeline if isinstance(proc, _Layer)]
        bounds = [layer.timeout for layer in layers]
        try:
            for layer in layers:
                layer.timeout = 0  # no bound
            doc = prepare_doc(self.nlp, _WARM_UP_TEXT, DocContext(pub_date="2024-03-05", dateline="NAIROBI"))
            with self._blas_limit():
                self.nlp(doc)
        finally:
            for layer, bound in zip(layers, bounds):
                layer.timeout = bound

    def _blas_limit(self):
        """Hold numpy's BLAS to ``blas_threads`` threads (0: leave it be) while spaCy computes.

        spaCy's small networks gain little wall time from a second BLAS thread and spend more
        CPU on it (process time counted both: ~7% fewer words per CPU second), and ingest runs
        one worker per core, where extra threads only contend. OPENBLAS_NUM_THREADS, which
        ``tidings/__init__`` defaults to 1, works only if numpy is not loaded before tidings;
        this holds whatever the import order, and only while the pipeline runs: the caller's
        own numpy between documents keeps its settings.
        """
        threads = self.config.blas_threads
        return self._blas.limit(limits=threads if threads > 0 else None, user_api="blas")

    def _pipe(self, docs: list, size: int) -> Iterator:
        piped = self.nlp.pipe(docs, batch_size=size)
        while True:
            with self._blas_limit():
                doc = next(piped, None)
            if doc is None:
                return
            yield doc

    def analyze(self, texts: Iterable[str], contexts: Iterable[DocContext] | None = None,
                batch_size: int | None = None) -> Iterator[Analysis]:
        """Yield one Analysis per text, in order, piping English texts in batches."""
        from .components import doc_to_analysis, prepare_doc

        size = batch_size or self.config.batch_size
        limit = self.config.max_text_chars
        ctx_iter = iter(contexts) if contexts is not None else None
        chunk: list[Analysis | object] = []
        docs = []

        def flush():
            piped = self._pipe(docs, size)
            for slot in chunk:
                yield doc_to_analysis(next(piped)) if slot is _PIPED else slot
            chunk.clear()
            docs.clear()

        for text in texts:
            ctx = next(ctx_iter) if ctx_iter is not None else DocContext()
            if ctx.language and ctx.language != "en":
                chunk.append(Analysis(language=ctx.language,
                                      note=f"the NLP layers read English only; this text is {ctx.language!r}"))
            else:
                docs.append(prepare_doc(self.nlp, text[:limit], ctx))
                chunk.append(_PIPED)
            if len(chunk) >= size:
                yield from flush()
        yield from flush()

    def analyze_one(self, text: str, context: DocContext | None = None) -> Analysis:
        return next(self.analyze([text], [context or DocContext()]))


# An invented story touching every layer: names, titles, a quotation, reported speech, events.
_WARM_UP_TEXT = ("Kenyan President William Ruto met Foreign Minister Anna Berg of Sweden in Nairobi on "
                 "Tuesday. \u201cWe will deepen our trade ties,\u201d Ruto said. The ministry said police "
                 "arrested three protesters, and the government condemned the attack on the embassy.")

_PIPED = object()  # marks a slot whose Analysis comes from the spaCy batch
