"""The actor coder on invented actor phrases: no model needed."""
import pytest

from tidings.nlp.actors import code_actor, describe
from tidings.nlp.knowledge import load


@pytest.mark.parametrize("text,country,sector", [
    ("Japanese Foreign Minister Takeshi Iwaya", "JPN", "GOV"),
    ("US Secretary of State", "USA", "GOV"),
    ("the Iraqi government", "IRQ", "GOV"),
    ("soldiers", None, "MIL"),
    ("American warplanes", "USA", "MIL"),
    ("police", None, "COP"),
    ("leader of the opposition", None, "OPP"),
    ("Pentagon spokesman", "USA", "MIL"),
    ("a former CIA official", "USA", "ELI"),
    ("Nippon Steel", "JPN", "BUS"),
    ("Beijing", "CHN", "GOV"),
    ("Shanghai police", "CHN", "COP"),
    ("NATO", "IGO", "MIL"),
    ("Norwegian fishermen's union", "NOR", "LAB"),
])
def test_code_actor(text, country, sector):
    assert code_actor(text) == (country, sector)


def test_title_words_are_reported():
    r = describe("Canadian Defence Minister Paul Tremblay")
    assert r.title == "Defence Minister" and r.country == "CAN"


def test_short_capital_names_need_capitals():
    # "us" and "who" are words; "US" and "WHO" are names.
    assert code_actor("us") == (None, None)
    assert code_actor("who") == (None, None)
    assert code_actor("WHO")[0] == "UNO"
    assert code_actor("Us")[0] is None


def test_knowledge_is_versioned_and_has_demonyms():
    kb = load()
    assert kb.version >= 1
    assert any(h.country == "NOR" for h in kb.lookup(["Norwegian"]))
    assert any(h.country == "USA" for h in kb.lookup(["Washington"]))


@pytest.mark.parametrize("text,country,sector", [
    ("the breakaway region of Transnistria", "MDA", "PRE"),
    ("Somaliland", "SOM", "PRE"),
    ("the Congress Party", "IND", "PTY"),  # longer than the US "Congress"
    ("the National Guard", None, "MIL"),  # many states have one
    ("the Saudi National Guard", "SAU", "MIL"),
    ("Syrian Democratic Forces", "SYR", "REB"),
    ("the Sinaloa Cartel", "MEX", "CRM"),
    ("Pakistan's Inter-Services Intelligence", "PAK", "SPY"),
])
def test_known_groups_states_and_parties(text, country, sector):
    assert code_actor(text) == (country, sector)


def test_short_group_names_that_are_also_words_do_not_match():
    # "Let", "Raw" and "Pa" at a sentence start are words, not armed groups or agencies.
    for text in ("Let us go", "Raw data", "Pa said"):
        assert code_actor(text)[1] is None


@pytest.mark.parametrize("text,country,sector", [
    ("Peru's Defense Department", "PER", "GOV"),  # not the Pentagon the table knows
    ("the breakaway state", None, "PRE"),
    ("Cajamarca Self Defense Forces", None, "PRM"),
])
def test_generic_office_and_group_words(text, country, sector):
    assert code_actor(text)[1] == sector
    if country:
        assert code_actor(text)[0] == country


def test_a_town_alone_is_its_people_and_a_capital_its_government():
    assert code_actor("Mombasa") == ("KEN", "CVL")
    assert code_actor("Nairobi") == ("KEN", "GOV")


@pytest.mark.parametrize("text,country,sector", [
    ("a Catholic community leader", None, "REL"),  # the specific word, not "community"
    ("a community leader", None, "CVL"),
    ("the legislative body of Chile", "CHL", "LEG"),
    ("the Kenyan president's office", "KEN", "GOV"),
])
def test_generic_heads_take_the_most_specific_modifier(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    ("the Sejm", "POL", "LEG"),
    ("a Storting committee", "NOR", "LEG"),
    ("Georgian Dream", "GEO", "PTY"),
    ("the Press Trust of India", "IND", "MED"),
    ("Bundesnachrichtendienst", "DEU", "SPY"),
    ("the Carabinieri", "ITA", "COP"),
    ("emergency medical services", None, "MED"),
])
def test_bodies_known_by_their_own_names(text, country, sector):
    assert code_actor(text) == (country, sector)


def test_abbreviations_that_are_also_common_terms_name_no_party():
    # "APC" in war news is an armoured personnel carrier, not Nigeria's ruling party.
    assert code_actor("an APC")[0] is None


