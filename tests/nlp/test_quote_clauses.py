"""Speakers read through clause structure the parser gets half right: a second speech verb
joined to the reported clause, infinitives on an object, statements spoken "in", and names
that introduce a quotation with a bare colon."""
import pytest


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def test_a_second_speech_verb_joined_to_the_report_is_the_first_speakers(analyzer):
    a = analyzer.analyze_one("Governor Tom Baxter said this week that the state would formally close the "
                             "plant by March and suggested that it would sell the land.")
    second = _q(a, "that it would sell the land")
    assert second is not None and second.speaker == "Tom Baxter"
    first = _q(a, "that the state would formally close")
    assert first is not None and "suggested" not in first.text


# Speakers read through clause structure: (the text, how its quote begins, who says it).
SPEAKERS = [
    pytest.param("Tom Baxter had reason to know that his advice would be ignored.",
                 "that his advice would be ignored", "Tom Baxter",
                 id="an_infinitive_on_the_object_is_the_subjects_act"),
    pytest.param("The council chairman Tom Baxter says in a statement that the vote was rigged by "
                 "the mayor's allies.",
                 "that the vote was rigged", "Tom Baxter",
                 id="who_speaks_in_a_statement_says_its_clause"),
    pytest.param("The timing of Ingrid Solberg's surge does not surprise Republican pollster Daron "
                 "Whitcombe: “Historically, lesser-known candidates beating establishment "
                 "candidates is common in the early states.”",
                 "Historically, lesser-known", "Daron Whitcombe",
                 id="a_name_before_a_colon_introduces_the_quotation"),
    pytest.param("“Tom has always been an amazing leader for this harbour,” said the 46-year-old. "
                 "“Now he needs our votes.”",
                 "Tom has always been", "the 46-year-old",
                 id="an_age_after_an_inverted_cue_is_the_speaker"),
    pytest.param("A dock worker named Tom Baxter has nothing but positive things to say about his "
                 "job.",
                 "his job", "Tom Baxter",
                 id="a_description_named_in_the_text_speaks_by_its_name"),
    pytest.param("Last month, 26 percent said the same.",
                 "the same", "26 percent",
                 id="saying_the_same_reports_it_whoever_the_parser_makes_the_subject"),
    pytest.param("While 86 percent of harbour workers had a favorable opinion of Solberg, 43 said "
                 "the same for Baxter.",
                 "the same for Baxter", "43",
                 id="a_bare_count_that_says_is_no_date"),
    pytest.param("The harbour board created the fund to help in times of crisis, a spokeswoman, "
                 "Anna White, said on Saturday, and it has paid out five times this year.",
                 "The harbour board created the fund", "Anna White",
                 id="a_role_with_a_name_in_apposition_speaks_by_the_name"),
    pytest.param("Baxter's view is that the harbour should be sold to the highest bidder.",
                 "that the harbour should be sold", "Baxter",
                 id="a_view_that_is_a_clause_reports_it"),
    pytest.param("\"The risk,\" said Edward Leamer, an economist who is the director of the Harbour "
                 "Forecast, \"is that the wages fall.\"",
                 "The risk", "Edward Leamer",
                 id="a_name_right_after_an_inverted_cue_speaks_whatever_the_parse"),
    pytest.param("The Harbour Times confirmed that observation, reporting:\n\n“As the buyers "
                 "gradually assumed control of the docks in three separate deals, the board said "
                 "nothing.”",
                 "As the buyers", "Harbour Times",
                 id="a_participle_cue_before_a_colon_speaks_for_its_clause_subject"),
    pytest.param("Only half a dozen councillors met Ingrid Solberg. As Tom Baxter, the No. 2 in the "
                 "council, put it: “This person will not be confirmed. So there is no reason to "
                 "meet.”",
                 "This person will not", "Tom Baxter",
                 id="as_someone_put_it_introduces_their_words"),
    pytest.param("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said "
                 "that he spoke with Mr. Baxter on Tuesday.",
                 "that he spoke with", "Harry Reid",
                 id="a_name_before_an_apposition_the_parser_cut_off_still_speaks"),
    pytest.param("In the same interview, however, Ingrid Solberg seemed to offer a caveat that "
                 "negated what she had just said.",
                 "Ingrid Solberg seemed", "Ingrid Solberg",
                 id="how_someone_seems_is_their_stance"),
    pytest.param("The Secret Service spoke with Baxter about the statement. Solberg seemed to be "
                 "ready to riff on the incident in Iowa, telling the crowd, “Some people get a "
                 "little carried away, have you noticed that?”",
                 "Some people get", "Solberg",
                 id="a_cue_the_parser_hangs_on_the_quotations_verb_keeps_its_clause_subject"),
    pytest.param("During the 2012 election, Tom Baxter largely ran on his ability to jolt the "
                 "economic recovery into hyperdrive and accused Solberg of bungling the "
                 "rehabilitation.",
                 "Solberg of bungling the rehabilitation", "Tom Baxter",
                 id="a_verb_joined_to_an_infinitive_on_a_prepositional_object_is_the_subjects"),
    pytest.param("It was the moment when Mr. Baxter, who had failed to win his party's nomination, "
                 "called for a ''cultural war'' against ''liberals and radicals.''",
                 "a ''cultural war''", "Baxter",
                 id="a_finite_verb_after_a_relative_clause_is_its_nouns"),
    pytest.param("Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out "
                 "scary. I think he’s a wonderful man.”",
                 "He’s flat-out scary", "Levine",
                 id="a_preposition_misparsed_as_the_subject_gives_way_to_the_person"),
    pytest.param("His candidacy for president appears to be taking much the same tack: tirelessly "
                 "attending meetings, said James Henson, director of the Texas Politics Project.",
                 "His candidacy", "James Henson",
                 id="how_a_thing_seems_is_the_named_reporters_words"),
]


