"""Direct quotations split by their cue clause, and quotation paragraphs that run on."""


def _direct(a):
    return [q for q in a.quotes if q.direct]


def test_a_quote_split_by_a_long_cue_clause_is_one_quote(analyzer):
    text = ("“They are open to new ideas,” Jane Holloway, the city's director of planning, said of "
            "the council. “They are not throwing money at the problem. Everything they do is measured.”")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 1 and "Everything they do is measured" in qs[0].text
    assert qs[0].text.startswith("They are open") and qs[0].speaker == "Jane Holloway"


def test_a_short_first_part_still_joins_its_quote(analyzer):
    text = "“It's fine,” Mayor Tom Baxter said. “And a tougher budget would be fine too, for all of us.”"
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 1 and qs[0].text.startswith("It's fine")


def test_an_abbreviated_title_in_the_cue_does_not_end_the_sentence(analyzer):
    text = ('"There is the idea that I could have changed their minds on the budget," Mr. Tom Baxter said. '
            '"I guess there was no trick up my sleeve that would have done it."')
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 1 and "trick up my sleeve" in qs[0].text


def test_quotes_with_a_sentence_of_narration_between_stay_apart(analyzer):
    text = ("“We will rebuild the harbour wall this year,” Mayor Tom Baxter said. The wall fell in May. "
            "“The county will pay for every stone of it,” he added.")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 2


def test_a_sentence_ending_in_a_capitalised_word_between_quotes_keeps_them_apart(analyzer):
    text = ("“The harbour wall will be rebuilt before the storms come back,” Tom Baxter said on Friday. "
            "Engineers doubt it. “Nobody has ever built a wall that fast in this town,” one of them said.")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 2 and qs[0].text.startswith("The harbour wall") and qs[1].text.startswith("Nobody")


def test_a_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(analyzer):
    text = ("“The harbour wall will be rebuilt before the storms come back,” Tom Baxter said. "
            "“Nobody has ever built a wall that fast in this town,” Ruth Okafor said.")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 2 and qs[1].text.startswith("Nobody") and qs[1].speaker == "Ruth Okafor"


def test_a_short_answer_standing_as_a_sentence_is_a_quote(analyzer):
    text = ("Asked whether the harbour wall would be rebuilt before the winter storms, Mayor Tom Baxter "
            "said, “Probably.” The council meets again on Friday.")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 1 and qs[0].text == "Probably." and qs[0].speaker == "Tom Baxter"


def test_a_short_answer_in_a_paragraph_of_its_own_is_a_quote(analyzer):
    text = ("Mayor Tom Baxter said the harbour wall will be rebuilt before the winter storms.\n\n"
            "A reporter asked: “Before the storms?”\n\n“Really,” Baxter replied.")
    qs = _direct(analyzer.analyze_one(text))
    assert any(q.text == "Really" and q.speaker == "Tom Baxter" for q in qs)


def test_a_short_capitalised_quotation_mid_sentence_is_no_quote(analyzer):
    text = "Mayor Tom Baxter said he would skip the dinner to lead a debate on “Harbour values.”"
    assert not _direct(analyzer.analyze_one(text))


def test_a_fragment_quoted_in_narration_is_not_joined_to_the_next_quotation(analyzer):
    text = ("Mayor Tom Baxter called the old harbour wall “a disgrace to the town.” He added, “We will "
            "rebuild every stone of it before the storms come back in the autumn.”")
    qs = _direct(analyzer.analyze_one(text))
    assert any(q.text.startswith("We will rebuild every stone") and q.speaker == "Tom Baxter" for q in qs)


def test_an_uncued_quotation_paragraph_runs_on_from_the_one_before(analyzer):
    text = ("“The harbour wall will be rebuilt this year,” Mayor Tom Baxter said.\n\n"
            "“The county will pay for every stone of it, and the fishermen will be back by June.”\n\n"
            "The council meets again on Friday.")
    qs = _direct(analyzer.analyze_one(text))
    # one quote split by its cue clause, as within a paragraph
    assert len(qs) == 1 and qs[0].text.startswith("The harbour wall") and "back by June" in qs[0].text
    assert qs[0].speaker == "Tom Baxter"


