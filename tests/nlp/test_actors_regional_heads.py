"""Actors: heads of regions and large cities known by name, and people coded by their trade
or plight. Every sentence here is invented; the office holders are public facts."""
import pytest

from tidings.nlp.actors import code_actor


@pytest.mark.parametrize("text,sector", [
    ("tribal elders", "CVL"),
    ("a suicide bomber", "UAF"),
    ("the carmaker", "BUS"),
    ("paratroopers", "MIL"),
    ("hostages", "CVL"),
    ("a detective", "COP"),
    ("scientists", "EDU"),
    ("the energy regulator", "GOV"),
    ("the stock exchange", "BUS"),
    ("a local warlord", "REB"),
])
def test_people_by_trade_or_plight(text, sector):
    assert code_actor(text)[1] == sector


@pytest.mark.parametrize("text,country,sector", [
    ("al-Shabab", "SOM", "REB"),  # the one-b spelling of al-Shabaab
    ("Europol", "EUR", "COP"),
    ("Mercosur", "IGO", "IGO"),
])
def test_bodies_by_other_spellings(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.slow
@pytest.mark.parametrize("text,name,country", [
    ("Vyacheslav Gladkov said two drones struck a fuel depot overnight.", "Vyacheslav Gladkov", "RUS"),
    ("Governor Kathy Hochul signed the budget on Tuesday.", "Kathy Hochul", "USA"),
    ("Pinarayi Vijayan told reporters the flood relief would continue.", "Pinarayi Vijayan", "IND"),
    ("Denis Pushilin claimed the town had been taken.", "Denis Pushilin", "RUS"),
    # interior and finance ministers
    ("Itamar Ben-Gvir said the police would act.", "Itamar Ben-Gvir", "ISR"),
    ("Anton Siluanov told reporters the budget was sound.", "Anton Siluanov", "RUS"),
    ("Ali Yerlikaya announced the arrests on Friday.", "Ali Yerlikaya", "TUR"),
])
def test_regional_heads_and_ministers_are_known(analyzer, text, name, country):
    a = analyzer.analyze_one(text)
    e = next(e for e in a.entities if e.name == name)
    assert (e.country, e.sector) == (country, "GOV")
