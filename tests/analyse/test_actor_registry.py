from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.analyse.actors import actor_rows, clean_name, name_keys  # noqa: E402
from tidings.model import Actor, Entity, Event  # noqa: E402
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

def test_an_office_with_no_name_stays_out_of_the_registry(tmp_path):
    # "the Foreign Secretary" of one story and of the next are not one actor
    office = _person("e1", "Foreign Secretary", "GBR", title="Foreign Secretary")
    named = _person("e2", "Jane Holloway", "GBR", title="Foreign Secretary")
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-20", [office, named])
        names = [r[0] for r in s.connection().execute("SELECT name FROM actors")]
    assert names == ["Jane Holloway"]


def test_a_shared_key_does_not_breed_new_actors(tmp_path):
    """One odd "Tonny Blinken" must not make every later "Tonny Blinken" a new actor."""
    with Store(tmp_path / "t.db") as s:
        for day in range(1, 8):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}",
                  [_person("e1", "Antony J. Blinken", "USA", "Secretary of State", ["Blinken", "Secretary Blinken"])])
        for day in range(1, 4):
            _save(s, f"https://b.example/{day}", f"2021-06-0{day}",
                  [_person("e1", "Tonny Blinken", None, None, ["Blinken", "Tonny Blinken"])])
        # A misread country on one article does not split him off either.
        _save(s, "https://c.example/1", "2021-07-01",
              [_person("e1", "Antony J. Blinken", "PAN", "Secretary of State", ["Tonny Blinken"])])
        rows = actor_rows(s.connection(), "blinken")
    assert [(r["name"], r["n_articles"]) for r in rows] == [("Antony J. Blinken", 8), ("Tonny Blinken", 3)]


def test_a_lone_surname_goes_to_the_one_person_far_more_often_seen(tmp_path):
    with Store(tmp_path / "t.db") as s:
        for day in range(1, 8):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}", [_person("e1", "Antony J. Blinken", "USA")])
        _save(s, "https://b.example/1", "2021-06-01", [_person("e1", "Tonny Blinken", "USA")])
        _save(s, "https://c.example/1", "2021-06-02", [_person("e1", "Blinken", "USA")])
        _save(s, "https://c.example/2", "2021-06-03", [_person("e1", "J. Blinken", None)])
        rows = actor_rows(s.connection(), "blinken")
    assert [(r["name"], r["n_articles"]) for r in rows] == [("Antony J. Blinken", 9), ("Tonny Blinken", 1)]


def test_common_nouns_are_not_actors(tmp_path):
    org = Entity("e1", "people", "ORG", [], None, None, "CVL", [[0, 1]])
    cjk = Entity("e2", "外务省", "ORG", [], None, "JPN", "GOV", [[0, 1]])
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-20", [org, cjk])
        names = [r[0] for r in s.connection().execute("SELECT name FROM actors")]
    assert names == ["外务省"]


def test_a_name_key_held_by_two_actors_does_not_multiply_them(tmp_path):
    """Two actors already share "full:united states" (an older store): later mentions go to
    the more seen one instead of adding a third, fourth... actor."""
    gpe = lambda: Entity("e1", "United States", "GPE", [], None, "USA", "GOV", [[0, 1]])  # noqa: E731
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2024-01-01", [gpe()])
        _save(s, "https://a.example/2", "2024-01-02", [gpe()])
        conn = s.connection()
        with conn:
            conn.execute("BEGIN")
            other = conn.execute("INSERT INTO actors (name, type, n_articles) VALUES ('Washington', 'GPE', 1)").lastrowid
            conn.execute("INSERT INTO actor_names VALUES ('full:united states', 'GPE', ?)", (other,))
        for day in range(3, 7):
            _save(s, f"https://a.example/{day}", f"2024-01-0{day}", [gpe()])
        rows = actor_rows(conn, "united states")
        n_actors = conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    assert [(r["name"], r["n_articles"]) for r in rows if r["name"] == "United States"] == [("United States", 6)]
    assert n_actors == 2


