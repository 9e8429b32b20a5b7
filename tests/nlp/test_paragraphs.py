"""A blank line is always a sentence boundary, whatever the parser would have glued."""
from __future__ import annotations


def test_header_lines_are_their_own_sentences(analyzer):
    text = ("Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ana Ortega:\n\n"
            "Secretary of State Marco Rubio met with Kenyan President William Ruto today in Washington.")
    doc = analyzer.nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Office of the Spokesperson"
    assert sents[-1].startswith("Secretary of State Marco Rubio met")
    assert not any("\n\n" in s for s in sents)


def test_single_newlines_do_not_split(analyzer):
    doc = analyzer.nlp("Kenya and Ethiopia signed\na trade deal on Monday.")
    assert len(list(doc.sents)) == 1


def test_events_do_not_span_paragraphs(analyzer):
    text = "Office of the Spokesperson\n\nSecretary of State Marco Rubio met Kenyan President William Ruto today."
    an = analyzer.analyze_one(text)
    consult = [e for e in an.events if e.type == "CONSULT"]
    assert consult
    for ev in consult:
        assert text[ev.sentence[0]:ev.sentence[1]].startswith("Secretary")
        assert "Office" not in (ev.source.name or "") + (ev.target.name or "")


def test_blank_line_with_spaces_splits(analyzer):
    # "\n \n" is split by the tokenizer across tokens; it is still a blank line.
    doc = analyzer.nlp("Media Note\n \nThe minister will travel to Nairobi on Monday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Media Note"
    assert sents[-1].startswith("The minister will travel")


def test_a_heading_line_is_its_own_sentence(analyzer):
    doc = analyzer.nlp("Antony J. Blinken, Secretary of State\nWe condemn the attack on Kyiv.")
    assert [s.text.strip() for s in doc.sents] == ["Antony J. Blinken, Secretary of State",
                                                   "We condemn the attack on Kyiv."]


def test_hard_wrapped_prose_is_not_split(analyzer):
    for text in ("The minister said the talks with\nPresident Biden were useful.",
                 "Secretary Blinken met\nForeign Minister Hayashi in Tokyo.",
                 "The delegation of the European Union,\nThe Commission and others attended."):
        assert len(list(analyzer.nlp(text).sents)) == 1, text


def test_doc_column_is_the_token_attribute_read_once(analyzer):
    from spacy.attrs import LOWER, POS

    from tidings.nlp.paragraphs import doc_column

    doc = analyzer.nlp("The Minister said on Monday that talks with Nairobi would resume.")
    lowers = doc_column(doc, LOWER)
    assert lowers == [doc.vocab.strings.add(t.lower_) for t in doc]
    assert doc_column(doc, "lower") is lowers  # by name or by id: one cached list
    assert doc_column(doc, POS) == [t.pos for t in doc]
    with doc.retokenize() as retok:  # a retokenised Doc reads its new tokens
        retok.merge(doc[0:2])
    assert doc_column(doc, LOWER) == [doc.vocab.strings.add(t.lower_) for t in doc]


def test_the_layers_text_is_the_text_the_doc_was_made_from(analyzer):
    # Joined back from the tokens it costs a Token object per word; the Doc keeps every
    # character of its text, so the text it was made from is the same string.
    from tidings.nlp import DocContext
    from tidings.nlp.components import prepare_doc
    from tidings.nlp.paragraphs import _TEXT_KEY, doc_text

    text = "The ferry to Gull Island  sails at noon.\n\n\u201cIt is late,\u201d she said. "
    doc = prepare_doc(analyzer.nlp, text, DocContext())
    assert doc.user_data.get(_TEXT_KEY) == text  # kept, before any layer asks
    assert doc_text(doc) == doc.text == text
