"""Speakers of quotes whose cue the parser cut off from its subject, the addressee of
"told" that is never the speaker, and stance constructions read off the parse."""
import pytest


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def _parsed(rows, people, orgs=None):
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
    named = [(n, i, "PERSON") for n, i in people.items()] + [(n, i, "ORG") for n, i in (orgs or {}).items()]
    for k, (name, idx, kind) in enumerate(named):
        e = Entity(id=f"e{k}", name=name, type=kind)
        for i in idx:
            table[i] = e
    doc.user_data[_ENTITY_AT] = table
    return doc


def test_a_name_before_a_comma_phrase_speaks_through_a_subjectless_told():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "... an accident — Tom Baker, a spokesman for Okafor, told Reuters that ...": the parse
    # makes the name an apposition of "accident" and "told" a subjectless conjunct.
    rows = [("It", 1, "nsubj", "PRON", "PRP"), ("was", 1, "ROOT", "AUX", "VBD"),
            ("an", 3, "det", "DET", "DT"), ("accident", 1, "attr", "NOUN", "NN"),
            ("—", 3, "punct", "PUNCT", ":"), ("Tom", 6, "compound", "PROPN", "NNP"),
            ("Baker", 3, "appos", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","),
            ("a", 9, "det", "DET", "DT"), ("spokesman", 6, "appos", "NOUN", "NN"),
            ("for", 9, "prep", "ADP", "IN"), ("Okafor", 10, "pobj", "PROPN", "NNP"),
            (",", 6, "punct", "PUNCT", ","), ("told", 1, "conj", "VERB", "VBD"),
            ("Reuters", 13, "dobj", "PROPN", "NNP"), ("that", 17, "mark", "SCONJ", "IN"),
            ("he", 17, "nsubj", "PRON", "PRP"), ("agreed", 13, "ccomp", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [5, 6], "Ada Okafor": [11]})
    ent, name = _speaker_of(doc, doc[13])
    assert name == "Tom Baker"


