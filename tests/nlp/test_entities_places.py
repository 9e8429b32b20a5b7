"""Entities: a noun phrase headed by a place or facility noun is an (unnamed) location
mention, as news-entity annotation marks it; the layers that read actors are not misled by
it. Every sentence here is invented."""
from tidings.nlp.entities import entity_at


def _places(text, a):
    return {text[s:t] for e in a.entities if e.type == "LOC" for s, t in e.mentions}


def test_facility_phrases_are_locations(analyzer):
    text = ("Coalition aircraft struck two fighting positions and an ISIL-held building near "
            "the town on Friday. The strikes also destroyed a supply route.")
    a = analyzer.analyze_one(text)
    places = _places(text, a)
    assert {"fighting positions", "an ISIL-held building", "the town", "a supply route"} <= places
    assert "two fighting positions" not in places  # the count is no part of the place


def test_holder_and_possessive_stay_outside_the_place(analyzer):
    text = ("Militants fired on the Gaza Strip's eastern border regions. Their positions were "
            "shelled in return.")
    a = analyzer.analyze_one(text)
    places = _places(text, a)
    assert "eastern border regions" in places
    assert "'s eastern border regions" not in places
    assert "positions" in places and "Their positions" not in places


def test_the_noun_before_a_named_place_is_left_to_it(analyzer):
    text = "The city of Arbil hosted the talks. Delegates toured the old city."
    a = analyzer.analyze_one(text)
    places = _places(text, a)
    assert "The city" not in places
    assert "the old city" in places


def test_unnamed_places_are_no_actor_for_quotes_or_events(analyzer):
    text = ("Officials in the Marquez camp said the vote was unfair. Rebels attacked military "
            "positions in Mali's Mopti region on Sunday.")
    a = analyzer.analyze_one(text)
    assert "the Marquez camp" in _places(text, a) or "camp" in {
        text[s:t].split()[-1] for e in a.entities if e.type == "LOC" for s, t in e.mentions}
    doc = analyzer.nlp(text) if hasattr(analyzer, "nlp") else None
    if doc is not None:
        camp = next(t for t in doc if t.text == "camp")
        assert entity_at(doc, camp.i) is None or entity_at(doc, camp.i).type != "LOC"
    targets = [ev.target for ev in a.events if ev.target and ev.target.name]
    assert not any(t.name == "military positions" and t.country is None for t in targets)


def test_facility_nouns_with_a_plural_in_ies_are_locations_too(analyzer):
    text = "The raid destroyed two drone assembly facilities. Troops guarded the storage facilities."
    places = _places(text, analyzer.analyze_one(text))
    assert {"drone assembly facilities", "the storage facilities"} <= places


def test_a_sea_named_after_a_shore_is_one_place(analyzer):
    for text, sea in (("The frigate left port on Monday and will reach the Bay of Bengal by June.",
                       "Bay of Bengal"),
                      ("Pirates boarded two tankers in the Gulf of Guinea, far from shore.",
                       "Gulf of Guinea"),
                      ("The task force patrols the Red Sea, Gulf of Aden and the Arabian Sea.",
                       "Gulf of Aden")):
        a = analyzer.analyze_one(text)
        places = {text[s:e] for ent in a.entities if ent.type in ("LOC", "GPE")
                  for s, e in ent.mentions}
        assert any(p.endswith(sea) for p in places), (text, places)
        assert sea.split()[-1] not in places
