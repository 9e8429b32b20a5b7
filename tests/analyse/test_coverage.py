"""Related coverage: other stories sharing an event or rarer actors, near in time."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.analyse.coverage import coverage  # noqa: E402
from tidings.model import Actor, Entity, Event  # noqa: E402
from tidings.store import Store  # noqa: E402

WORDS = ("harbour rail grain steel vaccine border court budget drought election tunnel bridge "
         "wheat fishery satellite tariff pension museum flood festival").split()


def _text(seed: int) -> str:
    """A distinct body per article, so no two fall into one story by accident."""
    words = [WORDS[(seed * 7 + i * 3) % len(WORDS)] + str(seed * 31 + i) for i in range(60)]
    return " ".join(words) + ". "


def _ents(text: str, *names: str) -> list[Entity]:
    return [Entity(f"e{i}", name, "ORG" if "Department" in name else "PERSON", [], None, "USA", "GOV",
                   [[0, 5]]) for i, name in enumerate(names, 1)]


def _save(store, slug, day, names, *, text=None, events=()) -> int:
    text = text or _text(sum(map(ord, slug)))
    return store.save([article_outcome(url=f"https://news.example/{slug}", date=day, text=text,
                                       title=slug, entities=_ents(text, *names), events=list(events),
                                       quotes=[])]).article_ids[0]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "c.db") as s:
        # Background: a house name in every article, so it is too common to link anything.
        for i in range(20):
            _save(s, f"filler-{i}", f"2025-01-{1 + i % 28:02d}", ["State Department"], text=_text(1000 + i))
        yield s


def test_stories_naming_the_same_rarer_people_nearby_are_related(store):
    main_text = _text(1)
    main = _save(store, "iwaya-meets-rubio", "2025-01-21", ["Takeshi Iwaya", "Marco Rubio", "State Department"],
                 text=main_text)
    later = _save(store, "iwaya-rubio-call", "2025-01-29", ["Takeshi Iwaya", "Marco Rubio"])
    months_on = _save(store, "iwaya-rubio-june", "2025-06-01", ["Takeshi Iwaya", "Marco Rubio"])
    one_name = _save(store, "rubio-travels", "2025-01-22", ["Marco Rubio", "State Department"])
    copy = _save(store, "wire-copy", "2025-01-21", ["Takeshi Iwaya", "Marco Rubio"], text=main_text)
    found = coverage(store.connection(), main)
    assert [c["id"] for c in found] == [later]
    assert found[0]["shared"] == ["Takeshi Iwaya", "Marco Rubio"]  # rarest first
    assert months_on not in [c["id"] for c in found] and one_name not in [c["id"] for c in found]
    assert copy not in [c["id"] for c in found]  # a copy of the story, listed as such elsewhere


def test_a_shared_dated_event_links_two_stories(store):
    def meeting(text):
        return [Event("CONSULT", Actor("Takeshi Iwaya", "JPN", "GOV", "e1"),
                      Actor("Marco Rubio", "USA", "GOV", "e2"), [0, 20], date="2025-01-21")]

    first_text, second_text = _text(2), _text(3)
    first = _save(store, "talks-in-washington", "2025-01-21", ["Takeshi Iwaya", "Marco Rubio"],
                  text=first_text, events=meeting(first_text))
    second = _save(store, "alliance-analysis", "2025-01-23", ["Takeshi Iwaya", "Marco Rubio"],
                   text=second_text, events=meeting(second_text))
    [found] = coverage(store.connection(), first)
    assert found["id"] == second and found["shared_events"] == 1


def test_an_unknown_article_has_no_coverage(store):
    assert coverage(store.connection(), 10_000) == []
