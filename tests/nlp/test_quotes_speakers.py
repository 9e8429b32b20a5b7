"""Who speaks: the subject nearest the cue, and the sender of a message."""


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


def test_a_place_misparsed_as_a_second_subject_is_not_the_speaker(analyzer):
    a = analyzer.analyze_one("Speaking at a town hall in Salem, New Hampshire, Ingrid Solberg went after "
                             "the minister, calling him “a tired man with no plan for the coast.”")
    for q in a.quotes:
        assert q.speaker in (None, "Ingrid Solberg")


def test_a_message_reading_something_speaks_for_its_sender(analyzer):
    a = analyzer.analyze_one("Mayor Tom Baxter posted a message on Twitter reading “Thank you, Harbour "
                             "County, for the support you gave us tonight.”")
    q = _q(a, "Thank you, Harbour County")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_dateline_misparsed_as_a_subject_is_not_the_speaker(analyzer):
    a = analyzer.analyze_one("Washington (AFP) – Ingrid Solberg is bent on securing the party nomination "
                             "before the convention in July.")
    q = _q(a, "securing the party nomination")
    assert q is not None and q.speaker == "Ingrid Solberg"


def test_a_subject_the_parser_left_off_still_speaks(analyzer):
    a = analyzer.analyze_one("About 4 in 10 say they want the next mayor to build more housing.")
    q = _q(a, "they want the next mayor")
    assert q is not None and q.speaker is not None and "10" in q.speaker


def test_two_cues_reading_the_same_words_make_one_quote_with_its_source(analyzer):
    a = analyzer.analyze_one("Fishermen who lost their boats would be considered a priority group for "
                             "the new loans, Ingrid Solberg said.")
    qs = [q for q in a.quotes if q.text.startswith("Fishermen who lost")]
    assert len(qs) == 1 and qs[0].speaker == "Ingrid Solberg"


def test_a_dateline_subject_gives_way_to_the_name_after_the_dash(analyzer):
    a = analyzer.analyze_one("Boston (AFP) – Governor Ingrid Solberg on Monday toured the flooded harbour "
                             "with Tom Baxter, blaming the port authority for the delays.")
    q = _q(a, "the port authority for the delays")  # (the charge goes with its object)
    assert q is not None and q.speaker == "Ingrid Solberg"


def test_a_possessive_pronoun_is_no_speaker(analyzer):
    a = analyzer.analyze_one("Senator Ruth Okafor spoke for an hour. Later their attacks on the port "
                             "authority grew sharper, and his criticism of the harbour plan too.")
    for q in a.quotes:
        assert q.speaker not in ("their", "his", "its")


def test_what_a_source_issues_speaks_for_the_source(analyzer):
    a = analyzer.analyze_one("The Harbour Workers Union released a statement condemning the new port "
                             "levy on Friday.")
    q = _q(a, "the new port levy")
    assert q is not None and q.speaker == "Harbour Workers Union"


def test_a_bare_indefinite_pronoun_is_no_speaker(analyzer):
    a = analyzer.analyze_one("Many believe the new port levy will hurt the small fishing firms.")
    q = _q(a, "the new port levy will hurt")
    assert q is not None and q.speaker is None


def test_a_quotation_signed_with_a_dash_and_a_name_is_the_signers(analyzer):
    a = analyzer.analyze_one(
        "Readers wrote to us about the harbour levy. Here is what some of them said.\n\n"
        "“The levy will ruin the small boats. Nobody asked the fishermen before the council "
        "voted.” ― Marta Quispe\n\n"
        "“I have fished here for forty years and I have never once seen the council listen to "
        "us.” ― Tom Baker\n")
    first, second = _q(a, "The levy will ruin"), _q(a, "I have fished here")
    assert first is not None and first.speaker == "Marta Quispe"
    assert second is not None and second.speaker == "Tom Baker"


def test_a_dash_and_a_name_that_go_on_into_a_sentence_sign_nothing(analyzer):
    from tidings.nlp.quotes_speakers import _signed_by
    doc = analyzer.nlp("“The levy will ruin the small boats,” one of them wrote. “Nobody asked us.” — "
                       "Marta Quispe went on to blame the council.")
    close = doc.text.index("us.”") + 4
    assert _signed_by(doc, doc.text, close) is None
    doc = analyzer.nlp("“The levy will ruin the small boats,” one of them wrote. “Nobody asked us.” — "
                       "Marta Quispe.\n\nThe council meets again on Monday.")
    signed = _signed_by(doc, doc.text, close)
    assert signed is not None and signed[0].name == "Marta Quispe"