def test_an_alias_does_not_claim_a_name_another_actor_holds(tmp_path):
    gpe = lambda name, aliases=(): Entity("e1", name, "GPE", list(aliases), None, "USA", "GOV", [[0, 1]])  # noqa: E731
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2024-01-01", [gpe("United States")])
        _save(s, "https://a.example/2", "2024-01-02", [gpe("Washington DC")])
        _save(s, "https://a.example/3", "2024-01-03", [gpe("United States", ["Washington DC"])])
        _save(s, "https://a.example/4", "2024-01-04", [gpe("Washington DC")])
        conn = s.connection()
        holders = conn.execute("SELECT COUNT(*) FROM actor_names WHERE key = 'full:washington dc'").fetchone()[0]
        rows = {r["name"]: r["n_articles"] for r in actor_rows(conn)}
    assert holders == 1
    assert rows == {"United States": 2, "Washington DC": 2}


def test_names_are_cleaned_and_non_actors_kept_out():
    assert clean_name("Spokesperson Ned Price:\u200e", "ORG") == ("Ned Price", "PERSON")
    assert clean_name("Office of the Spokesperson The", "ORG") == ("Office of the Spokesperson", "ORG")
    assert clean_name("Prime Minister Kishida", "PERSON") == ("Kishida", "PERSON")
    assert clean_name("Secretary of State", "ORG") == ("Secretary of State", "ORG")
    assert clean_name("U.S. Embassy", "ORG") == ("U.S. Embassy", "ORG")
    assert clean_name("General Motors", "ORG") == ("General Motors", "ORG")
    assert clean_name("General Mark Milley", "PERSON") == ("Mark Milley", "PERSON")
    assert clean_name("King Charles III", "PERSON") == ("King Charles III", "PERSON")
    for junk in ("COVID-19", "COVID -19", "Governments", "\u200e", "Minister", "--", "QUESTION", "(Laughter.)", "Department",
                 "https://jobs.example.gov/apply. For press inquiries"):
        assert clean_name(junk, "ORG") is None, junk


def test_a_prefixed_or_marked_name_joins_the_plain_one(tmp_path):
    org = Entity("e1", "Spokesperson Ned Price:\u200e", "ORG", [], None, None, "GOV", [[0, 1]])
    disease = Entity("e2", "COVID-19 Tools", "PERSON", [], None, None, None, [[0, 1]])
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2022-01-01", [_person("e1", "Ned Price", None, "Spokesperson")])
        _save(s, "https://a.example/2", "2022-01-02", [org, disease])
        rows = actor_rows(s.connection())
    assert [(r["name"], r["type"], r["n_articles"]) for r in rows] == [("Ned Price", "PERSON", 2)]


def _article(url, date, text, entities, events=()):
    return article_outcome(url=url, date=date, text=text, entities=entities, events=list(events), quotes=[])


def test_a_stated_country_outweighs_inferred_ones(tmp_path):
    text = "U.S. Deputy Secretary Wendy Sherman met officials in Madrid on Monday."
    at = [text.index("Wendy"), text.index("Wendy") + len("Wendy Sherman")]
    plain = "Officials met Wendy Sherman in Madrid on Monday to talk about trade."
    at2 = [plain.index("Wendy"), plain.index("Wendy") + len("Wendy Sherman")]
    with Store(tmp_path / "t.db") as s:
        s.save([_article("https://a.example/1", "2021-05-01", text,
                         [Entity("e1", "Wendy Sherman", "PERSON", [], "Deputy Secretary", "USA", "GOV", [at])])])
        for day in (2, 3):
            s.save([_article(f"https://a.example/{day}", f"2021-05-0{day}", plain + f" Day {day}.",
                             [Entity("e1", "Wendy Sherman", "PERSON", [], None, "ESP", "GOV", [at2])])])
        conn = s.connection()
        [row] = actor_rows(conn, "sherman")
        found = [r[0] for r in conn.execute("SELECT country_from FROM entities ORDER BY id")]
    assert row["country"] == "USA"
    assert found == ["stated", "inferred", "inferred"]