def test_a_retort_with_back_introduces_a_quote(analyzer):
    a = analyzer.analyze_one("When Paul Tremblay mocked the budget, Ingrid Solberg shot back, “We will not "
                             "be lectured on budgets by the people who emptied the fund.”")
    qs = _direct(a)
    assert len(qs) == 1 and qs[0].speaker == "Ingrid Solberg"


def test_any_verb_of_a_named_subject_after_a_quote_attributes_it(analyzer):
    text = ("The port levy came up again at the meeting.\n“The harbour will always be ours,” an angry "
            "Ruth Okafor retaliated. Mayor Tom Baxter only laughed.")
    qs = _direct(analyzer.analyze_one(text))
    assert qs and qs[0].text.startswith("The harbour will always") and qs[0].speaker == "Ruth Okafor"


def test_a_description_after_a_quote_is_no_speaker_by_any_verb(analyzer):
    qs = _direct(analyzer.analyze_one("“Nobody wants this new levy,” the harbour sighed."))
    assert all(q.speaker is None for q in qs)


def test_a_cue_ending_in_a_colon_on_the_next_line_belongs_to_the_next_quote(analyzer):
    text = ("Ruth Okafor said. “You meant that the port is open to every ship.”\n"
            "Tom Baxter replied: “No, I meant the port is closed to all ships.”\n"
            "A smiling Okafor quipped, “We shall see about that very soon.”")
    qs = _direct(analyzer.analyze_one(text))
    by = {q.text[:6]: q.speaker for q in qs}
    assert by.get("You me") == "Ruth Okafor" and by.get("No, I ") == "Tom Baxter"


def test_a_named_subjects_verb_right_before_a_quote_beats_an_earlier_cue(analyzer):
    text = ("The levy is nothing but a tax on fishermen, Mayor Tom Baxter said. During the first debate, "
            "Ruth Okafor cracked, “I am a reformer, but I am a reformer who likes to get things done.”")
    qs = _direct(analyzer.analyze_one(text))
    assert qs and qs[0].speaker == "Ruth Okafor"


def test_an_inverted_cue_before_a_colon_names_its_speaker(analyzer):
    text = ("Ruth Okafor and Tom Baxter spoke at the harbour.\n\nContinued Okafor: “So I think it is a very "
            "real problem for every family on the coast.”")
    qs = _direct(analyzer.analyze_one(text))
    assert qs and qs[0].speaker is not None and qs[0].speaker.endswith("Okafor")
    assert not qs[0].speaker.startswith("Continued")


def test_unclosed_marks_do_not_swallow_text_and_an_apostrophe_is_no_closer():
    from tidings.nlp.quotes import _spans

    text = "“ Opening without end.\n\n‘It’s late,’ she said. “Done,” he said."
    spans = [(text[s:e]) for _, s, e, _ in _spans(text)]
    assert spans == ["It’s late,", "Done,"]


def test_a_lower_case_fragment_running_on_past_a_report_is_the_reports_wording():
    # The parse may cut a reported clause at a quotation mark ("said the goal was not to
    # “punish” but to “save the harbour”"): the fragment that starts inside it, or right at
    # its cut, goes on with the report and is no quotation of its own.
    from tidings.nlp.quotes import _runs_on
    from tidings.nlp.quotes_base import _Q

    text = "Baxter said the levy was “a tax on the people who can least afford it,” in his speech."
    report = _Q(text.index("the levy"), text.index(" “a tax"), False, cue="said")
    frag = _Q(text.index("a tax"), text.index("it,”") + 2, True)
    frag._open = frag.start - 1
    assert _runs_on(frag, [report], text) and report.end == frag.end
    # a fragment that opens in capitals is a quotation; one opening further on is not the
    # report's
    report = _Q(text.index("the levy"), text.index(" “a tax"), False, cue="said")
    cap = _Q(text.index("Baxter"), text.index("the levy") + 8, True)
    cap._open = cap.start
    assert not _runs_on(cap, [report], text)
    short = _Q(text.index("the levy"), text.index("levy") + 4, False, cue="said")
    assert not _runs_on(frag, [short], text) and short.end == text.index("levy") + 4


