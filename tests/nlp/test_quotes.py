"""Quotes on an invented article: direct, split, carried over, reported, with speakers."""
import pytest

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def quotes(analyzer):
    text = (FIXTURES / "nlp" / "ministers.txt").read_text(encoding="utf-8")
    a = analyzer.analyze_one(text)
    return text, a, a.quotes


def _find(quotes, fragment):
    return next((q for q in quotes if fragment in q.text), None)


def test_direct_quote_with_cue(quotes):
    _, a, qs = quotes
    q = _find(qs, "shared interest in a stable north")
    assert q.direct and q.speaker == "Ingrid Solberg" and q.cue == "said"
    assert q.speaker_id == next(e.id for e in a.entities if e.name == "Ingrid Solberg")


def test_uncued_paragraph_continues_the_previous_speaker(quotes):
    _, _, qs = quotes
    q = _find(qs, "coastguards already work side by side")
    assert q is not None and q.direct and q.speaker == "Ingrid Solberg"


def test_quote_split_by_he_said_is_one_quote_of_the_pronoun_referent(quotes):
    text, _, qs = quotes
    q = _find(qs, "This is a long partnership")
    assert q.speaker == "Paul Tremblay"
    assert "only getting stronger" in text[q.span[0]:q.span[1]]


def test_reported_speech(quotes):
    _, _, qs = quotes
    q = _find(qs, "did not discuss fishing quotas")
    assert q is not None and not q.direct and q.speaker == "Ingrid Solberg"
    q = _find(qs, "government had moved too slowly")
    assert q is not None and not q.direct


def test_parts_are_offsets_of_the_text_and_the_text_holds_only_quoted_words(quotes):
    text, _, qs = quotes
    for q in qs:
        assert q.parts[0][0] == q.span[0] and q.parts[-1][1] == q.span[1]
        for a, b in q.parts:
            assert text[a:b] in q.text
        assert "Solberg said" not in q.text and "Tremblay said" not in q.text


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’")])
def test_quotation_mark_styles(analyzer, opening, closing):
    text = f"{opening}We will not accept these terms under any circumstances,{closing} Anna Berg said."
    qs = analyzer.analyze_one(text).quotes
    assert len(qs) == 1 and qs[0].direct and qs[0].speaker == "Anna Berg"


def test_multi_paragraph_quote_is_one_quote(analyzer):
    text = ("Mayor Tom Reed spoke at length.\n\n“The budget is balanced for the first time in years.\n\n"
            "“We owe that to every resident who paid their taxes on time,” Reed said.")
    qs = [q for q in analyzer.analyze_one(text).quotes if q.direct]
    assert len(qs) == 1 and "every resident" in qs[0].text and "budget is balanced" in qs[0].text
    assert qs[0].speaker == "Tom Reed"


def test_two_apostrophes_are_a_quotation_mark(analyzer):
    text = "''We could still win this state by a wide margin,'' said Carla Ruiz, a campaign adviser."
    qs = analyzer.analyze_one(text).quotes
    assert len(qs) == 1 and qs[0].direct and qs[0].speaker == "Carla Ruiz"
    assert qs[0].text == "We could still win this state by a wide margin"


def test_headline_source_colon_claim_is_reported_speech(analyzer):
    text = ("Governor Alma Reyes: State Budget Will Not Cover New Bridges.\n\n"
            "Update: the story was revised on Friday.\n\n"
            "The governor spoke to reporters in the capital on Thursday.")
    a = analyzer.analyze_one(text)
    q = [x for x in a.quotes if x.text.startswith("State Budget")]
    assert len(q) == 1 and q[0].speaker == "Alma Reyes" and not q[0].direct
    # A label line names no source.
    assert not any(x.text.startswith("the story was revised") for x in a.quotes)


def test_a_headline_source_may_hold_the_stop_of_a_title(analyzer):
    text = ("Dr. Alma Reyes: State Budget Will Not Cover New Bridges\n\n"
            "The governor spoke to reporters in the capital on Thursday.")
    q = [x for x in analyzer.analyze_one(text).quotes if x.text.startswith("State Budget")]
    assert len(q) == 1 and q[0].speaker == "Alma Reyes" and not q[0].direct


