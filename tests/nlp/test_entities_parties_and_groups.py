"""Entities: parties known by their relation to someone ("our partners", "all parties")
are organisation mentions for readers. Every sentence here is invented."""
from tidings.nlp.entities import entity_at


def _orgs(text, a):
    return {text[s:t] for e in a.entities if e.type == "ORG" for s, t in e.mentions}


def test_party_phrases_are_organisations_with_their_determiner(analyzer):
    text = ("The minister thanked our partners and urged all parties to respect the truce. "
            "Both countries signed the accord with 14 donor countries and other partners.")
    a = analyzer.analyze_one(text)
    orgs = _orgs(text, a)
    assert {"our partners", "all parties", "Both countries", "other partners"} <= orgs
    assert "donor countries" in orgs and "14 donor countries" not in orgs


def test_the_enemy_is_a_party_but_enemy_fire_is_not(analyzer):
    text = "The enemy retreated under heavy enemy fire near the river."
    orgs = _orgs(text, analyzer.analyze_one(text))
    assert "The enemy" in orgs
    assert not any(s.startswith("enemy") for s in orgs)


def test_party_phrases_are_no_actor_for_quotes_or_events(analyzer):
    text = "Our allies said the talks would resume on Monday."
    doc = analyzer.nlp(text)
    allies = next(t.i for t in doc if t.text == "allies")
    assert entity_at(doc, allies) is None


def test_a_group_mention_keeps_its_possessive_or_demonstrative(analyzer):
    text = ("The minister praised our forces and said these terrorists would be defeated. "
            "He met the president and his government.")
    a = analyzer.analyze_one(text)
    orgs = _orgs(text, a)
    assert {"our forces", "these terrorists", "his government"} <= orgs
    doc = analyzer.nlp(text)
    our = next(t.i for t in doc if t.text == "our")
    assert entity_at(doc, our) is None  # the offsets grow, the token table does not


def test_a_body_named_by_its_kind_is_an_organisation(analyzer):
    text = ("The squadron flew home on Monday. An aid convoy reached the town, and the "
            "delegation met the mayor. ISIL's smuggling network was hit.")
    orgs = _orgs(text, analyzer.analyze_one(text))
    assert {"The squadron", "An aid convoy", "the delegation", "smuggling network"} <= orgs
    assert "ISIL's smuggling network" not in orgs  # the owner is a mention of its own


def test_a_group_of_things_is_no_organisation(analyzer):
    text = "Aircraft struck a group of buildings near the river."
    orgs = _orgs(text, analyzer.analyze_one(text))
    assert not any("group" in s for s in orgs)


def _places(text, a):
    return {text[s:t] for e in a.entities if e.type in ("GPE", "LOC") for s, t in e.mentions}


def test_the_kind_of_place_after_its_name_is_part_of_the_mention(analyzer):
    text = "Strikes hit targets in Idlib province and the Wadi Barada area on Monday."
    a = analyzer.analyze_one(text)
    places = _places(text, a)
    assert "Idlib province" in places and "the Wadi Barada area" in places
    assert any(e.name == "Idlib" for e in a.entities)  # the name stays the name


def test_my_and_me_are_the_speaker_like_i(analyzer):
    text = ("Maria Delgado, the mayor, spoke on Monday. \"My thoughts are with the families. "
            "Join me in thanking the crews,\" Delgado said.")
    a = analyzer.analyze_one(text)
    person = next(e for e in a.entities if e.name == "Maria Delgado")
    words = [text[s:t] for s, t in person.mentions]
    assert "My" in words and "me" in words


def test_two_countries_joined_before_a_noun_are_the_parties(analyzer):
    text = "The leaders discussed UK-France co-operation on migration. Tourists flew to France."
    a = analyzer.analyze_one(text)
    types = {(text[s:t], s): e.type for e in a.entities for s, t in e.mentions}
    assert types[("UK", text.index("UK"))] == "ORG"
    assert types[("France", text.index("France"))] == "ORG"
    assert types[("France", text.rindex("France"))] == "GPE"  # where tourists went: the place


def test_a_country_whose_commitment_is_named_is_the_state(analyzer):
    text = "The minister underlined the UK's commitment to the talks held in the UK."
    a = analyzer.analyze_one(text)
    spans = {text[s:t]: e.type for e in a.entities for s, t in e.mentions}
    assert spans.get("the UK") == "ORG"
    assert spans.get("UK") == "GPE"


