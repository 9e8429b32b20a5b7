"""The shortcuts that keep the layers fast give what the long way gives.

Each one skips work whose result is known in advance (a window no table key begins, a noun no
event entry can come from, a person none of whose words a mention has); these tests hold the
shortcut to the long way on small invented texts."""
from __future__ import annotations

import pytest

from tidings.nlp.knowledge import load, norm_word
from tidings.nlp.load import load_spacy


@pytest.fixture(scope="module")
def nlp(config):
    return load_spacy(config.spacy_model)


def _parsed(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("tidings_"):
            doc = proc(doc)
    return doc


def test_reach_ends_where_no_key_goes_on():
    kb = load()
    norms = [norm_word(w) for w in "Officials of the United States Army met".split()]
    i = norms.index("united")
    assert ("united", "states") in kb.table
    assert kb.reach(norms, i) >= i + 2
    # every window past the reach is no key
    for j in range(kb.reach(norms, i) + 1, len(norms) + 1):
        assert tuple(norms[i:j]) not in kb.table
    assert kb.reach(["zzqx", "united"], 0) == 0  # a word no key starts with


def test_lookup_hands_out_a_list_of_the_callers_own():
    kb = load()
    first = kb.lookup(["France"])
    assert first
    first.clear()
    assert kb.lookup(["France"]) and kb.lookup(("France",)) == kb.lookup(["France"])
    # case still counts: the remembered form is the written one
    assert [h for h in kb.lookup(["Who"]) if h.kind == "org"] == []


def test_trigger_candidates_keep_every_token_find_trigger_reads(nlp):
    from tidings.nlp.events_triggers import find_trigger, trigger_candidates

    text = ("The committee put a table and three chairs in the hall. Farmers staged a protest "
            "near the cease-fire line, and donors pledged 2 million dollars in aid. "
            "The minister said talks would resume.")
    doc = _parsed(nlp, text)
    cands = set(trigger_candidates(doc))
    fired = {t.i for t in doc if find_trigger(t) is not None}
    assert fired and fired <= cands
    words = {doc[i].lower_ for i in cands}
    assert {"protest", "dollars"} <= words  # an event noun; an amount the aid is read from
    assert "table" not in words and "chairs" not in words  # nouns no event entry comes from


def test_a_surname_joins_the_one_person_it_can_be(analyzer):
    # ("Brekke" is tried only against the people one of whose words it is)
    a = analyzer.analyze_one("Nadia Okafor met Daniel Brekke in Oslo on Monday. Later, Okafor said "
                             "the talks went well. Brekke agreed.")
    brekke = next(e for e in a.entities if e.name == "Daniel Brekke")
    assert len(brekke.mentions) == 2
