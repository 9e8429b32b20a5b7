"""Actors: bodies known by their own names (armed groups, services, companies), vessels and
missions by their kind, acronym plurals, classes of ships, and geographic words that are no
province. Every sentence here is invented."""
import json

import pytest

from tidings.nlp.actors import code_actor
from tidings.nlp.knowledge import PATH


@pytest.mark.parametrize("text,country,sector", [
    ("the Haqqani network", "AFG", "REB"),
    ("AQAP", "YEM", "REB"),
    ("Ahrar al-Sham", "SYR", "REB"),
    ("the Patriotic Union of Kurdistan", "IRQ", "PTY"),  # a party, not a trade union
    ("Fancy Bear", "RUS", "SPY"),
    ("Petrobras", "BRA", "BUS"),
    ("Goldman Sachs", "USA", "BUS"),
    ("MONUSCO", "UNO", "IGO"),
])
def test_bodies_known_by_their_own_names(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,sector", [
    ("a Chinese destroyer", "MIL"),
    ("two submarines", "MIL"),
    ("UN peacekeepers", "MIL"),  # soldiers of the UN, as "NATO troops"
    ("peacekeepers", "MIL"),
    ("the embassy", "GOV"),
    ("MPs", "LEG"),
    ("opposition MLAs", "LEG"),
])
def test_role_words(text, sector):
    assert code_actor(text)[1] == sector


def test_a_plural_s_is_only_taken_off_an_acronym_in_capitals():
    from tidings.nlp.knowledge import load

    kb = load()
    assert kb.lookup(["MPs"]) and not kb.lookup(["mps"])
    assert kb.may_end_role("MPs") and not kb.may_end_role("ops")


def test_a_ship_class_named_after_a_person_is_the_ship(analyzer):
    a = analyzer.analyze_one("An Ortega-class frigate shadowed the convoy.")
    assert not [e for e in a.entities if e.type == "PERSON"]
    ship = next(e for e in a.entities if "frigate" in e.name)
    assert ship.sector == "MIL"
    a = analyzer.analyze_one("Senator Jim Class said the vote would fail.")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Jim Class"]


def test_geographic_words_are_no_province():
    places = json.loads(PATH.read_text(encoding="utf-8"))["places"]
    for word in ("Gulf", "Delta", "Midlands"):
        assert word not in places


def test_the_gulf_is_in_no_country(analyzer):
    a = analyzer.analyze_one("Navy patrol boats escorted two tankers through the Gulf on Monday.")
    gulf = next(e for e in a.entities if e.name.endswith("Gulf"))
    assert gulf.country is None


@pytest.mark.parametrize("text,sector", [
    ("a Colombian drug lord", "CRM"),
    ("armed bandits", "CRM"),
    ("the assailants", "UAF"),
    ("a Russian tycoon", "BUS"),
    ("the pop singer", "CVL"),
    ("Navy sailors", "MIL"),
    ("the electoral commission", "GOV"),
])
def test_people_named_by_trade_or_deed(text, sector):
    assert code_actor(text)[1] == sector


@pytest.mark.parametrize("text,sector", [
    ("Hamas gunmen", "REB"),  # a named body's armed men are its own
    ("the Taliban attackers", "REB"),
    ("unidentified gunmen", "UAF"),
    ("gunmen", "UAF"),
])
def test_armed_men_of_a_named_body(text, sector):
    assert code_actor(text)[1] == sector
