"""When and where an event happened: its own date phrase, a dated caption, or the article."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..model import Event
from .dates import resolve_date

_EXPLICIT_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b", re.I)
_PLACE_PREPS = ("in", "at", "near", "outside", "inside")
_CAPTION_PLACE = re.compile(r"\bin ((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*)")
_PLACE_TYPES = ("GPE", "LOC", "FAC")


def tense_of(pred: Token) -> str:
    aux = [c.lower_ for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "'ll", "shall") for a in aux) or "going" in aux:
        return "future"
    if "had" in aux and pred.tag_ == "VBN":
        return "pastperfect"
    if pred.tag_ == "VBD" or (pred.tag_ == "VBN" and any(a in ("has", "have", "was", "were") for a in aux)):
        return "past"
    if pred.tag_ == "VBG" and any(a in ("is", "are", "am") for a in aux):
        return "present"
    return "present" if pred.tag_.startswith("VB") else "none"


def caption_dates(captions: list[str], pub: str | None) -> list[tuple[str, str, str | None]]:
    """(ISO date, lower-cased caption, place or None) for captions that state a full date."""
    out = []
    for cap in captions[:20]:
        cap = (cap or "")[:1000]
        m = _EXPLICIT_DATE.search(cap)
        if m:
            iso = resolve_date(m.group(0), pub)
            if iso:
                place = _CAPTION_PLACE.search(cap[:m.start()])
                out.append((iso, cap.lower(), place.group(1) if place else None))
    return out


def caption_for(ev: Event, captions: list[tuple[str, str, str | None]]):
    """The dated caption that shows this event's actors (both, when it has two), if any."""
    names = [n for n in (_surname(ev.source.name), _surname(ev.target.name)) if n]
    if not names:
        return None
    return next((c for c in captions if all(n in c[1] for n in names)), None)


def _date_spans(doc: Doc) -> tuple[list[int], list]:
    """The document's DATE phrases and their start tokens, computed once per Doc:
    ``Span.ents`` scans every entity of the document, so asking it once per event made
    a text of thousands of short event sentences take time quadratic in its length."""
    cached = doc.user_data.get("tidings_date_spans")
    if cached is None:
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        cached = ([e.start for e in dates], dates)
        doc.user_data["tidings_date_spans"] = cached
    return cached


def _attached_date(pred: Token, doc: Doc) -> str | None:
    """The text of a DATE phrase that modifies this predicate (not another clause's verb)."""
    starts, dates = _date_spans(doc)
    sent = pred.sent
    for ent in dates[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
        if ent.end > sent.end:
            continue
        t = ent.root
        for _ in range(6):
            if t.i == pred.i:
                return ent.text
            if t.head == t or (t != ent.root and t.tag_.startswith("VB")):
                break
            t = t.head
    return None


def _surname(name: str | None) -> str | None:
    parts = (name or "").split()
    return parts[-1].lower() if parts else None


def event_date(pred: Token, doc: Doc, pub: str | None, ev: Event,
               captions: list[tuple[str, str]], story: Event | None = None) -> str | None:
    """The event's own date, else its caption's; else, for a sentence that carries on the
    story of the event before it (``story``), that event's; else the publication date."""
    tense = tense_of(pred)
    own = _attached_date(pred, doc)
    if own:
        return resolve_date(own, pub, "future" if tense == "future" else "past")
    cap = caption_for(ev, captions)
    if cap is not None and tense != "future":
        return cap[0]
    if story is not None and story.date and len(story.date) == 10 and tense == "past":
        return story.date  # a day: a year or month alone ("in 2022") dates a mention, not a scene
    # A past event mentioned in passing ("had attacked", "after his meeting with ...") has no
    # date of its own here; it must not take the article's date.
    if tense in ("pastperfect", "none") or not pred.tag_.startswith("VB"):
        return None
    if tense == "future":
        return None
    return pub


def event_place(pred: Token, resolver, dateline: str | None, caption=None) -> tuple[str | None, str | None]:
    """(place name, its country when the sentence names it) of an event."""
    doc = pred.doc
    stack = [c for c in pred.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]
    for c in pred.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass"):
            stack.extend(g for g in c.children if g.dep_ == "prep" and g.lower_ in _PLACE_PREPS)
        if c.dep_ == "agent":  # "killed by rebels in Goma"
            for g in c.children:
                stack.extend(x for x in g.children if x.dep_ == "prep" and x.lower_ in _PLACE_PREPS)
    seen = 0
    while stack and seen < 30:
        prep = stack.pop(0)
        seen += 1
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for t in pobj.subtree:
                ent = resolver.entity_at(t)
                if (ent is not None and ent.type in ("GPE", "LOC")) or t.ent_type_ == "GPE":
                    span = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                    name = span.text if span is not None else (ent.name if ent else t.text)
                    return name, (ent.country if ent is not None else None)
    if pred.dep_ == "advcl" and pred.tag_ == "VBG" and pred.head.tag_.startswith("VB"):
        # "shelled the Ukrainian city of Kharkiv, killing three civilians": the participle's
        # deaths happened where the main verb struck, whether said by a place phrase or by
        # the place struck itself.
        found = event_place(pred.head, resolver, None)
        if found[0] is not None:
            return found
        obj = next((c for c in pred.head.children if c.dep_ == "dobj"), None)
        for t in (obj.subtree if obj is not None else ()):
            ent = resolver.entity_at(t)
            if ent is not None and ent.type in ("GPE", "LOC") and ent.country:
                return ent.name, ent.country
    if caption is not None and caption[2]:
        return caption[2], None
    if dateline:
        return (dateline.title() if dateline.isupper() else dateline), None
    return None, None


def sentence_country(sent, resolver) -> str | None:
    """The one country of the places a sentence says things happened in ("... in Yerevan",
    "at a university in Kenya's Garissa town"), wherever the parser attached them; None when
    it names none or several (a place list is no single setting)."""
    found: set[str] = set()
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS + ("across", "throughout"):
            continue
        for t in tok.subtree:
            ent = resolver.entity_at(t)
            if ent is not None and ent.type in ("GPE", "LOC") and ent.country and len(ent.country) == 3 \
                    and ent.country not in ("IGO", "UNO"):
                found.add(ent.country)
        if len(found) > 1:
            return None
    return next(iter(found)) if len(found) == 1 else None