def test_a_single_guess_does_not_label_an_actor(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2021-05-01", [_person("e1", "Joe Biden", "IGO")])
        for day in (2, 3, 4):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}", [_person("e1", "Joe Biden", None)])
        [row] = actor_rows(s.connection(), "biden")
    assert row["country"] is None and row["n_articles"] == 4


def test_the_registry_fills_countries_it_knows_well(tmp_path):
    text = "Iwaya met Rubio on Tuesday. Iwaya agreed to more talks with Rubio soon."
    iwaya = lambda country: Entity("e1", "Takeshi Iwaya", "PERSON", ["Iwaya"], None, country, "GOV",  # noqa: E731
                                   [[0, 5]])
    rubio = Entity("e2", "Marco Rubio", "PERSON", ["Rubio"], None, None, "GOV", [[10, 15]])
    event = Event("CONSULT", Actor("Iwaya", None, "GOV", "e1"), Actor("Rubio", None, "GOV", "e2"), [0, 27])
    with Store(tmp_path / "t.db") as s:
        for day in (1, 2, 3):
            s.save([_article(f"https://a.example/{day}", f"2025-01-0{day}", f"Iwaya story {day}. " * 5,
                             [iwaya("JPN")])])
        s.save([_article("https://b.example/1", "2025-01-05", "Rubio story. " * 5, [
            Entity("e1", "Marco Rubio", "PERSON", [], None, "USA", "GOV", [[0, 5]])])])
        s.save([_article("https://c.example/1", "2025-01-06", text, [iwaya(None), rubio], [event])])
        conn = s.connection()
        ents = conn.execute("SELECT name, country, country_from FROM entities WHERE article_id ="
                            " (SELECT MAX(id) FROM articles) ORDER BY entity_id").fetchall()
        ev = conn.execute("SELECT source_country, target_country FROM events").fetchone()
        [iwaya_row] = actor_rows(conn, "iwaya")
    # Three agreeing articles fill Iwaya's country; one article is too little for Rubio's.
    assert [tuple(e) for e in ents] == [("Takeshi Iwaya", "JPN", "registry"), ("Marco Rubio", None, None)]
    assert tuple(ev) == ("JPN", None)
    assert iwaya_row["n_articles"] == 4 and iwaya_row["country"] == "JPN"