def test_a_title_case_headline_verb_reports_what_follows_it(analyzer):
    text = ("Harbour Union Leader Endorses Governor Alma Reyes For Second Term.\n\n"
            "The union's leader spoke to reporters in the capital on Thursday.")
    q = [x for x in analyzer.analyze_one(text).quotes if x.text.startswith("Governor Alma Reyes")]
    assert len(q) == 1 and q[0].text == "Governor Alma Reyes For Second Term" and not q[0].direct


def test_a_sentence_case_first_line_is_left_to_the_parse(analyzer):
    from tidings.nlp.quotes import _title_case_reports
    assert _title_case_reports(None, "The harbour union endorses the new levy for a second term.\n\nMore.", []) == []


def test_lead_in_clause_before_a_quote_paragraph_names_its_speaker(analyzer):
    text = ("Senator Ruth Okafor took the podium after the vote and turned to the chamber:\n\n"
            "“We have waited eleven years for this bill and we will not wait any longer.”")
    a = analyzer.analyze_one(text)
    q = next(x for x in a.quotes if x.text.startswith("We have waited"))
    assert q.speaker == "Ruth Okafor"


def test_lead_in_without_a_named_subject_gives_no_speaker(analyzer):
    text = ("The mood in the hall was simple:\n\n"
            "“We have waited eleven years for this bill and we will not wait any longer.”")
    a = analyzer.analyze_one(text)
    q = next(x for x in a.quotes if x.text.startswith("We have waited"))
    assert q.speaker is None


@pytest.mark.parametrize("sentence,content,speaker", [
    ("Mayor Tom Baxter is calling for the county to close the landfill by June.",
     "the county to close the landfill by June", "Tom Baxter"),
    ("Mayor Tom Baxter has been critical of the county's plan for the landfill.",
     "the county's plan for the landfill", "Tom Baxter"),
    ("Mayor Tom Baxter made comments about the smell from the landfill on Friday.",
     "the smell from the landfill", "Tom Baxter"),
])
def test_stance_phrases_report_their_object(analyzer, sentence, content, speaker):
    a = analyzer.analyze_one(sentence)
    q = [x for x in a.quotes if x.text.startswith(content)]
    assert q and q[0].speaker == speaker and not q[0].direct


def test_stance_adjective_needs_a_subject_that_speaks(analyzer):
    a = analyzer.analyze_one("The lights were clear on the stage after the show.")
    assert a.quotes == []


def test_pronoun_speaker_skips_a_person_of_the_other_gender(analyzer):
    text = ("Mrs. Alma Diaz founded the clinic in 1998 and she still runs it. "
            "Inspector Pavel Novak visited on Monday and he took notes. "
            "She said the visit went well.")
    a = analyzer.analyze_one(text)
    q = next(x for x in a.quotes if x.text.startswith("the visit went well"))
    assert q.speaker == "Alma Diaz"



@pytest.mark.parametrize("sentence,content,speaker", [
    # (the charge goes with the accused: "the county of hiding ...")
    ("Mayor Tom Baxter accused the county of hiding the cost of the bridge.",
     "the county of hiding the cost of the bridge", "Tom Baxter"),
    ("On Friday, Mayor Tom Baxter called the county plan reckless and cruel.",
     "the county plan reckless and cruel", "Tom Baxter"),
    ("“The bridge is unsafe,” Mayor Tom Baxter said, citing three reports from engineers.",
     "three reports from engineers", "Tom Baxter"),
])
def test_charges_judgements_and_citations(analyzer, sentence, content, speaker):
    a = analyzer.analyze_one(sentence)
    q = [x for x in a.quotes if x.text.startswith(content)]
    assert q and q[0].speaker == speaker


def test_a_preposition_before_the_verb_is_not_its_object(analyzer):
    a = analyzer.analyze_one("On Friday, Mayor Tom Baxter called the county plan reckless.")
    assert not any(x.text == "Friday" for x in a.quotes)