@pytest.mark.parametrize("text, start, speaker", SPEAKERS)
def test_the_speaker_through_the_clause(analyzer, text, start, speaker):
    q = _q(analyzer.analyze_one(text), start)
    assert q is not None and q.speaker == speaker


def test_a_bare_colon_after_a_description_names_no_one(analyzer):
    a = analyzer.analyze_one("The message on the harbour wall was short: “Go home, tourists, and take "
                             "your boats with you.”")
    q = _q(a, "Go home, tourists")
    assert q is None or q.speaker is None


def test_a_channel_before_a_colon_is_where_not_who(analyzer):
    a = analyzer.analyze_one("Ingrid Solberg spoke to Tom Baxter on Monday.\n\nLater that month on CNN: “I have "
                             "never said we made a mistake going into the harbour deal.”")
    q = _q(a, "I have never said")
    assert q is not None and q.speaker != "CNN"


def test_a_report_that_concludes_is_the_speaker_not_the_cue(analyzer):
    a = analyzer.analyze_one("Ingrid Solberg left early. ''Current immigrants and their descendants are "
                             "integrating well into the town,'' the report concluded.")
    q = _q(a, "Current immigrants")
    assert q is not None and q.cue == "concluded" and q.speaker == "the report"


def test_the_following_statement_points_at_the_quotation_that_its_issuer_speaks(analyzer):
    a = analyzer.analyze_one("In response to the loss of life, Republican nominee Tom Baxter issued the "
                             "following statement:\n\n“Our prayers are with all those affected by this "
                             "horrible attack on our harbour.”")
    assert not any(q.text.startswith("the following") for q in a.quotes)
    q = _q(a, "Our prayers")
    assert q is not None and q.speaker == "Tom Baxter"


def test_voters_going_to_the_polls_say_what_they_said(analyzer):
    a = analyzer.analyze_one("Large majorities of Republican primary voters in six states going to the polls "
                             "on Super Tuesday said they support a proposal to ban all new taxes.")
    q = _q(a, "they support a proposal")
    assert q is not None and q.speaker is not None and "majorities" in q.speaker


def test_a_participle_after_the_report_is_the_reporters(analyzer):
    a = analyzer.analyze_one("Baxter said things “should be wrapped up by Cleveland,” referring to the "
                             "party’s July convention, where Republicans will select a nominee.")
    q = _q(a, "the party’s July convention")
    assert q is not None and q.speaker == "Baxter"
    said = _q(a, "things")
    assert said is not None and "referring" not in said.text


def test_a_name_right_before_a_participle_does_it(analyzer):
    a = analyzer.analyze_one("The rupture led to the spectacle of Mr. Baxter denouncing the president's "
                             "efforts before a joint meeting of Congress.")
    q = _q(a, "the president's efforts")
    assert q is not None and q.speaker == "Baxter"
    a = analyzer.analyze_one("The conversation ended with Solberg asking Baxter pointedly whether he would "
                             "consider a woman as a running mate.")
    q = _q(a, "whether he would consider")
    assert q is not None and q.speaker == "Solberg"


def test_a_far_name_the_parser_hangs_on_a_role_is_not_the_role(analyzer):
    a = analyzer.analyze_one("The lawyers also pointed to the valid candidacies of two former Republican "
                             "hopefuls, Sen. John McCain of Arizona and former Michigan Gov. George Romney, as "
                             "examples of presidential runs that received the blessing of Congress.")
    q = _q(a, "the valid candidacies")
    assert q is not None and q.speaker != "John McCain"


def test_a_plain_consider_is_a_plan_not_a_stance_taken(analyzer):
    # (a plain "will vote for" is the voters' stated course: reported since session 7)
    a = analyzer.analyze_one("Registered voters might consider it a good deal.")
    assert not any(q.cue == "consider" for q in a.quotes)
    a = analyzer.analyze_one("Tom Baxter voted for the harbour plan in May.")
    q = _q(a, "the harbour plan")
    assert q is not None and q.cue == "voted for"


def test_a_verb_of_the_reported_words_stays_in_the_report(analyzer):
    a = analyzer.analyze_one("Song said Solberg had said the plan would fail. He said it wouldn’t happen if "
                             "voters “continue to elect corporate harbour bosses” beholden to special "
                             "interests.")
    q = _q(a, "it wouldn’t happen if voters")
    assert q is not None and "beholden" in q.text
    a = analyzer.analyze_one("At a campaign event in Ames on Sunday, Solberg tried to expand on her statement, "
                             "saying that the town should play a leading role and ''be rallying our "
                             "partners and allies, pulling countries off the sidelines.''")
    q = _q(a, "that the town should play")
    assert q is not None and "pulling countries" in q.text
