"""Event senses told apart by their arguments: hosting, releasing, signing.

Uses the same stand-in entity layer as test_events.py, so these pin the event coder alone.
"""
from __future__ import annotations

import pytest

from test_events import code, nlp  # noqa: F401  (nlp is the module fixture)


def _consults(evs):
    return [e for e in evs if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The port town also hosts the Coast Guard and the National Weather Agency.",
    "Aid will reach the refugees and the communities that host them.",
])
def test_housing_a_unit_or_a_population_is_no_meeting(nlp, text):
    assert not _consults(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Takeshi Iwaya will host Foreign Minister Ana Ortega in Tokyo next week.",
    "Kenya hosted the talks between the two sides.",
    "Officials discussed the regional summit that Takeshi Iwaya will host in Osaka.",
])
def test_hosting_a_guest_or_a_gathering_is_a_meeting(nlp, text):
    assert _consults(code(nlp, text))


def test_a_release_of_stock_frees_no_one(nlp):
    assert not [e for e in code(nlp, "Japan ordered a large release from its strategic oil reserve.")
                if e.type == "CONCEDE"]
    # Money let go to someone is given to them.
    evs = code(nlp, "Marco Rubio approved the release of $40 million in security assistance to Kenya.")
    assert [(e.type, e.target.country) for e in evs] == [("AID", "KEN")]


def test_whom_a_release_frees_is_not_the_prison(nlp):
    evs = code(nlp, "The government ordered the release of the activist from prison.")
    assert [e.target.name for e in evs if e.type == "CONCEDE"] == ["the activist"]


def test_signing_ones_own_order_agrees_with_no_one(nlp):
    assert not code(nlp, "The president of Kenya signed a memorandum instructing ministries to cut fuel imports.")
    assert not code(nlp, "The prime minister signed an executive order banning exports of maize.")
    # Two signers, or one with a counterpart, are parties to a memorandum.
    assert pairs_of(code(nlp, "Kenya and Ethiopia signed a memorandum.")) == {("KEN", "ETH")}
    assert pairs_of(code(nlp, "Kenya signed a memorandum with Japan.")) == {("KEN", "JPN")}


def pairs_of(evs):
    return {(e.source.country, e.target.country) for e in evs if e.type == "AGREE"}


def test_a_thing_that_provides_gives_no_aid(nlp):
    text = ("The river shapes every part of life here. It regulates the climate and provides food and "
            "jobs for millions of people.")
    assert not [e for e in code(nlp, text) if e.type == "AID"]
    assert not code(nlp, "The council provides a useful platform for resolving disputes.")


def test_seizing_a_chance_takes_no_property(nlp):
    assert not [e for e in code(nlp, "Kenya seized the moment.") if e.type == "COERCE"]
    evs = code(nlp, "Rebels seized the town and captured the airport.")
    assert [e.type for e in evs] == ["COERCE", "COERCE"]


@pytest.mark.parametrize("text, source", [
    ("Police in Kenya arrested three journalists for spying.", "Police in Kenya"),
    ("The opposition leader was arrested for collaborating with an armed group.", None),
])
def test_an_arrest_for_a_charge_accuses_the_arrested(nlp, text, source):
    evs = code(nlp, text)
    arrests = [(e.source.name, e.target.name) for e in evs if e.type == "COERCE"]
    assert arrests and [(e.source.name, e.target.name) for e in evs if e.type == "ACCUSE"] == arrests
    assert arrests[0][0] == source


@pytest.mark.parametrize("text", [
    "Police detained the activist for questioning.",
    "Police detained 20 protesters for two days.",
])
def test_an_arrest_without_a_charge_accuses_no_one(nlp, text):
    evs = code(nlp, text)
    assert [e.type for e in evs] == ["COERCE"]


def test_those_one_holds_discussions_with_do_not_meet_each_other(nlp):
    text = ("At the forum, the Acting Deputy Assistant Secretary will engage in discussions with senior "
            "cultural officials and representatives of international organizations on trade.")
    assert not [e for e in _consults(code(nlp, text)) if e.source.name and "officials" in e.source.name]


def test_a_with_of_manner_names_no_partner(nlp):
    text = "Kenya and Ethiopia have been consulting with businesses across the region, with a special focus on Somalia."
    assert not [e for e in code(nlp, text) if e.target.country == "SOM"]


def test_a_passive_joined_to_an_active_verb_keeps_its_patient(nlp):
    evs = code(nlp, "The activist fled to Kenya and was arrested there by the police.")
    assert [(e.type, e.source.name, e.target.name) for e in evs if e.type == "COERCE"] == [
        ("COERCE", "the police", "The activist")]


