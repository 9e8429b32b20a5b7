"""People learned from articles (knowledge/people.py, learn.py): matching, and how the
entity layer uses them. The people here are invented; the shipped people.json is only
checked for its form and for being made from the corpus it names."""
import hashlib
import json

import pytest

from tidings.nlp.knowledge import learn
from tidings.nlp.knowledge import load as load_knowledge
from tidings.nlp.knowledge.people import OUT, People, name_key

ROWS = [
    {"name": "Oskar Vantanen", "country": "FIN", "sector": "GOV", "title": "Prime Minister",
     "first": "2021-06-01", "last": "2022-01-10", "articles": 3},
    {"name": "Mirela Dragoste-Ionescu", "country": "ROU", "sector": "GOV",
     "title": "Foreign Minister", "first": "2021-07-01", "last": "2021-07-01", "articles": 1},
    {"name": "Tavakeli", "country": "GEO", "sector": "GOV", "title": "President",
     "first": "2021-09-01", "last": "2021-09-01", "articles": 2, "surname_only": True},
    {"name": "Brenda Kowal", "country": "POL", "sector": "LEG", "title": "Senator",
     "first": "2021-09-01", "last": "2021-09-01", "articles": 1},
    {"name": "Kowal", "country": "CZE", "sector": "GOV", "title": "Minister",
     "first": "2021-09-01", "last": "2021-09-01", "articles": 2, "surname_only": True},
]


@pytest.fixture
def people():
    return People({"people": ROWS})


def test_names_match_in_either_order_and_without_accents(people):
    assert people.find("Vantanen Oskar").country == "FIN"
    assert people.find("Óskar Väntanen").country == "FIN"
    assert people.find("Oskar K. Vantanen").country == "FIN"
    assert name_key("Oskar Vantanen") == name_key("Vantanen Oskar")


def test_a_surname_alone_needs_several_articles(people):
    assert people.find("Vantanen").country == "FIN"
    assert people.find("Ionescu") is None  # Mirela Dragoste-Ionescu was seen in one article


def test_a_full_name_matches_a_surname_learned_with_an_office(people):
    assert people.find("Irakli Tavakeli").country == "GEO"


def test_another_given_name_is_another_person(people):
    assert people.find("Paavo Vantanen") is None


def test_a_surname_shared_with_another_country_is_ambiguous(people):
    # "Kowal" alone was seen for CZE, but Brenda Kowal is POL: no full name takes either.
    assert people.find("Jan Kowal") is None


@pytest.fixture
def learned(monkeypatch, people):
    import tidings.nlp.entities as entities

    monkeypatch.setattr(entities, "load_people", lambda: people)


def _person(analysis, name):
    return next((e for e in analysis.entities if e.name == name), None)


def test_a_bare_name_takes_the_learned_country_and_sector(analyzer, learned):
    e = _person(analyzer.analyze_one("Oskar Vantanen arrived on Monday."), "Oskar Vantanen")
    assert (e.type, e.country, e.sector) == ("PERSON", "FIN", "GOV")


def test_the_texts_own_cue_wins_over_what_was_learned(analyzer, learned):
    a = analyzer.analyze_one("Swedish Trade Minister Oskar Vantanen arrived on Monday.")
    e = _person(a, "Oskar Vantanen")
    assert (e.country, e.sector) == ("SWE", "GOV")


def test_a_learned_name_the_model_missed_is_found(analyzer, learned):
    a = analyzer.analyze_one("talks with Mirela Dragoste-Ionescu")
    e = _person(a, "Mirela Dragoste-Ionescu")
    assert e is not None and e.type == "PERSON" and e.country == "ROU"


def test_without_learned_knowledge_a_bare_name_has_no_country(analyzer):
    from tidings.nlp.entities import find_entities

    doc = analyzer.nlp("Oskar Vantanen arrived on Monday.")
    assert all(e.country is None for e in find_entities(doc, learned=False))


@pytest.mark.parametrize("name,ok", [
    ("Nikolai Petrenko", True),
    ("Luigi di Marco", True),
    ("Spokesperson Jane Roe", False),
    ("Petrenko Ukraine", False),
    ("Alfa Bank", False),
    ("Jane Roe\n\nOffice", False),
    ("Jane Roe Keynote Remarks", False),
])
def test_only_names_are_learned(name, ok):
    assert learn._name_like(load_knowledge(), name) is ok


def test_shipped_people_are_made_from_the_corpus_they_name():
    if not learn.DEFAULT_CORPUS.exists():
        pytest.skip("the demo corpus is not in this checkout")
    data = json.loads(OUT.read_text(encoding="utf-8"))
    assert data["sources"] == [learn.DEFAULT_CORPUS.name]
    digest = hashlib.sha256(learn.DEFAULT_CORPUS.read_bytes()).hexdigest()
    assert data["sources_sha256"] == digest, "run: python -m tidings.nlp.knowledge.learn"
    for row in data["people"]:
        assert row["country"] and "\n" not in row["name"] and row["title"]
        assert row["first"] <= row["last"]


def _ent(text, name, country):
    from tidings.model import Entity

    s = text.index(name)
    return Entity(id="e1", name=name, type="PERSON", aliases=[], title=None, country=country,
                  sector=None, mentions=[[s, s + len(name)]])


@pytest.mark.parametrize("text,name,country,stated", [
    ("Talks with Latvian Prime Minister Ilze Berzina ended.", "Ilze Berzina", "LVA", True),
    ("Ilze Berzina, Latvia's prime minister, left.", "Ilze Berzina", "LVA", True),
    ("The U.S. Ambassador to Chile Ann Moss arrived.", "Ann Moss", "USA", True),
    # a country the entity layer inferred from elsewhere does not teach
    ("Ilze Berzina met the press in Riga.", "Ilze Berzina", "LVA", False),
    ("Ilze Berzina met Estonian officials.", "Ilze Berzina", "EST", False),
])
def test_only_stated_countries_teach(text, name, country, stated):
    assert learn._stated(load_knowledge(), text, _ent(text, name, country)) is stated


def test_a_learned_person_the_model_typed_as_an_organisation_is_a_person(analyzer, learned):
    from tidings.nlp.entities import find_entities

    doc = analyzer.nlp("Vantanen rejected the plan.")
    doc.ents = [doc.char_span(0, 8, "ORG")]
    e = next(x for x in find_entities(doc) if x.name == "Vantanen")
    assert (e.type, e.country, e.sector) == ("PERSON", "FIN", "GOV")
