"""Actors: kinds of firm, trades and campaigners named by their words, state bodies named by
kind, and offices held no longer ("ex-", "ousted"). Every string here is invented."""
import pytest

from tidings.nlp.actors import code_actor


@pytest.mark.parametrize("text,country,sector", [
    ("a Slovenian conglomerate", "SVN", "BUS"),
    ("Uruguayan beef exporters", "URY", "BUS"),
    ("the Danish tech giant", "DNK", "BUS"),
    ("Belgian dockers", "BEL", "LAB"),
    ("the Ghana Labour Congress", "GHA", "LAB"),
    ("Colombian coffee growers", "COL", "AGR"),
    ("striking healthcare workers", None, "HLH"),
    ("the Zambia Medical Association", "ZMB", "HLH"),
    ("Bolivian truckers", "BOL", "CVL"),
    ("Malawi's anti-corruption commission", "MWI", "GOV"),
    ("the Zambian anti-graft body", "ZMB", "GOV"),
    ("the Moroccan spy agency", "MAR", "SPY"),
    ("Ugandan civil society organisations", "UGA", "NGO"),
    ("Thai pro-democracy activists", "THA", "OPP"),
    ("pro-government militiamen", None, "PRM"),
    ("Iraqi peshmerga", "IRQ", "MIL"),
])
def test_trades_kinds_of_firm_and_bodies_by_kind(text, country, sector):
    assert code_actor(text) == (country, sector)


def test_family_and_civil_society_alone_are_no_role():
    # As words of running text ("his family said") they would make an actor of everything.
    assert code_actor("the family") == (None, None)
    assert code_actor("civil society") == (None, None)


@pytest.mark.parametrize("text,country,sector", [
    ("ex-minister", None, "ELI"),
    ("the ex-navy commander", None, "ELI"),
    ("Peru's ex-mayor", "PER", "ELI"),
    ("the ousted Gabonese president", "GAB", "ELI"),
    ("a deposed emir", None, "ELI"),
    ("toppled Tunisian leader", "TUN", "ELI"),
])
def test_an_office_held_no_longer_is_an_elite(text, country, sector):
    assert code_actor(text) == (country, sector)


def test_ex_before_a_group_that_is_no_office_keeps_its_sector():
    assert code_actor("ex-rebels") == (None, "REB")


def test_trades_are_actors_of_running_text(analyzer):
    a = analyzer.analyze_one("Uruguayan dockworkers walked out on Monday.")
    e = next(e for e in a.entities if "dockworkers" in e.name)
    assert (e.country, e.sector) == ("URY", "LAB")


@pytest.mark.parametrize("text,country", [
    ("Corsican separatists", "FRA"),
    ("the Flemish government", "BEL"),
    ("Sardinian shepherds", "ITA"),
    ("Quebecois nationalists", "CAN"),
    ("a Zanzibari fisherman", "TZA"),
])
def test_a_region_s_adjective_gives_its_state(text, country):
    assert code_actor(text)[0] == country


def test_an_adjective_several_states_share_gives_none():
    assert code_actor("Kurdish fighters")[0] is None


@pytest.mark.parametrize("text,country,sector", [
    ("a Lithuanian think tank", "LTU", "NGO"),  # not a tank of the army
    ("Albanian mafias", "ALB", "CRM"),
    ("the Bhutanese bar association", "BTN", "JUD"),
    ("Paraguayan peasants", "PRY", "AGR"),
    ("Mongolian nomads", "MNG", "CVL"),
    ("Estonian civil servants", "EST", "GOV"),
    ("Maltese clergy", "MLT", "REL"),
    ("Nepali midwives", "NPL", "HLH"),
    ("a Cuban cameraman", "CUB", "MED"),
    ("the Laotian state-run newspaper", "LAO", "GOV"),
    ("Chilean naval officers", "CHL", "MIL"),
    ("the Yemeni presidential guard", "YEM", "MIL"),
    ("Belarusian secret police", "BLR", "SPY"),
])
def test_bands_trades_and_servants_by_their_common_noun(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("sentence,name,country,sector", [
    ("The Zambian anti-graft agency said it would appeal.", "Zambian anti-graft agency", "ZMB", "GOV"),
    ("A Laotian state-run newspaper denied the report.", "Laotian state-run newspaper", "LAO", "GOV"),
    ("Thai pro-democracy activists marched on Sunday.", "Thai pro-democracy activists", "THA", "OPP"),
])
def test_a_role_the_tokenizer_splits_at_its_hyphen_is_read_whole(analyzer, sentence, name, country,
                                                                   sector):
    a = analyzer.analyze_one(sentence)
    e = next(e for e in a.entities if e.name == name)
    assert (e.country, e.sector) == (country, sector)
