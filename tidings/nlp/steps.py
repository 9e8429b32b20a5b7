"""tidings_steps: spaCy's greedy parser and NER, stepped from Python with the GIL held.

Why: spaCy (3.8 wheels, built with Cython 3) runs its parse loop without the GIL, but its
compiled ``StateC.B()``, which every move's validity check reads, takes and drops the GIL on
each call. A NER step tests ~74 moves, so each token paid ~150 GIL hand-offs (mutex and
condition variable): ~45 us a token, more than the NER network itself. Holding the GIL makes
those calls cheap. The loop below is ``Parser.greedy_parse`` step for step — the same feature
ids, the same precomputed hidden layer, the same upper layer, unseen classes set to the minimum
score, the same ``transition_states`` — so the parse and the entities are the same; only the
loop moved.

The upper layer's product runs on numpy's BLAS, not the BLIS ``gemm`` of the compiled loop:
its matrices are tiny (a few states x 64 by 64 x ~100 moves), and there the blis wheel's
generic kernel spent 20-40 us a call against 3-10 for numpy, ~7% of analyze's time. The two
round differently (scores differ by up to ~2e-5); the best move never changed: the parse
and entities of all 2,634 nlp-dev texts came out identical.

Each ``pipe`` batch is parsed as one set of states (spaCy splits it in four): a Python step
costs the same for one state as for thirty, so more states per step is cheaper per token.
A component the loop does not fit (beam search, no upper layer) keeps spaCy's own loop.

The networks that run once per token (the shared tok2vec, NER's own tok2vec, the first layer
the steps read from) run over runs of about ``TOKENS_PER_RUN`` tokens, a few documents at a
time, not over the whole batch at once: a 32-document batch of ~47k tokens makes arrays of
50-190 MB, and the memory traffic cost ~25% more CPU than the same products over runs of a
few thousand tokens (in-process A/B). Each token's vector is its own row's product, so no
document's numbers depend on which run it is in beyond the BLAS's rounding of a row (~1e-6),
as they already depend on the batch they came in.
"""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.tokens import Doc

NAME = "tidings_steps"
STEPPED = ("parser", "ner")
TOKENS_PER_RUN = 5000


