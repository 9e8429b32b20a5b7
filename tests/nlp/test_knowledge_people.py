"""The people table: how names find the people the tables know (invented rows)."""
from tidings.nlp.knowledge.people import People


def _table():
    offices = [{"names": ["Oskar Brandvik", "Karl Oskar Brandvik"], "country": "NOR",
                "sector": "GOV", "title": "Prime Minister", "terms": [[2020, None]],
                "alone": True}]
    learned = {"people": [{"name": "Karl Oskar Brandvik", "country": "NOR", "sector": "GOV",
                           "title": "Prime Minister", "articles": 3}]}
    return People(learned, offices)


def test_a_longer_form_of_a_name_is_found_whole():
    people = _table()
    assert people.find("Karl Oskar Brandvik").name == "Oskar Brandvik"
    assert people.find("Oskar Brandvik").name == "Oskar Brandvik"


def test_the_first_and_last_words_of_a_longer_form_are_someone_else():
    # "Karl Brandvik" shares only the first and last words of the longer form.
    assert _table().find("Karl Brandvik") is None


def test_a_name_that_opens_with_an_honorific_is_found_without_it(analyzer):
    # The name reader drops "Sheikh" as a title; the table says the rest alone names her.
    a = analyzer.analyze_one("Sheikh Hasina opened the new bridge on Saturday.")
    e = next(e for e in a.entities if e.type == "PERSON")
    assert (e.country, e.sector) == ("BGD", "GOV")