@pytest.mark.parametrize("text,country,sector", [
    ("Ohio Assemblywoman Dana Pike", "USA", "LEG"),
    ("Canadian MPP", "CAN", "LEG"),
    ("Irish MEP", "IRL", "LEG"),
    ("city councillor", None, "GOV"),
    ("Councilman Ray Ortiz", None, "GOV"),
    ("Kazakh akim", "KAZ", "GOV"),
    ("Scottish First Minister", "GBR", "GOV"),
])
def test_lesser_and_local_offices(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,sector,title", [
    ("Mayor-elect", "GOV", "Mayor-elect"),
    ("prime minister-designate", "GOV", "prime minister-designate"),
    ("Chilean Vice-Minister of Energy", "GOV", "Vice-Minister"),
    ("Governor-General", "GOV", "Governor-General"),
    ("Lieutenant-General", "MIL", "Lieutenant-General"),
])
def test_an_office_written_as_one_hyphenated_word(text, sector, title):
    r = describe(text)
    assert (r.sector, r.title) == (sector, title)


def test_a_hyphen_makes_no_office_of_other_words():
    assert code_actor("US-led talks")[1] is None
    assert code_actor("US-led coalition") == ("USA", "MIL")  # the coalition's own sector
    assert code_actor("anti-government protesters")[1] == "OPP"  # the protesters, not "government"


@pytest.mark.parametrize("text,country,sector", [
    ("Pentagon Inspector General", "USA", "GOV"),
    ("Auditor General", None, "GOV"),
    ("Solicitor General", None, "JUD"),
    ("Director General", None, "GOV"),
    ("WHO Director General", "UNO", "HLH"),   # a generic head: the sector of what he directs
    ("Army General", None, "MIL"),
    ("Major General", None, "MIL"),
])
def test_an_office_followed_by_general_is_not_an_army_general(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,sector,title", [
    ("Pakistani army chief", "MIL", "army chief"),
    ("Chief of the Defence Staff", "MIL", "Chief of the Defence Staff"),
    ("Ukrainian Commander-in-Chief", "MIL", "Commander-in-Chief"),
    ("Inspector General of Police", "COP", "Inspector General of Police"),
    ("chief of police", "COP", "chief of police"),
    ("Ukrainian People's Deputy", "LEG", "People's Deputy"),
    ("Deputy Chief of Mission", "GOV", "Deputy Chief of Mission"),
])
def test_service_chiefs_police_heads_deputies_and_mission_heads(text, sector, title):
    r = describe(text)
    assert (r.sector, r.title) == (sector, title)


def test_chief_before_another_noun_is_an_adjective():
    assert code_actor("chief economist") == (None, None)


def test_the_preposition_that_splits_head_from_place_is_outside_the_office():
    assert code_actor("Chief of Police of Lagos State") == ("NGA", "COP")


@pytest.mark.parametrize("text,country,sector", [
    ("Duma deputy Ivan Petrov", "RUS", "LEG"),  # the office named after its body keeps
    ("a Rada deputy", "UKR", "LEG"),            # the body's country
    ("the Chadian Human Rights League", "TCD", "SOC"),
    ("the Tunisian League for Human Rights", "TUN", "SOC"),
    ("the Syrian Observatory for Human Rights", "SYR", "SOC"),
    ("the Mexican Attorney General's Office", "MEX", "JUD"),
    ("the Prosecutor General's Office", None, "JUD"),
    ("the governor of Kherson region", "UKR", "GOV"),
    ("the mayor of Kandahar", "AFG", "GOV"),
])
def test_bodies_offices_and_places_by_their_words(text, country, sector):
    assert code_actor(text) == (country, sector)


@pytest.mark.parametrize("text,country", [
    ("Tigrayan forces", "ETH"),  # peoples of one country's region name it
    ("Uyghur activists", "CHN"),
    ("Chechen fighters", "RUS"),
])
def test_regional_peoples_give_their_country(text, country):
    assert code_actor(text)[0] == country


def test_public_prosecutors_are_judicial():
    assert code_actor("the Director of Public Prosecutions") == (None, "JUD")
    assert code_actor("a state prosecutor") == (None, "JUD")


def test_a_body_the_table_knows_named_with_another_country_after_of_is_that_countrys():
    assert code_actor("the Congress of Peru") == ("PER", "LEG")
    assert code_actor("the Congress of the United States") == ("USA", "LEG")
    assert code_actor("Members of Congress") == ("USA", "LEG")


def test_a_part_every_city_has_is_no_town():
    assert code_actor("the Old City") == (None, None)
    assert code_actor("Mosul's Old City")[0] == "IRQ"
    assert code_actor("Little Rock")[0] == "USA"
