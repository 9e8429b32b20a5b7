"""tidings_pos: the model's attribute_ruler rules for POS, TAG and DEP, applied as array lookups.

Why: spaCy's attribute_ruler runs its ~180 rules through the token Matcher, which cost about
15% of analyze time, and most of its work (LEMMA, MORPH) is read by nothing in tidings.
The rules themselves are simple: one or two tokens, each tested on TAG, LOWER, DEP or
IS_SPACE for equality or (NOT_)IN/REGEX membership. This component reads them from the loaded
model at start-up (so any model's ruler works) and applies the same rules in the same order
(a later rule overrides an earlier one, as in the ruler) over numpy arrays of the Doc.
It drops the LEMMA and MORPH attributes: tidings reads ``token.pos_``, ``tag_`` and ``dep_``
only. A rule it cannot express makes ``replace_attribute_ruler`` keep the real ruler.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

NAME = "tidings_pos"
RULER = "attribute_ruler"
_COND_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = (TAG, LOWER, DEP, IS_SPACE, POS)  # the to_array column order
_COL = {a: i for i, a in enumerate(_COLUMNS)}
_SET_ATTRS = ("POS", "TAG", "DEP")
_IGNORED_ATTRS = ("LEMMA", "MORPH")  # written by the ruler, read by nothing in tidings


class Unsupported(ValueError):
    """A ruler pattern this component cannot reproduce exactly."""


@dataclass
class _Test:
    col: int  # column in the to_array matrix
    kind: str  # "eq", "in", "not_in", "regex"
    values: np.ndarray | None = None  # uint64 hashes (or 0/1 for IS_SPACE)
    regex: re.Pattern | None = None

    def mask(self, arr: np.ndarray, strings) -> np.ndarray:
        col = arr[:, self.col]
        if self.kind == "eq":
            return col == self.values[0]
        if self.kind == "in":
            return np.isin(col, self.values)
        if self.kind == "not_in":
            return ~np.isin(col, self.values)
        uniq, inverse = np.unique(col, return_inverse=True)
        hits = np.fromiter((bool(self.regex.search(strings[int(h)])) for h in uniq), bool, len(uniq))
        return hits[inverse]


@dataclass
class _Rule:
    tokens: list[list[_Test]]  # one list of tests per pattern token
    index: int  # which matched token receives the attributes
    pos: int | None = None
    tag: int | None = None
    dep: int | None = None


def _test(vocab: Vocab, key: str, value) -> _Test:
    if key not in _COND_ATTRS:
        raise Unsupported(f"condition on {key}")
    col = _COL[_COND_ATTRS[key]]

    def encode(v) -> int:
        if key == "IS_SPACE":
            if not isinstance(v, bool):
                raise Unsupported(f"IS_SPACE value {v!r}")
            return int(v)
        if not isinstance(v, str):
            raise Unsupported(f"{key} value {v!r}")
        return vocab.strings.add(v) if v else 0  # "" is the empty value, hash 0 in arrays

    if not isinstance(value, dict):
        return _Test(col, "eq", np.array([encode(value)], dtype=np.uint64))
    if len(value) != 1:
        raise Unsupported(f"{key} operators {sorted(value)}")
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        vals = np.array([encode(v) for v in arg], dtype=np.uint64)
        return _Test(col, "in" if op == "IN" else "not_in", vals)
    if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
        return _Test(col, "regex", regex=re.compile(arg))
    raise Unsupported(f"{key} operator {op}")


def compile_rules(vocab: Vocab, patterns: list[dict]) -> list[_Rule]:
    """The ruler's patterns (``AttributeRuler.patterns``, in order) as rules, or Unsupported."""
    rules = []
    for entry in patterns:
        attrs = entry.get("attrs") or {}
        unknown = set(attrs) - set(_SET_ATTRS) - set(_IGNORED_ATTRS)
        if unknown:
            raise Unsupported(f"sets {sorted(unknown)}")
        if not set(attrs) & set(_SET_ATTRS):
            continue
        for pattern in entry["patterns"]:
            if not pattern:
                raise Unsupported("empty pattern")
            tokens = []
            for spec in pattern:
                if not isinstance(spec, dict) or not spec:
                    raise Unsupported(f"token pattern {spec!r}")
                tokens.append([_test(vocab, k, v) for k, v in spec.items()])
            index = entry.get("index", 0)
            if index < 0:
                index += len(tokens)
            if not 0 <= index < len(tokens):
                raise Unsupported(f"index {entry.get('index')}")
            pos = attrs.get("POS")
            if pos is not None and pos not in POS_IDS:
                raise Unsupported(f"POS {pos!r}")
            rules.append(_Rule(tokens, index,
                               pos=POS_IDS[pos] if pos is not None else None,
                               tag=vocab.strings.add(attrs["TAG"]) if "TAG" in attrs else None,
                               dep=vocab.strings.add(attrs["DEP"]) if "DEP" in attrs else None))
    return rules


