"""Who speaks through an infinitive or a joined verb with no subject of its own: the one the
verb above moves to act (its object), or the subject of a passive."""
import pytest


def _q(a, start):
    return next((q for q in a.quotes if q.text.startswith(start)), None)


@pytest.mark.parametrize("text,start,speaker", [
    # (the cause is the verb's subject; the one it moves to speak is its object)
    ("The harbour ruling led Mayor Ingrid Solberg to declare the port closed until spring.",
     "the port closed", "Ingrid Solberg"),
    ("The flooding forced the council leader, Tom Baxter, to admit that the levy had failed.",
     "that the levy had failed", "Tom Baxter"),
    # (a passive's subject goes on to speak)
    ("Governor Tom Baxter was prompted to say that the port would reopen in May.",
     "that the port would reopen", "Tom Baxter"),
    ("By the end of the week, Ingrid Solberg was forced into an awkward retreat and said that "
     "her words had been twisted.", "that her words had been twisted", "Ingrid Solberg"),
])
def test_the_one_moved_to_speak_is_the_speaker(analyzer, text, start, speaker):
    q = _q(analyzer.analyze_one(text), start)
    assert q is not None and q.speaker == speaker


def test_a_person_in_a_clip_asking_speaks_not_the_clip(analyzer):
    a = analyzer.analyze_one("The new spot uses a clip of Tom Baxter asking, “Why are the boats "
                             "still tied up in the harbour?”")
    q = _q(a, "Why are the boats")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_subject_that_speaks_itself_is_not_replaced_by_the_object(analyzer):
    # (an object of a verb that moves no one to act, and a subject of the infinitive's own)
    a = analyzer.analyze_one("Mayor Ingrid Solberg used the meeting to announce that the port "
                             "would reopen in May.")
    q = _q(a, "that the port would reopen")
    assert q is not None and q.speaker == "Ingrid Solberg"


def test_what_one_is_only_urged_to_do_stays_the_words_of_the_one_urging(analyzer):
    # (the fishermen have not rejected anything: the call is the mayor's)
    a = analyzer.analyze_one("Mayor Ingrid Solberg urged the fishermen to reject the new port levy.")
    qs = [q for q in a.quotes if "levy" in q.text]
    assert qs and all(q.speaker == "Ingrid Solberg" for q in qs)


def test_a_participle_joined_to_an_infinitive_goes_with_the_verb_above_it(analyzer):
    # (the residents save water; the mayor does the promising)
    a = analyzer.analyze_one("Mayor Tom Baxter spent the week forcing residents to save water and "
                             "promising to repair the reservoir by June.")
    q = _q(a, "to repair the reservoir")
    assert q is not None and q.speaker == "Tom Baxter"


def test_a_relative_clause_with_commas_of_its_own_describes_the_name_before_it(analyzer):
    a = analyzer.analyze_one("Ms. Okafor, whose latest venture, Harbourdata, sells charts to the "
                             "fishing fleet, said the port levy was a mistake.")
    qs = [q for q in a.quotes if q.cue == "said"]
    assert qs and all(q.speaker is not None and "Okafor" in q.speaker for q in qs)


def test_a_floating_quantifier_after_names_speaks_for_them(analyzer):
    a = analyzer.analyze_one("The council is split, with Tom Baxter, Ada Okafor and Ingrid Solberg "
                             "all calling for a lower port levy, while the mayor wants it kept.")
    q = _q(a, "a lower port levy")
    assert q is not None and q.speaker in ("Tom Baxter", "Ada Okafor", "Ingrid Solberg")


def test_a_dates_possessive_is_no_speaker(analyzer):
    a = analyzer.analyze_one("The union entered Thursday's talks believing it had more leverage than "
                             "the council.")
    q = _q(a, "it had more leverage")
    assert q is not None and q.speaker != "Thursday"
