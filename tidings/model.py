"""The one data model: the contract between the stages.

Every stage takes and returns these types; the CLI, the API and the store convert
to and from them at the edge with ``to_dict``/``from_dict`` (field names are those of
CONTRACT.md).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawDoc:
    """One input as a reader found it, before any interpretation."""

    source: str  # the path (or path#record) as given by the user
    data: bytes
    url: str | None = None
    format_hint: str | None = None  # "html" | "text" | None: decided by content when None
    crawl_date: str | None = None  # ISO date the page was fetched, if the container says
    # What a container says about the page besides its bytes (a feed item's or JSONL
    # record's "title", "date"): used only where the page itself yields nothing.
    hints: dict[str, str] = field(default_factory=dict)


@dataclass
class InputFailure:
    """An input that could not be read at all; it becomes an error record."""

    source: str
    error: str


@dataclass
class Related:
    title: str
    url: str | None = None


@dataclass
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | EVENT | OTHER
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER/CAMEO sector code
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    span: list[int]
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    direct: bool
    # The quoted words' offsets: one span, or two and more when a cue clause or a paragraph
    # break splits the quote; `text` joins them, `span` runs from the first to the last.
    parts: list[list[int]] = field(default_factory=list)


@dataclass
class Actor:
    name: str | None
    country: str | None = None
    sector: str | None = None
    entity_id: str | None = None


@dataclass
class Event:
    type: str  # one of PLOVER_TYPES
    source: Actor
    target: Actor
    sentence: list[int]
    mode: str | None = None
    date: str | None = None
    place: str | None = None
    intensity: float = 0.0
    cameo: str | None = None


PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER")


@dataclass
class Analysis:
    """The NLP layers of one text; offsets are into exactly that text."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    language: str | None = None
    note: str | None = None  # e.g. why the layers are empty (non-English text)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
        if self.note:
            out["nlp_note"] = self.note
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Analysis":
        return cls(
            entities=[Entity(**e) for e in d.get("entities", [])],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            events=[
                Event(**{**e, "source": Actor(**e["source"]), "target": Actor(**e["target"])})
                for e in d.get("events", [])
            ],
            note=d.get("nlp_note"),
        )


@dataclass
class Article:
    """A page read as a careful reader would: the record of `tidings extract`."""

    source: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    dateline: str | None = None
    section: str | None = None
    captions: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    language: str | None = None
    analysis: Analysis | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "date": self.date,
            "authors": list(self.authors),
            "credits": list(self.credits),
            "dateline": self.dateline,
            "section": self.section,
            "captions": list(self.captions),
            "tags": list(self.tags),
            "related": [asdict(r) for r in self.related],
            "language": self.language,
        }
        if self.analysis is not None:
            out.update(self.analysis.to_dict())
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        analysis = Analysis.from_dict(d) if "entities" in d else None
        return cls(
            source=d["source"], text=d.get("text", ""), url=d.get("url"), title=d.get("title"),
            date=d.get("date"), authors=list(d.get("authors") or []),
            credits=list(d.get("credits") or []), dateline=d.get("dateline"),
            section=d.get("section"), captions=list(d.get("captions") or []),
            tags=list(d.get("tags") or []),
            related=[Related(**r) for r in d.get("related") or []],
            language=d.get("language"), analysis=analysis,
        )


def error_record(source: str, error: str) -> dict[str, Any]:
    """The record CONTRACT.md asks for when an input cannot be read."""
    return {"source": source, "error": error}