def test_a_first_full_name_claims_the_surname_only_actor(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2022-01-01", [_person("e1", "Putin", "RUS", "President")])
        _save(s, "https://a.example/2", "2022-01-02", [_person("e1", "Putin", None)])
        _save(s, "https://a.example/3", "2022-01-03", [_person("e1", "Vladimir Putin", "RUS", "President")])
        # A second full name with that surname is somebody else.
        _save(s, "https://a.example/4", "2022-01-04", [_person("e1", "Anna Putin", None)])
        rows = actor_rows(s.connection(), "putin")
    assert sorted((r["name"], r["n_articles"]) for r in rows) == [("Anna Putin", 1), ("Vladimir Putin", 3)]


def test_a_cased_name_is_shown_over_a_shouted_one(tmp_path):
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2022-01-01", [_person("e1", "Wendy Sherman", "USA")])
        _save(s, "https://a.example/2", "2022-01-02", [_person("e1", "WENDY R. SHERMAN", "USA")])
        _save(s, "https://a.example/3", "2022-01-03", [_person("e1", "Wendy R. Sherman", "USA")])
        names = [r["name"] for r in actor_rows(s.connection(), "sherman")]
    assert names == ["Wendy R. Sherman"]


def test_earlier_articles_gain_the_country_once_the_registry_knows_it(tmp_path):
    event = Event("CONSULT", Actor("Iwaya", None, "GOV", "e1"), Actor(None), [0, 20])
    with Store(tmp_path / "t.db") as s:
        s.save([_article("https://a.example/0", "2025-01-01", "Iwaya met officials today. " * 5,
                         [_person("e1", "Takeshi Iwaya", None)], [event])])
        conn = s.connection()
        assert conn.execute("SELECT country FROM entities").fetchone()[0] is None
        for day in (2, 3, 4):
            _save(s, f"https://a.example/{day}", f"2025-01-0{day}", [_person("e1", "Takeshi Iwaya", "JPN")])
        first = conn.execute("SELECT country, country_from FROM entities WHERE article_id = 1").fetchone()
        ev = conn.execute("SELECT source_country, source_country_from FROM events").fetchone()
        # Contrary evidence takes the filled country away again (registry rows don't vote).
        for day in (5, 6, 7, 8):
            _save(s, f"https://a.example/{day}", f"2025-01-0{day}", [_person("e1", "Takeshi Iwaya", "KOR")])
        after = conn.execute("SELECT country FROM entities WHERE article_id = 1").fetchone()[0]
    assert tuple(first) == ("JPN", "registry") and tuple(ev) == ("JPN", "registry")
    assert after is None


def test_a_nickname_finds_the_full_given_name_but_not_across_countries(tmp_path):
    with Store(tmp_path / "t.db") as s:
        for day in (1, 2):
            _save(s, f"https://a.example/{day}", f"2021-05-0{day}", [_person("e1", "Antony J. Blinken", "USA")])
        _save(s, "https://a.example/3", "2021-05-03", [_person("e1", "Tony Blinken", None)])
        _save(s, "https://b.example/1", "2021-05-04", [_person("e1", "Anthony Smith", "USA")])
        _save(s, "https://b.example/2", "2021-05-05", [_person("e1", "Tony Smith", "GBR")])
        rows = {r["name"]: r["n_articles"] for r in actor_rows(s.connection())}
    assert rows == {"Antony J. Blinken": 3, "Anthony Smith": 1, "Tony Smith": 1}


def test_a_country_acting_and_the_country_as_a_place_are_one_actor(tmp_path):
    # The entity layer types "Japan agreed ..." ORG and "talks in Japan" GPE; a user looking
    # up Japan expects one actor, and a company named after it stays its own.
    acting = Entity("e1", "Japan", "ORG", [], None, "JPN", None, [[0, 5]])
    place = Entity("e2", "Japan", "GPE", [], None, "JPN", None, [[40, 45]])
    airline = Entity("e3", "Japan Airlines", "ORG", [], None, "JPN", "BUS", [[60, 74]])
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2025-01-21", [acting, place, airline])
        _save(s, "https://a.example/2", "2025-01-22", [place])
        rows = s.connection().execute("SELECT name, type, n_articles FROM actors ORDER BY name").fetchall()
    assert [tuple(r) for r in rows] == [("Japan", "GPE", 2), ("Japan Airlines", "ORG", 1)]


def test_a_query_of_wildcards_or_punctuation_finds_no_one(tmp_path):
    # "%" and "_" are LIKE wildcards: a user typing them means the characters, and a query
    # with no letters at all names nobody (it matched every actor).
    with Store(tmp_path / "t.db") as s:
        _save(s, "https://a.example/1", "2025-01-21",
              [_person("e1", "Mara Lindqvist", "SWE", "Trade Minister"),
               _person("e2", "Olu Adeyemi", "NGA", "Finance Minister")])
        conn = s.connection()
        assert [r["name"] for r in actor_rows(conn, "lindq")] == ["Mara Lindqvist"]
        for query in ("%", "_", "'", "M_ra", "Lind%ist"):
            assert actor_rows(conn, query) == [], query
