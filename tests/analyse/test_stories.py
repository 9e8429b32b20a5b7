from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from store_factories import TEXT, article_outcome  # noqa: E402

from tidings.analyse.stories import containment, event_key, jaccard, signature  # noqa: E402
from tidings.model import Actor, Event  # noqa: E402
from tidings.store import Store  # noqa: E402

WIRE = ("Kenya and Tanzania agreed on Thursday to link their railway networks at the border "
        "town of Namanga, officials in Nairobi said. Kenyan Transport Secretary Daniel Mwangi "
        "and his Tanzanian counterpart Asha Mollel signed the memorandum after two days of talks. "
        "Construction is expected to begin next year, financed partly by the African Development "
        "Bank, and the line should carry goods from the port of Mombasa to Arusha in under a day. ")
COPY = WIRE.replace("officials in Nairobi said", "officials in Nairobi said on Friday") + \
    "Reporting by the regional desk."
OTHER = ("Portugal and Morocco agreed to add two ferry routes across the Strait of Gibraltar. "
         "Portuguese Foreign Minister Rui Carvalho met his Moroccan counterpart in Lisbon, where "
         "the two also discussed fishing quotas and a joint bid to host a football tournament. ")


def test_signatures_tell_copies_from_other_stories():
    a, b, c = signature(WIRE), signature(COPY), signature(OTHER)
    assert containment(a, b) >= 0.8
    assert containment(a, c) < 0.2 and jaccard(a, c) < 0.2
    # A copy cut to its first half is still a copy, though its Jaccard is about a half.
    half = signature(WIRE[: len(WIRE) // 2])
    assert jaccard(a, half) < 0.7 and containment(a, half) >= 0.8
    assert signature("") is None
    assert signature("Too short").size == 1


def _plain(url, text, title="t"):
    return article_outcome(url=url, text=text, title=title, entities=[], events=[], quotes=[])


def test_copies_share_a_story_and_it_survives_reopening(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as s:
        s.save([_plain("https://a.example/rail", WIRE), _plain("https://b.example/ferry", OTHER)])
    with Store(path) as s:  # the LSH index is rebuilt from the stored signatures
        s.save([_plain("https://c.example/kenya-rail-copy", COPY)])
        rows = dict(s.connection().execute("SELECT canonical_url, story_id FROM articles").fetchall())
    assert rows["https://a.example/rail"] == rows["https://c.example/kenya-rail-copy"]
    assert rows["https://b.example/ferry"] != rows["https://a.example/rail"]


def test_an_event_in_syndicated_copies_is_counted_once(tmp_path):
    with Store(tmp_path / "t.db") as s:
        s.save([article_outcome(url="https://a.example/x"),
                article_outcome(url="https://b.example/y", text=TEXT + "Reporting by a wire desk.")])
        conn = s.connection()
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 4
        groups = conn.execute("SELECT type, n_mentions, n_articles, n_stories FROM event_group_summary"
                              " ORDER BY type").fetchall()
        # AGREE has no date of its own: merged because both copies are one story.
        assert [tuple(g) for g in groups] == [("AGREE", 2, 2, 1), ("CONSULT", 2, 2, 1)]


def test_undated_events_in_unrelated_stories_stay_apart():
    ev = Event("CONSULT", Actor("Japan", "JPN"), Actor("United States", "USA"), [0, 10])
    assert event_key(ev, None, None, 1) != event_key(ev, None, None, 2)
    dated = Event("CONSULT", Actor("Japan", "JPN"), Actor("United States", "USA"), [0, 10],
                  date="2025-01-21T10:00:00")
    assert event_key(dated, None, None, 1) == event_key(dated, None, None, 2)
    # The same pair on another day is another meeting.
    later = Event("CONSULT", Actor("Japan", "JPN"), Actor("United States", "USA"), [0, 10],
                  date="2025-02-07")
    assert event_key(dated, None, None, 1) != event_key(later, None, None, 1)


def test_a_dated_event_without_a_target_is_merged_only_within_its_story():
    ev = Event("SUPPORT", Actor("Antony Blinken", "USA"), Actor(None), [0, 10], date="2021-05-25")
    assert event_key(ev, 7, None, 1) != event_key(ev, 7, None, 2)
    assert event_key(ev, 7, None, 1) == event_key(ev, 7, None, 1)
