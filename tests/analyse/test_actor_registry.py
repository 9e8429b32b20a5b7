from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.analyse.actors import actor_rows, name_keys  # noqa: E402
from tidings.model import Entity  # noqa: E402
from tidings.store import Store  # noqa: E402


def test_name_keys():
    assert name_keys("Antony J. Blinken", "PERSON") == ["full:antony j blinken", "pair:antony blinken",
                                                        "last:blinken"]
    # Name order does not matter for the first/last pair.
    assert name_keys("Iwaya Takeshi", "PERSON")[1] == name_keys("Takeshi Iwaya", "PERSON")[1]
    assert name_keys("Nippon Steel", "ORG") == ["full:nippon steel"]
    assert name_keys("  ", "ORG") == []


def _person(eid, name, country, title=None, aliases=(), sector="GOV"):
    return Entity(eid, name, "PERSON", list(aliases), title, country, sector, [[0, 1]])


def _save(store, url, date, entities):
    store.save([article_outcome(url=url, date=date, text=f"Story at {url}. " * 20, entities=entities,
                                events=[], quotes=[])])


def test_one_person_across_articles_with_titles_over_time(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2025-01-21",
              [_person("e1", "Takeshi Iwaya", "JPN", "Foreign Minister", ["Iwaya"])])
        _save(s, "https://a.example/2", "2025-02-10", [_person("e1", "Iwaya Takeshi", "JPN", "Foreign Minister")])
        _save(s, "https://a.example/3", "2025-03-01", [_person("e1", "Iwaya", "JPN", "Foreign Minister")])
        _save(s, "https://a.example/4", "2023-05-02", [_person("e1", "Takeshi Iwaya", "JPN", "Defense Minister")])
        conn = s.connection()
        assert conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 1
        [row] = actor_rows(conn, "iwaya")
    assert row["name"] == "Takeshi Iwaya" and row["country"] == "JPN" and row["n_articles"] == 4
    assert (row["first_seen"], row["last_seen"]) == ("2023-05-02", "2025-03-01")
    titles = [(t["title"], t["first_seen"], t["last_seen"]) for t in row["titles"]]
    assert titles == [("Defense Minister", "2023-05-02", "2023-05-02"),
                      ("Foreign Minister", "2025-01-21", "2025-03-01")]


def test_surnames_shared_by_two_people_merge_with_neither(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2024-01-01", [_person("e1", "Kim Jong Un", "PRK")])
        _save(s, "https://a.example/2", "2024-01-02", [_person("e1", "Kim Min-seok", "KOR")])
        _save(s, "https://a.example/3", "2024-01-03", [_person("e1", "Kim", None)])
        conn = s.connection()
        names = sorted(r[0] for r in conn.execute("SELECT name FROM actors"))
    assert names == ["Kim", "Kim Jong Un", "Kim Min-seok"]


def test_same_name_pair_in_different_countries_is_two_people(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2024-01-01", [_person("e1", "John Smith", "GBR")])
        _save(s, "https://a.example/2", "2024-01-02", [_person("e1", "John R. Smith", "USA")])
        n = s.connection().execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    assert n == 2


def test_organisations_match_by_full_name_only(tmp_path):
    org = lambda eid, name: Entity(eid, name, "ORG", [], None, "JPN", "BUS", [[0, 1]])  # noqa: E731
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2024-01-01", [org("e1", "Nippon Steel")])
        _save(s, "https://a.example/2", "2024-01-02", [org("e1", "Nippon Steel")])
        _save(s, "https://a.example/3", "2024-01-03", [org("e1", "Nippon Paint")])
        rows = actor_rows(s.connection())
    assert sorted((r["name"], r["n_articles"]) for r in rows) == [("Nippon Paint", 1), ("Nippon Steel", 2)]


def test_titles_group_case_blind_with_their_usual_country(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-20", [_person("e1", "Antony Blinken", "USA", "Secretary of State")])
        _save(s, "https://a.example/2", "2021-05-21", [_person("e1", "Antony Blinken", "USA", "SECRETARY OF STATE")])
        # One article misreads his country: the title row keeps the usual one.
        _save(s, "https://a.example/3", "2021-05-22", [_person("e1", "Antony Blinken", "CRI", "Secretary of State")])
        [row] = actor_rows(s.connection(), "blinken")
    assert [(t["title"], t["country"], t["n_articles"]) for t in row["titles"]] == \
        [("Secretary of State", "USA", 3)]


def test_generic_and_other_entities_stay_out_of_the_registry(tmp_path):
    generic = Entity("e2", "people", "OTHER", [], None, None, "CVL", [[0, 1]])
    spaced = _person("e1", "Office of the\n\nSpokesperson", "USA")
    spaced.type = "ORG"
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-20", [spaced, generic])
        names = [r[0] for r in s.connection().execute("SELECT name FROM actors")]
        unlinked = s.connection().execute("SELECT name FROM entities WHERE actor_id IS NULL").fetchall()
    assert names == ["Office of the Spokesperson"]
    assert [r[0] for r in unlinked] == ["people"]

def test_a_shared_key_does_not_breed_new_actors(tmp_path):
    """One odd "Tony Blinken" must not make every later "Tony Blinken" a new actor."""
    with Store(tmp_path / "t.db") as s:
        for day in range(1, 8):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}",
                  [_person("e1", "Antony J. Blinken", "USA", "Secretary of State", ["Blinken", "Secretary Blinken"])])
        for day in range(1, 4):
            _save(s, f"https://b.example/{day}", f"2021-06-0{day}",
                  [_person("e1", "Tony Blinken", None, None, ["Blinken", "Tony Blinken"])])
        # A misread country on one article does not split him off either.
        _save(s, "https://c.example/1", "2021-07-01",
              [_person("e1", "Antony J. Blinken", "PAN", "Secretary of State", ["Tony Blinken"])])
        rows = actor_rows(s.connection(), "blinken")
    assert [(r["name"], r["n_articles"]) for r in rows] == [("Antony J. Blinken", 8), ("Tony Blinken", 3)]


def test_a_lone_surname_goes_to_the_one_person_far_more_often_seen(tmp_path):
    with Store(tmp_path / "t.db") as s:
        for day in range(1, 8):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}", [_person("e1", "Antony J. Blinken", "USA")])
        _save(s, "https://b.example/1", "2021-06-01", [_person("e1", "Tony Blinken", "USA")])
        _save(s, "https://c.example/1", "2021-06-02", [_person("e1", "Blinken", "USA")])
        _save(s, "https://c.example/2", "2021-06-03", [_person("e1", "J. Blinken", None)])
        rows = actor_rows(s.connection(), "blinken")
    assert [(r["name"], r["n_articles"]) for r in rows] == [("Antony J. Blinken", 9), ("Tony Blinken", 1)]


def test_common_nouns_are_not_actors(tmp_path):
    org = Entity("e1", "people", "ORG", [], None, None, "CVL", [[0, 1]])
    cjk = Entity("e2", "外务省", "ORG", [], None, "JPN", "GOV", [[0, 1]])
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-20", [org, cjk])
        names = [r[0] for r in s.connection().execute("SELECT name FROM actors")]
    assert names == ["外务省"]
