"""Entities on statement-style text: heading and signature lines, initials, possessives,
equipment. Every sentence here is invented."""
import pytest


def _by_name(analysis, name):
    return next((e for e in analysis.entities if e.name == name), None)


def _mention_texts(analysis, text):
    return [text[s:e] for ent in analysis.entities for s, e in ent.mentions]


def test_no_mention_crosses_a_heading_line(analyzer):
    text = ("Office of the Press Secretary\n"
            "Delegates of Norway and Peru signed the fisheries accord on Tuesday.\n"
            "Minister of Fisheries of Peru\n"
            "Lima, Peru\n"
            "The accord takes effect next year.")
    a = analyzer.analyze_one(text)
    for m in _mention_texts(a, text):
        assert "\n" not in m, m


def test_signature_place_line_is_no_country_of_the_signer(analyzer):
    text = ("Marcus T. Whitfield, Deputy Secretary of State\n"
            "Nairobi, Kenya\n"
            "DEPUTY SECRETARY WHITFIELD: Thank you all for coming to Nairobi today. "
            "Kenya and its neighbours have worked hard on this.")
    a = analyzer.analyze_one(text)
    person = _by_name(a, "Marcus T. Whitfield")
    assert person is not None and person.type == "PERSON"
    assert person.country != "KEN"


def test_initial_and_surname_take_the_given_name_before_them(analyzer):
    text = ("Secretary of State Marcus T. Whitfield met today in Lima with Peruvian "
            "Foreign Minister Rosa Quispe. Whitfield thanked her.")
    a = analyzer.analyze_one(text)
    person = _by_name(a, "Marcus T. Whitfield")
    assert person is not None and person.type == "PERSON"
    assert _by_name(a, "T. Whitfield") is None


def test_a_title_word_before_an_initial_stays_out_of_the_name(analyzer):
    from tidings.nlp.entities import _given_name_left_out
    from tidings.nlp.knowledge import load

    doc = analyzer.nlp("Ambassador R. Okonkwo arrived in Abuja on Friday.")
    i = next(t.i for t in doc if t.text == "R.")
    assert not _given_name_left_out(doc, load(), i)


def test_a_persons_name_ends_at_the_possessive(analyzer):
    text = "Critics blamed years of Harold Brenning’s Consensus Doctrine for the slump."
    a = analyzer.analyze_one(text)
    names = [e.name for e in a.entities if e.type == "PERSON"]
    assert not any("Consensus" in n or "’s" in n for n in names), names


def test_split_cuts_a_person_span_at_the_possessive(analyzer):
    from tidings.nlp.entities import _split

    doc = analyzer.nlp.make_doc("Harold Brenning’s Consensus Doctrine")
    pieces = list(_split(doc, 0, len(doc), "PERSON", {}))
    assert pieces[0] == (0, 3)  # the name with its possessive, trimmed later
    assert all(e <= 3 for _, e in pieces)  # the unknown rest is no name


@pytest.mark.parametrize("phrase", ["a maritime patrol aircraft", "two armed drones",
                                    "three Russian warships"])
def test_equipment_is_no_organisation(analyzer, phrase):
    text = f"The navy deployed {phrase} to the strait on Monday."
    a = analyzer.analyze_one(text)
    hits = [e for e in a.entities if e.name.split()[-1] == phrase.split()[-1]]
    assert hits, [e.name for e in a.entities]
    assert all(e.type == "OTHER" and e.sector == "MIL" for e in hits)


def test_a_force_stays_an_organisation(analyzer):
    a = analyzer.analyze_one("Government troops entered the town on Monday.")
    troops = [e for e in a.entities if e.name.lower().endswith("troops")]
    assert troops and troops[0].type == "ORG"


def test_a_bare_office_of_a_named_person_takes_no_document_country(analyzer):
    text = ("Marcus T. Whitfield, Deputy Secretary of State\n"
            "The Deputy Secretary met Kenyan officials in Nairobi. Kenya and the Kenyan "
            "police were praised; Kenyan ministers and the Kenyan parliament attended.")
    a = analyzer.analyze_one(text)
    office = [e for e in a.entities if e.type == "OTHER" and e.name.lower().endswith("secretary")]
    assert all(e.country != "KEN" for e in office)


