"""Learn who holds which office from news articles: ``people.json``.

    .venv/bin/python -m tidings.nlp.knowledge.learn [CORPUS.jsonl(.gz) ...]

Office holders change, so they are not hand-written like ``src/*.tsv``: this reads articles
(by default the bundled public-domain demo corpus, ``demo/state-dept-press-releases.jsonl.gz``)
through the entity layer *without* any learned knowledge, and keeps each person whom the
articles themselves give a country ("Armenian Prime Minister Nikol Pashinyan"), with the
sector of their office, the title most recently seen, the dates first and last seen and the
number of articles. A person whose articles disagree on the country is left out.

At run time ``people.py`` lets a document that names such a person with no country cue of
its own ("Nikol Pashinyan said ...") borrow the learned country and sector. The store's
actor registry (``analyse/actors.py``) does the same across a user's own articles.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from . import load as load_knowledge
from .people import OUT, VERSION, name_key, name_words

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT / "demo" / "state-dept-press-releases.jsonl.gz"
# Share of a person's country votes the winner needs; below it the articles disagree.
_AGREE = 0.75
_MAX_CHARS = 60_000


def _records(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _texts(paths: list[Path]):
    for p in paths:
        for rec in _records(p):
            text = "\n\n".join(x for x in (rec.get("title"), rec.get("text")) if x)
            date = str(rec.get("published") or rec.get("date") or "")[:10] or None
            if text.strip():
                yield text[:_MAX_CHARS], date


# Name particles written in lower case inside a name ("Luigi di Maio", "bin Zayed").
_PARTICLES = {"al", "bin", "ibn", "de", "di", "da", "del", "della", "der", "van", "von", "la", "le",
              "el", "dos", "das", "du", "y", "ben", "abu", "bint", "ter", "zu"}


# Headline words the entity layer sometimes runs into a name ("Antony J. Blinken Keynote
# Remarks", "Normandy Format").
_HEADLINE = {"remarks", "statement", "statements", "keynote", "format", "meeting", "call",
             "visit", "press", "briefing", "interview", "travel", "joint", "readout",
             "conference", "summit", "speech", "message", "letter", "day", "op-ed", "video"}


def _name_like(kb, name: str) -> bool:
    """A person's name and nothing else: one line, capitalised words or particles, and no
    word the tables know as an office, a body or a country ("Spokesperson Ned Price",
    "Putin Ukraine", "Alfa Bank" are the entity layer's slips, not names to learn)."""
    if "\n" in name or not name.strip():
        return False
    for w in name.replace("-", " ").split():
        if not (w[:1].isupper() or w.lower() in _PARTICLES) or w.lower() in _HEADLINE:
            return False
        if any(h.kind in ("role", "org", "country", "demonym") for h in kb.lookup([w])):
            return False
    return True


# Where the phrase before a name begins: a sentence or clause break, or another person's
# phrase ("Spanish FM X and Deputy Secretary Y"); the dots of "U.S." break nothing.
_CLAUSE = re.compile(r"(?<![A-Z])[.!?](?=\s)|[;:()\n]|\band\b|\bwith\b|,\s")
_NEAR = 80


def _stated(kb, text: str, e) -> bool:
    """The person's country is written next to one of its mentions ("Kazakh President X",
    "X, Japan's foreign minister,"), not inferred from the rest of the article: only stated
    countries teach."""
    for s, t in e.mentions[:20]:
        before = text[max(0, s - _NEAR):s]
        cuts = list(_CLAUSE.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        after = text[t:t + _NEAR]
        # Only an apposition after the name: "X met Japanese ..." speaks of someone else.
        after = after[:m.start()] if (m := re.search(r"(?<![A-Z])[.!?](?=\s)|[;:()\n]", after)) \
            else after
        if not after.startswith(","):
            after = ""
        for piece in (before, after):
            words = piece.split()
            for n in (1, 2, 3):
                for k in range(len(words) - n + 1):
                    if any(h.country == e.country and h.kind in ("country", "demonym", "org")
                           for h in kb.lookup(words[k:k + n])):
                        return True
    return False


def learn(paths: list[Path], batch_size: int = 16) -> dict:
    from ...config import Config
    from .. import Analyzer, DocContext
    from ..components import prepare_doc
    from ..entities import find_entities

    analyzer = Analyzer(Config())
    nlp = analyzer.nlp
    ours = [n for n in nlp.pipe_names if n.startswith("tidings_")]
    countries: dict[tuple, Counter] = defaultdict(Counter)
    sectors: dict[tuple, Counter] = defaultdict(Counter)
    titles: dict[tuple, list] = defaultdict(list)
    names: dict[tuple, Counter] = defaultdict(Counter)
    seen: dict[tuple, list] = defaultdict(list)
    kb = load_knowledge()
    items = list(_texts(paths))
    docs = (prepare_doc(nlp, t, DocContext(pub_date=d)) for t, d in items)
    with nlp.select_pipes(disable=ours):
        for (text, date), doc in zip(items, nlp.pipe(docs, batch_size=batch_size)):
            for e in find_entities(doc, learned=False):
                if e.type != "PERSON" or not _name_like(kb, e.name):
                    continue
                key = name_key(e.name)
                if key is None:
                    # "Kazakh President Tokayev": a surname seen only with an office.
                    words = name_words(e.name)
                    if len(words) != 1 or not e.title:
                        continue
                    key = (words[0],)
                names[key][e.name] += 1
                if e.country and _stated(kb, text, e):
                    countries[key][e.country] += 1
                    seen[key].append(date or "")
                if e.sector:
                    sectors[key][e.sector] += 1
                if e.title:
                    titles[key].append((date or "", e.title))
    people = []
    for key, votes in countries.items():
        country, n = votes.most_common(1)[0]
        if n < _AGREE * sum(votes.values()) or not titles[key]:
            # Disagreeing articles, or a country never stated with an office: a country
            # inferred for a bare name is too weak to teach.
            continue
        dates = sorted(d for d in seen[key] if d)
        title = max(titles[key])[1] if titles[key] else None
        people.append({
            "name": max(names[key].items(), key=lambda kv: (len(kv[0].split()), kv[1]))[0],
            "country": country,
            "sector": sectors[key].most_common(1)[0][0] if sectors[key] else None,
            "title": title,
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "articles": len(seen[key]),
            "surname_only": len(key) == 1,
        })
    people.sort(key=lambda p: (p["name"].lower(), p["country"]))
    digest = hashlib.sha256()
    for p in paths:
        digest.update(p.read_bytes())
    return {"version": VERSION, "sources": [p.name for p in paths],
            "sources_sha256": digest.hexdigest(), "people": people}


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or [DEFAULT_CORPUS]
    data = learn(paths)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(data['people'])} people)")


if __name__ == "__main__":
    main(sys.argv[1:])
