"""Speakers of quotes whose cue the parser cut off from its subject, the addressee of
"told" that is never the speaker, and stance constructions read off the parse."""
import pytest


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def test_the_one_told_is_not_the_speaker_when_the_parse_loses_the_subject(analyzer):
    a = analyzer.analyze_one("“We were wrong about the harbour plan,” Ramos, 58, told AFP in an "
                             "interview in Lima on Monday.")
    q = _q(a, "We were wrong")
    assert q is not None and q.speaker == "Ramos"


def _parsed(rows, people):
    """A Doc with a given parse (the misparses the model makes on some real sentences) and
    the entity table the entity layer would leave: rows are (word, head, dep, pos, tag),
    people maps a name to its token indices."""
    import spacy
    from spacy.tokens import Doc

    from tidings.model import Entity
    from tidings.nlp.entities import _ENTITY_AT
    words, heads, deps, pos, tags = (list(x) for x in zip(*rows))
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    table = [None] * len(doc)
    for k, (name, idx) in enumerate(people.items()):
        e = Entity(id=f"e{k}", name=name, type="PERSON")
        for i in idx:
            table[i] = e
    doc.user_data[_ENTITY_AT] = table
    return doc


def test_a_name_before_a_comma_phrase_speaks_through_a_subjectless_told():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "... an accident — Tom Baker, a spokesman for Ryan, told POLITICO that ...": the parse
    # makes the name an apposition of "accident" and "told" a subjectless conjunct.
    rows = [("It", 1, "nsubj", "PRON", "PRP"), ("was", 1, "ROOT", "AUX", "VBD"),
            ("an", 3, "det", "DET", "DT"), ("accident", 1, "attr", "NOUN", "NN"),
            ("—", 3, "punct", "PUNCT", ":"), ("Tom", 6, "compound", "PROPN", "NNP"),
            ("Baker", 3, "appos", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","),
            ("a", 9, "det", "DET", "DT"), ("spokesman", 6, "appos", "NOUN", "NN"),
            ("for", 9, "prep", "ADP", "IN"), ("Ryan", 10, "pobj", "PROPN", "NNP"),
            (",", 6, "punct", "PUNCT", ","), ("told", 1, "conj", "VERB", "VBD"),
            ("POLITICO", 13, "dobj", "PROPN", "NNP"), ("that", 17, "mark", "SCONJ", "IN"),
            ("he", 17, "nsubj", "PRON", "PRP"), ("agreed", 13, "ccomp", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [5, 6], "Ryan": [11]})
    ent, name = _speaker_of(doc, doc[13])
    assert name == "Tom Baker"


