"""Entities: a state's body written with the state's name before it ("Israel's Supreme
Court", "Ghana's Parliament"), where the model's span holds only the body. Every sentence
here is invented."""
import pytest

pytestmark = pytest.mark.slow


def _body(analyzer, text, body):
    (a,) = list(analyzer.analyze([text]))
    return next(e for e in a.entities
                if any(text[s:t].endswith(body) for s, t in e.mentions))


@pytest.mark.parametrize("text,body,country,sector", [
    # The tables know "Supreme Court" and "Senate" as the US ones; under another state's
    # name they are that state's.
    ("India's Supreme Court struck down the rule on Tuesday.", "Supreme Court", "IND", "JUD"),
    ("Kenya's Senate rejected the bill.", "Senate", "KEN", "LEG"),
])
def test_a_known_body_under_another_states_name_is_that_states(analyzer, text, body,
                                                               country, sector):
    e = _body(analyzer, text, body)
    assert (e.country, e.sector) == (country, sector)


@pytest.mark.parametrize("text,body,country,sector", [
    # The model labels the generic name; it is only role words, and is still a body.
    ("Pakistan's National Assembly", "National Assembly", "PAK", "LEG"),
    ("Ghana's Parliament", "Parliament", "GHA", "LEG"),
])
def test_a_bodys_generic_name_is_an_actor(analyzer, text, body, country, sector):
    e = _body(analyzer, text, body)
    assert (e.country, e.sector) == (country, sector)
