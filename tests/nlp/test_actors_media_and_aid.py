"""Actors: news media and aid bodies named by what they are. Invented phrases."""
import pytest

from tidings.nlp.actors import code_actor


@pytest.mark.parametrize("text,country,sector", [
    ("a Bolivian radio station", "BOL", "MED"),
    ("a Kenyan TV station", "KEN", "MED"),
    ("a Pakistani news channel", "PAK", "MED"),
    ("an opposition news website", None, "MED"),
    ("the Armenian state broadcaster", "ARM", "GOV"),
    ("Nigerian aid groups", "NGA", "NGO"),
    ("a Swiss relief agency", "CHE", "NGO"),
])
def test_media_and_aid_bodies_by_kind(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    ("Iran's Revolutionary Guard Corps", "IRN", "MIL"),
    ("the 5th Army Corps", None, "MIL"),
    ("Israeli settlers", "ISR", "CVL"),
    ("the African Development Bank", "IGO", "IGO"),
    ("Peace Corps volunteers", "USA", "GOV"),
    ("a militant group", None, "REB"),
])
def test_bodies_and_groups_by_kind(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,country", [
    ("Turkish-backed Syrian fighters", "SYR"),
    ("Iranian-backed Iraqi militias", "IRQ"),
    ("US-backed Syrian Democratic Forces", "SYR"),
    ("Russian-backed separatists", "RUS"),  # no other country named: the backer's, as before
    ("the Saudi-led coalition", "SAU"),  # who leads a coalition is of it
])
def test_a_backer_is_not_the_actors_country(text, country):
    assert code_actor(text)[0] == country
