"""Reported speech whose cue has no subject of its own, and objects of speech verbs."""
import pytest


def _content(a, start):
    return [x for x in a.quotes if x.text.startswith(start)]


@pytest.mark.parametrize("sentence,content,speaker", [
    # a participle or infinitive takes the source of the clause it hangs from
    ("Mayor Tom Baxter opened the meeting by talking about the flooding in the harbour.",
     "the flooding in the harbour", "Tom Baxter"),
    ("Mayor Tom Baxter went to the harbour to praise the volunteers who cleared the docks.",
     "the volunteers who cleared the docks", "Tom Baxter"),
    # an adjective's infinitive: its copula's subject
    ("Senator Ruth Okafor is likely to endorse the housing bill next week.",
     "the housing bill", "Ruth Okafor"),
])
def test_subjectless_cue_takes_the_source_of_its_clause(analyzer, sentence, content, speaker):
    q = _content(analyzer.analyze_one(sentence), content)
    assert q and q[0].speaker == speaker and not q[0].direct


def test_a_noun_acting_through_a_participle_is_the_source(analyzer):
    a = analyzer.analyze_one("A committee backing Governor Lena Ortiz spent two million dollars on ads.")
    q = _content(a, "Governor Lena Ortiz")
    assert q and q[0].speaker is not None and "committee" in q[0].speaker


def test_object_of_a_speech_verb_is_what_was_said(analyzer):
    a = analyzer.analyze_one("Mayor Tom Baxter noted the steady drop in burglaries since 2019.")
    q = _content(a, "the steady drop in burglaries")
    assert q and q[0].speaker == "Tom Baxter"


def test_the_addressee_of_a_speech_verb_is_not_content(analyzer):
    a = analyzer.analyze_one("Mayor Tom Baxter told reporters about the budget on Friday.")
    assert not _content(a, "reporters")


def test_a_participle_without_any_source_reports_nothing(analyzer):
    a = analyzer.analyze_one("The bridge plan announced last spring has stalled.")
    assert not [x for x in a.quotes if "bridge" in x.text or "spring" in x.text]


def test_a_proper_noun_object_speaks_only_after_a_speech_verb(analyzer):
    a = analyzer.analyze_one("Bishop Karl Brandt spoke on Sunday, calling Christmas a season of hope.")
    assert all(q.speaker != "Christmas" for q in a.quotes)
    a = analyzer.analyze_one("The port will reopen in May, said Ingrid Solberg.")
    q = _content(a, "The port will reopen")
    assert q and q[0].speaker == "Ingrid Solberg"
