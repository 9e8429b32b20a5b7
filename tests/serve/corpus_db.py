"""A small, invented news corpus stored through the real Store API (no NLP model needed).

The layers are written by hand so tests know exactly what the store holds: who is
mentioned where, who said what, and which events (some reported twice, by a syndicated
copy) link which countries. Used by tests/serve and tests/analyse.
"""
from __future__ import annotations

import re
from pathlib import Path

from tidings.model import Actor, Analysis, Article, Entity, Event, Quote, RawDoc
from tidings.pipeline import Outcome
from tidings.store import Store

ALLIANCE_TEXT = (
    "Japanese Foreign Minister Takeshi Iwaya met US Secretary of State Marco Rubio in Washington "
    "on Tuesday, the first meeting between the two since the new administration took office.\n\n"
    "The two ministers agreed to take the alliance to new heights, according to a statement "
    "released after the talks.\n\n"
    "\u201cThe alliance is the cornerstone of peace in the region,\u201d Iwaya told reporters "
    "after the meeting.\n\n"
    "Rubio said the United States would stand with Japan on trade and security questions "
    "alike, and that the partnership had never been stronger than it is today."
)

TRADE_TEXT = (
    "Officials from the United States and Japan held talks in Tokyo on Wednesday about "
    "tariffs on steel and on investment rules.\n\n"
    "Japan asked the United States to dispel concerns about Japanese investment in American "
    "factories, an official said.\n\n"
    "\u201cWe want clear rules for our companies,\u201d said Takeshi Iwaya, who led the delegation."
)

CHINA_TEXT = (
    "China accused the United States of interfering in its internal affairs on Monday after "
    "Washington announced new export controls on chips.\n\n"
    "\u201cThis is bullying, plain and simple,\u201d said Wang Yi, the Chinese foreign minister, "
    "at a news conference in Beijing.\n\n"
    "Analysts said the dispute over semiconductors was unlikely to ease before the summer."
)

HOSTILE_TITLE = "Breaking <script>alert('title')</script> news & more"
HOSTILE_TEXT = (
    "A page with markup in its text: <script>alert('body')</script> and <b>bold</b> tags "
    "must be shown as text, never run.\n\n"
    "Ukraine thanked the United States for new aid."
)


def _spans(text: str, form: str) -> list[list[int]]:
    return [[m.start(), m.end()] for m in re.finditer(r"\b" + re.escape(form) + r"\b", text)]


def _entity(text: str, eid: str, name: str, etype: str, forms: list[str], **kw) -> Entity:
    mentions = sorted(s for f in forms for s in _spans(text, f))
    # A short form inside a longer one ("Iwaya" in "Takeshi Iwaya") is one mention.
    kept: list[list[int]] = []
    for s in sorted(mentions, key=lambda m: (m[0], -m[1])):
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return Entity(id=eid, name=name, type=etype, aliases=[f for f in forms if f != name],
                  mentions=kept, **kw)


def _sentence(text: str, start_words: str) -> list[int]:
    start = text.index(start_words)
    end = text.find(".", start)
    end = text.find("\n", start) if end < 0 else end + 1
    return [start, end]


def _quote(text: str, words: str, speaker: str, speaker_id: str, cue: str) -> Quote:
    start = text.index(words)
    return Quote(text=words, span=[start, start + len(words)], speaker=speaker,
                 speaker_id=speaker_id, cue=cue, direct=True)


def alliance_article(url: str, title: str) -> Article:
    t = ALLIANCE_TEXT
    ents = [
        _entity(t, "e1", "Takeshi Iwaya", "PERSON", ["Takeshi Iwaya", "Iwaya"],
                title="Foreign Minister", country="JPN", sector="GOV"),
        _entity(t, "e2", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"],
                title="Secretary of State", country="USA", sector="GOV"),
        _entity(t, "e3", "Washington", "GPE", ["Washington"], country="USA"),
        _entity(t, "e4", "Japan", "GPE", ["Japan"], country="JPN"),
        _entity(t, "e5", "United States", "GPE", ["United States"], country="USA"),
    ]
    iwaya = Actor("Takeshi Iwaya", "JPN", "GOV", "e1")
    rubio = Actor("Marco Rubio", "USA", "GOV", "e2")
    events = [
        Event("CONSULT", iwaya, rubio, _sentence(t, "Japanese Foreign Minister"),
              date="2025-01-21", place="Washington", intensity=1.0, cameo="040"),
        Event("AGREE", iwaya, rubio, _sentence(t, "The two ministers agreed"),
              date="2025-01-21", intensity=4.0, cameo="030"),
    ]
    quotes = [_quote(t, "The alliance is the cornerstone of peace in the region,", "Takeshi Iwaya",
                     "e1", "told")]
    return Article(source=url, url=url, title=title, text=t, date="2025-01-21",
                   authors=["Jane Doe"], credits=["Kyodo"], dateline="WASHINGTON",
                   section="World", captions=["Iwaya and Rubio shake hands in Washington."],
                   tags=["Japan", "United States", "Diplomacy"],
                   related=[{"title": "Tokyo stocks rise", "url": "https://news.example/stocks"}],
                   language="en", analysis=Analysis(ents, quotes, events, language="en"))


