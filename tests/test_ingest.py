"""`tidings ingest` end to end on small invented corpora: containers, bad inputs, reruns."""
from __future__ import annotations

import gzip
import json
import os
import shutil

import pytest

from tidings.ingest import ingest
from tidings.store import Store

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{url}"><meta property="article:published_time" content="2024-05-0{day}T09:00:00Z">
</head><body><article><h1>{title}</h1>{body}</article></body></html>"""


def _page(title, url, paras, day=1):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return PAGE.format(title=title, url=url, body=body, day=day)


def _counts(db):
    with Store(db, readonly=True) as s:
        return s.counts()


@pytest.fixture
def corpus(tmp_path, fixtures_dir):
    root = tmp_path / "in"
    shutil.copytree(fixtures_dir / "jsonl", root / "jsonl")
    shutil.copytree(fixtures_dir / "feeds", root / "feeds")
    shutil.copytree(fixtures_dir / "warc", root / "warc")
    (root / "page.html").write_text(_page(
        "Estonia and Latvia to share air patrols", "https://daily.example.com/baltic-air",
        ["Estonia and Latvia agreed on Friday to share air patrol duties over the Baltic Sea.",
         "The defence ministers of both countries signed the arrangement in Riga."]))
    return root


def _bad_inputs(root):
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.html").write_bytes(b"")
    (bad / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    full = gzip.compress(_page("Cut short", "https://daily.example.com/cut", ["A paragraph. " * 400]).encode())
    (bad / "cut.html.gz").write_bytes(full[: len(full) // 2])
    with open(bad / "huge.html", "wb") as f:  # a 50 MB page: refused by size, never read whole
        f.write(b"<html><body><p>")
        f.seek(50 * 1024 * 1024)
        f.write(b"</p></body></html>")
    latin = _page("Le ministre français à Orléans", "https://journal.example.fr/orleans",
                  ["Le ministre a visité Orléans et a rencontré des élèves de l'école."])
    # Declares UTF-8 but is Latin-1: must decode to a clean record, not mojibake or a crash.
    (bad / "wrong-charset.html").write_bytes(latin.encode("latin-1"))
    (bad / "script-title.html").write_text(_page(
        "Budget talks <script>alert('x')</script> resume", "https://daily.example.com/budget",
        ["Budget talks resumed on Monday in Vilnius after a week-long pause."]))
    return bad


def test_ingest_containers_and_bad_inputs(corpus, tmp_path, config):
    bad = _bad_inputs(corpus)
    db = tmp_path / "t.db"
    failures = []
    report = ingest([str(corpus)], db=str(db), config=config, workers=1, nlp=False,
                    on_failure=lambda s, e: failures.append((s, e)))
    # 4 JSONL pages + 3 feed items (2 RSS with content, 1 Atom) + 2 WARC pages + page.html
    # + the wrongly-labelled Latin-1 page + the page with a script in its title.
    assert report.inserted == 4 + 3 + 2 + 1 + 2
    failed = dict(report.failed)
    assert failed == dict(failures)
    expected_bad = {str(bad / n) for n in ("empty.html", "image.png", "scan.pdf", "cut.html.gz", "huge.html")}
    assert expected_bad <= set(failed)
    assert {s for s in failed if "news.jsonl#" in s} == {str(corpus / "jsonl" / "news.jsonl") + f"#{i}" for i in (5, 6, 7)}
    assert all(e and "\n" not in e and "Traceback" not in e for e in failed.values())
    assert "too large" in failed[str(bad / "huge.html")]
    with Store(db, readonly=True) as s:
        conn = s.connection()
        fr = conn.execute("SELECT text FROM articles WHERE canonical_url LIKE '%orleans'").fetchone()[0]
        assert "Orléans" in fr
        title = conn.execute("SELECT title FROM articles WHERE canonical_url LIKE '%budget'").fetchone()[0]
        assert "Budget talks" in title
        # The JSONL/feed record's title and date reached the article.
        row = conn.execute("SELECT title, date FROM articles WHERE canonical_url LIKE '%egypt-ukraine-wheat'").fetchone()
        assert row["title"] == "Egypt asks Ukraine to guarantee wheat" and row["date"].startswith("2024-03-06")
        assert conn.execute("SELECT COUNT(*) FROM input_errors").fetchone()[0] == len(failed)


def test_rerun_stores_nothing_twice_and_updates_a_changed_page(corpus, tmp_path, config):
    db = str(tmp_path / "t.db")
    first = ingest([str(corpus)], db=db, config=config, workers=1, nlp=False)
    before = _counts(db)
    again = ingest([str(corpus)], db=db, config=config, workers=1, nlp=False)
    assert again.inserted == again.updated == 0
    assert again.skipped == first.inserted
    assert _counts(db) == before
    # The same URL with new content is an update of the stored article, not a second one.
    page = corpus / "page.html"
    page.write_text(page.read_text().replace("in Riga.", "in Riga on Friday afternoon."))
    third = ingest([str(corpus)], db=db, config=config, workers=1, nlp=False)
    assert (third.inserted, third.updated) == (0, 1)
    assert _counts(db)["articles"] == before["articles"]
    with Store(db, readonly=True) as s:
        text = s.connection().execute(
            "SELECT text FROM articles WHERE canonical_url = 'https://daily.example.com/baltic-air'").fetchone()[0]
    assert "Friday afternoon" in text


def test_same_page_from_two_containers_is_one_article(tmp_path, config):
    rec = {"url": "https://daily.example.com/one", "title": "One story",
           "content_html": "<p>Finland and Norway opened a new border crossing on Monday.</p>" * 3}
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps(rec) + "\n")
    report = ingest([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")], db=str(tmp_path / "t.db"),
                    config=config, workers=1, nlp=False)
    assert report.inserted == 1 and report.skipped + report.unchanged == 1
    assert _counts(tmp_path / "t.db")["articles"] == 1


def _many(tmp_path, n):
    path = tmp_path / "many.jsonl"
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({"url": f"https://wire.example.com/item/{i}", "title": f"Item {i}",
                                "published": "2024-05-01T00:00:00Z",
                                "content_html": f"<p>Report number {i} on harbour traffic in port {i % 7}.</p>"
                                                f"<p>Officials counted {i * 3} ships this week.</p>"}) + "\n")
    return path


def test_worker_pool_stores_the_same_as_one_process(tmp_path, config):
    path = _many(tmp_path, 60)
    small = config.with_overrides(batch_size=7)
    one = ingest([str(path)], db=str(tmp_path / "one.db"), config=small, workers=1, nlp=False)
    two = ingest([str(path)], db=str(tmp_path / "two.db"), config=small, workers=2, nlp=False)
    assert one.inserted == two.inserted == 60

    def keys(db):
        with Store(db, readonly=True) as s:
            return [tuple(r) for r in s.connection().execute("SELECT doc_key, content_hash FROM articles ORDER BY id")]
    assert keys(tmp_path / "one.db") == keys(tmp_path / "two.db")


def test_ingest_with_nlp_fills_entities_actors_and_stories(corpus, tmp_path, config, analyzer):
    db = str(tmp_path / "t.db")
    report = ingest([str(corpus / "jsonl"), str(corpus / "warc")], db=db, config=config, workers=1)
    assert report.inserted == 6
    with Store(db, readonly=True) as s:
        conn = s.connection()
        c = s.counts()
        assert c["entities"] > 0 and c["mentions"] >= c["entities"] and c["actors"] > 0
        # The two salmon-deal copies (one with an extra sentence) are one story.
        stories = conn.execute("SELECT story_id FROM articles WHERE title LIKE '%salmon%'").fetchall()
        assert len(stories) == 2 and stories[0][0] == stories[1][0]
        assert c["stories"] == 5
        # Every mention offset points into the article text at the entity's name or an alias.
        for row in conn.execute("SELECT a.text, m.start, m.end, e.name, e.aliases FROM mentions m"
                                " JOIN entities e ON e.id = m.entity_row JOIN articles a ON a.id = m.article_id"):
            assert 0 <= row["start"] < row["end"] <= len(row["text"])


def test_a_worker_that_dies_fails_only_its_batch(tmp_path, config, monkeypatch):
    import os

    import tidings.ingest as ingest_module

    real = ingest_module.process_batch

    def crashing(batch):
        if any(b"Report number 3 on" in raw.data for raw, _ in batch):
            os._exit(1)  # as an out-of-memory kill or a crash in native code would
        return real(batch)

    crashing.__module__, crashing.__qualname__ = "tidings.ingest", "process_batch"
    monkeypatch.setattr(ingest_module, "process_batch", crashing)
    path = _many(tmp_path, 15)
    report = ingest([str(path)], db=str(tmp_path / "t.db"), config=config.with_overrides(batch_size=5),
                    workers=2, nlp=False)
    # Only the page that kills its worker fails; the pages in flight beside it are redone.
    assert report.failed == [(f"{path}#4", "worker failed on this input: worker process died")]
    assert report.inserted == 14


def test_a_database_inside_the_folder_is_not_read_as_input(tmp_path, config):
    # `tidings ingest .` in a folder of pages writes ./tidings.db there: the walk must not
    # then read the database, its -wal and -shm files as pages (3 failures, exit 1, each run).
    root = tmp_path / "pages"
    root.mkdir()
    for n in (1, 2):
        (root / f"p{n}.html").write_text(_page(f"Pier {n} reopens", f"https://daily.example.com/pier-{n}",
                                               [f"Pier {n} reopened on Monday after repairs to its deck, "
                                                "the harbour office said."]))
    (root / "notes.db").write_bytes(b"SQLite format 3\x00" + bytes(100))  # any other database still fails
    for _ in range(2):
        report = ingest([str(root)], db=str(root / "tidings.db"), config=config, workers=1, nlp=False)
        assert [source for source, _ in report.failed] == [str(root / "notes.db")]
    assert report.skipped == 2


def test_a_file_name_that_is_not_utf8_fails_nothing(tmp_path, config):
    # Old archives carry Latin-1 file names; Python hands them over with lone surrogates,
    # which SQLite refused: the whole run died on the first such name.
    root = tmp_path / "pages"
    root.mkdir()
    page = _page("Pier reopens", "https://daily.example.com/pier", ["Pier 3 reopened on Monday, the office said."])
    with open(os.path.join(os.fsencode(root), b"caf\xe9.html"), "w") as f:
        f.write(page)
    with open(os.path.join(os.fsencode(root), b"z\xff.bin"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(64))
    report = ingest([str(root)], db=str(tmp_path / "t.db"), config=config, workers=1, nlp=False)
    assert report.inserted == 1
    assert [source for source, _ in report.failed] == [str(root / "z\ufffd.bin")]
    with Store(tmp_path / "t.db", readonly=True) as s:
        assert s.connection().execute("SELECT source FROM articles").fetchone()[0] == str(root / "caf\ufffd.html")


def test_a_rerun_with_nlp_adds_the_layers_a_no_nlp_run_left_out(tmp_path, config, analyzer):
    # A quick --no-nlp ingest first, the full one later: the rerun skipped every page as
    # "already stored", and the articles never got entities, quotes or events.
    page = tmp_path / "p.html"
    page.write_text(_page("Ministers meet on rail link", "https://daily.example.com/rail",
                          ["Norwegian Transport Minister Kari Nordmann met Swedish officials in Oslo "
                           "on Tuesday.", "\u201cThis line matters to our exporters,\u201d Nordmann said."]))
    db = str(tmp_path / "t.db")
    first = ingest([str(page)], db=db, config=config, workers=1, nlp=False)
    assert first.inserted == 1 and _counts(db)["entities"] == 0
    again = ingest([str(page)], db=db, config=config, workers=1, nlp=False)
    assert again.skipped == 1  # without NLP, nothing to add: still skipped
    full = ingest([str(page)], db=db, config=config, workers=1)
    assert full.skipped == 0 and full.updated == 1
    counts = _counts(db)
    assert counts["articles"] == 1 and counts["entities"] > 0 and counts["quotes"] > 0
    assert ingest([str(page)], db=db, config=config, workers=1).skipped == 1  # and now it is done
