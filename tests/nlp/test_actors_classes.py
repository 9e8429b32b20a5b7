"""Actors: whole classes of role words (chambers of a legislature, strikes from the air,
herders, gendarmes, people named by age or by what befell them) and offices written
"<office> of <field>". Every phrase here is invented."""
import pytest

from tidings.nlp.actors import code_actor


@pytest.mark.parametrize("text,country,sector", [
    ("the lower house", None, "LEG"),
    ("Ruritania's Chamber of Deputies", None, "LEG"),
    ("Turkish airstrikes", "TUR", "MIL"),
    ("Sudanese helicopter gunships", "SDN", "MIL"),
    ("French gendarmes", "FRA", "COP"),
    ("the Spanish Civil Guard", "ESP", "COP"),
    ("Nigerian herdsmen", "NGA", "AGR"),
    ("Russian oligarchs", "RUS", "BUS"),
    ("striking miners", None, "LAB"),
    ("three Palestinian teenagers", "PSE", "CVL"),
    ("mourners", None, "CVL"),
    ("Kenyan schoolchildren", "KEN", "EDU"),
    ("a pastor", None, "REL"),
    ("jihadis", None, "REB"),
    ("poachers", None, "CRM"),
    ("protest leaders", None, "OPP"),
])
def test_role_word_classes(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,sector", [
    ("the Minister of Health", "HLH"),  # as "health minister"
    ("Ministry of Health", "HLH"),
    ("Minister of Education", "EDU"),
    ("the Minister of Justice", "JUD"),
    ("Minister of Health and Social Affairs", "HLH"),
    ("Minister of Foreign Affairs", "GOV"),  # no field office: the minister's own sector
    ("Minister of Mines", "GOV"),
])
def test_office_of_a_field_is_the_fields_office(text, sector):
    assert code_actor(text)[1] == sector


@pytest.mark.parametrize("text,country,sector", [
    ("a Syrian villager", "SYR", "CVL"),  # one of the "villagers"
    ("an Afghan migrant", "AFG", "REF"),
    ("a Somali pirate", "SOM", "CRM"),
    ("a Kurdish fighter", None, "REB"),
    ("a Greek fisherman", "GRC", "CVL"),
    ("the grand mufti", None, "REL"),
    ("a Pakistani brigadier", "PAK", "MIL"),
    ("an Indian billionaire", "IND", "BUS"),
    ("a Turkish columnist", "TUR", "MED"),
])
def test_one_of_a_group_and_more_trades(text, country, sector):
    assert code_actor(text) == (country, sector)
