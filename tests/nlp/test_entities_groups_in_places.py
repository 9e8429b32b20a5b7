"""Entities: where a group is ("in Denmark") is no part of its mention. Every sentence here
is invented."""
import pytest

pytestmark = pytest.mark.slow


def _ents(analyzer, text):
    (a,) = list(analyzer.analyze([text]))
    return a.entities


def _mention_texts(text, ents):
    return {text[s:e] for x in ents for s, e in x.mentions}


@pytest.mark.parametrize("text,group,place,country", [
    ("Several of the largest trade unions in Denmark called a strike on Monday.",
     "trade unions", "Denmark", "DNK"),
    ("Government soldiers in northern Mali repelled the assault, the army said.",
     "Government soldiers", "northern Mali", "MLI"),
])
def test_a_group_in_a_place_is_marked_without_the_place(analyzer, text, group, place, country):
    ents = _ents(analyzer, text)
    spans = _mention_texts(text, ents)
    assert not any(s.endswith(place) and group in s for s in spans)
    e = next(e for e in ents if any(text[a:b].endswith(group) for a, b in e.mentions))
    assert e.country == country
    assert any(place in s for s in spans)


def test_a_group_of_a_place_keeps_the_place(analyzer):
    text = "The people of Iraq mourned the victims."
    assert any(s.endswith("people of Iraq") for s in _mention_texts(text, _ents(analyzer, text)))


def test_a_group_in_a_place_standing_alone_is_one_actor(analyzer):
    # an actor string or label with no verb: the place is part of the one actor it names
    text = "Police in Kaduna State"
    ents = _ents(analyzer, text)
    assert any(text[s:e] == text for x in ents for s, e in x.mentions)
    police = next(x for x in ents if any(text[s:e] == text for s, e in x.mentions))
    assert (police.country, police.sector) == ("NGA", "COP")


def test_police_in_a_state_take_its_country(analyzer):
    text = "Police in Kaduna State arrested two men."
    ents = _ents(analyzer, text)
    # the mention is the group; the name keeps where it is, as an actor is listed
    police = next(x for x in ents if any(text[s:e] == "Police" for s, e in x.mentions))
    assert (police.country, police.sector) == ("NGA", "COP")
    assert police.name == "Police in Kaduna State"


@pytest.mark.parametrize("text,word", [
    ("The United States welcomes growth in Transatlantic security cooperation.", "Transatlantic"),
    ("Ministers praised Euro-Atlantic integration at the meeting.", "Euro-Atlantic"),
])
def test_a_capitalised_adjective_before_its_noun_is_no_name(analyzer, text, word):
    ents = _ents(analyzer, text)
    assert not any(word in text[s:e] for x in ents if x.type in ("ORG", "PERSON", "GPE", "LOC")
                   for s, e in x.mentions)


def test_a_name_with_an_adjective_in_it_stays(analyzer):
    text = "The Transatlantic Council met in Brussels on Monday."
    ents = _ents(analyzer, text)
    assert any("Transatlantic Council" in text[s:e] for x in ents for s, e in x.mentions)


def test_an_office_of_a_country_ends_at_the_country(analyzer):
    text = "The Secretary met the Foreign Minister of Chile in Santiago on Monday."
    ents = _ents(analyzer, text)
    office = next(x for x in ents if x.name.startswith("Foreign Minister"))
    assert office.name == "Foreign Minister of Chile" and office.country == "CHL"
    # one who meets the country's official is his counterpart from elsewhere
    secretary = next(x for x in ents if x.name == "Secretary")
    assert secretary.country is None


def test_a_name_with_of_inside_stays_whole_after_of(analyzer):
    a = analyzer.analyze_one("Legislative body of the Islamic Republic of Iran")
    e = max(a.entities, key=lambda x: sum(b - s for s, b in x.mentions))
    assert e.country == "IRN"


def test_a_ship_is_no_person_body_or_place(analyzer):
    text = ("The frigate HMS Kentford joined the destroyer USS Waller in the strait on Monday. "
            "Kentford will stay there for a month.")
    ents = _ents(analyzer, text)
    for name, country in (("HMS Kentford", "GBR"), ("USS Waller", "USA")):
        ship = next(x for x in ents if any(text[s:e] == name for s, e in x.mentions))
        assert ship.type == "OTHER" and (ship.country, ship.sector) == (country, "MIL")
    assert not any(x.type in ("PERSON", "ORG", "GPE", "LOC") and
                   any("Kentford" in text[s:e] or "Waller" in text[s:e] for s, e in x.mentions)
                   for x in ents)


