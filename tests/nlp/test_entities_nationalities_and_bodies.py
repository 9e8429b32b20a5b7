"""Entities: multi-word nationalities the model reads as a person, a body's name written
with its country after "of", and news and aid bodies named by what they are. Every sentence
here is invented."""
import pytest

pytestmark = pytest.mark.slow


def _ents(analyzer, text):
    (a,) = list(analyzer.analyze([text]))
    return a.entities


def _by_name(ents, name):
    return next((e for e in ents if e.name == name), None)


@pytest.mark.parametrize("text,phrase,country,sector", [
    ("Sri Lankan officials said the port would reopen on Monday.", "Sri Lankan officials", "LKA", "GOV"),
    ("Costa Rican police arrested two men near the border.", "Costa Rican police", "CRI", "COP"),
])
def test_a_nationality_of_two_words_is_no_person(analyzer, text, phrase, country, sector):
    ents = _ents(analyzer, text)
    assert not any(e.type == "PERSON" for e in ents)
    e = _by_name(ents, phrase)
    assert e is not None and (e.country, e.sector) == (country, sector)


@pytest.mark.parametrize("text,name,country,sector", [
    ("The Supreme Court of Kenya annulled the vote on Friday.", "Supreme Court of Kenya", "KEN", "JUD"),
    ("Officials at the Ministry of Foreign Affairs of Peru said talks would resume.",
     "Ministry of Foreign Affairs of Peru", "PER", "GOV"),
    # an actor phrase on its own: the model ends the body on "of" ("the Socialist Party of")
    ("the Socialist Party of Chile", "Socialist Party of Chile", "CHL", "PTY"),
])
def test_a_body_of_a_country_is_one_name(analyzer, text, name, country, sector):
    ents = _ents(analyzer, text)
    e = _by_name(ents, name)
    assert e is not None and e.type == "ORG" and (e.country, e.sector) == (country, sector)


def test_a_body_before_of_a_place_that_is_no_country_stays_apart(analyzer):
    ents = _ents(analyzer, "The University of Nairobi closed its gates.")
    assert _by_name(ents, "University of Nairobi") is not None


@pytest.mark.parametrize("text,name,sector", [
    ("The newspaper Le Monde reported that the deal was off.", "Le Monde", "MED"),
    ("The broadcaster Channel 4 said it would appeal the ruling.", "Channel 4", "MED"),
])
def test_a_bodys_kind_before_its_name_is_no_second_actor(analyzer, text, name, sector):
    ents = _ents(analyzer, text)
    e = _by_name(ents, name)
    assert e is not None and e.type == "ORG" and e.sector == sector
    assert [x.name for x in ents if x.type != "NORP"] == [name]


def test_a_news_site_before_its_name_is_no_place(analyzer):
    ents = _ents(analyzer, "He was headed to Cairo for meetings, the news site RTL Info reported.")
    assert not any(e.type == "LOC" or e.name.endswith("site") for e in ents)


def test_a_nationality_and_office_run_into_a_name_are_its_title(analyzer):
    ents = _ents(analyzer, "Jordanian King Abdullah said the border would stay open.")
    e = next(e for e in ents if e.type == "PERSON")
    assert (e.name, e.country, e.title) == ("Abdullah", "JOR", "King")


def test_a_nationality_and_office_alone_are_no_person(analyzer):
    ents = _ents(analyzer, "Jordanian King")
    # No named person: the unnamed office holder, whom the record types a person, with the
    # office as all that is known of them.
    assert [(e.name, e.title) for e in ents if e.type == "PERSON"] == [("Jordanian King", "Jordanian King")]
    assert any((e.country, e.sector) == ("JOR", "GOV") for e in ents)


def test_a_hyphenated_known_name_is_found_over_its_tokens(analyzer):
    ents = _ents(analyzer, "Fighters from Tehrik-i-Taliban Pakistan attacked a checkpoint.")
    e = _by_name(ents, "Tehrik-i-Taliban Pakistan")
    assert e is not None and (e.type, e.country, e.sector) == ("ORG", "PAK", "REB")