@pytest.mark.parametrize("text", [
    "Everyone agrees that ending violence against women and girls requires a broad approach.",
    "Attacking civilians is a war crime.",
])
def test_a_gerund_subject_is_an_activity_in_general(nlp, text):
    assert not code(nlp, text)


def test_a_future_that_people_seek_asks_no_one(nlp):
    assert not code(nlp, "Trade can build the future that Kenyans and Ethiopians seek.")


def test_the_governments_of_two_states_are_two_parties(nlp):
    evs = code(nlp, "The foreign ministers of Kenya and Ethiopia met in Addis Ababa.")
    assert {frozenset((e.source.country, e.target.country)) for e in evs if e.type == "CONSULT"} == {
        frozenset(("KEN", "ETH"))}


def test_what_a_dialogue_is_focused_on_is_its_topic(nlp):
    text = "Kenya and Ethiopia held a dialogue in Nairobi, focused on deepening the bilateral partnership."
    assert [e.type for e in code(nlp, text)] == ["CONSULT"]
    # A finite verb's focus is its own act.
    assert [e.type for e in code(nlp, "Kenya focused on attacking rebel bases in the north.")] == ["ASSAULT"]


def test_whoever_is_urged_to_act_is_not_replaced_by_a_phrase_of_manner(nlp):
    text = "Japan urged the platforms to act responsibly, in line with the Paris Principles of the EU."
    assert not [e for e in code(nlp, text) if e.target.name and "Principles" in e.target.name]


def test_forcing_a_thing_coerces_no_one(nlp):
    assert not code(nlp, "Benjamin Franklin forced an ethos of thrift on the colony.")
    assert [e.type for e in code(nlp, "Rebels forced villagers to flee.")] == ["COERCE"]
    # Forcing an act coerces whoever had to do it.
    assert [e.type for e in code(nlp, "Kenyan authorities forced the closure of the newspaper.")] == ["COERCE"]


def test_contributing_to_a_harm_gives_nothing(nlp):
    text = "Japan sanctioned Russian outlets that contribute to the destabilization of Ukraine."
    assert not [e for e in code(nlp, text) if e.type == "AID"]


def test_what_a_conference_is_on_is_its_topic(nlp):
    evs = code(nlp, "Kenya and Ethiopia held talks on Somalia.")
    assert {frozenset((e.source.country, e.target.country)) for e in evs} == {frozenset(("KEN", "ETH"))}


def test_a_pair_named_by_its_sides_is_the_other_side(nlp):
    evs = code(nlp, "Takeshi Iwaya praised the Japan-Canada partnership.")
    assert [(e.type, e.target.country) for e in evs] == [("SUPPORT", "CAN")]


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia held talks on Monday. They signed a trade agreement.",
    "Kenya and Ethiopia said they would sign a trade agreement.",
    "Takeshi Iwaya and Marco Rubio met in Tokyo. They agreed to expand defense cooperation.",
])
def test_they_after_a_joined_subject_is_both(nlp, text):
    evs = [e for e in code(nlp, text) if e.type == "AGREE"]
    assert len(evs) == 1 and evs[0].source.country and evs[0].target.country


def test_they_after_a_single_subject_is_that_one(nlp):
    evs = code(nlp, "Ethiopian troops crossed into Somalia on Monday. They attacked a rebel camp near the border.")
    assert [(e.source.country, e.target.name) for e in evs if e.type == "ASSAULT"] == [("ETH", "a rebel camp")]


def test_recalling_a_discussion_cuts_no_ties(nlp):
    evs = code(nlp, "Recalling their fruitful discussion on trade, Kenya and Ethiopia praised each other's efforts.")
    assert not [e for e in evs if e.type == "SANCTION"]
    assert [e.type for e in code(nlp, "Kenya recalled its ambassador from Somalia.")] == ["SANCTION"]


def test_opening_ones_arms_gives_no_weapons(nlp):
    evs = code(nlp, "Kenyans have been generous, opening their arms and their homes to refugees from Somalia.")
    assert not [e for e in evs if e.mode == "military"]


@pytest.mark.parametrize("text", [
    "Kenya's new dam really gives visitors pause at the scale of the work.",
    "The Kenyan budget crisis gave rise to protests in Nairobi, and Japan gave rise to new hopes.",
])
def test_idioms_of_giving_give_nothing(nlp, text):
    assert not [e for e in code(nlp, text) if e.type == "AID"]
