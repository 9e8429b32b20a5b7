"""The document country prior (nlp/entities_prior.py) on invented articles: it fills gaps of
local office holders in one-country stories, and only there."""
from tidings.nlp import DocContext

KENYA = ("Kenyan police arrested four men in Nairobi on Monday. The Kenyan government said the "
         "men had planned attacks in Mombasa. Governor Amina Odhiambo said the High Court would "
         "hear the case. Police spokesman Peter Wekesa declined to comment.")


def _by_name(analysis):
    return {e.name: e for e in analysis.entities}


def test_local_office_holder_takes_the_story_country(analyzer):
    ents = _by_name(analyzer.analyze_one(KENYA))
    assert ents["Amina Odhiambo"].country == "KEN"
    assert ents["Amina Odhiambo"].sector == "GOV"


def test_bilateral_story_lends_nothing(analyzer):
    text = ("Kenyan and Ugandan officials met in Kampala. The Ugandan delegation and the Kenyan "
            "delegation signed a deal. Governor Amina Odhiambo said trade would grow.")
    ents = _by_name(analyzer.analyze_one(text))
    assert ents["Amina Odhiambo"].country is None


def test_foreign_affairs_offices_and_bare_names_are_left_alone(analyzer):
    text = ("Syrian forces shelled Aleppo, the Syrian government said. Syrian rebels replied. "
            "Foreign Secretary Martin Hale condemned the shelling. Lena Okafor, who lives there, "
            "fled with her children.")
    ents = _by_name(analyzer.analyze_one(text))
    assert ents["Martin Hale"].country is None  # the statement's author is not Syrian
    assert ents["Lena Okafor"].country is None


def test_dateline_places_a_story_that_rarely_names_its_country(analyzer):
    text = ("Police said on Tuesday that Mayor Kwame Mensah would stay in office until the High "
            "Court ruled on the dispute.")
    without = _by_name(analyzer.analyze_one(text))
    assert without["Kwame Mensah"].country is None
    assert without["High Court"].country is None
    with_dateline = _by_name(analyzer.analyze_one(text, DocContext(dateline="ACCRA")))
    assert with_dateline["Kwame Mensah"].country == "GHA"
    assert with_dateline["High Court"].country == "GHA"


def test_a_stated_country_is_never_replaced(analyzer):
    text = KENYA + " Tanzanian Foreign Minister Joseph Mrema welcomed the arrests."
    ents = _by_name(analyzer.analyze_one(text))
    assert ents["Joseph Mrema"].country == "TZA"


def test_a_possessed_nominal_is_the_group_the_table_names(analyzer):
    ents = _by_name(analyzer.analyze_one("Eritrea's displaced walked for days to reach the camp."))
    assert (ents["Eritrea's displaced"].country, ents["Eritrea's displaced"].sector) == ("ERI", "REF")


def test_state_media_speak_for_their_government(analyzer):
    official = _by_name(analyzer.analyze_one("The state-run Coastal News Agency reported the fire."))
    plain = _by_name(analyzer.analyze_one("He told the Coastal News Agency about the fire."))
    assert official["Coastal News Agency"].sector == "GOV"
    assert plain["Coastal News Agency"].sector != "GOV"
