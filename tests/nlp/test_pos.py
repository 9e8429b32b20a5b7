"""tidings_pos gives the same POS, TAG and DEP as the model's attribute_ruler it replaces."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import spacy

from tidings.nlp.pos import NAME, RULER, Unsupported, compile_rules, replace_attribute_ruler

DEMO = Path(__file__).resolve().parents[2] / "demo" / "state-dept-press-releases.jsonl.gz"


def _blank_with_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER)
    ruler.add_patterns(patterns)
    return nlp


def _tagged(nlp, words, tags, deps=None):
    doc = spacy.tokens.Doc(nlp.vocab, words=words, tags=tags, deps=deps,
                           heads=[0] * len(words) if deps else None)
    return doc


RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "nothing"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Ind"}},
    # a two-token rule writing its second token
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": {"NOT_IN": ["DT", ""]}, "LOWER": {"REGEX": "^wor"}}]], "attrs": {"POS": "X"}},
]


def test_rules_apply_in_order_like_the_ruler():
    words = ["There", "is", "nothing", "in", "the", "world", "is", "there"]
    tags = ["EX", "VBZ", "NN", "IN", "DT", "NN", "VBZ", "EX"]
    deps = ["expl", "ROOT", "attr", "prep", "det", "pobj", "dep", "dep"]
    ruled = _blank_with_ruler(RULES)
    expected = ruled.get_pipe(RULER)(_tagged(ruled, words, tags, deps))
    assert replace_attribute_ruler(ruled)
    assert ruled.pipe_names == [NAME]
    got = ruled.get_pipe(NAME)(_tagged(ruled, words, tags, deps))
    assert [t.pos_ for t in got] == [t.pos_ for t in expected]
    # the cases the rules are there for: a later rule wins, the two-token rule hits its 2nd token
    assert [t.pos_ for t in got][1:3] == ["VERB", "PRON"]
    assert got[6].pos_ == "AUX" and got[5].pos_ == "X"


def test_space_rules_set_tag_and_dep():
    rules = [{"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
             {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}}]
    nlp = _blank_with_ruler(rules)
    words, tags, deps = ["Hello", "\n\n", "world"], ["UH", "NN", "NN"], ["ROOT", "punct", "dep"]
    expected = nlp.get_pipe(RULER)(_tagged(nlp, words, tags, deps))
    assert replace_attribute_ruler(nlp)
    got = nlp.get_pipe(NAME)(_tagged(nlp, words, tags, deps))
    key = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in got]
    assert key == [(t.pos_, t.tag_, t.dep_, t.head.i) for t in expected]
    assert got[1].tag_ == "_SP" and got[1].pos_ == "SPACE" and got[1].dep_ == "dep"


@pytest.mark.parametrize("pattern", [
    {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"ORTH": "US"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "x"}},
])
def test_a_rule_it_cannot_read_keeps_the_real_ruler(pattern):
    nlp = _blank_with_ruler([pattern])
    with pytest.raises(Unsupported):
        compile_rules(nlp.vocab, nlp.get_pipe(RULER).patterns)
    assert not replace_attribute_ruler(nlp)
    assert nlp.pipe_names == [RULER]


@pytest.mark.skipif(not DEMO.exists(), reason="demo corpus absent")
def test_same_annotation_as_the_model_ruler_on_demo_sentences(analyzer):
    """A few hundred sentences of public-domain press releases: every token's POS/TAG/DEP agrees."""
    assert NAME in analyzer.nlp.pipe_names and RULER not in analyzer.nlp.pipe_names
    with gzip.open(DEMO, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(400), fh)][::25]
    reference = spacy.load(analyzer.config.spacy_model, exclude=["lemmatizer", "ner"])
    assert RULER in reference.pipe_names
    ours = analyzer.nlp
    sentences = tokens = 0
    with ours.select_pipes(enable=["tok2vec", "tagger", "parser", NAME]):
        for ref, got in zip(reference.pipe(texts), ours.pipe(texts)):
            assert [t.text for t in ref] == [t.text for t in got]
            assert [(t.pos_, t.tag_, t.dep_) for t in got] == [(t.pos_, t.tag_, t.dep_) for t in ref]
            sentences += len(list(ref.sents))
            tokens += len(ref)
    assert sentences >= 200, sentences
