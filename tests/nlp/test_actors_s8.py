"""Actors (s8): news media and aid bodies named by what they are. Invented phrases."""
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
