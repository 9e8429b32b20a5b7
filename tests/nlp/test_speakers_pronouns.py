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