def token_runs(docs: list[Doc], budget: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` slices of ``docs``, in order, each closed once it holds ``budget``
    (default ``TOKENS_PER_RUN``) tokens."""
    budget = budget or TOKENS_PER_RUN
    runs, start, tokens = [], 0, 0
    for i, doc in enumerate(docs):
        tokens += len(doc)
        if tokens >= budget:
            runs.append((start, i + 1))
            start, tokens = i + 1, 0
    if start < len(docs):
        runs.append((start, len(docs)))
    return runs


class _TokvecsByRuns:
    """The step model's first layer (tok2vec, then the projection to the step width), run over
    ``runs`` of the documents and stacked as the layer would have stacked them."""

    def __init__(self, layer, runs: list[tuple[int, int]]):
        self.layer, self.runs = layer, runs

    def __call__(self, docs: list[Doc], is_train: bool):
        parts = [self.layer.predict(docs[a:b]) for a, b in self.runs]
        return (parts[0] if len(parts) == 1 else numpy.concatenate(parts)), None


class _PrecomputedByRuns:
    """spaCy's ``precomputable_affine`` forward (the features each step sums), its product
    taken over ``rows`` runs of the token vectors into one array."""

    def __init__(self, lower, rows: list[tuple[int, int]]):
        self.lower, self.rows = lower, rows

    def __getattr__(self, name):
        return getattr(self.lower, name)

    def __call__(self, tokvecs, is_train: bool):
        lower = self.lower
        nF, nO, nP, nI = (lower.get_dim(dim) for dim in ("nF", "nO", "nP", "nI"))
        weights = lower.get_param("W").reshape((nF * nO * nP, nI))
        out = lower.ops.alloc2f(tokvecs.shape[0] + 1, nF * nO * nP, zeros=False)
        for a, b in self.rows:
            lower.ops.gemm(tokvecs[a:b], weights, trans2=True, out=out[1 + a:1 + b])
        out = out.reshape((out.shape[0], nF, nO, nP))
        out[0] = lower.ops.xp.squeeze(lower.get_param("pad"), 0)  # row 0: a missing feature
        return out, None


def _step_model(parser, docs: list[Doc]):
    """``parser.model.predict(docs)``, its per-token layers run over runs of tokens."""
    model = parser.model
    runs = token_runs(docs)
    if len(runs) == 1:
        return model.predict(docs)
    starts = [0]
    for doc in docs:
        starts.append(starts[-1] + len(doc))
    rows = [(starts[a], starts[b]) for a, b in runs]
    first, lower, upper = model.layers
    return ParserStepModel(docs, [_TokvecsByRuns(first, runs), _PrecomputedByRuns(lower, rows), upper],
                           unseen_classes=model.attrs["unseen_classes"], train=False,
                           has_upper=model.attrs["has_upper"])


def tok2vec_by_runs(nlp: Language) -> bool:
    """Let the shared ``tok2vec`` component run its network over runs of tokens (see above)."""
    if "tok2vec" not in nlp.pipe_names:
        return False
    component = nlp.get_pipe("tok2vec")
    if getattr(component.predict, "_by_runs", False):
        return False
    whole = component.predict

    def predict(docs):
        docs = list(docs)
        return [vecs for a, b in token_runs(docs) for vecs in whole(docs[a:b])]

    predict._by_runs = True
    component.predict = predict
    return True

class SteppedParser:
    """Stands in the pipeline for a spaCy ``parser`` or ``ner`` and writes what it writes."""

    def __init__(self, component):
        self.component = component
        self.name = component.name
        # What labels a document may bring in (spaCy reads them from every token of every doc,
        # ~4 us a token): preset entities for NER, preset arcs for the parser.
        self._preset = "ENT_IOB" if isinstance(component.moves, BiluoPushDown) else "DEP"

    @property
    def model(self):
        # The parser listens to the shared tok2vec through this model (Language links listeners).
        return self.component.model

    def __call__(self, doc: Doc) -> Doc:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            # Sorted by length as spaCy does: short documents leave the step set early.
            by_length = sorted(batch, key=len)
            self.component.set_annotations(by_length, self.predict(by_length))
            yield from batch

    def predict(self, docs: list[Doc]) -> list:
        parser = self.component
        if not any(len(doc) for doc in docs):
            return parser.moves.init_batch(docs)
        if any(doc.has_annotation(self._preset) for doc in docs):
            parser._ensure_labels_are_added(docs)
        states = parser.moves.init_batch(docs)
        step_model = _step_model(parser, docs)
        try:
            state2vec, upper = step_model.state2vec, step_model.vec2scores
            weights, bias = upper.get_param("W"), upper.get_param("b")
            weights_t = weights.T
            unseen = step_model._class_mask == 0
            any_unseen = bool(unseen.any())
            todo = [state for state in states if not state.is_final()]
            while todo:
                hidden = state2vec.predict(step_model.get_token_ids(todo))
                scores = numpy.dot(hidden, weights_t)
                scores += bias
                if any_unseen:
                    scores[:, unseen] = numpy.nanmin(scores)
                todo = parser.transition_states(todo, scores)
        finally:
            step_model.clear_memory()
        return states


def _fits(component) -> bool:
    """The component is a greedy transition parser whose step is one hidden and one upper layer."""
    cfg = getattr(component, "cfg", None) or {}
    model = getattr(component, "model", None)
    return (cfg.get("beam_width", 1) == 1 and hasattr(component, "transition_states")
            and model is not None and model.attrs.get("has_upper", False) and len(model.layers) == 3
            and model.layers[1].name == "precomputable_affine")


@Language.factory(NAME, default_config={"of": "ner"})
def make_stepped(nlp: Language, name: str, of: str) -> SteppedParser:
    return SteppedParser(nlp.get_pipe(of))


def step_parsers(nlp: Language) -> list[str]:
    """Put a SteppedParser in place of each greedy parser/NER of ``nlp``, under the same name."""
    done = []
    for name in STEPPED:
        if name not in nlp.pipe_names:
            continue
        component = nlp.get_pipe(name)
        if isinstance(component, SteppedParser) or not _fits(component):
            continue
        temp = f"{NAME}_{name}"
        nlp.add_pipe(NAME, name=temp, before=name, config={"of": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temp, name)
        done.append(name)
    return done
