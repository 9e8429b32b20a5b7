"""Entities (s9): where a group is ("in Denmark") is no part of its mention. Every sentence here
is invented."""
import pytest

pytestmark = pytest.mark.slow


def _ents(analyzer, text):
    (a,) = list(analyzer.analyze([text]))
    return a.entities


def _mention_texts(text, ents):
    return {text[s:e] for x in ents for s, e in x.mentions}


@pytest.mark.parametrize("text,group,place,country", [
    ("Several of the largest trade unions in Denmark called a strike on Monday.",
     "trade unions", "Denmark", "DNK"),
    ("Government soldiers in northern Mali repelled the assault, the army said.",
     "Government soldiers", "northern Mali", "MLI"),
])
def test_a_group_in_a_place_is_marked_without_the_place(analyzer, text, group, place, country):
    ents = _ents(analyzer, text)
    spans = _mention_texts(text, ents)
    assert not any(s.endswith(place) and group in s for s in spans)
    e = next(e for e in ents if any(text[a:b].endswith(group) for a, b in e.mentions))
    assert e.country == country
    assert any(place in s for s in spans)


def test_a_group_of_a_place_keeps_the_place(analyzer):
    text = "The people of Iraq mourned the victims."
    assert any(s.endswith("people of Iraq") for s in _mention_texts(text, _ents(analyzer, text)))


def test_a_group_in_a_place_standing_alone_is_one_actor(analyzer):
    # an actor string or label with no verb: the place is part of the one actor it names
    text = "Police in Kaduna State"
    ents = _ents(analyzer, text)
    assert any(text[s:e] == text for x in ents for s, e in x.mentions)
    police = next(x for x in ents if any(text[s:e] == text for s, e in x.mentions))
    assert (police.country, police.sector) == ("NGA", "COP")


def test_police_in_a_state_take_its_country(analyzer):
    text = "Police in Kaduna State arrested two men."
    police = next(x for x in _ents(analyzer, text) if x.name.lower() == "police")
    assert (police.country, police.sector) == ("NGA", "COP")
