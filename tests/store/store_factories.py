"""Outcomes with NLP layers built by hand, so store tests need no spaCy model."""
from __future__ import annotations

from tidings.model import Actor, Analysis, Article, Entity, Event, Quote, RawDoc
from tidings.pipeline import Outcome

TEXT = ("Japanese Foreign Minister Takeshi Iwaya met US Secretary of State Marco Rubio in "
        "Washington on Tuesday. The two agreed to take the alliance to new heights. "
        "\u201cWe will work together,\u201d Iwaya said. ")


def article_outcome(source="a.html", *, url="https://news.example.com/iwaya-rubio", text=TEXT,
                    title="Iwaya meets Rubio", date="2025-01-21", raw: bytes | None = None,
                    entities=None, events=None, quotes=None) -> Outcome:
    if entities is None:
        entities = [
            Entity("e1", "Takeshi Iwaya", "PERSON", ["Iwaya"], "Foreign Minister", "JPN", "GOV",
                   [[26, 39], [text.find("Iwaya said"), text.find("Iwaya said") + 5]]),
            Entity("e2", "Marco Rubio", "PERSON", [], "Secretary of State", "USA", "GOV", [[68, 79]]),
            Entity("e3", "Washington", "GPE", [], None, "USA", None, [[83, 93]]),
        ]
    if events is None:
        events = [
            Event("CONSULT", Actor("Takeshi Iwaya", "JPN", "GOV", "e1"),
                  Actor("Marco Rubio", "USA", "GOV", "e2"), [0, 105], date="2025-01-21",
                  place="Washington", intensity=1.0, cameo="040"),
            Event("AGREE", Actor("Takeshi Iwaya", "JPN", "GOV", "e1"),
                  Actor("Marco Rubio", "USA", "GOV", "e2"), [106, 160], intensity=4.0),
        ]
    if quotes is None:
        start = text.find("We will")
        quotes = [Quote("We will work together,", [start, start + 22], "Takeshi Iwaya", "e1", "said", True)]
    article = Article(source=source, text=text, url=url, title=title, date=date,
                      authors=["Jane Doe"], tags=["Japan", "diplomacy"], language="en",
                      analysis=Analysis(entities=entities, quotes=quotes, events=events))
    data = raw if raw is not None else (title + text).encode()
    return Outcome(source, article=article, raw=RawDoc(source=source, data=data, url=url))


def error_outcome(source="bad.png", error="binary content (PNG image), not a news page") -> Outcome:
    return Outcome(source, error=error)