def test_a_participle_in_a_phrasal_preposition_speaks_for_the_clause_subject(analyzer):
    a = analyzer.analyze_one("In addition to stating that the harbour levy is illegal, Senator Ada Okafor "
                             "has vowed to fight it in court.")
    q = _q(a, "that the harbour levy is illegal")
    assert q is not None and q.speaker == "Ada Okafor"


def test_a_quotation_inside_a_sentence_without_a_cue_is_its_subjects(analyzer):
    a = analyzer.analyze_one(
        "Ada Okafor spoke first at the meeting. “We will not let the levy pass while the boats are "
        "tied up,” she said.\n\n"
        "On its website, the Harbour Workers Union lists “the safety of the crews as its first and "
        "only priority for the coming season.”")
    q = _q(a, "the safety of the crews")
    assert q is not None and q.speaker == "Harbour Workers Union"


def test_a_quotation_opening_a_line_is_not_inside_the_line_before(analyzer):
    from tidings.nlp.quotes_speakers import _embedding_speaker
    text = ("“The levy will ruin the small boats and nobody asked us.” ― Marta Quispe\n“As a "
            "fisherman I would rather sell the boat than pay what they call “a fair share” of "
            "the costs.” ― Tom Baker\n")
    doc = analyzer.nlp(text)
    assert _embedding_speaker(doc, text.index("“As a")) is None


def test_a_message_someone_puts_out_speaks_for_them_not_one_they_cite(analyzer):
    a = analyzer.analyze_one("Senator Maria Lopez has released a web video that accuses the governor of "
                             "wasting the harbour fund.")
    q = _q(a, "the governor of wasting")
    assert q is not None and q.speaker == "Maria Lopez"
    a = analyzer.analyze_one("The tax is meant to reward patient investors, according to a speech Maria "
                             "Lopez delivered at Boston University last July.")
    q = _q(a, "The tax is meant")
    assert q is not None and q.speaker == "Maria Lopez"
    # A message on its own, or one the subject only cites, stays the message's.
    a = analyzer.analyze_one("The video accuses the governor of wasting the harbour fund.")
    q = _q(a, "the governor of wasting")
    assert q is not None and q.speaker == "The video"


def test_the_one_quoted_or_heard_saying_something_speaks(analyzer):
    a = analyzer.analyze_one("Tom Baker was quoted as saying the levy would be dropped.")
    q = _q(a, "the levy would be dropped")
    assert q is not None and q.speaker == "Tom Baker"
    a = analyzer.analyze_one("Maria Lopez was heard telling aides that the levy would be dropped.")
    q = _q(a, "that the levy would be dropped")
    assert q is not None and q.speaker == "Maria Lopez"


def test_a_quotation_after_a_clause_ending_in_a_colon_is_its_subjects(analyzer):
    a = analyzer.analyze_one("“We will fight for every vote,” Maria Lopez said.\n\n"
                             "Tom Baker interjected: “So you will stay in the race?”")
    q = _q(a, "So you will stay")
    assert q is not None and q.speaker == "Tom Baker"


def test_a_name_after_a_comma_alone_is_the_subject_not_a_partner(analyzer):
    # (the parse pairs "Solberg, Quispe" as if joined by "and"; without it there is no pair)
    a = analyzer.analyze_one("His loyalty has moved from Ada Okafor to Baxter to, now, Solberg, "
                             "Quispe said during his speech to the harbour delegates.")
    qs = [q for q in a.quotes if q.cue == "said"]
    assert qs and all(q.speaker == "Quispe" for q in qs)


def test_names_joined_by_and_speak_together(analyzer):
    a = analyzer.analyze_one("Ada Okafor and Tom Baxter said the port levy would go by spring.")
    q = _q(a, "the port levy would go")
    assert q is not None and q.speaker == "Ada Okafor"


def test_an_adjective_with_a_determiner_is_a_speaker_phrase(analyzer):
    # (the parse makes "the 43-year-old" an adjective and "asked" its modifier)
    a = analyzer.analyze_one("Tom Baxter posted the clip on Thursday.\n\n“Why is the harbour still "
                             "closed to the small boats?” the 43-year-old asked in the video’s "
                             "caption.")
    q = _q(a, "Why is the harbour")
    assert q is not None and q.speaker == "the 43-year-old"


