"""Entities: the text as the model reads it. Apostrophe look-alikes used as apostrophes read
as apostrophes, without moving any character offset.

Every sentence here is invented."""
import pytest

from tidings.nlp.components import normalise_apostrophes


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc", "`", "\uff07"])
def test_apostrophe_lookalike_reads_as_possessive(analyzer, mark):
    text = f"Colombia{mark}s actions were condemned by Venezuela{mark}s foreign minister on Monday."
    a = analyzer.analyze_one(text)
    places = {(e.name, e.country) for e in a.entities if e.type == "GPE"}
    assert ("Colombia", "COL") in places and ("Venezuela", "VEN") in places
    minister = next(e for e in a.entities if "foreign minister" in e.name)
    assert minister.country == "VEN"
    # Offsets are into the text as given.
    for e in a.entities:
        for s, en in e.mentions:
            assert text[s:en].replace(mark, "\u2019") in e.name or e.type == "OTHER"
    s, en = minister.mentions[0]
    assert text[s:en] == f"Venezuela{mark}s foreign minister"


@pytest.mark.parametrize("text,want", [
    ("Colombia\u00b4s army", "Colombia\u2019s army"),
    ("we don\u00b4t know", "we don\u2019t know"),
    ("they\u02bcre here", "they\u2019re here"),
    # Not an apostrophe: a transliteration mark inside a name, a quoted word, an accent alone.
    ("Sa\u02bcid al-Masri", "Sa\u02bcid al-Masri"),
    ("the word `state` here", "the word `state` here"),
    ("caf\u00b4 s", "caf\u00b4 s"),
])
def test_normalise_apostrophes_keeps_length(text, want):
    out = normalise_apostrophes(text)
    assert out == want
    assert len(out) == len(text)


def test_quote_text_keeps_the_characters_of_the_given_text(analyzer):
    text = ("The minister said on Monday: \u201cWe won\u00b4t accept a deal that hurts our farmers.\u201d "
            "Talks will go on next week.")
    a = analyzer.analyze_one(text)
    assert a.quotes, "the colon-introduced direct quote is found"
    for q in a.quotes:
        assert text[q.span[0]:q.span[1]] == q.text
    assert any("won\u00b4t" in q.text for q in a.quotes)