def _lookup_runs(rules: list[_Rule]) -> list:
    """Fold each run of consecutive rules that test TAG equality alone and set POS alone into
    one TAG -> POS table (a later rule in the run wins, as in the ruler)."""
    steps: list = []
    for rule in rules:
        simple = (len(rule.tokens) == 1 and len(rule.tokens[0]) == 1 and rule.tokens[0][0].kind == "eq"
                  and rule.tokens[0][0].col == _COL[TAG] and rule.tag is None and rule.dep is None
                  and rule.pos is not None)
        if simple:
            if not steps or not isinstance(steps[-1], dict):
                steps.append({})
            steps[-1][int(rule.tokens[0][0].values[0])] = rule.pos
        else:
            steps.append(rule)
    return steps


class PosRules:
    def __init__(self, vocab: Vocab, patterns: list[dict]):
        self.vocab = vocab
        self.steps = _lookup_runs(compile_rules(vocab, patterns))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array(list(_COLUMNS)).astype(np.uint64, copy=False)
        pos = arr[:, _COL[POS]].copy()
        tag = arr[:, _COL[TAG]].copy()
        dep = arr[:, _COL[DEP]].copy()
        strings = self.vocab.strings
        for step in self.steps:
            if isinstance(step, dict):
                uniq, inverse = np.unique(arr[:, _COL[TAG]], return_inverse=True)
                mapped = np.array([step.get(int(t), -1) for t in uniq], dtype=np.int64)[inverse]
                hit = mapped >= 0
                pos[hit] = mapped[hit]
                continue
            k = len(step.tokens)
            if k > n:
                continue
            starts = np.ones(n - k + 1, dtype=bool)
            for off, tests in enumerate(step.tokens):
                # A rule's tests read the tagger's and parser's values, never an earlier rule's
                # output: the ruler matches every pattern first and writes afterwards.
                for t in tests:
                    starts &= t.mask(arr[off:off + n - k + 1], strings)
            if not starts.any():
                continue
            where = np.flatnonzero(starts) + step.index
            if step.pos is not None:
                pos[where] = step.pos
            if step.tag is not None:
                tag[where] = step.tag
            if step.dep is not None:
                dep[where] = step.dep
        changed_pos = pos != arr[:, _COL[POS]]
        if changed_pos.any():
            doc.from_array([POS], pos.reshape(-1, 1))
        # TAG and DEP change on whitespace tokens only (rarely): set them one by one so the
        # parse (heads, sentence starts) is not rewritten by from_array.
        for i in np.flatnonzero(tag != arr[:, _COL[TAG]]):
            doc[int(i)].tag = int(tag[i])
        for i in np.flatnonzero(dep != arr[:, _COL[DEP]]):
            doc[int(i)].dep = int(dep[i])
        return doc


@Language.factory(NAME)
def make_pos_rules(nlp: Language, name: str) -> PosRules:
    if RULER not in nlp.pipe_names:
        raise Unsupported(f"the pipeline has no {RULER}")
    return PosRules(nlp.vocab, nlp.get_pipe(RULER).patterns)


def replace_attribute_ruler(nlp: Language) -> bool:
    """Put tidings_pos where the attribute_ruler was; keep the ruler if its rules cannot be read."""
    if RULER not in nlp.pipe_names or NAME in nlp.pipe_names:
        return NAME in nlp.pipe_names
    try:
        nlp.add_pipe(NAME, before=RULER)
    except Unsupported:
        return False
    nlp.remove_pipe(RULER)
    return True