def test_apposition_ends_at_the_line_break(analyzer):
    from tidings.nlp.entities import _apposition
    from tidings.nlp.entities_names import _Mention

    doc = analyzer.nlp("Marcus T. Whitfield, Deputy Secretary of State\nNairobi, Kenya\nThanks.")
    span = _apposition(doc, _Mention(0, 3, "PERSON", "Marcus T. Whitfield"))
    assert span is not None and span.text == "Deputy Secretary of State"


@pytest.mark.parametrize("text,name", [
    ("Officials will lift a Brenning-era curfew next week.", "Brenning"),
    ("Exports fell during the Okafor presidency, the report says.", "Okafor"),
])
def test_a_leaders_surname_before_his_tenure_is_a_person(analyzer, text, name):
    a = analyzer.analyze_one(text)
    hits = [e for e in a.entities if e.name == name]
    assert hits and all(e.type == "PERSON" for e in hits), [(e.name, e.type) for e in a.entities]


def test_ruled_by_reads_tenure_nouns_only(analyzer):
    from tidings.nlp.entities import _ruled_by

    doc = analyzer.nlp.make_doc("the Brenning-era rules and the Brenning regime and Acme staff")
    words = [t.text for t in doc]
    assert _ruled_by(doc, 2)  # "Brenning" + "-era"
    assert not _ruled_by(doc, words.index("regime"))  # "the Brenning regime" is a body
    assert not _ruled_by(doc, words.index("staff"))


def test_a_name_after_an_office_of_phrase_is_not_its_holder(analyzer):
    text = ("We are live with Marcus Whitfield, the new Secretary of State of the Brenning "
            "administration, in Paris.")
    a = analyzer.analyze_one(text)
    brenning = [e for e in a.entities if e.name == "Brenning"]
    assert all(e.title is None for e in brenning)


def test_a_body_named_after_a_person_is_an_organisation(analyzer):
    text = "She studied at Edna Farrow University before joining the Harlan Voss Foundation."
    a = analyzer.analyze_one(text)
    people = [e.name for e in a.entities if e.type == "PERSON"]
    assert not any(n.endswith(("University", "Foundation")) for n in people), people


def test_a_label_of_common_words_is_nobody(analyzer):
    text = ("QUESTION: Will the minister answer the question on fuel prices?\n"
            "MS OKAFOR: The minister will answer that question tomorrow, Ms Okafor said.")
    a = analyzer.analyze_one(text)
    people = [e.name for e in a.entities if e.type == "PERSON"]
    assert not any(n.lower() == "question" for n in people), people


def test_common_words_keep_a_surname_of_a_full_name(analyzer):
    from tidings.nlp.entities import _common_words

    doc = analyzer.nlp.make_doc("Ned Price spoke. Price said the price was fair.")
    lower = {t.text for t in doc if t.is_lower}
    # "Price" is written in lower case too, but it is a word of the full name "Ned Price".
    assert not _common_words(doc, 4, 5, lower, {"price": {0}, "ned": {0}})
    assert _common_words(doc, 4, 5, lower, {})


def test_a_clause_after_the_name_is_no_apposition(analyzer):
    text = ("Today, Under Secretary for Civilian Security Marcus Whitfield, while on an "
            "official visit to Lima, Peru, announced new aid.")
    a = analyzer.analyze_one(text)
    person = _by_name(a, "Marcus Whitfield")
    assert person is not None and person.country != "PER"


def test_an_apposition_may_open_with_then(analyzer):
    from tidings.nlp.entities import _apposition
    from tidings.nlp.entities_names import _Mention

    doc = analyzer.nlp("Marcus Whitfield, then Peru's foreign minister, signed the accord.")
    span = _apposition(doc, _Mention(0, 2, "PERSON", "Marcus Whitfield"))
    assert span is not None and span.text.startswith("then")


def test_the_next_item_of_a_list_is_no_apposition(analyzer):
    text = ("Secretary of State Marcus T. Whitfield, Peruvian Foreign Minister Rosa Quispe, and "
            "Chilean Foreign Minister Ana Rojas met today in Lima.")
    a = analyzer.analyze_one(text)
    person = _by_name(a, "Marcus T. Whitfield")
    assert person is not None and person.country not in ("PER", "CHL")
    assert _by_name(a, "Rosa Quispe").country == "PER"