_BEFORE = ("The council approved the budget on Monday. “We will not raise fares this year,” said "
           "Mark Ellison, the council's finance chair.\n\n")


def _second(analyzer, text):
    qs = _direct(analyzer.analyze_one(_BEFORE + text))
    return next(q for q in qs if not q.text.startswith("We will not"))


def test_a_verb_of_saying_by_manner_cues_the_quote_before_it(analyzer):
    q = _second(analyzer, "“Perhaps the river simply remembers where it used to run,” mused the "
                          "station's longtime host, Ann Whitley.")
    assert q.cue == "mused" and q.speaker == "Ann Whitley"


def test_a_description_after_an_inverted_cue_is_its_speaker(analyzer):
    # The parse makes the noun after a rarer speech verb its object; right after the
    # quotation's closing mark it is the inverted subject, not someone spoken to.
    q = _second(analyzer, "“Nobody here believes the pipes will last another decade,” whispered "
                          "a clerk from the water office.")
    assert q.cue == "whispered" and q.speaker and "clerk" in q.speaker


def test_a_long_tail_after_a_quote_still_names_its_speaker(analyzer):
    q = _second(analyzer, "“Do you really think the pipes will hold through another winter?” Jane "
                          "Doe went on, as if nobody had heard her the first time.")
    assert q.text.startswith("Do you really") and q.speaker == "Jane Doe"


def test_a_quotation_in_the_same_marks_inside_another_does_not_end_it(analyzer):
    q = _second(analyzer, "“People keep calling it “the winter of the pipes,” but the truth is that "
                          "nobody maintained them for twenty years,” said Jane Doe, a retired engineer.")
    assert q.text.endswith("for twenty years") and q.speaker == "Jane Doe"


def test_nested_marks_balance_on_their_line_or_the_first_closer_ends_the_quote():
    from tidings.nlp.quotes import _spans

    text = ("“He calls it “hell” and means it,” she said. «Le mot «enfer» est fort,» dit-il.\n"
            "“No closer for the outer “mark” here.\n“Done,” he said.")
    spans = [text[s:e] for _, s, e, _ in _spans(text)]
    assert spans == ["He calls it “hell” and means it,", "Le mot «enfer» est fort,",
                     "No closer for the outer “mark", "Done,"]


def test_a_new_quotation_paragraph_after_a_cue_clause_goes_on_with_the_quote(analyzer):
    # "...,” Okafor said. / "..." is one quote split by its cue clause
    text = ("Foreign Minister Ruth Okafor spoke after the talks.\n\n"
            "“In effect, this was a meeting Solberg had on his first day as minister,” Okafor said.\n\n"
            "\"I believe we were able to have a frank discussion on a wide range of topics.”\n")
    qs = [q for q in analyzer.analyze_one(text).quotes if q.direct]
    assert len(qs) == 1 and qs[0].text.startswith("In effect") and qs[0].text.endswith("range of topics.")
    assert qs[0].speaker == "Ruth Okafor"
    # its text is the quoted words of both paragraphs, without the cue clause or the marks
    assert qs[0].text == ("In effect, this was a meeting Solberg had on his first day as minister,\n\n"
                          "I believe we were able to have a frank discussion on a wide range of topics.")
    assert len(qs[0].parts) == 2


def test_a_quote_split_by_its_cue_has_the_quoted_words_as_its_text(analyzer):
    text = "“We won’t sell the port,” Mayor Ruth Okafor said on Monday, “not this year and not next.”"
    [q] = analyzer.analyze_one(text).quotes
    assert q.text == "We won’t sell the port, not this year and not next."
    assert [text[a:b] for a, b in q.parts] == ["We won’t sell the port", "not this year and not next."]
    assert q.span == [q.parts[0][0], q.parts[1][1]] and q.speaker == "Ruth Okafor"


