"""Speakers read through clause structure the parser gets half right: a second speech verb
joined to the reported clause, infinitives on an object, statements spoken "in", and names
that introduce a quotation with a bare colon."""


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def test_a_second_speech_verb_joined_to_the_report_is_the_first_speakers(analyzer):
    a = analyzer.analyze_one("Governor Tom Baxter said this week that the state would formally close the "
                             "plant by March and suggested that it would sell the land.")
    second = _q(a, "that it would sell the land")
    assert second is not None and second.speaker == "Tom Baxter"
    first = _q(a, "that the state would formally close")
    assert first is not None and "suggested" not in first.text


def test_an_infinitive_on_the_object_is_the_subjects_act(analyzer):
    a = analyzer.analyze_one("Tom Baxter had reason to know that his advice would be ignored.")
    q = _q(a, "that his advice would be ignored")
    assert q is not None and q.speaker == "Tom Baxter"


def test_who_speaks_in_a_statement_says_its_clause(analyzer):
    a = analyzer.analyze_one("The council chairman Tom Baxter says in a statement that the vote was rigged "
                             "by the mayor's allies.")
    q = _q(a, "that the vote was rigged")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_name_before_a_colon_introduces_the_quotation(analyzer):
    a = analyzer.analyze_one("The timing of Ingrid Solberg's surge does not surprise Republican pollster Daron "
                             "Whitcombe: “Historically, lesser-known candidates beating establishment "
                             "candidates is common in the early states.”")
    q = _q(a, "Historically, lesser-known")
    assert q is not None and q.speaker == "Daron Whitcombe"


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


def test_an_age_after_an_inverted_cue_is_the_speaker(analyzer):
    a = analyzer.analyze_one("“Tom has always been an amazing leader for this harbour,” said the "
                             "46-year-old. “Now he needs our votes.”")
    q = _q(a, "Tom has always been")
    assert q is not None and q.speaker == "the 46-year-old"


def test_a_description_named_in_the_text_speaks_by_its_name(analyzer):
    a = analyzer.analyze_one("A dock worker named Tom Baxter has nothing but positive things to say about "
                             "his job.")
    q = _q(a, "his job")
    assert q is not None and q.speaker == "Tom Baxter"


def test_saying_the_same_reports_it_whoever_the_parser_makes_the_subject(analyzer):
    a = analyzer.analyze_one("Last month, 26 percent said the same.")
    q = _q(a, "the same")
    assert q is not None and q.speaker == "26 percent"


def test_a_bare_count_that_says_is_no_date(analyzer):
    a = analyzer.analyze_one("While 86 percent of harbour workers had a favorable opinion of Solberg, 43 "
                             "said the same for Baxter.")
    q = _q(a, "the same for Baxter")
    assert q is not None and q.speaker == "43"


def test_a_role_with_a_name_in_apposition_speaks_by_the_name(analyzer):
    a = analyzer.analyze_one("The harbour board created the fund to help in times of crisis, a spokeswoman, "
                             "Anna White, said on Saturday, and it has paid out five times this year.")
    q = _q(a, "The harbour board created the fund")
    assert q is not None and q.speaker == "Anna White"


def test_a_view_that_is_a_clause_reports_it(analyzer):
    a = analyzer.analyze_one("Baxter's view is that the harbour should be sold to the highest bidder.")
    q = _q(a, "that the harbour should be sold")
    assert q is not None and q.speaker == "Baxter"


def test_a_name_right_after_an_inverted_cue_speaks_whatever_the_parse(analyzer):
    a = analyzer.analyze_one("\"The risk,\" said Edward Leamer, an economist who is the director of the "
                             "Harbour Forecast, \"is that the wages fall.\"")
    q = _q(a, "The risk")
    assert q is not None and q.speaker == "Edward Leamer"


def test_the_following_statement_points_at_the_quotation_that_its_issuer_speaks(analyzer):
    a = analyzer.analyze_one("In response to the loss of life, Republican nominee Tom Baxter issued the "
                             "following statement:\n\n“Our prayers are with all those affected by this "
                             "horrible attack on our harbour.”")
    assert not any(q.text.startswith("the following") for q in a.quotes)
    q = _q(a, "Our prayers")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_participle_cue_before_a_colon_speaks_for_its_clause_subject(analyzer):
    a = analyzer.analyze_one("The Harbour Times confirmed that observation, reporting:\n\n“As the buyers "
                             "gradually assumed control of the docks in three separate deals, the board "
                             "said nothing.”")
    q = _q(a, "As the buyers")
    assert q is not None and q.speaker == "Harbour Times"


def test_as_someone_put_it_introduces_their_words(analyzer):
    a = analyzer.analyze_one("Only half a dozen councillors met Ingrid Solberg. As Tom Baxter, the No. 2 in "
                             "the council, put it: “This person will not be confirmed. So there is no "
                             "reason to meet.”")
    q = _q(a, "This person will not")
    assert q is not None and q.speaker == "Tom Baxter"