def test_a_message_speaks_through_read_before_or_after_it(analyzer):
    # (the parse may take "read" after "the editorial" for a noun and "editorial" for its
    # modifier)
    for text in ("“The harbour levy must go before the winter,” the editorial read.",
                 "“The harbour levy must go before the winter,” read the email."):
        a = analyzer.analyze_one(text)
        q = _q(a, "The harbour levy must go")
        assert q is not None and q.speaker is not None, text
        assert q.speaker.split()[-1] in ("editorial", "email"), (text, q.speaker)


def test_the_name_set_off_right_before_the_verb_is_who_a_description_is(monkeypatch):
    # (a hand-made doc, the names marked as one person: the parse may hang such a name on any
    # noun before it)
    import spacy
    from spacy.tokens import Doc

    import tidings.nlp.quotes_speakers as qs

    class Person:
        type = "PERSON"
    person, at = Person(), set()
    monkeypatch.setattr(qs, "entity_at", lambda doc, i: person if i in at else None)
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["One", "pastor", "backing", "Baxter", ",", "Ada", "Okafor", "of", "the",
                              "church", ",", "said", "it"])
    at.update({5, 6})
    got = qs._apposed_name(doc[11], doc[1])
    assert got is not None and got.i == 6
    # two people named in the phrase are no one person
    doc = Doc(vocab, words=["His", "biographers", ",", "Ada", "and", "Tom", "Okafor", ",", "wrote", "it"])
    at.clear()
    at.update({3})
    assert qs._apposed_name(doc[8], doc[1]) is None
    # a verb inside the phrase makes it a clause of its own, not a name in apposition
    doc = Doc(vocab, words=["The", "aide", ",", "who", "met", "Ada", "Okafor", ",", "said", "it"],
              pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "PROPN", "PUNCT", "VERB", "PRON"])
    at.clear()
    at.update({5, 6})
    assert qs._apposed_name(doc[8], doc[1]) is None


def test_in_a_transcript_what_is_said_in_a_turn_is_the_turn_holders(analyzer):
    a = analyzer.analyze_one(
        "Governor Ada Okafor spoke to the host on Sunday about the harbour levy.\n\n"
        "BAXTER: Governor, do you think the levy will pass this year?\n\n"
        "OKAFOR: Well, it has been a long winter for everyone on the coast.\n\n"
        "I think the council will vote for it once the boats are back.\n\n"
        "BAXTER: And the fishermen say they cannot pay it.\n\n"
        "OKAFOR: Look, nobody likes a new tax.\n\n"
        "I believe most of them will be better off within two years.\n\n"
        "BAXTER: Thank you, Governor, for your time this morning.\n")
    # (a turn's later paragraphs are still the turn holder's)
    q = _q(a, "the council will vote")
    assert q is not None and q.speaker == "Ada Okafor"
    q = _q(a, "most of them will be better off")
    assert q is not None and q.speaker == "Ada Okafor"
    # (the fishermen speak in Baxter's turn through a cue of their own)
    q = _q(a, "they cannot pay it")
    assert q is None or q.speaker != "Ada Okafor"


def test_labels_of_a_tally_or_a_note_make_no_transcript():
    from tidings.nlp.quotes_speakers import _TURN_RE
    text = ("Okafor: 1,769.\nBaxter: 1,501.\nOkafor: 547.\nBaxter: 46.\n")
    assert not list(_TURN_RE.finditer(text))


def test_an_uncued_quotation_goes_on_with_the_speaker_of_the_report_before_it(analyzer):
    a = analyzer.analyze_one(
        "The harbour levy was debated for three hours on Monday.\n\n"
        "The council chamber was full long before the session began.\n\n"
        "Several boats stayed in port for the day so that their crews could attend.\n\n"
        "Her neighbours have mocked the plan for months, Ada Okafor said as she left the hall.\n\n"
        "“But it is our plan, and we will see it through to the end!”")
    q = _q(a, "But it is our plan")
    assert q is not None and q.speaker == "Ada Okafor"


