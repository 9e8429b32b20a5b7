"""Personal pronouns, and bare offices of a person named in the text, as mentions of the
entities they stand for.

News-entity annotation (ACE, re3d) marks a pronoun that refers to an actor as a mention of
that actor: "I" and "he" of a person, "we" of the body the speaker speaks for ("We will
continue to support them," said the Coalition's commander). Without coreference resolution
the referent is a guess, so only the pronouns whose kind of referent English fixes are taken:

- "I", "he", "him", "she": a person. "I" is the person named nearest to it (a quotation's
  speaker is named just before or just after it); "he"/"him"/"she" the person named last
  before it (none before: left alone, as news names a person before referring back).
- "we": an organisation, never a person's name (a speaker's "we" is his body's). The body
  the text names most often is the one speaking in it (a commander of that coalition); with
  no organisation named the pronoun is left alone. In a government's own release (the
  publisher's voice) "we" is that government, whatever body the release names most.

- "they", "them": the organisation or group (a named body or an actor phrase such as "Iraqi
  security forces") named last before it, in its sentence or the one before; with none that
  near it is left alone. News-entity annotation (re3d) types every group "they" ORG.

"me" and "my" are the "I" (its referent). Other possessives ("his", "our", "their") and "it"
are left out: as often as not they refer to things, places or unnamed groups ("their homes",
"it is unclear").

Only the entity's ``mentions`` list gains these spans: the per-token table that the quote
layer reads (``entity_at``) keeps pronouns unresolved, as the speaker logic resolves them
with the quotations it finds.
"""
from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX, LOWER, ORTH, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .paragraphs import doc_column, doc_text

_PERSON_PRONOUNS = ("he", "him", "she")
_ORG_PRONOUNS = ("we",)
_GROUP_PRONOUNS = ("they", "them")
_IDS = {get_string_id(w): w for w in _PERSON_PRONOUNS + _ORG_PRONOUNS + _GROUP_PRONOUNS}
_I = get_string_id("I")
_PRP = get_string_id("PRP")
_PRP_S = get_string_id("PRP$")
# The speaker's other forms: "me", "my" ("My thoughts are with the families") are the "I".
_SPEAKER_FORMS = (get_string_id("me"), get_string_id("my"))
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")


def pronoun_mentions(doc: Doc, entities: list, names: list[bool], token_entity: list[int]) -> None:
    """Add the character spans of "I", "he", "him", "she", "we", "they" and "them" to the
    mentions of the entity each refers to (see the module text). ``names[k]`` says entity k is
    named (not a common-noun actor); ``token_entity`` is the per-token entity index (-1: none)."""
    if not len(doc):
        return
    arr = doc.to_array([LOWER, ORTH, TAG])
    lowers, orths, tags = arr[:, 0], arr[:, 1], arr[:, 2]
    hits = numpy.flatnonzero(((tags == _PRP) | (tags == _PRP_S)) &
                             (numpy.isin(lowers, list(_IDS) + list(_SPEAKER_FORMS)) | (orths == _I)))
    if not len(hits):
        return
    people = sorted((m[0], k) for k, e in enumerate(entities)
                    if e.type == "PERSON" and names[k] for m in e.mentions)
    starts = [s for s, _ in people]
    groups = sorted((m[0], k) for k, e in enumerate(entities)
                    if e.type == "ORG" for m in e.mentions)
    group_starts = [s for s, _ in groups]
    body = _we_body(doc, entities, names)
    for i in hits.tolist():
        if token_entity[i] >= 0:
            continue  # part of a name ("I" of "World War I" when the tagger errs)
        tok = doc[i]
        word = tok.lower_ if tok.text != "I" and tok.lower_ not in ("me", "my") else "I"
        if word == "we":
            target = body
        elif word in _GROUP_PRONOUNS:
            target = _group_before(doc, tok, groups, group_starts)
        elif not people:
            continue
        else:
            at = bisect.bisect_left(starts, tok.idx)
            before = people[at - 1] if at > 0 else None
            after = people[at] if at < len(people) else None
            if word == "I" and before is not None and after is not None:
                # The nearer of the two: the speaker named just before or after the quotation.
                target = before[1] if tok.idx - before[0] <= after[0] - tok.idx else after[1]
            elif word == "I":
                target = (before or after)[1]
            elif before is not None:
                target = before[1]
            else:
                continue  # "He spoke. ... Ortega said": an opening "he" is no later name's
        if target is None:
            continue
        entities[target].mentions.append([tok.idx, tok.idx + len(tok.text)])
    for e in entities:
        e.mentions.sort()