def test_a_quotation_paragraph_after_a_narrated_sentence_is_a_passage_of_its_own(analyzer):
    # the cue clause is not all that ends the paragraph: a sentence of narration follows it
    text = ("“In effect, this was a meeting Solberg had on his first day as minister,” Okafor said. The "
            "talks ran late.\n\n“I believe we were able to have a frank discussion on a wide range of topics.”\n")
    qs = [q for q in analyzer.analyze_one(text).quotes if q.direct]
    assert [q.text[:12] for q in qs] == ["In effect, t", "I believe we"]


def test_a_report_reaching_a_colon_goes_on_through_the_quotation_it_announces(analyzer):
    a = analyzer.analyze_one("Mayor Ruth Okafor said the town needs one thing above all: “A new bridge, and "
                             "we need it soon.”")
    assert [(q.text, q.direct) for q in a.quotes] == [
        ("the town needs one thing above all: “A new bridge, and we need it soon.", False)]
    # a full stop ends the report: the quotation after it, with a cue of its own, is a quote
    # of its own (one with no cue goes on with the report: see the tests below)
    a = analyzer.analyze_one("Mayor Ruth Okafor said the town needs one thing above all. “A new bridge, and "
                             "we need it soon,” Tom Baxter said.")
    assert [q.direct for q in a.quotes] == [False, True]


def test_an_as_clause_of_speech_right_before_a_quotation_introduces_it(analyzer):
    # the cue of the next sentence ("Tom Baxter said") belongs to what follows, not to this quote
    a = analyzer.analyze_one("The port lost money for a decade. But, as Ms. Okafor said, “At some point the "
                             "numbers stop mattering.” The plan, Tom Baxter said, was doomed from the start.")
    q = [x for x in a.quotes if x.direct]
    assert len(q) == 1 and q[0].speaker and "Okafor" in q[0].speaker


def test_a_quotation_right_after_a_report_goes_on_with_it(analyzer):
    # the report's words go on in the speaker's own: one quote, whether the quotation has no
    # cue or took the report's verb before it as its cue
    for text in ("Mayor Ruth Okafor spoke at the harbour on Monday. She touted her record on the port "
                 "budget. “We kept every promise we made to the fishermen, and we will keep this one.”",
                 "Mayor Ruth Okafor said the harbour would reopen in May. “We kept every promise we made "
                 "to the fishermen, and we will keep this one.”"):
        qs = analyzer.analyze_one(text).quotes
        assert len(qs) == 1 and not qs[0].direct and qs[0].speaker == "Ruth Okafor"
        assert qs[0].text.endswith("we will keep this one.") and "“We kept" in qs[0].text


def test_a_quotation_after_a_report_stays_apart_across_a_sentence_or_a_paragraph(analyzer):
    for text in ("Mayor Ruth Okafor said the harbour would reopen in May. The council disagreed. “We kept "
                 "every promise we made to the fishermen, and we will keep this one.”",
                 "Mayor Ruth Okafor said the harbour would reopen in May.\n\n“We kept every promise we made "
                 "to the fishermen, and we will keep this one.”"):
        qs = analyzer.analyze_one(text).quotes
        assert [q.direct for q in qs] == [False, True]


def test_a_lower_case_fragment_the_report_runs_on_into_is_part_of_it(analyzer):
    a = analyzer.analyze_one("Mayor Ruth Okafor said that the levy was unfair to the fishermen, but “we will "
                             "pay it until the council changes its mind.”")
    assert [(q.direct, q.speaker) for q in a.quotes] == [(False, "Ruth Okafor")]
    assert a.quotes[0].text.startswith("that the levy") and a.quotes[0].text.endswith("changes its mind.")


def test_a_fragment_after_a_verb_of_its_own_is_no_part_of_the_report(analyzer):
    a = analyzer.analyze_one("Mayor Ruth Okafor said the harbour would reopen in May, calling the delay “a "
                             "disgrace to everyone who works on the water.”")
    assert len(a.quotes) == 2 and a.quotes[0].text == "the harbour would reopen in May"


