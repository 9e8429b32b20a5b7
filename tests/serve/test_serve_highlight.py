"""serve/highlight.py: untrusted text cut into labelled plain-text segments."""
from __future__ import annotations

from tidings.serve.highlight import article_paragraphs, marked_segments

TEXT = "Iwaya met Rubio.\n\n\u201cWe agree,\u201d Iwaya said of Japan.\n\nLast line."


def _layers():
    entities = [
        {"id": "e1", "actor_id": 1, "name": "Takeshi Iwaya", "type": "PERSON",
         "mentions": [[0, 5], [TEXT.index("Iwaya said"), TEXT.index("Iwaya said") + 5]]},
        {"id": "e2", "actor_id": 2, "name": "Marco Rubio", "type": "PERSON", "mentions": [[10, 15]]},
        {"id": "e3", "actor_id": None, "name": "Japan", "type": "GPE",
         "mentions": [[TEXT.index("Japan"), TEXT.index("Japan") + 5], [-4, 2], [30, 10_000], [9, 3]]},
    ]
    q_start = TEXT.index("We agree")
    quotes = [{"id": 7, "start": q_start, "end": q_start + len("We agree,")}]
    events = [{"id": 3, "sentence_start": 0, "sentence_end": 16, "source_entity_id": "e1",
               "target_entity_id": "e2"},
              {"id": 4, "sentence_start": TEXT.index("\u201c"), "sentence_end": TEXT.index("Japan.") + 6}]
    return entities, quotes, events


def test_segments_cover_the_paragraphs_exactly():
    paras = article_paragraphs(TEXT, *_layers())
    assert ["".join(s.text for s in p) for p in paras] == TEXT.split("\n\n")
    for p in paras:
        for s in p:
            assert TEXT[s.start:s.start + len(s.text)] == s.text


def test_labels_and_anchors():
    first, second, third = article_paragraphs(TEXT, *_layers())
    assert [(s.text, s.entity["name"] if s.entity else None) for s in first] == [
        ("Iwaya", "Takeshi Iwaya"), (" met ", None), ("Rubio", "Marco Rubio"), (".", None)]
    assert all(s.events == [3] for s in first) and first[0].anchors == ["ev-3"]
    quoted = [s for s in second if s.quotes]
    assert "".join(s.text for s in quoted) == "We agree,"
    assert all(4 in s.events for s in second)
    assert "q-7" in next(s for s in second if s.quotes).anchors
    assert "ent ent-PERSON" in next(s for s in second if s.text == "Iwaya").classes
    assert not any(s.events or s.entity or s.quotes for s in third)


def test_bad_offsets_are_ignored_not_trusted():
    # [-4, 2], [30, 10000] and the reversed [9, 3] label nothing
    paras = article_paragraphs(TEXT, *_layers())
    assert "".join(s.text for p in paras for s in p) == TEXT.replace("\n\n", "")
    japan = [s.text for p in paras for s in p if s.entity and s.entity["name"] == "Japan"]
    assert japan == ["Japan"]
    assert article_paragraphs("", [], [], []) == []


def test_markup_stays_text():
    text = "<script>alert(1)</script> and more"
    [para] = article_paragraphs(text, [{"id": "e1", "type": "ORG", "mentions": [[0, 8]]}], [], [])
    assert para[0].text == "<script>" and para[0].classes == "ent ent-ORG"


def test_marked_segments():
    segs = marked_segments("a cat and a hat", [[2, 5], [12, 15], [3, 4], [40, 50]])
    assert [(s.text, s.mark) for s in segs] == [("a ", False), ("cat", True), (" and a ", False),
                                              ("hat", True)]
    assert [(s.text, s.mark) for s in marked_segments("plain", [])] == [("plain", False)]


def test_event_parties_are_marked_inside_their_sentence():
    first, second, _ = article_paragraphs(TEXT, *_layers())
    iwaya, rubio = first[0], first[2]
    assert iwaya.roles == ["src-3"] and iwaya.role_in(3) == "src" and "src-3" in iwaya.classes
    assert rubio.roles == ["tgt-3"] and rubio.role_in(3) == "tgt"
    assert iwaya.role_in(4) is None
    # the same person outside that event's sentence is not its source
    assert all(not s.roles for s in second)