def test_according_to_a_source_whose_modifier_reads_as_a_verb(analyzer):
    # (the parse reads "show" in "show insiders" as a verb with "insiders" its object)
    a = analyzer.analyze_one("The show will end next year, according to show insiders.")
    q = _q(a, "The show will end")
    assert q is not None and q.speaker == "insiders"
    assert not [q for q in a.quotes if q.text == "insiders"]


def test_a_known_surname_read_as_a_modifier_of_a_speech_verb_speaks(monkeypatch):
    from types import SimpleNamespace

    import tidings.nlp.quotes_speakers as qs
    people = [SimpleNamespace(type="PERSON", name="Ada Okafor"), SimpleNamespace(type="ORG", name="Baxter")]
    doc = SimpleNamespace(_=SimpleNamespace(tidings_entities=people))
    assert qs._known_surname(doc, SimpleNamespace(text="Okafor", is_alpha=True))
    assert not qs._known_surname(doc, SimpleNamespace(text="Baxter", is_alpha=True))
    assert not qs._known_surname(doc, SimpleNamespace(text="okafor", is_alpha=True))


def test_a_speech_verb_left_without_a_subject_goes_on_from_the_clause_before(analyzer):
    # (the parse hangs "responded" off the participle and "said" off "denounced", with no
    # subject of their own; the name that is the subject before them speaks)
    a = analyzer.analyze_one("Mayor Ingrid Solberg, channeling her working-class roots, responded by first "
                             "saying ''some kind things'' about the harbour board.")
    q = _q(a, "some kind things")
    assert q is not None and q.speaker == "Ingrid Solberg"
    a = analyzer.analyze_one("Ingrid Solberg further summed up the minister as “useless,” denounced his "
                             "record as head of the port and said he should not even be allowed to stand again.")
    q = _q(a, "he should not even be allowed")
    assert q is not None and q.speaker == "Ingrid Solberg"


def test_a_speech_verb_with_an_unnamed_subject_takes_no_name_before_it(analyzer):
    a = analyzer.analyze_one("Ingrid Solberg left early, but the angry fishermen, channeling their rage, "
                             "responded by first saying ''the port is dying'' to the crowd.")
    q = _q(a, "the port is dying")
    assert q is None or q.speaker != "Ingrid Solberg"


def test_a_word_of_the_speakers_title_is_no_cue(analyzer):
    # ("state" in "state Senate leader" is a speech verb's form, read here as the title's noun)
    a = analyzer.analyze_one('"We can only wonder if the intent is to reopen the door," state Senate leader '
                             'Tom Baxter and House Speaker Ada Okafor, both Republicans, said in a statement.')
    q = _q(a, "We can only wonder")
    assert q is not None and q.cue == "said" and q.speaker == "Tom Baxter"


def test_a_participle_of_speech_running_up_to_the_quotation_leads_it_in(analyzer):
    # (the comma before the quotation hangs on "concludes"; "saying ... last week," leads in)
    a = analyzer.analyze_one("The spot concludes with footage of Baxter saying during the debate last week, "
                             "“That makes me smart,” when Okafor blasted him for not paying his fees.")
    q = _q(a, "That makes me smart")
    assert q is not None and q.cue == "saying" and q.speaker == "Baxter"


def test_a_thing_made_or_obtained_by_a_named_source_speaks_for_it(analyzer):
    a = analyzer.analyze_one("But a screen image captured by Harbour Weekly showed that Baxter had shared it "
                             "and added his own comment.")
    q = _q(a, "that Baxter had shared it")
    assert q is not None and q.speaker == "Harbour Weekly"


def test_a_name_inside_the_quotation_is_not_the_speaker_of_the_cue_after_it(analyzer):
    a = analyzer.analyze_one('"We do not have a harbour anymore. #Oslo," tweeted a fisherman '
                             'from Bergen going by the handle Sjoman.')
    q = [x for x in a.quotes if x.direct and x.text.startswith("We do not have a harbour")]
    assert q and q[0].speaker != "Oslo" and q[0].speaker is not None and "fisherman" in q[0].speaker


def test_a_dash_after_a_dateline_is_no_verb_of_the_place(analyzer):
    a = analyzer.analyze_one("BOSTON \u2015 Ingrid Solberg\u2019s office said it is looking for a new "
                             "harbour master to run the port.")
    assert a.quotes and all(q.speaker != "BOSTON" and q.cue != "\u2015" for q in a.quotes)