def test_a_title_ending_the_cue_clause_does_not_split_the_quote(analyzer):
    text = ("“The harbour is safe,” Mayor Ruth Okafor said on the radio show “Morning Tide.” “We will open it "
            "again in May, and the boats will be back.”")
    qs = _direct(analyzer.analyze_one(text))
    assert len(qs) == 1 and qs[0].text.startswith("The harbour is safe") and qs[0].speaker == "Ruth Okafor"
    assert qs[0].text.endswith("the boats will be back.")


def test_a_cue_in_the_sentence_after_a_quote_part_is_no_cue_of_that_part(analyzer):
    # "Tom Baxter said ..." opens a report of its own: the second part is still Okafor's
    text = ("“The harbour is safe,” Mayor Ruth Okafor said. “We will open it again in May, and the boats will "
            "be back.” Tom Baxter said the council would pay for the repairs.")
    qs = analyzer.analyze_one(text).quotes
    assert [(q.direct, q.speaker) for q in qs] == [(True, "Ruth Okafor"), (False, "Tom Baxter")]
    assert qs[0].text.endswith("the boats will be back.")
    # (with a comma the cue after it is the part's own: "“B,” Tom Baxter said.")
    qs = _direct(analyzer.analyze_one("“The harbour is safe,” Mayor Ruth Okafor said. “We will open it again "
                                      "in May, and the boats will be back,” Tom Baxter said."))
    assert [q.speaker for q in qs] == ["Ruth Okafor", "Tom Baxter"]


def test_a_closing_style_mark_opening_a_paragraph_opens_a_quote(analyzer):
    # Reader comments are often typed with the closing mark at both ends, sometimes after
    # an invisible bidi mark; mid-line, the same mark still closes nothing it did not open.
    text = ("Readers wrote in about the harbour wall.\n\n"
            "\u202a”The council should have rebuilt the wall years ago!! Shame on them!!” wrote Ada Pike.\n\n"
            "”We lost two boats in the storm and nobody came to help us,” posted Tom Reyes.")
    qs = _direct(analyzer.analyze_one(text))
    assert [(q.text[:12], q.speaker) for q in qs] == [("The council ", "Ada Pike"), ("We lost two ", "Tom Reyes")]


def test_a_closing_style_mark_mid_line_opens_nothing():
    from tidings.nlp.quotes import _spans

    text = "He called it a “deal.” The rest ” of the town waited.\n"
    assert [text[s:e] for _, s, e, _ in _spans(text)] == ["deal."]


def _titled(a, start):
    return next((q for q in a.quotes if q.direct and q.text.startswith(start)), None)


def test_the_quoted_title_of_a_work_is_its_makers_quote(analyzer):
    # A title is dropped as no quotation ("Saturday Night Live"), but after "titled" it is
    # the words of whoever put the work out, however short.
    q = _titled(analyzer.analyze_one("The Harbour Fund launched a radio ad on Saturday titled, “Scam.”"), "Scam")
    assert q is not None and q.speaker == "Harbour Fund" and q.cue == "titled"
    q = _titled(analyzer.analyze_one("Mayor Jane Doe responded with a second piece, entitled “Ferries Are "
                                     "Not Enough.”"), "Ferries Are Not Enough")
    assert q is not None and q.speaker == "Jane Doe"


def test_the_maker_of_a_titled_work_may_follow_the_title(analyzer):
    a = analyzer.analyze_one("The plan is lifted from a paper titled “How to Fix the Harbour” by Tom Okafor, "
                             "an economist.")
    q = _titled(a, "How to Fix the Harbour")
    assert q is not None and q.speaker == "Tom Okafor"


def test_a_name_in_a_title_is_not_its_maker(analyzer):
    # (with no maker found, no other speaker of the paragraph is given to the title either)
    a = analyzer.analyze_one("She is writing a thriller titled “The Day of Tom Okafor,” which is set in "
                             "Lagos. “It was fun,” said Ann Lee.")
    q = _titled(a, "The Day of Tom Okafor")
    assert q is not None and q.speaker is None
    assert _titled(a, "It was fun").speaker == "Ann Lee"


