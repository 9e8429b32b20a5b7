"""Whom a pronoun speaker stands for: the person the narrative made its subject, before a
person named in passing; inside a quotation, the nearest person named."""


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def test_a_pronoun_speaker_is_the_last_subject_not_the_last_name(analyzer):
    a = analyzer.analyze_one(
        "Tom Baxter went after Ben Okafor at the harbour meeting, calling him a tired man "
        "with no plan for the coast.\n\nHe said the port levy would be gone by the spring.")
    q = _q(a, "the port levy would be gone")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_name_in_passing_does_not_take_the_pronoun_from_the_subject(analyzer):
    a = analyzer.analyze_one(
        "Ingrid Solberg is highlighting her win over Ada Okafor in the harbour vote as she "
        "urges the council to drop the levy.\n\nShe said the fishermen had waited long enough.")
    q = _q(a, "the fishermen had waited")
    assert q is not None and q.speaker == "Ingrid Solberg"


def test_a_name_in_apposition_to_the_subject_is_the_subject(analyzer):
    a = analyzer.analyze_one(
        "The union's chief, Ben Okafor, met Tom Baxter at the harbour on Monday.\n\n"
        "He said the port levy could still be stopped before the spring.")
    q = _q(a, "the port levy could still be stopped")
    assert q is not None and q.speaker == "Ben Okafor"


def test_a_name_the_parse_left_as_the_root_is_the_topic():
    import tidings.nlp.components  # noqa: F401  (registers the Doc extensions)
    from test_quotes_attribution import _parsed
    from tidings.nlp.quotes_speakers import _speaker_of
    # "Baker, when asked about Okafor, often rolls on. He said it was fine.": the parse finds
    # no verb for Baker and makes the name the root of its sentence.
    rows = [("Baker", 0, "ROOT", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
            ("when", 3, "advmod", "SCONJ", "WRB"), ("asked", 0, "relcl", "VERB", "VBN"),
            ("about", 3, "prep", "ADP", "IN"), ("Okafor", 4, "pobj", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","), ("rolls", 0, "appos", "NOUN", "NNS"),
            ("on", 7, "advmod", "ADV", "RB"), (".", 0, "punct", "PUNCT", "."),
            ("He", 11, "nsubj", "PRON", "PRP"), ("said", 11, "ROOT", "VERB", "VBD"),
            ("it", 13, "nsubj", "PRON", "PRP"), ("was", 11, "ccomp", "AUX", "VBD"),
            ("fine", 13, "acomp", "ADJ", "JJ"), (".", 11, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [0], "Ben Okafor": [5]})
    ent, name = _speaker_of(doc, doc[11])
    assert name == "Tom Baker"


def test_the_subject_of_a_relative_clause_is_no_topic(analyzer):
    a = analyzer.analyze_one(
        "Other ideas would need troops on the ground, which only Ben Okafor has championed. Tom "
        "Baxter's plan clearly has not worked, and he continues to insist that the levy will pay "
        "for the harbour.")
    q = _q(a, "that the levy will pay")
    assert q is not None and q.speaker == "Tom Baxter"
