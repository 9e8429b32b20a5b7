"""Entities: personal pronouns are mentions of the person or body they stand for
(entities_pronouns). Every sentence here is invented."""


def _mention_texts(text, a, name):
    e = next(e for e in a.entities if e.name == name)
    return [text[s:t] for s, t in e.mentions]


def test_we_of_a_release_is_the_body_it_names(analyzer):
    text = ("The Northern Alliance Task Force said on Monday that its units had cleared the "
            "bridge. We will continue to support local forces, the Northern Alliance Task Force "
            "added.")
    a = analyzer.analyze_one(text)
    body = next(e for e in a.entities if e.type == "ORG" and "Task Force" in e.name)
    assert "We" in [text[s:t] for s, t in body.mentions]


def test_i_is_the_speaker_named_next_to_the_quotation(analyzer):
    text = ("Maria Delgado, the mayor, spoke to reporters. \"I have asked the council to act,\" "
            "Delgado said. Tomas Reyes, her deputy, did not comment.")
    a = analyzer.analyze_one(text)
    assert "I" in _mention_texts(text, a, "Maria Delgado")
    reyes = next(e for e in a.entities if e.name == "Tomas Reyes")
    assert "I" not in [text[s:t] for s, t in reyes.mentions]


def test_he_is_the_person_named_before(analyzer):
    text = "Colonel Arjun Mehta inspected the base on Tuesday. He met the engineers there."
    a = analyzer.analyze_one(text)
    assert "He" in _mention_texts(text, a, "Arjun Mehta")


def test_possessives_are_not_mentions_and_they_is_the_group(analyzer):
    text = ("The Harbour Workers Union said their members would strike. They want higher pay, "
            "the Harbour Workers Union said.")
    a = analyzer.analyze_one(text)
    words = {text[s:t].lower() for e in a.entities for s, t in e.mentions}
    assert "their" not in words
    assert "They" in _mention_texts(text, a, "Harbour Workers Union")


def test_pronouns_do_not_change_the_token_table(analyzer):
    """Quotes resolve pronouns themselves: entity_at leaves "he" unresolved."""
    from tidings.nlp.entities import entity_at
    doc = analyzer.nlp("Colonel Arjun Mehta inspected the base. He met the engineers.")
    he = next(t for t in doc if t.text == "He")
    assert entity_at(doc, he.i) is None


def test_a_bare_office_is_a_mention_of_its_one_holder(analyzer):
    text = ("British Foreign Secretary Hugo Marsh visited Kiev on Monday. The Foreign Secretary "
            "said the talks had gone well.")
    a = analyzer.analyze_one(text)
    assert "The Foreign Secretary" in _mention_texts(text, a, "Hugo Marsh")


def test_one_word_of_a_title_or_another_persons_title_is_no_mention(analyzer):
    text = ("Foreign Minister Ivan Petrov held talks with Minister of Foreign Affairs of the "
            "Kingdom of Norland Carl Lund.")
    a = analyzer.analyze_one(text)
    assert _mention_texts(text, a, "Ivan Petrov") == ["Foreign Minister Ivan Petrov"]


def test_an_indefinite_office_is_someone_new(analyzer):
    text = ("Judge Alan Berg heard the case on Monday. The judge said a judge in another "
            "county had refused it.")
    a = analyzer.analyze_one(text)
    got = _mention_texts(text, a, "Alan Berg")
    assert "The judge" in got and "a judge" not in got


def test_we_of_a_governments_own_release_is_that_government_not_the_body_it_names_most(analyzer):
    from tidings.model import Actor
    from tidings.nlp import DocContext
    text = ("The United States condemns the attack by the Harbour Liberation Front on the port. "
            "The Harbour Liberation Front must free the hostages it took, and the Harbour "
            "Liberation Front must end its attacks. We call on its backers to stop arming it.")
    voice = Actor(name="state.example.gov", country="USA", sector="GOV")
    a = analyzer.analyze_one(text, DocContext(language="en", voice=voice))
    front = next(e for e in a.entities if "Liberation Front" in e.name)
    assert "We" not in [text[s:t] for s, t in front.mentions]
    us = next(e for e in a.entities if e.name == "United States")
    assert "We" in [text[s:t] for s, t in us.mentions]