def _group_before(doc: Doc, tok, groups: list[tuple[int, int]], starts: list[int]) -> int | None:
    """"The Syrian Democratic Forces announced that they began ...", "ISIL ... They have now
    lost": "they" and "them" stand for the organisation or group named last before them, in
    their sentence or the one before; with none named that near they are people or things
    ("their homes"), left alone."""
    at = bisect.bisect_left(starts, tok.idx)
    if at == 0:
        return None
    sent_start = doc_column(doc, SENT_START)
    floor = _sentence_start(sent_start, tok.i)
    if floor > 0:
        floor = _sentence_start(sent_start, floor - 1)  # the sentence before
    pos, k = groups[at - 1]
    return k if pos >= doc_column(doc, IDX)[floor] else None


def _sentence_start(sent_start: list[int], i: int) -> int:
    while i > 0 and sent_start[i] != 1:
        i -= 1
    return i


def _we_body(doc: Doc, entities: list, names: list[bool]) -> int | None:
    """Which entity "we" stands for. In a government's own release (the document's publisher
    voice) it is that government: the body of the publisher's country the text names most,
    or no one named; the body named most is often the one the release is about ("We call on
    Hamas to ..."). Elsewhere it is the organisation the text names most."""
    voice = getattr(getattr(doc._, "tidings_ctx", None), "voice", None)
    kinds = ("ORG", "GPE") if voice is not None else ("ORG",)
    sizes = [(len(e.mentions), -k) for k, e in enumerate(entities)
             if e.type in kinds and names[k] and e.mentions
             and (voice is None or (voice.country and e.country == voice.country))]
    return -max(sizes)[1] if sizes else None


def office_mentions(doc: Doc, entities: list, names: list[bool]) -> None:
    """"Foreign Secretary Boris Johnson ... The Foreign Secretary said": a bare office that
    one person named in the text holds (his title) is a mention of him, as a pronoun is.
    The mention moves from the unnamed office's entity to the person's (the per-token table
    is left as it is, like for pronouns)."""
    holders: dict[str, set[int]] = {}
    for k, e in enumerate(entities):
        if e.type == "PERSON" and names[k] and e.title:
            title = e.title.lower()
            words = title.split()
            # The whole title, or its last two or more words ("the Foreign Secretary" of a
            # "British Foreign Secretary"); one word of it ("Minister") may be anyone's.
            for i in range(max(1, len(words) - 1)):
                holders.setdefault(" ".join(words[i:]), set()).add(k)
    if not holders:
        return
    text = doc_text(doc)
    for k, e in enumerate(entities):
        if names[k] or e.type != "OTHER" or not e.mentions:
            continue
        office = e.name.lower()
        office = office[4:] if office.startswith("the ") else office
        who = holders.get(office)
        if not who or len(who) != 1 or len(office.split()) > 4:
            continue
        if any(_NAME_NEXT.match(text, end) for _, end in e.mentions):
            continue  # "Minister of Foreign Affairs ... Ayman Safadi": another person's title
        # Only a definite office refers back: "the judge", "The Foreign Secretary",
        # "Minister"; "an attorney" is someone new.
        moved = [m for m in e.mentions if text[m[0]:m[0] + 4].lower() == "the " or text[m[0]].isupper()]
        if not moved:
            continue
        person = entities[next(iter(who))]
        person.mentions.extend(moved)
        person.mentions.sort()
        e.mentions = [m for m in e.mentions if m not in moved]