@pytest.mark.parametrize("text,name,country,sector", [
    ("The rebel group M23 seized the town on Sunday.", "M23", "COD", "REB"),
    ("the Colombian guerrilla group ELN", "ELN", "COL", "REB"),
])
def test_the_kind_of_an_armed_group_belongs_to_its_mention(analyzer, text, name, country, sector):
    ents = _ents(analyzer, text)
    e = _by_name(ents, name)
    assert e is not None and (e.country, e.sector) == (country, sector)
    start = text.lower().index("the ")
    assert [start, text.index(name) + len(name)] in e.mentions
    assert not any(x.type == "NORP" and x.mentions for x in ents)


def test_the_countrys_actors_are_of_the_one_country_the_sentence_names(analyzer):
    ents = _ents(analyzer, "Libyan authorities suspended military aid to the country's rebel groups.")
    e = next(e for e in ents if e.name.endswith("rebel groups"))
    assert (e.country, e.sector) == ("LBY", "REB")
    ents = _ents(analyzer, "Kenyan and Ugandan officials criticised the country's opposition.")
    e = next(e for e in ents if e.name.endswith("opposition"))
    assert e.country is None


def test_a_two_letter_surname_is_no_initial_of_another_name(analyzer):
    text = ("Judge Carlton W. Reeves ruled on Monday. \"This is a victory,\" said Paloma Wu, "
            "a lawyer for the plaintiffs.")
    ents = _ents(analyzer, text)
    reeves = _by_name(ents, "Carlton W. Reeves")
    wu = text.index("Wu")
    assert not any(s <= wu < e for s, e in reeves.mentions)
    assert any(e.type == "PERSON" and e.name.endswith("Wu") for e in ents)


@pytest.mark.parametrize("text,name,country,sector", [
    # proper nouns right after an office are its holder, with no verb of saying
    ("Ghanaian MP Kwame Asante", "Kwame Asante", "GHA", "LEG"),
    # a nationality and a body's head word are that country's body, not a person ...
    ("Kenyan High Court Judge Lawrence Mugambi", "Lawrence Mugambi", "KEN", "JUD"),
    # ... and the body or place after "of" gives an office holder his country
    ("Governor Musa Bello of Kano State", "Musa Bello", "NGA", "GOV"),
])
def test_office_holders_and_their_countries(analyzer, text, name, country, sector):
    ents = _ents(analyzer, text)
    e = _by_name(ents, name)
    assert e is not None and e.type == "PERSON" and (e.country, e.sector) == (country, sector)
    assert not any(x.type == "PERSON" and x.name != name for x in ents)


def test_a_capitalised_modal_in_a_headline_is_no_surname(analyzer):
    ents = _ents(analyzer, "Trump May Not Have Suggested Arming Japan\n\nThe remark was reported on Monday.")
    assert "Trump" in [e.name for e in ents if e.type == "PERSON"]
    assert not any(e.name == "Trump May" for e in ents)
    ents = _ents(analyzer, "Theresa May Says the Deal Is Done")
    assert "Theresa May" in [e.name for e in ents if e.type == "PERSON"]


def test_a_generic_body_is_of_the_country_the_story_is_about(analyzer):
    text = ("Kenya's opposition welcomed the ruling. The Supreme Court said the Kenyan electoral "
            "commission had failed. Protests spread across Kenya, and Kenyan police fired tear gas.")
    e = _by_name(_ents(analyzer, text), "Supreme Court")
    assert (e.country, e.sector) == ("KEN", "JUD")
    # a story naming no other country keeps the table's body
    e = _by_name(_ents(analyzer, "The Supreme Court ruled on Monday that the law stands."), "Supreme Court")
    assert e.country == "USA"