def trade_article() -> Article:
    t = TRADE_TEXT
    ents = [
        _entity(t, "e1", "United States", "GPE", ["United States"], country="USA"),
        _entity(t, "e2", "Japan", "GPE", ["Japan"], country="JPN"),
        _entity(t, "e3", "Tokyo", "GPE", ["Tokyo"], country="JPN"),
        _entity(t, "e4", "Takeshi Iwaya", "PERSON", ["Takeshi Iwaya"],
                title="Foreign Minister", country="JPN", sector="GOV"),
    ]
    usa = Actor("United States", "USA", "GOV", "e1")
    jpn = Actor("Japan", "JPN", "GOV", "e2")
    events = [
        Event("CONSULT", usa, jpn, _sentence(t, "Officials from"), place="Tokyo", intensity=1.0),
        Event("REQUEST", jpn, usa, _sentence(t, "Japan asked"), intensity=-1.0),
    ]
    quotes = [_quote(t, "We want clear rules for our companies,", "Takeshi Iwaya", "e4", "said")]
    return Article(source="trade.html", url="https://news.example/trade-talks",
                   title="US and Japan hold trade talks in Tokyo", text=t, date="2025-03-05",
                   authors=["Ken Sato"], dateline="TOKYO", language="en",
                   analysis=Analysis(ents, quotes, events, language="en"))


def china_article() -> Article:
    t = CHINA_TEXT
    ents = [
        _entity(t, "e1", "China", "GPE", ["China"], country="CHN"),
        _entity(t, "e2", "United States", "GPE", ["United States"], country="USA"),
        _entity(t, "e3", "Wang Yi", "PERSON", ["Wang Yi"], title="Foreign Minister",
                country="CHN", sector="GOV"),
    ]
    events = [Event("ACCUSE", Actor("China", "CHN", "GOV", "e1"),
                    Actor("United States", "USA", "GOV", "e2"), _sentence(t, "China accused"),
                    date="2025-02-10", intensity=-4.0, cameo="112")]
    quotes = [_quote(t, "This is bullying, plain and simple,", "Wang Yi", "e3", "said")]
    return Article(source="china.html", url="https://news.example/china-chips",
                   title="China accuses US over chip controls", text=t, date="2025-02-10",
                   credits=["Reuters"], dateline="BEIJING", language="en",
                   analysis=Analysis(ents, quotes, events, language="en"))


def hostile_article() -> Article:
    t = HOSTILE_TEXT
    ents = [_entity(t, "e1", "Ukraine", "GPE", ["Ukraine"], country="UKR"),
            _entity(t, "e2", "United States", "GPE", ["United States"], country="USA")]
    events = [Event("SUPPORT", Actor("Ukraine", "UKR", "GOV", "e1"),
                    Actor("United States", "USA", "GOV", "e2"), _sentence(t, "Ukraine thanked"),
                    intensity=3.0)]
    return Article(source="hostile.html", url="javascript:alert('url')", title=HOSTILE_TITLE,
                   text=t, date="2025-02-01", authors=["<img src=x onerror=alert(1)>"],
                   captions=["<script>alert('caption')</script>"], language="en",
                   related=[{"title": "<b>related</b>", "url": "javascript:alert('related')"}],
                   analysis=Analysis(ents, [], events, language="en"))


def articles() -> list[Article]:
    from tidings.model import Related

    found = [
        alliance_article("https://news.example/japan-us-alliance", "Japan and US pledge closer alliance"),
        # A syndicated copy: same story, same events; they must be counted once.
        alliance_article("https://other.example/wire/japan-us", "Japan, US pledge closer alliance"),
        china_article(),
        trade_article(),
        hostile_article(),
    ]
    for a in found:
        a.related = [r if isinstance(r, Related) else Related(**r) for r in a.related]
    return found


def build_corpus(path: Path) -> dict[str, int]:
    """Store the corpus at `path`; returns article ids by a short name."""
    outcomes = [Outcome(a.source, article=a, raw=RawDoc(source=a.source, data=a.text.encode(), url=a.url))
                for a in articles()]
    outcomes.append(Outcome("broken.bin", error="binary content (PNG), not a news page"))
    with Store(path) as store:
        report = store.save(outcomes)
    ids = report.article_ids
    return {"alliance": ids[0], "copy": ids[1], "china": ids[2], "trade": ids[3], "hostile": ids[4]}