def test_a_name_deep_in_a_long_comma_phrase_is_not_its_apposition():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "Baker, in the wake of a poll showing Doe's standing down, told Fox News that ...":
    # the parse hangs the name on the sentence before; the name before the long phrase
    # speaks, not the one inside it.
    rows = [("Go", 0, "ROOT", "VERB", "VB"), ("!", 0, "punct", "PUNCT", "."),
            ("Baker", 0, "npadvmod", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
            ("in", 0, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"),
            ("wake", 4, "pobj", "NOUN", "NN"), ("of", 6, "prep", "ADP", "IN"),
            ("a", 9, "det", "DET", "DT"), ("poll", 7, "pobj", "NOUN", "NN"),
            ("showing", 9, "acl", "VERB", "VBG"), ("Doe", 13, "poss", "PROPN", "NNP"),
            ("’s", 11, "case", "PART", "POS"), ("standing", 10, "dobj", "NOUN", "NN"),
            ("down", 10, "advmod", "ADV", "RB"), (",", 16, "punct", "PUNCT", ","),
            ("told", 16, "ROOT", "VERB", "VBD"), ("Fox", 16, "dobj", "PROPN", "NNP"),
            ("that", 20, "mark", "SCONJ", "IN"), ("it", 20, "nsubj", "PRON", "PRP"),
            ("helps", 16, "ccomp", "VERB", "VBZ"), (".", 16, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Baker": [2], "Jane Doe": [11]})
    ent, name = _speaker_of(doc, doc[16])
    assert name == "Baker"


def test_a_clause_starting_inside_a_quotation_is_no_report_of_its_own(analyzer):
    a = analyzer.analyze_one("“Yes, I back the mayor,” Tom Baker III, founder of the Civic Center, "
                             "tells Daily News.")
    assert [q.text for q in a.quotes] == ["Yes, I back the mayor"]
    assert a.quotes[0].speaker == "Tom Baker III"


# Stance and speech constructions read off the parse: (text, how the report begins, speaker).
REPORTS = [
    ("Most harbour developers see golf courses as wasted space.",
     "golf courses as wasted space", "Most harbour developers"),
    ("Jane Doe made it clear that she has the dock workers' backs.",
     "that she has the dock workers", "Jane Doe"),
    ("Senator Tom Baker has come out in support of Jane Doe, the new nominee.",
     "Jane Doe, the new nominee", "Tom Baker"),
    ("Courted by most of the candidates and widely expected to be the party’s top donor in the "
     "November presidential election, Baker said earlier on Friday during a news conference that "
     "he may wait until the primaries to decide whom to back.",
     "that he may wait until the primaries", "Baker"),
]


@pytest.mark.parametrize("text,start,speaker", REPORTS)
def test_stance_and_speech_constructions(analyzer, text, start, speaker):
    q = _q(analyzer.analyze_one(text), start)
    assert q is not None and not q.direct and q.speaker == speaker


def test_a_question_put_to_someone_is_reported_without_its_asker(analyzer):
    q = _q(analyzer.analyze_one("He was asked if he had ever been bullied at school."), "if he had ever")
    assert q is not None and q.speaker is None


def test_a_gerund_subject_of_a_reported_clause_starts_the_report(analyzer):
    a = analyzer.analyze_one("He said legalizing it could put thousands of people to work in "
                             "upstate New York.")
    q = _q(a, "legalizing it could put")
    assert q is not None and "New York" in q.text
    # a participle that is a circumstance of the speech stays out of the report
    a = analyzer.analyze_one("Clinton said answering a question about the economy.")
    assert _q(a, "answering") is None


def test_a_stance_in_a_phrase_on_a_noun_or_a_passive_is_no_ones(analyzer):
    a = analyzer.analyze_one("The band announced a benefit concert in support of Jane Doe.")
    assert all(q.cue != "support of" for q in a.quotes)
    a = analyzer.analyze_one("Tom Baker says the system is rigged in favor of the rich.")
    assert all(q.cue != "favor of" for q in a.quotes)


def test_a_sentence_final_cue_reports_every_clause_before_it(analyzer):
    a = analyzer.analyze_one("The plant is hanging on, but it is under intense pressure from imports, "
                             "the company's chief executive said.")
    q = _q(a, "The plant is hanging on")
    assert q is not None and q.text.endswith("pressure from imports")


def test_a_sentence_final_cue_parsed_as_a_conjunct_reports_the_clause(analyzer):
    a = analyzer.analyze_one("In nearby Decatur, the big steel plant is hanging on, but it is under "
                             "intense pressure from Asian imports, said the company's chief executive, "
                             "John Ferriola.")
    q = _q(a, "In nearby Decatur")
    assert q is not None and q.speaker == "John Ferriola" and q.text.endswith("Asian imports")
    # a verb joined by "and" is the subject's next act, not a cue for what came before
    a = analyzer.analyze_one("The mayor visited the harbour on Monday and said it would close.")
    assert _q(a, "The mayor visited") is None


def test_a_thing_that_names_no_one_speaks_for_who_puts_it_out(analyzer):
    a = analyzer.analyze_one("The mayor's notices seeking the arrest of 14 fugitives went out on Monday.")
    q = _q(a, "the arrest of 14 fugitives")
    assert q is not None and q.speaker == "The mayor"
    # a group of people acts itself
    a = analyzer.analyze_one("A group backing Jane Doe spent millions on the harbour race.")
    q = _q(a, "Jane Doe")
    assert q is not None and q.speaker == "A group"