def test_they_is_a_mention_of_the_group_named_just_before(analyzer):
    text = ("The Kivu Patriotic Front said on Tuesday that they had freed the hostages. "
            "Aid workers reached the town later.")
    ents = _ents(analyzer, text)
    front = next(x for x in ents if "Kivu Patriotic Front" in x.name)
    i = text.index("they")
    assert [i, i + 4] in front.mentions


def test_they_with_no_group_near_is_left_alone(analyzer):
    text = "The rain stopped at noon. Later that day they opened the road again."
    ents = _ents(analyzer, text)
    i = text.index("they")
    assert not any([i, i + 4] == m for x in ents for m in x.mentions)


def test_one_met_by_the_story_country_s_official_is_a_counterpart(analyzer):
    text = "The Crown Prince of Bahrain met the Secretary in Manama on Monday."
    ents = _ents(analyzer, text)
    assert next(x for x in ents if x.name == "Secretary").country is None
    assert next(x for x in ents if "Crown Prince" in x.name).country == "BHR"


def test_a_word_after_a_name_the_tables_do_not_know_is_its_surname(analyzer):
    text = ("Secretary Blinken spoke with Peruvian Foreign Minister Ana Cecilia Gervasi. "
            "The Secretary congratulated the Foreign Minister on the summit.")
    ents = _ents(analyzer, text)
    assert any(x.name == "Ana Cecilia Gervasi" and x.type == "PERSON" for x in ents)
    assert not any(x.type in ("GPE", "LOC") and x.name == "Gervasi" for x in ents)


def test_a_country_before_what_it_undertakes_is_the_acting_state(analyzer):
    text = "The loan guarantee underscores the enduring U.S. commitment to Iraq."
    ents = _ents(analyzer, text)
    i = text.index("U.S.")
    state = next(x for x in ents if any(s <= i < e for s, e in x.mentions) and x.country == "USA")
    assert state.type == "ORG"


@pytest.mark.parametrize("text,country", [
    ("We thank our ally Norway for the close coordination during the operation.", "Norway"),
    ("Donors will support Malawi with new loans next year.", "Malawi"),
])
def test_a_state_named_as_a_party_acts(analyzer, text, country):
    ents = _ents(analyzer, text)
    i = text.index(country)
    assert any(x.type == "ORG" for x in ents if any(s <= i < e for s, e in x.mentions))


def test_a_state_named_as_a_place_stays_a_place(analyzer):
    text = "The minister will visit Malawi next year."
    ents = _ents(analyzer, text)
    i = text.index("Malawi")
    assert all(x.type == "GPE" for x in ents if any(s <= i < e for s, e in x.mentions))


def test_proper_nouns_after_near_name_a_place(analyzer):
    # a strike report's lines: the model reads "Sultan Abdallah" as no entity at all
    text = ("Iraq\n.      Near Kisik, one strike destroyed a tunnel. Near Sultan Abdallah, two "
            "strikes hit a cache.")
    ents = _ents(analyzer, text)
    spans = {text[s:e]: x.type for x in ents for s, e in x.mentions}
    assert spans.get("Sultan Abdallah") in ("GPE", "LOC")


def test_a_capitalised_word_after_near_the_text_also_writes_in_lower_case_is_no_place(analyzer):
    text = "Near Hit, one strike destroyed a tunnel. Two strikes hit a cache."
    ents = _ents(analyzer, text)
    assert not any(text[s:e] == "Hit" for x in ents for s, e in x.mentions)


def test_a_unit_s_number_is_part_of_its_name(analyzer):
    text = "The French previously led CTF 50 last December, before the Royal Navy took over."
    ents = _ents(analyzer, text)
    assert any(text[s:e] == "CTF 50" for x in ents if x.type == "ORG" for s, e in x.mentions)


def test_a_count_after_a_body_is_no_part_of_its_name(analyzer):
    text = "The strikes killed ISIL 50 fighters near the dam, officials said."
    ents = _ents(analyzer, text)
    assert not any(text[s:e] == "ISIL 50" for x in ents for s, e in x.mentions)