def test_a_body_named_again_where_the_model_missed_it_is_a_mention(analyzer):
    from tidings.nlp.entities import _repeated_names
    from tidings.nlp.entities_names import _Cluster, _Mention
    doc = analyzer.nlp("Harbour Command said the port was shut. Staff of the Harbour Command "
                       "left. Harbour crews stayed.")
    body = _Cluster("ORG", "harbour command")
    body.mentions.append(_Mention(0, 2, "ORG", "Harbour Command", cluster=body))
    _repeated_names(doc, [body])
    spans = [doc[m.start - m.lead:m.end].text for m in body.mentions]
    assert spans == ["Harbour Command", "the Harbour Command"]  # not the lone "Harbour"


def test_a_hospital_struck_is_a_place_and_one_speaking_a_body(analyzer):
    text = "Aircraft bombed a hospital near the river. The clinic said it had treated 40 people."
    a = analyzer.analyze_one(text)
    types = {text[s:t]: e.type for e in a.entities for s, t in e.mentions}
    assert types.get("a hospital") == "LOC"
    text = "The hospital said it had treated 40 people."
    a = analyzer.analyze_one(text)
    types = {text[s:t]: e.type for e in a.entities for s, t in e.mentions}
    assert types.get("The hospital") == "ORG"


def test_an_unknown_one_word_name_where_things_happen_is_a_town(analyzer):
    # (the model reads both invented names as organisations)
    text = "ISIL fighters in Tarbuk fired on the convoy."
    types = {text[s:t]: e.type for e in analyzer.analyze_one(text).entities for s, t in e.mentions}
    assert types.get("Tarbuk") == "GPE"
    text = "The group carried out atrocities in Halbek, named its magazine after the town."
    types = {text[s:t]: e.type for e in analyzer.analyze_one(text).entities for s, t in e.mentions}
    assert types.get("Halbek") == "GPE"


def test_the_holder_of_an_office_for_a_place_is_a_person_not_a_body(analyzer):
    text = "UN Special Envoy for Syria Staffan de Mistura said talks would resume."
    a = analyzer.analyze_one(text)
    person = next(e for e in a.entities if e.type == "PERSON")
    assert person.name == "Staffan de Mistura"
    assert not any(e.type == "ORG" and "Mistura" in e.name for e in a.entities)
    assert any(e.name == "Syria" and e.type == "GPE" for e in a.entities)


def test_a_name_read_as_a_town_once_is_the_town_throughout():
    from tidings.nlp.entities import _one_sense
    from tidings.nlp.entities_names import _Mention
    from tidings.nlp.knowledge import load
    ms = [_Mention(3, 4, "GPE", "Halbek"), _Mention(9, 10, "ORG", "Halbek"),
          _Mention(12, 13, "ORG", "NATO")]
    _one_sense(load(), ms)
    assert [m.type for m in ms] == ["GPE", "GPE", "ORG"]


def test_whose_members_a_group_is_belongs_to_its_mention(analyzer):
    text = "The minister met the families of the victims and the residents of Camp Nara."
    a = analyzer.analyze_one(text)
    spans = {text[s:t] for e in a.entities for s, t in e.mentions}
    assert "the families of the victims" in spans
    # Mentions are flat: the victims are a word of the longer mention, not one of their own.
    assert "the victims" not in spans
    assert any(e.name == "victims" for e in a.entities)


def test_a_name_inside_a_longer_mention_is_no_mention_of_its_own(analyzer):
    text = ("The talks were held in Springfield, Illinois, on Monday. "
            "U.S. forces struck Zorvan Front fighters near the river.")
    a = analyzer.analyze_one(text)
    spans = {text[s:t] for e in a.entities for s, t in e.mentions}
    assert {"Springfield, Illinois", "U.S. forces", "Zorvan Front fighters"} <= spans
    assert not spans & {"Illinois", "U.S.", "Zorvan Front"}
    # The inner names stay entities (with their countries) for the actor registry.
    assert {"Illinois", "U.S.", "Zorvan Front"} <= {e.name for e in a.entities}


def test_a_band_qualified_by_a_group_word_is_a_group_like_our_partners(analyzer):
    text = ("The admiral thanked our alliance partners and the navy engineers. "
            "A navy engineer repaired the pump.")
    a = analyzer.analyze_one(text)
    orgs = _orgs(text, a)
    assert {"our alliance partners", "the navy engineers"} <= orgs
    assert "A navy engineer" not in orgs  # one person, not a group


def test_a_name_the_parser_splits_at_its_and_qualifies_the_whole_phrase(analyzer):
    # The chunk the parser makes starts at "the Grenadines": the phrase starts with the name.
    text = "Police met Saint Vincent and the Grenadines officials on Monday."
    a = analyzer.analyze_one(text)
    spans = {text[s:t] for e in a.entities for s, t in e.mentions}
    assert "Saint Vincent and the Grenadines officials" in spans
    assert "the Grenadines officials" not in spans
