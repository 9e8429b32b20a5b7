"""Actor coding: an envoy's posting is not his country. Phrases are invented."""
import pytest

from tidings.nlp.actors import code_actor


@pytest.mark.parametrize("text,country", [
    ("Special Envoy for Moldova", None),
    ("the ambassador to Peru", None),
    ("Norwegian Ambassador to Peru", "NOR"),
    ("Kenya's envoy to the talks in Ethiopia", "KEN"),
    ("Defence Minister of Peru", "PER"),  # "of" names the minister's own state
])
def test_posting_is_not_the_country(text, country):
    assert code_actor(text)[0] == country


def test_posting_keeps_the_sector():
    assert code_actor("Special Envoy for Moldova")[1] == "GOV"