def test_a_title_without_titled_is_still_no_quote(analyzer):
    a = analyzer.analyze_one("She is writing a thriller, “The Day of Tom Okafor,” which is set in Lagos.")
    assert _titled(a, "The Day") is None


def test_a_verb_of_how_it_was_said_is_the_cue_of_its_quotation(analyzer):
    a = analyzer.analyze_one("Some of the crowd pushed a protester, with Tom Baxter reportedly yelling: "
                             "“Get him out of here!”")
    q = _titled(a, "Get him out of here")
    assert q is not None and q.speaker == "Tom Baxter" and q.cue == "yelling"
    a = analyzer.analyze_one("As the Harbour Singers sang in the 1980s, “They will turn us all into sailors.”")
    q = _titled(a, "They will turn us all")
    assert q is not None and q.cue == "sang" and "Harbour Singers" in (q.speaker or "")


def test_a_manner_of_saying_reports_its_own_clause_but_not_the_words_before_it(analyzer):
    a = analyzer.analyze_one("Ann Lee begged the council to delay the vote.")
    assert [(q.text, q.speaker) for q in a.quotes] == [("the council to delay the vote", "Ann Lee")]
    # ("After the vote, Doe sang", "..., the governor roared back": a plain act)
    assert not analyzer.analyze_one("After the vote on the levy, Tom Baxter sang.").quotes


def test_a_jeer_is_no_cue(analyzer):
    a = analyzer.analyze_one("“We will win this,” Tom Baxter said to jeers. “And soon.”")
    assert [q.cue for q in a.quotes] == ["said"]


def test_a_few_words_a_cue_opens_and_the_sentence_ends_with_are_a_quote(analyzer):
    # (a short quotation is otherwise kept only as a sentence of its own: 'Doe said, “No.”')
    a = analyzer.analyze_one("As the mayor took the stage, the crowd chanted “Bridge! Bridge!”")
    q = _titled(a, "Bridge! Bridge!")
    assert q is not None and q.cue == "chanted"


def test_a_few_quoted_words_the_sentence_runs_on_through_are_no_quote_of_their_own(analyzer):
    a = analyzer.analyze_one("The council said “Baxter exaggerates” the cost of the new bridge.")
    assert [q.text for q in a.quotes] == ["Baxter exaggerates” the cost of the new bridge"]


def test_the_quoted_values_of_a_markup_tag_are_no_quotations(analyzer):
    a = analyzer.analyze_one('<tweet pic="" author="harbourmayor" title="The harbour wall will be rebuilt '
                             'before the winter storms">We start on Monday.</tweet>')
    assert not any("harbour wall" in q.text or "harbourmayor" in q.text for q in a.quotes)


def test_a_digest_line_of_a_cited_title_and_its_excerpt_is_no_quote(analyzer):
    # (a headline ending in a comma, then 'by' and its writer, then the work's own text)
    text = ("City notes for the week.\n\n"
            "CLOSING—\"The corner bakery on Vale Street will shut its doors in March,\" by the Ledger's "
            "Tom Briar: \"The bakery, which opened in 1974, has sold bread to three generations, and "
            "its owner said that rent had tripled.\" http://example.com/a\n\n"
            "—\"A harbor mural is finally getting its last coat of paint,\" by Harbor Weekly's Ana Ruiz.\n\n"
            "\"We will keep the ferry running through the whole winter season,\" Mayor Lena Holt said.")
    qs = analyzer.analyze_one(text).quotes
    assert [q.text for q in qs] == ["We will keep the ferry running through the whole winter season"]
    assert qs[0].speaker == "Lena Holt"


def test_a_quoted_fragment_before_by_mid_sentence_stays(analyzer):
    text = ("The senator said the \"reckless waste of public money, year after year,\" by the agency "
            "had to stop, and she wants a full audit.")
    qs = analyzer.analyze_one(text).quotes
    assert any("reckless waste" in q.text for q in qs)