def test_a_name_deep_in_a_long_comma_phrase_is_not_its_apposition():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "Baker, in the wake of a poll showing Doe's standing down, told the BBC that ...":
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
            ("told", 16, "ROOT", "VERB", "VBD"), ("BBC", 16, "dobj", "PROPN", "NNP"),
            ("that", 20, "mark", "SCONJ", "IN"), ("it", 20, "nsubj", "PRON", "PRP"),
            ("helps", 16, "ccomp", "VERB", "VBZ"), (".", 16, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Baker": [2], "Jane Doe": [11]})
    ent, name = _speaker_of(doc, doc[16])
    assert name == "Baker"


def test_the_one_told_is_not_the_speaker_when_the_parse_loses_the_subject():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "“We got it wrong,” Mendes, 58, told AFP.": the parse makes the name an apposition
    # inside the quotation and leaves "told" without a subject.
    rows = [("“", 3, "punct", "PUNCT", "``"), ("We", 2, "nsubj", "PRON", "PRP"),
            ("got", 10, "ccomp", "VERB", "VBD"), ("it", 2, "dobj", "PRON", "PRP"),
            ("wrong", 2, "acomp", "ADJ", "JJ"), (",", 2, "punct", "PUNCT", ","),
            ("”", 2, "punct", "PUNCT", "''"), ("Mendes", 2, "appos", "PROPN", "NNP"),
            (",", 7, "punct", "PUNCT", ","), ("58", 7, "appos", "NUM", "CD"),
            (",", 7, "punct", "PUNCT", ","), ("told", 11, "ROOT", "VERB", "VBD"),
            ("AFP", 11, "dobj", "PROPN", "NNP"), (".", 11, "punct", "PUNCT", ".")]
    rows[0] = ("“", 2, "punct", "PUNCT", "``")
    rows[2] = ("got", 11, "ccomp", "VERB", "VBD")
    doc = _parsed(rows, {"Mendes": [7]}, orgs={"AFP": [12]})
    ent, name = _speaker_of(doc, doc[11])
    assert name == "Mendes"


def test_a_clause_starting_inside_a_quotation_is_no_report_of_its_own(analyzer):
    a = analyzer.analyze_one("“Yes, I back the mayor,” Tom Baker III, founder of the Civic Center, "
                             "tells Daily News.")
    assert [q.text for q in a.quotes] == ["Yes, I back the mayor"]
    assert a.quotes[0].speaker == "Tom Baker III"


# Stance and speech constructions read off the parse: (text, how the report begins, speaker).
REPORTS = [
    ("Many farmers see the wind turbines as a blight on the hills.",
     "the wind turbines as a blight", "Many farmers"),
    ("Ruth Hallam made it clear that she stands behind the striking nurses.",
     "that she stands behind the striking nurses", "Ruth Hallam"),
    ("Senator Tom Baker spoke up in support of Jane Doe, the new nominee.",
     "Jane Doe, the new nominee", "Tom Baker"),
]


@pytest.mark.parametrize("text,start,speaker", REPORTS)
def test_stance_and_speech_constructions(analyzer, text, start, speaker):
    q = _q(analyzer.analyze_one(text), start)
    assert q is not None and not q.direct and q.speaker == speaker


def test_a_question_put_to_someone_is_reported_without_its_asker(analyzer):
    q = _q(analyzer.analyze_one("He was asked if he had ever been bullied at school."), "if he had ever")
    assert q is not None and q.speaker is None


def _reports(rows, people):
    from tidings.nlp.quotes_reported import _reported
    doc = _parsed(rows, people)
    return [(doc.text[q.start:q.end], q.speaker.name if q.speaker else q.speaker_text)
            for q in _reported(doc, [], doc.text)]


def test_a_gerund_subject_of_a_reported_clause_starts_the_report():
    # "Hallam said opening it could bring jobs": the parse makes the gerund the object of
    # "said" and the finite verb its complement.
    rows = [("Hallam", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
            ("opening", 1, "xcomp", "VERB", "VBG"), ("it", 5, "nsubj", "PRON", "PRP"),
            ("could", 5, "aux", "AUX", "MD"), ("bring", 2, "ccomp", "VERB", "VB"),
            ("jobs", 5, "dobj", "NOUN", "NNS"), ("to", 5, "prep", "ADP", "IN"),
            ("the", 9, "det", "DET", "DT"), ("valley", 7, "pobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("opening it could bring jobs to the valley", "Ruth Hallam") in \
        _reports(rows, {"Ruth Hallam": [0]})


def test_a_that_clause_hung_on_a_noun_after_a_speech_verb_is_its_report():
    # "Okafor said at a briefing that she might wait": the parse makes the that-clause a
    # relative clause of "briefing".
    rows = [("Okafor", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
            ("at", 1, "prep", "ADP", "IN"), ("a", 4, "det", "DET", "DT"),
            ("briefing", 2, "pobj", "NOUN", "NN"), ("that", 8, "mark", "SCONJ", "IN"),
            ("she", 8, "nsubj", "PRON", "PRP"), ("might", 8, "aux", "AUX", "MD"),
            ("wait", 4, "relcl", "VERB", "VB"), (".", 1, "punct", "PUNCT", ".")]
    assert ("that she might wait", "Ada Okafor") in _reports(rows, {"Ada Okafor": [0]})


def test_a_sentence_final_cue_parsed_as_a_conjunct_reports_the_clause():
    # "The mill is holding out, but it is under pressure, said its owner, Ruth Hallam."
    rows = [("The", 1, "det", "DET", "DT"), ("mill", 3, "nsubj", "NOUN", "NN"),
            ("is", 3, "aux", "AUX", "VBZ"), ("holding", 3, "ROOT", "VERB", "VBG"),
            ("out", 3, "prt", "ADP", "RP"), (",", 3, "punct", "PUNCT", ","),
            ("but", 3, "cc", "CCONJ", "CC"), ("it", 8, "nsubj", "PRON", "PRP"),
            ("is", 3, "conj", "AUX", "VBZ"), ("under", 8, "prep", "ADP", "IN"),
            ("pressure", 9, "pobj", "NOUN", "NN"), (",", 8, "punct", "PUNCT", ","),
            ("said", 3, "conj", "VERB", "VBD"), ("its", 14, "poss", "PRON", "PRP$"),
            ("owner", 12, "nsubj", "NOUN", "NN"), (",", 14, "punct", "PUNCT", ","),
            ("Ruth", 17, "compound", "PROPN", "NNP"), ("Hallam", 14, "appos", "PROPN", "NNP"),
            (".", 3, "punct", "PUNCT", ".")]
    assert ("The mill is holding out , but it is under pressure", "Ruth Hallam") in \
        _reports(rows, {"Ruth Hallam": [16, 17]})


def test_a_sentence_final_cue_parsed_as_an_adverbial_reports_all_before_its_comma():
    # "The levy made it possible for farmers to sell abroad, Okafor said.": the parse makes
    # "said" an adverbial clause of "made" and hangs "for farmers" on it.
    rows = [("The", 1, "det", "DET", "DT"), ("levy", 2, "nsubj", "NOUN", "NN"),
            ("made", 2, "ROOT", "VERB", "VBD"), ("it", 4, "nsubj", "PRON", "PRP"),
            ("possible", 2, "ccomp", "ADJ", "JJ"), ("for", 12, "mark", "SCONJ", "IN"),
            ("farmers", 12, "nsubj", "NOUN", "NNS"), ("to", 8, "aux", "PART", "TO"),
            ("sell", 6, "acl", "VERB", "VB"), ("abroad", 8, "advmod", "ADV", "RB"),
            (",", 12, "punct", "PUNCT", ","), ("Okafor", 12, "nsubj", "PROPN", "NNP"),
            ("said", 2, "advcl", "VERB", "VBD"), (".", 2, "punct", "PUNCT", ".")]
    assert ("The levy made it possible for farmers to sell abroad", "Ada Okafor") in \
        _reports(rows, {"Ada Okafor": [11]})


def test_a_cue_clause_followed_by_more_of_the_sentence_is_not_sentence_final():
    # "The levy made it possible, Okafor said, and the farmers agreed." -- the cue
    # interrupts the sentence; it does not end it.
    rows = [("The", 1, "det", "DET", "DT"), ("levy", 2, "nsubj", "NOUN", "NN"),
            ("made", 2, "ROOT", "VERB", "VBD"), ("it", 4, "nsubj", "PRON", "PRP"),
            ("possible", 2, "ccomp", "ADJ", "JJ"), (",", 7, "punct", "PUNCT", ","),
            ("Okafor", 7, "nsubj", "PROPN", "NNP"), ("said", 2, "advcl", "VERB", "VBD"),
            (",", 2, "punct", "PUNCT", ","), ("and", 2, "cc", "CCONJ", "CC"),
            ("the", 11, "det", "DET", "DT"), ("farmers", 12, "nsubj", "NOUN", "NNS"),
            ("agreed", 2, "conj", "VERB", "VBD"), (".", 2, "punct", "PUNCT", ".")]
    assert all(not text.startswith("The levy") for text, _ in _reports(rows, {"Ada Okafor": [6]}))


def test_a_parenthetical_cue_hung_on_the_first_clause_reports_the_whole_sentence():
    # "Though the move went smoothly, Okafor said, a repeat would be harder.": the parse
    # hangs the cue on the opening clause, which alone does not hold both sides of it.
    rows = [("Though", 3, "mark", "SCONJ", "IN"), ("the", 2, "det", "DET", "DT"),
            ("move", 3, "nsubj", "NOUN", "NN"), ("went", 12, "advcl", "VERB", "VBD"),
            ("smoothly", 3, "advmod", "ADV", "RB"), (",", 7, "punct", "PUNCT", ","),
            ("Okafor", 7, "nsubj", "PROPN", "NNP"), ("said", 3, "parataxis", "VERB", "VBD"),
            (",", 7, "punct", "PUNCT", ","), ("a", 10, "det", "DET", "DT"),
            ("repeat", 12, "nsubj", "NOUN", "NN"), ("would", 12, "aux", "AUX", "MD"),
            ("be", 12, "ROOT", "AUX", "VB"), ("harder", 12, "acomp", "ADJ", "JJR"),
            (".", 12, "punct", "PUNCT", ".")]
    assert ("Though the move went smoothly , Okafor said , a repeat would be harder", "Ada Okafor") in \
        _reports(rows, {"Ada Okafor": [6]})


def test_a_participle_with_no_subject_still_reports_its_object():
    # "Denying the charges against the harbour board." -- a caption's fragment: whoever
    # denies them, the charges are what was denied.
    rows = [("Denying", 0, "ROOT", "VERB", "VBG"), ("the", 2, "det", "DET", "DT"),
            ("charges", 0, "dobj", "NOUN", "NNS"), ("against", 2, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("harbour", 6, "compound", "NOUN", "NN"),
            ("board", 3, "pobj", "NOUN", "NN"), (".", 0, "punct", "PUNCT", ".")]
    assert [text for text, _ in _reports(rows, {})] == ["the charges against the harbour board"]


def test_a_clause_told_with_no_teller_named_is_still_reported():
    # "Telling reporters that the levy would pass." -- the teller is left to the context.
    rows = [("Telling", 0, "ROOT", "VERB", "VBG"), ("reporters", 0, "dobj", "NOUN", "NNS"),
            ("that", 6, "mark", "SCONJ", "IN"), ("the", 4, "det", "DET", "DT"),
            ("levy", 6, "nsubj", "NOUN", "NN"), ("would", 6, "aux", "AUX", "MD"),
            ("pass", 0, "ccomp", "VERB", "VB"), (".", 0, "punct", "PUNCT", ".")]
    assert [text for text, _ in _reports(rows, {})] == ["that the levy would pass"]


def test_a_participle_clause_reports_its_stance_whoever_holds_it():
    # "The hall was packed, railing against the levy." -- the parse leaves the participle no
    # source; the stance is still reported.
    rows = [("The", 1, "det", "DET", "DT"), ("hall", 3, "nsubjpass", "NOUN", "NN"),
            ("was", 3, "auxpass", "AUX", "VBD"), ("packed", 3, "ROOT", "VERB", "VBN"),
            (",", 3, "punct", "PUNCT", ","), ("railing", 3, "advcl", "VERB", "VBG"),
            ("against", 5, "prep", "ADP", "IN"), ("the", 8, "det", "DET", "DT"),
            ("levy", 6, "pobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", ".")]
    assert "the levy" in [text for text, _ in _reports(rows, {})]


def test_a_stance_in_a_phrase_on_a_noun_or_a_passive_is_no_ones(analyzer):
    a = analyzer.analyze_one("The choir planned a charity gala in support of Jane Doe.")
    assert all(q.cue != "support of" for q in a.quotes)
    a = analyzer.analyze_one("Tom Baker says the harbour tender was tilted in favor of the big firms.")
    assert all(q.cue != "favor of" for q in a.quotes)


def test_a_sentence_final_cue_reports_every_clause_before_it(analyzer):
    a = analyzer.analyze_one("The mill is holding out, but it is under heavy pressure from cheap imports, "
                             "the mill's owner said.")
    q = _q(a, "The mill is holding out")
    assert q is not None and q.text.endswith("pressure from cheap imports")


def test_a_verb_joined_by_and_is_no_cue_for_what_came_before(analyzer):
    a = analyzer.analyze_one("The mayor visited the harbour on Monday and said it would close.")
    assert _q(a, "The mayor visited") is None


def test_a_thing_that_names_no_one_speaks_for_who_puts_it_out(analyzer):
    a = analyzer.analyze_one("The mayor's notices seeking the repair of 12 harbour cranes went out on Monday.")
    q = _q(a, "the repair of 12 harbour cranes")
    assert q is not None and q.speaker == "The mayor"
    # a group of people acts itself
    a = analyzer.analyze_one("A group backing Jane Doe spent millions on the harbour race.")
    q = _q(a, "Jane Doe")
    assert q is not None and q.speaker == "A group"


def test_according_to_a_report_from_a_named_source_is_that_sources(analyzer):
    a = analyzer.analyze_one("Wind turbine prices fell 12 percent last year, according to a recent report "
                             "from the International Energy Agency.")
    q = _q(a, "Wind turbine prices fell")
    assert q is not None and q.speaker == "International Energy Agency"


def test_a_headline_source_speaks_the_whole_claim_and_not_the_one_it_is_told_to(analyzer):
    a = analyzer.analyze_one("Hallam to Farmers Union: The levy will double by spring\n\n"
                             "Ruth Hallam spoke to the union on Friday.")
    q = _q(a, "The levy will double")
    assert q is not None and q.speaker == "Ruth Hallam"
    a = analyzer.analyze_one("Okafor: ‘No Plan’ If The Board Would Have Asked Me To Sell The Port Was "
                             "Mine\n\nAda Okafor testified on Tuesday.")
    q = next((q for q in a.quotes if "Port" in q.text), None)
    assert q is not None and q.text.startswith("‘No Plan’") and q.speaker == "Ada Okafor"


def test_a_judgement_called_on_someone_in_a_split_parse_is_reported():
    # "Baker called Okafor, his rival, a fraud.": the parse makes the name a predicate and the
    # judgement an apposition of the description.
    rows = [("Baker", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"),
            ("Okafor", 1, "oprd", "PROPN", "NNP"), (",", 2, "punct", "PUNCT", ","),
            ("his", 5, "poss", "PRON", "PRP$"), ("rival", 2, "appos", "NOUN", "NN"),
            (",", 5, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "DT"),
            ("fraud", 5, "appos", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert ("Okafor , his rival , a fraud", "Tom Baker") in \
        _reports(rows, {"Tom Baker": [0], "Ada Okafor": [2]})
    # a plain call names no judgement
    rows = [("Baker", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"),
            ("the", 3, "det", "DET", "DT"), ("police", 1, "dobj", "NOUN", "NNS"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _reports(rows, {"Tom Baker": [0]}) == []


# -- the quotation's own words are never the cue's speaker ------------------------------------

def _P(word, head, dep, pos, tag):
    return (word, head, dep, pos, tag)


def test_a_subject_inside_the_quotation_is_not_the_speaker_of_the_cue_after_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # “If the levy holds, it will ruin us,” said Marta Quispe. — the parse hangs the quoted
    # "it" on "said" as a second subject, before the verb.
    rows = [_P("“", 10, "punct", "PUNCT", "``"), _P("If", 4, "mark", "SCONJ", "IN"),
            _P("the", 3, "det", "DET", "DT"), _P("levy", 4, "nsubj", "NOUN", "NN"),
            _P("holds", 10, "advcl", "VERB", "VBZ"), _P(",", 10, "punct", "PUNCT", ","),
            _P("it", 10, "nsubj", "PRON", "PRP"), _P("will", 10, "aux", "AUX", "MD"),
            _P("ruin", 10, "advmod", "ADV", "RB"), _P("”", 10, "punct", "PUNCT", "''"),
            _P("said", 10, "ROOT", "VERB", "VBD"), _P("Marta", 12, "compound", "PROPN", "NNP"),
            _P("Quispe", 10, "nsubj", "PROPN", "NNP"), _P(".", 10, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Marta Quispe": [11, 12]})
    ent, name = _speaker_of(doc, doc[10])
    assert name == "Marta Quispe"


def test_a_cue_joined_to_the_quoted_verb_speaks_for_the_name_before_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # “We will win this case,” Harbour police Chief Ada Okafor said. — the parse
    # makes "said" a conjunct of the quoted "win", whose subject is the quoted "We".
    rows = [_P("“", 3, "punct", "PUNCT", "``"), _P("We", 3, "nsubj", "PRON", "PRP"),
            _P("will", 3, "aux", "AUX", "MD"), _P("win", 3, "ROOT", "VERB", "VB"),
            _P("this", 5, "det", "DET", "DT"), _P("case", 3, "dobj", "NOUN", "NN"),
            _P(",", 3, "punct", "PUNCT", ","), _P("”", 3, "punct", "PUNCT", "''"),
            _P("Harbour", 3, "dep", "VERB", "VB"), _P("police", 10, "compound", "NOUN", "NN"),
            _P("Chief", 8, "dobj", "PROPN", "NNP"), _P("Ada", 12, "compound", "PROPN", "NNP"),
            _P("Okafor", 10, "appos", "PROPN", "NNP"), _P("said", 3, "conj", "VERB", "VBD"),
            _P(".", 3, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [11, 12]})
    ent, name = _speaker_of(doc, doc[13])
    assert name == "Ada Okafor"


def test_a_reporting_verb_joined_to_a_quoted_clause_goes_with_the_clause_outside_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Senator Ada Okafor emailed supporters saying: “The fight goes on” and vowing to run
    # again. — "vowing" is a conjunct of the quoted "goes"; its speaker is the sender.
    rows = [_P("Senator", 2, "compound", "PROPN", "NNP"), _P("Ada", 2, "compound", "PROPN", "NNP"),
            _P("Okafor", 3, "nsubj", "PROPN", "NNP"), _P("emailed", 3, "ROOT", "VERB", "VBD"),
            _P("supporters", 3, "dobj", "NOUN", "NNS"), _P("saying", 4, "acl", "VERB", "VBG"),
            _P(":", 5, "punct", "PUNCT", ":"), _P("“", 10, "punct", "PUNCT", "``"),
            _P("The", 9, "det", "DET", "DT"), _P("fight", 10, "nsubj", "NOUN", "NN"),
            _P("goes", 5, "dep", "VERB", "VBZ"), _P("on", 10, "prt", "ADP", "RP"),
            _P("”", 10, "punct", "PUNCT", "''"), _P("and", 10, "cc", "CCONJ", "CC"),
            _P("vowing", 10, "conj", "VERB", "VBG"), _P("to", 16, "aux", "PART", "TO"),
            _P("run", 14, "xcomp", "VERB", "VB"), _P("again", 16, "advmod", "ADV", "RB"),
            _P(".", 3, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [1, 2]})
    ent, name = _speaker_of(doc, doc[14])
    assert name == "Ada Okafor"


def test_a_name_before_a_comma_phrase_with_commas_of_its_own_speaks():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Mr. Baker, now 81 and retired in Salem, Oregon, said by telephone. — the parse leaves
    # "said" without a subject; the place before the last comma is not the speaker.
    rows = [_P("Mr.", 1, "compound", "PROPN", "NNP"), _P("Baker", 10, "npadvmod", "PROPN", "NNP"),
            _P(",", 1, "punct", "PUNCT", ","), _P("now", 4, "advmod", "ADV", "RB"),
            _P("retired", 1, "acl", "VERB", "VBN"), _P("in", 4, "prep", "ADP", "IN"),
            _P("Salem", 5, "pobj", "PROPN", "NNP"), _P(",", 6, "punct", "PUNCT", ","),
            _P("Oregon", 6, "appos", "PROPN", "NNP"), _P(",", 6, "punct", "PUNCT", ","),
            _P("said", 10, "ROOT", "VERB", "VBD"), _P("by", 10, "prep", "ADP", "IN"),
            _P("telephone", 11, "pobj", "NOUN", "NN"), _P(".", 10, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [0, 1]})
    ent, name = _speaker_of(doc, doc[10])
    assert name == "Tom Baker"


def test_a_subject_found_far_after_the_verb_gives_way_to_the_name_before_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Baker, a top Okafor adviser, said Thursday on Harbour Radio's Morning Show. — the
    # parse takes the programme after the verb for its subject; the name inside the
    # adviser phrase only modifies it.
    rows = [_P("Baker", 0, "ROOT", "PROPN", "NNP"), _P(",", 0, "punct", "PUNCT", ","),
            _P("a", 5, "det", "DET", "DT"), _P("top", 5, "amod", "ADJ", "JJ"),
            _P("Okafor", 5, "compound", "PROPN", "NNP"), _P("adviser", 0, "appos", "NOUN", "NN"),
            _P(",", 0, "punct", "PUNCT", ","), _P("said", 7, "ROOT", "VERB", "VBD"),
            _P("Thursday", 7, "npadvmod", "PROPN", "NNP"), _P("on", 7, "prep", "ADP", "IN"),
            _P("Harbour", 11, "compound", "PROPN", "NNP"), _P("Radio", 13, "poss", "PROPN", "NNP"),
            _P("'s", 11, "case", "PART", "POS"), _P("Morning", 14, "compound", "PROPN", "NNP"),
            _P("Show", 7, "nsubj", "PROPN", "NNP"), _P(".", 7, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [0], "Ada Okafor": [4]}, {"Harbour Radio": [10, 11],
                                                                "Morning Show": [13, 14]})
    ent, name = _speaker_of(doc, doc[7])
    assert name == "Tom Baker"


def test_a_title_without_a_determiner_joined_to_a_name_is_that_persons():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Harbour party contender and former surgeon Ada Okafor responded to the claims. — the
    # parse makes the title the subject and the name its conjunct.
    rows = [_P("Harbour", 2, "compound", "PROPN", "NNP"), _P("party", 2, "compound", "NOUN", "NN"),
            _P("contender", 8, "nsubj", "NOUN", "NN"), _P("and", 2, "cc", "CCONJ", "CC"),
            _P("former", 5, "amod", "ADJ", "JJ"), _P("surgeon", 7, "compound", "NOUN", "NN"),
            _P("Ada", 7, "compound", "PROPN", "NNP"), _P("Okafor", 2, "conj", "PROPN", "NNP"),
            _P("responded", 8, "ROOT", "VERB", "VBD"), _P("to", 8, "prep", "ADP", "IN"),
            _P("the", 11, "det", "DET", "DT"), _P("claims", 9, "pobj", "NOUN", "NNS"),
            _P(".", 8, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [6, 7]})
    assert _speaker_of(doc, doc[8])[1] == "Ada Okafor"
    # ("The mayor and Ada Okafor responded": a determiner makes the role a phrase of its
    # own, someone else.)
    rows[0] = _P("The", 2, "det", "DET", "DT")
    doc = _parsed(rows, {"Ada Okafor": [6, 7]})
    assert _speaker_of(doc, doc[8])[1] != "Ada Okafor"


def test_a_name_after_a_titles_own_and_phrase_is_the_titled_person():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Harbour Radio Vice President for news and talk Ada Okafor said the show would return.
    # — the "and" inside the title's phrase makes the parse join the name to the title as
    # its conjunct.
    rows = [_P("Harbour", 1, "compound", "PROPN", "NNP"), _P("Radio", 3, "compound", "PROPN", "NNP"),
            _P("Vice", 3, "compound", "PROPN", "NNP"), _P("President", 10, "nsubj", "PROPN", "NNP"),
            _P("for", 3, "prep", "ADP", "IN"), _P("news", 4, "pobj", "NOUN", "NN"),
            _P("and", 3, "cc", "CCONJ", "CC"), _P("talk", 9, "compound", "VERB", "VB"),
            _P("Ada", 9, "compound", "PROPN", "NNP"), _P("Okafor", 3, "conj", "PROPN", "NNP"),
            _P("said", 10, "ROOT", "VERB", "VBD"), _P("the", 12, "det", "DET", "DT"),
            _P("show", 14, "nsubj", "NOUN", "NN"), _P("would", 14, "aux", "AUX", "MD"),
            _P("return", 10, "ccomp", "VERB", "VB"), _P(".", 10, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [8, 9]})
    assert _speaker_of(doc, doc[10])[1] == "Ada Okafor"
    # ("Harbour Radio Vice President and Ada Okafor said": a name right after "and" is a
    # second party, not the title's holder.)
    rows[7] = _P("and", 3, "cc", "CCONJ", "CC")
    rows[6] = _P("news", 3, "appos", "NOUN", "NN")
    doc = _parsed(rows, {"Ada Okafor": [8, 9]})
    assert _speaker_of(doc, doc[10])[1] != "Ada Okafor"


def test_a_floating_quantifier_gives_way_to_the_subject_it_repeats():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Union leaders — whose union was once feared — both suggested the levy be scrapped.
    rows = [_P("Union", 1, "compound", "NOUN", "NN"), _P("leaders", 9, "nsubj", "NOUN", "NNS"),
            _P("—", 1, "punct", "PUNCT", ":"), _P("whose", 4, "poss", "DET", "WP$"),
            _P("union", 6, "nsubjpass", "NOUN", "NN"), _P("was", 6, "auxpass", "AUX", "VBD"),
            _P("feared", 1, "relcl", "VERB", "VBN"), _P("—", 1, "punct", "PUNCT", ":"),
            _P("both", 9, "nsubj", "PRON", "DT"), _P("suggested", 9, "ROOT", "VERB", "VBD"),
            _P("the", 11, "det", "DET", "DT"), _P("levy", 13, "nsubjpass", "NOUN", "NN"),
            _P("be", 13, "auxpass", "AUX", "VB"), _P("scrapped", 9, "ccomp", "VERB", "VBN"),
            _P(".", 9, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {})
    assert _speaker_of(doc, doc[9])[1] == "Union leaders"


def test_a_finite_verb_with_no_subject_speaks_for_the_name_right_before_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # At a rally in Salem, 62-year-old Marta Quispe also railed against the levy and
    # explained how it hurt her. — the parse hangs the name on "in".
    rows = [_P("At", 9, "prep", "ADP", "IN"), _P("a", 2, "det", "DET", "DT"),
            _P("rally", 0, "pobj", "NOUN", "NN"), _P("in", 2, "prep", "ADP", "IN"),
            _P("Salem", 3, "pobj", "PROPN", "NNP"), _P(",", 4, "punct", "PUNCT", ","),
            _P("old", 8, "amod", "ADJ", "JJ"), _P("Marta", 8, "compound", "PROPN", "NNP"),
            _P("Quispe", 3, "pobj", "PROPN", "NNP"), _P("railed", 9, "ROOT", "VERB", "VBD"),
            _P("against", 9, "prep", "ADP", "IN"), _P("the", 12, "det", "DET", "DT"),
            _P("levy", 10, "pobj", "NOUN", "NN"), _P("and", 9, "cc", "CCONJ", "CC"),
            _P("explained", 9, "conj", "VERB", "VBD"), _P("how", 17, "advmod", "SCONJ", "WRB"),
            _P("it", 17, "nsubj", "PRON", "PRP"), _P("hurt", 14, "ccomp", "VERB", "VBD"),
            _P("her", 17, "dobj", "PRON", "PRP"), _P(".", 9, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Marta Quispe": [7, 8]})
    assert _speaker_of(doc, doc[14])[1] == "Marta Quispe"


def test_an_inverted_speech_verb_puts_its_speaker_after_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Any clear reading of the talks, said Jane Doe, an expert on ports. — the parse takes
    # the noun before the comma for the subject.
    rows = [_P("Any", 2, "det", "DET", "DT"), _P("clear", 2, "amod", "ADJ", "JJ"),
            _P("reading", 7, "nsubj", "NOUN", "NN"), _P("of", 2, "prep", "ADP", "IN"),
            _P("the", 5, "det", "DET", "DT"), _P("talks", 3, "pobj", "NOUN", "NNS"),
            _P(",", 7, "punct", "PUNCT", ","), _P("said", 7, "ROOT", "VERB", "VBD"),
            _P("Jane", 9, "compound", "PROPN", "NNP"), _P("Doe", 7, "npadvmod", "PROPN", "NNP"),
            _P(",", 9, "punct", "PUNCT", ","), _P("an", 12, "det", "DET", "DT"),
            _P("expert", 9, "appos", "NOUN", "NN"), _P("on", 12, "prep", "ADP", "IN"),
            _P("ports", 13, "pobj", "NOUN", "NNS"), _P(".", 7, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Jane Doe": [8, 9]})
    assert _speaker_of(doc, doc[7])[1] == "Jane Doe"
    # ... said a former spokesman for the port, Jane Doe. — the name in apposition to the
    # description after the verb.
    rows = rows[:8] + [_P("a", 10, "det", "DET", "DT"), _P("former", 10, "amod", "ADJ", "JJ"),
                       _P("spokesman", 7, "npadvmod", "NOUN", "NN"), _P("for", 10, "prep", "ADP", "IN"),
                       _P("the", 13, "det", "DET", "DT"), _P("port", 11, "pobj", "NOUN", "NN"),
                       _P(",", 13, "punct", "PUNCT", ","), _P("Jane", 16, "compound", "PROPN", "NNP"),
                       _P("Doe", 13, "appos", "PROPN", "NNP"), _P(".", 7, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Jane Doe": [15, 16]})
    assert _speaker_of(doc, doc[7])[1] == "Jane Doe"


def test_a_name_after_said_that_goes_on_into_a_verb_is_what_was_said():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Doe, 43, said Baker had lied. — Baker is the subject of the report, Doe speaks.
    rows = [_P("Doe", 4, "nsubj", "PROPN", "NNP"), _P(",", 0, "punct", "PUNCT", ","),
            _P("43", 0, "appos", "NUM", "CD"), _P(",", 0, "punct", "PUNCT", ","),
            _P("said", 4, "ROOT", "VERB", "VBD"), _P("Baker", 7, "nsubj", "PROPN", "NNP"),
            _P("had", 7, "aux", "AUX", "VBD"), _P("lied", 4, "ccomp", "VERB", "VBN"),
            _P(".", 4, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Jane Doe": [0], "Tom Baker": [5]})
    assert _speaker_of(doc, doc[4])[1] == "Jane Doe"


def test_a_description_in_apposition_to_a_subjects_name_is_that_persons():
    from tidings.nlp.quotes_speakers import _speaker_of
    # Baker, a Salem native who writes fiction on the side, says ... — "who" stands for the
    # description, and the description for the name.
    rows = [_P("Baker", 11, "nsubj", "PROPN", "NNP"), _P(",", 0, "punct", "PUNCT", ","),
            _P("a", 4, "det", "DET", "DT"), _P("Salem", 4, "compound", "PROPN", "NNP"),
            _P("native", 0, "appos", "NOUN", "NN"), _P("who", 6, "nsubj", "PRON", "WP"),
            _P("writes", 4, "relcl", "VERB", "VBZ"), _P("fiction", 6, "dobj", "NOUN", "NN"),
            _P("on", 6, "prep", "ADP", "IN"), _P("the", 10, "det", "DET", "DT"),
            _P("side", 8, "pobj", "NOUN", "NN"), _P("says", 11, "ROOT", "VERB", "VBZ"),
            _P("so", 11, "advmod", "ADV", "RB"), _P(".", 11, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [0]})
    assert _speaker_of(doc, doc[6])[1] == "Tom Baker"


def test_a_speech_verb_left_hanging_off_a_misread_modifier_has_its_subject():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "Several sources close to the talks say the deal is off.": the parse makes "close"
    # the main verb with "sources" as its subject and hangs "say" off it, subjectless.
    rows = [("Several", 1, "amod", "ADJ", "JJ"), ("sources", 2, "nsubj", "NOUN", "NNS"),
            ("close", 2, "ROOT", "VERB", "VBP"), ("to", 2, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"), ("talks", 3, "pobj", "NOUN", "NNS"),
            ("say", 2, "dep", "VERB", "VBP"), ("the", 8, "det", "DET", "DT"),
            ("deal", 9, "nsubj", "NOUN", "NN"), ("is", 6, "ccomp", "AUX", "VBZ"),
            ("off", 9, "advmod", "ADV", "RB"), (".", 2, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {})
    assert _speaker_of(doc, doc[6]) == (None, "Several sources")
    # Across a conjunction or a comma the second verb starts a clause of its own.
    rows2 = rows[:6] + [(",", 2, "punct", "PUNCT", ",")] + \
        [(w, h + 1 if h >= 6 else h, d, p, t) for w, h, d, p, t in rows[6:]]
    doc2 = _parsed(rows2, {})
    assert _speaker_of(doc2, doc2[7]) == (None, None)


def test_a_speech_verb_read_as_a_plural_noun_speaks_for_the_name_before_it():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "But Okafor claims that he should be the exception.": with no verb left in the
    # sentence the parse makes "claims" a noun and the name its modifier.
    rows = [("But", 2, "cc", "CCONJ", "CC"), ("Okafor", 2, "compound", "PROPN", "NNP"),
            ("claims", 2, "ROOT", "NOUN", "NNS"), ("that", 6, "mark", "SCONJ", "IN"),
            ("he", 6, "nsubj", "PRON", "PRP"), ("should", 6, "aux", "AUX", "MD"),
            ("be", 2, "ccomp", "AUX", "VB"), ("the", 8, "det", "DET", "DT"),
            ("exception", 6, "attr", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Okafor": [1]})
    assert _speaker_of(doc, doc[2])[1] == "Tom Okafor"


def test_a_modifier_naming_two_people_gives_neither_as_the_speaker():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "the Okafor-Baker meeting appeared to remain calm": what passed between two people
    # is no voice of either; "the Okafor campaign said" is Okafor's.
    rows = [("the", 4, "det", "DET", "DT"), ("Okafor", 3, "compound", "PROPN", "NNP"),
            ("-", 3, "punct", "PUNCT", "HYPH"), ("Baker", 4, "compound", "PROPN", "NNP"),
            ("meeting", 5, "nsubj", "NOUN", "NN"), ("appeared", 5, "ROOT", "VERB", "VBD"),
            ("to", 7, "aux", "PART", "TO"), ("remain", 5, "xcomp", "VERB", "VB"),
            ("calm", 7, "acomp", "ADJ", "JJ"), (".", 5, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [1], "Tom Baker": [3]})
    assert _speaker_of(doc, doc[5])[0] is None
    rows = [("the", 2, "det", "DET", "DT"), ("Okafor", 2, "compound", "PROPN", "NNP"),
            ("campaign", 3, "nsubj", "NOUN", "NN"), ("said", 3, "ROOT", "VERB", "VBD"),
            ("it", 5, "nsubj", "PRON", "PRP"), ("agreed", 3, "ccomp", "VERB", "VBD"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Ada Okafor": [1]})
    assert _speaker_of(doc, doc[3])[1] == "Ada Okafor"


def test_a_relative_clause_right_before_a_subjectless_verb_describes_its_speaker():
    from tidings.nlp.quotes_speakers import _speaker_of
    # "... with Baker's team, a port official who spoke anonymously to discuss strategy said
    # ...": the parse makes the official an apposition of the team and leaves "said" with no
    # subject; the word before it is the relative clause's last, not the speaker.
    rows = [_P("There", 1, "expl", "PRON", "EX"), _P("is", 16, "advcl", "AUX", "VBZ"),
            _P("overlap", 1, "attr", "NOUN", "NN"), _P("with", 2, "prep", "ADP", "IN"),
            _P("Baker", 6, "poss", "PROPN", "NNP"), _P("'s", 4, "case", "PART", "POS"),
            _P("team", 3, "pobj", "NOUN", "NN"), _P(",", 6, "punct", "PUNCT", ","),
            _P("a", 10, "det", "DET", "DT"), _P("port", 10, "compound", "NOUN", "NN"),
            _P("official", 6, "appos", "NOUN", "NN"), _P("who", 12, "nsubj", "PRON", "WP"),
            _P("spoke", 10, "relcl", "VERB", "VBD"), _P("to", 14, "aux", "PART", "TO"),
            _P("discuss", 12, "advcl", "VERB", "VB"), _P("strategy", 14, "dobj", "NOUN", "NN"),
            _P("said", 16, "ROOT", "VERB", "VBD"), _P("talks", 18, "nsubj", "NOUN", "NNS"),
            _P("continue", 16, "ccomp", "VERB", "VBP"), _P(".", 16, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baker": [4]})
    ent, name = _speaker_of(doc, doc[16])
    assert name == "a port official"


def test_a_participle_after_a_comma_inside_a_closing_mark_goes_with_the_clause():
    from tidings.nlp.quotes_speakers import _speaker_of
    # 'Baxter trashed Okafor on “Morning Tide,” calling it ...': the parse hangs the participle
    # on the show's name; the comma before the closing mark sets it off as the clause's.
    rows = [_P("Baxter", 1, "nsubj", "PROPN", "NNP"), _P("trashed", 1, "ROOT", "VERB", "VBD"),
            _P("Okafor", 1, "dobj", "PROPN", "NNP"), _P("on", 1, "prep", "ADP", "IN"),
            _P("Tide", 3, "pobj", "PROPN", "NNP"), _P(",", 4, "punct", "PUNCT", ","),
            _P("”", 4, "punct", "PUNCT", "''"), _P("calling", 4, "acl", "VERB", "VBG"),
            _P("it", 7, "dobj", "PRON", "PRP"), _P(".", 1, "punct", "PUNCT", ".")]
    doc = _parsed(rows, {"Tom Baxter": [0], "Ada Okafor": [2]})
    ent, name = _speaker_of(doc, doc[7])
    assert name == "Tom Baxter"



def _asked_rows(marks):
    # "Asked what he wanted, Okafor said, “They have to win.”" (with or without the marks)
    rows = [("Asked", 10, "advcl", "VERB", "VBD"), ("what", 3, "dobj", "PRON", "WP"),
            ("he", 3, "nsubj", "PRON", "PRP"), ("wanted", 0, "ccomp", "VERB", "VBD"),
            (",", 6, "punct", "PUNCT", ","), ("Okafor", 6, "nsubj", "PROPN", "NNP"),
            ("said", 10, "parataxis", "VERB", "VBD"), (",", 6, "punct", "PUNCT", ","),
            ("“", 6, "punct", "PUNCT", "``"), ("They", 10, "nsubj", "PRON", "PRP"),
            ("have", 10, "ROOT", "VERB", "VBP"), ("to", 12, "aux", "PART", "TO"),
            ("win", 10, "xcomp", "VERB", "VB"), (".", 10, "punct", "PUNCT", "."),
            ("”", 10, "punct", "PUNCT", "''")]
    if marks:
        return rows
    rows = rows[:8] + [("they", 9, "nsubj", "PRON", "PRP")] + rows[10:14]
    return [(w, h - 1 if h > 8 else h, d, p, t) for w, h, d, p, t in rows]


def test_a_cue_that_opens_a_whole_quotation_is_no_parenthetical(analyzer):
    # The parse hangs the cue on the quoted clause as if it interrupted it; the question
    # before it is the writer's setting, and the quotation is the quote.
    assert not any(text.startswith("Asked") for text, _ in _reports(_asked_rows(True), {"Ada Okafor": [5]}))


def test_a_cue_that_interrupts_an_unquoted_sentence_reports_all_of_it(analyzer):
    assert any(text.startswith("Asked what he wanted , Okafor said , they have to win")
               for text, _ in _reports(_asked_rows(False), {"Ada Okafor": [5]}))
