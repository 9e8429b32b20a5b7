"""Quotes of one document: direct quotations and reported speech, with speaker and cue.

Direct quotes are read from quotation marks of every style (“ ”, " ", ‘ ’, « », „ “, 「 」);
a quote running over several paragraphs (opening marks and no closing mark until the last
paragraph) is one quote, and so is a quote split by its cue ("“A,” he said, “B.”").
The speaker comes from a cue clause next to the quote in the same paragraph ("..., Iwaya
said." / "Iwaya said: ..."); a quote paragraph with no cue continues the previous speaker.

Reported speech is read off the parse: a cue verb ("said", "told", "warned", "called for")
with a clausal complement gives the complement as the content and the verb's subject as the
speaker; "according to X" gives the clause it is attached to. Pronoun speakers ("he said")
resolve to the last person named before them, or the speaker of the quote they follow
(``quotes_speakers.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Entity, Quote
from .entities import entity_at
from .quotes_lexicon import (ADDRESSEE_VERBS, CLAUSE_NOUNS, CLAUSE_ONLY, CUE_FORMS, DOBJ_FORMS,
                             INTENT_FORMS, NEAR_QUOTE_ONLY, NOT_REPORTING, PREP_ADJS, PREP_FORMS,
                             PREP_NOUNS)
from .quotes_speakers import _carry_over, _paragraph_person, _resolve, _source_of, _speaker_of

# Opening mark -> closing marks that end it.
_PAIRS = {"“": "”\"", "\"": "\"”", "„": "“”\"", "«": "»", "»": "«", "‘": "’", "「": "」",
          "『": "』", "‹": "›"}
# Two apostrophes are a double quotation mark in some newswire texts (''like this'').
_OPEN_RE = re.compile(r"''|[“\"„«‘「『‹]")
_MAX_QUOTE = 6000

@dataclass
class _Q:
    start: int  # char offsets of the content, marks excluded
    end: int
    direct: bool
    cue: str | None = None
    speaker: Entity | None = None
    speaker_text: str | None = None
    para: int = 0


def find_quotes(doc: Doc) -> list[Quote]:
    text = doc.text
    paras = _paragraph_starts(text)
    direct = _direct(doc, text, paras)
    reported = _reported(doc, direct)
    # A quoted fragment that starts mid-sentence inside reported content is a partial quote
    # of that report ("she called the plan “a disaster”"), not a quotation of its own.
    spans = [(r.start, r.end) for r in reported]
    direct = [q for q in direct if not (text[q.start:q.start + 1].islower() and
                                        any(a <= q.start and q.end <= b + 2 for a, b in spans))]
    quotes = sorted(_distinct(direct + reported + _headline_claims(doc, text, direct + reported)),
                    key=lambda q: q.start)
    _carry_over(quotes, paras, text)
    _paragraph_person(doc, quotes, paras, text)
    quotes = _join_paragraphs(quotes, text)
    return [
        Quote(text=text[q.start:q.end], span=[q.start, q.end],
              speaker=(q.speaker.name if q.speaker else q.speaker_text),
              speaker_id=q.speaker.id if q.speaker else None, cue=q.cue, direct=q.direct)
        for q in quotes
    ]


# -- direct quotes ---------------------------------------------------------------------------

def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*\n|\n(?=\s*(?:''|[“\"„«‘]))", text):
        starts.append(m.end())
    return starts


def _para_of(paras: list[int], pos: int) -> int:
    lo, hi = 0, len(paras)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if paras[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, close mark end) of each quoted passage."""
    out = []
    i, n = 0, len(text)
    while True:
        m = _OPEN_RE.search(text, i)
        if m is None:
            break
        o, mark = m.start(), m.group()
        i = o + 1
        if mark in ("‘", "\"") and o > 0 and text[o - 1].isalnum():
            continue  # an apostrophe or a closing mark, not an opening one
        if mark == "''":
            closers: tuple[str, ...] = ("''",)
        else:
            closers = tuple(_PAIRS[mark])
        j, end = o + len(mark), None
        while j < n and j - o < _MAX_QUOTE:
            c = text[j]
            hit = next((x for x in closers if text.startswith(x, j)), None)
            if hit is not None and not (hit == "’" and j + 1 < n and text[j + 1].isalpha()):
                end = j
                break
            if c == "\n":
                # A paragraph ends inside the quote: it goes on if the next paragraph
                # opens with a quotation mark again (the multi-paragraph convention).
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and (text.startswith(mark, k) or (text[k] in "“\"" and mark in "“\"")):
                    j = k + len(mark)
                    continue
                break
            j += 1
        if end is None:
            continue
        close_len = len(next(x for x in closers if text.startswith(x, end)))
        out.append((o, o + len(mark), end, end + close_len))
        i = end + close_len
    return out


def _direct(doc: Doc, text: str, paras: list[int]) -> list[_Q]:
    out: list[_Q] = []
    for o, s, e, close in _spans(text):
        s2, e2 = s, e
        while s2 < e2 and text[s2] in " \n\t“\"„«»‘’'":
            s2 += 1
        while e2 > s2 and text[e2 - 1] in " \n\t\"”“»«’,'":
            e2 -= 1
        words = len(text[s2:e2].split())
        if words == 0 or _is_title(text[s2:e2]):
            continue
        q = _Q(s2, e2, True, para=_para_of(paras, o))
        q._open, q._close = o, close  # type: ignore[attr-defined]
        q._words = words  # type: ignore[attr-defined]
        q._pclose = _para_of(paras, close - 1)  # type: ignore[attr-defined]
        out.append(q)
    _attribute_direct(doc, text, out, paras)
    # Scare quotes and titles ("Saturday Night Live") are not quotations: keep a short
    # passage only when a cue attributes it.
    # (after joining the parts of a split quote: "“It's fine,” he said. “And ...”")
    out = _merge_split(text, out)
    return [q for q in out if q._words > 3 and (q.cue is not None or q._words >= 6)]  # type: ignore


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
          "is", "as", "vs", "vs.", "de", "la", "&"}


def _is_title(content: str) -> bool:
    """A quoted book, film or show title ("Those Guys Have All the Fun") is not a quotation."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", content)]
    if not words or len(words) > 12 or content.rstrip().endswith(("?", "!")):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words) and \
        sum(1 for w in words if w[0].isupper()) >= 2


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _attribute_direct(doc: Doc, text: str, quotes: list[_Q], paras: list[int]) -> None:
    for qi, q in enumerate(quotes):
        o, close = q._open, q._close  # type: ignore[attr-defined]
        p = q.para
        p_start = paras[p]
        pc = q._pclose  # type: ignore[attr-defined]  # a multi-paragraph quote's cue follows its end
        p_end = paras[pc + 1] if pc + 1 < len(paras) else len(text)
        # The cue clause: after the quote up to the next quote or sentence end, else before.
        nxt = quotes[qi + 1]._open if qi + 1 < len(quotes) else len(text)  # type: ignore
        prv = quotes[qi - 1]._close if qi > 0 else 0  # type: ignore
        after = (close, min(p_end, nxt, close + 200))
        before = (max(p_start, prv, o - 250), o)
        for lo, hi in (after, before):
            cue = _cue_in(doc, lo, hi, prefer_first=(lo == close))
            if cue is not None:
                q.cue = cue.text
                q._cue_at = cue.idx  # type: ignore[attr-defined]
                q.speaker, q.speaker_text = _speaker_of(doc, cue)
                break
        else:
            _lead_in(doc, text, q, o, max(prv, o - 400))


def _lead_in(doc: Doc, text: str, q: _Q, o: int, floor: int) -> None:
    """A clause ending in a colon right before a quote introduces it, whatever its verb
    ("Cruz called them on it:", "the senator released this statement:"): its subject speaks."""
    k = o - 1
    while k > floor and text[k] in " \t\n":
        k -= 1
    if k <= floor:
        return
    last = _tok_at(doc, k)
    if last is None:
        return
    # "... Kerry said“", "as Smith observed, “": a speech verb (not any verb) introduces it.
    colon = text[k] == ":"
    verb = last if last.lower_ in CUE_FORMS else last.head
    # "Hillary shot back, “...”": a retort's particle makes any verb a speech verb.
    speech = verb.lower_ in CUE_FORMS or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and
                                             last.i - 1 <= c.i <= last.i for c in verb.children)
    if not colon and (text[k] != "," and verb.i != last.i or not speech):
        return
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.idx < floor:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    ent, name = _resolve(doc, subj)
    # Any verb may lead in with a colon, so then only a named source counts ("the stage
    # was this:" names none); a speech verb may keep a description ("officials said:").
    if ent is None and (not speech or name is None or len(name.split()) > 8):
        return
    q.cue, q.speaker, q.speaker_text = verb.text, ent, name


def _cue_in(doc: Doc, lo: int, hi: int, prefer_first: bool) -> Token | None:
    if hi <= lo:
        return None
    span = doc.char_span(lo, hi, alignment_mode="contract")
    if span is None or not len(span):
        return None
    toks = list(span) if prefer_first else list(reversed(span))
    for t in toks:
        base = CUE_FORMS.get(t.lower_)
        if base is None or t.pos_ not in ("VERB", "AUX", "NOUN") and t.lower_ not in ("said", "says"):
            continue
        if prefer_first or base in NEAR_QUOTE_ONLY or any(c.dep_ in ("ccomp", "xcomp") for c in t.children) \
                or t.nbor(1).text == ":" if t.i + 1 < len(t.doc) else False:
            return t
    # "according to X" before or after
    for t in toks:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            return t
    return None


# A sentence ending inside the gap between two quotes: a lower-case word and a stop
# ("Mr. Obama said" ends none; titles are capitalised).
_SENTENCE_END = re.compile(r"\b[a-z][\w’']*[.!?]\s+\S")


def _merge_split(text: str, quotes: list[_Q]) -> list[_Q]:
    """“A,” he said, “B.” (or "he said. “B.”") is one quote: join a quote with the next one
    in its paragraph when only the first one's cue clause is between them."""
    out: list[_Q] = []
    for q in quotes:
        if out:
            prev = out[-1]
            gap = text[prev._close:q._open]  # type: ignore[attr-defined]
            # The cue clause between may be long ("..., Jane Doe, the city's director of
            # planning, said of the plan. “...”") but holds no other sentence.
            cue_at = getattr(prev, "_cue_at", -1)
            if prev.para == q.para and len(gap) < 250 and "\n" not in gap and prev.cue \
                    and prev._close <= cue_at < q._open \
                    and (q.cue is None or q.cue == prev.cue) and gap.strip().endswith((",", ":", ".")) \
                    and not _SENTENCE_END.search(gap.strip()[:-1]):
                prev.end = q.end
                prev._close = q._close  # type: ignore[attr-defined]
                prev._words += q._words  # type: ignore[attr-defined]
                continue
        out.append(q)
    return out


def _distinct(quotes: list[_Q]) -> list[_Q]:
    """One quote per span: two cues reading the same words ("X would be considered Y,
    Sanders said") make one report, the one that names its source."""
    best: dict[tuple[int, int, bool], _Q] = {}
    for q in quotes:
        key = (q.start, q.end, q.direct)
        old = best.get(key)
        if old is None or (old.speaker is None and old.speaker_text is None and
                           (q.speaker is not None or q.speaker_text is not None)):
            best[key] = q
    return list(best.values())


def _join_paragraphs(quotes: list[_Q], text: str) -> list[_Q]:
    """A quotation paragraph with no cue of its own that follows another quotation with
    nothing but marks and blank lines between them goes on with that quotation: it is one
    passage of one speaker, attributed once."""
    out: list[_Q] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and prev.direct and q.direct and q.cue is None and q.start > prev.end \
                and (q.speaker, q.speaker_text) == (prev.speaker, prev.speaker_text) \
                and _only_cue_between(text, prev, q):
            prev.end = q.end
            prev._close = q._close  # type: ignore[attr-defined]
            continue
        out.append(q)
    return out


def _only_cue_between(text: str, a: _Q, b: _Q) -> bool:
    """Nothing but marks and blank lines, or the first quote's own cue clause ("..., she
    said."), lies between two quotes."""
    gap = text[a.end:b.start].strip(" \t\n\"“”‘’'«»„,.")
    if not gap:
        return True
    cue_at = getattr(a, "_cue_at", -1)
    return a.end <= cue_at < b.start and len(gap) < 200 and not _SENTENCE_END.search(gap)


# -- headline claims ------------------------------------------------------------------------

# Labels that open a line with a colon but name no source ("Update: ...", "Watch: ...").
_LABELS = {"note", "update", "updated", "related", "watch", "read", "photo", "photos", "video",
           "videos", "source", "sources", "editor", "editors", "breaking", "exclusive", "listen",
           "see", "correction", "tags", "tag", "via", "credit", "caption", "q", "a", "question",
           "answer", "analysis", "opinion", "comment", "live", "follow", "subscribe", "share",
           "image", "images", "file", "warning", "disclaimer", "topics", "topic", "also", "more",
           "latest", "the", "this", "here", "what", "why", "how", "when", "where", "who",
           "next", "previously", "background", "summary", "contact", "email", "phone", "map",
           "graphic", "chart", "table", "fact", "facts", "by", "date",
           "time", "location", "venue", "posted", "published", "filed", "title", "subject"}
# "Smith: Tax Plan Will Fail" — a short line whose head names who said it.
_HEADLINE_RE = re.compile(r"(?m)^[ \t]*([A-Z][^:\n.!?]{0,48}?):[ \t]+(\S[^\n]{8,300})$")


def _headline_claims(doc: Doc, text: str, found: list[_Q]) -> list[_Q]:
    """Lines written "Source: claim", the headline form of reported speech."""
    out: list[_Q] = []
    for m in _HEADLINE_RE.finditer(text[:200_000]):
        src = m.group(1).strip()
        words = src.split()
        if not 1 <= len(words) <= 5 or words[0].lower().strip("'’s") in _LABELS or \
                words[-1].lower() in _LABELS:
            continue
        a, b = m.start(2), m.end(2)
        while b > a and text[b - 1] in " .\t":
            b -= 1
        if len(text[a:b].split()) < 3:
            continue
        toks = [t for t in doc.char_span(m.start(1), m.start(1) + len(m.group(1)),
                                         alignment_mode="expand") or []]
        if any(t.pos_ in ("VERB", "AUX") or t.pos_ == "PRON" for t in toks):
            continue  # "I believe the message was: ..." is a sentence, not a headline label
        ent = next((e for t in reversed(toks) if (e := entity_at(doc, t.i)) is not None), None)
        speaker_text = ent.name if ent is not None else src
        same = [q for q in found if min(b, q.end) - max(a, q.start) > 0.5 * min(b - a, q.end - q.start)]
        if same:
            for q in same:
                if q.speaker is None and q.speaker_text is None:
                    q.speaker, q.speaker_text, q.cue = ent, speaker_text, ":"
            continue
        out.append(_Q(a, b, False, cue=":", speaker=ent, speaker_text=speaker_text))
    return out


# -- reported speech -------------------------------------------------------------------------

def _reported(doc: Doc, direct: list[_Q]) -> list[_Q]:
    inside = [(q._open, q._close) for q in direct]  # type: ignore[attr-defined]

    def in_direct(a: int, b: int) -> bool:
        return any(o <= a and b <= c for o, c in inside)

    def overlaps_direct(a: int, b: int) -> bool:
        return any(min(b, c) - max(a, o) > 0.5 * (b - a) for o, c in inside)

    out: list[_Q] = []
    for t in doc:
        pq = _prep_report(doc, t) or _noun_clause(doc, t) or _raised(doc, t) or _received(doc, t)
        if pq is not None:
            if not in_direct(t.idx, t.idx + 1) and not overlaps_direct(pq.start, pq.end):
                out.append(pq)
            continue
        base = CUE_FORMS.get(t.lower_)
        if base is None and t.lower_ != "according":
            # Any verb with a that-clause and a subject reports a thought or a claim
            # ("figures that", "recognized that").
            if t.pos_ == "VERB" and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
                                        for c in t.children) and \
                    any(c.dep_ == "nsubj" for c in t.children):
                base = t.lower_
            elif t.pos_ == "VERB" and t.lower_ in DOBJ_FORMS and \
                    any(c.dep_ == "dobj" for c in t.children) and _source_of(t) is not None:
                # "..., citing low growth", "a group backing Rubio", "likely to support
                # Clinton": the speaker is whoever the clause makes its source.
                base = t.lower_
            elif t.pos_ == "VERB" and t.lower_ in INTENT_FORMS and \
                    any(c.dep_ == "xcomp" for c in t.children) and any(c.dep_ == "nsubj" for c in t.children):
                base = "want"
            else:
                continue
        if t.lower_ == "according":
            if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
                continue
            clause = t.head
            if clause.i == t.i:
                continue
            sent = t.sent
            # The content is the sentence without the "according to X" phrase.
            sub = sorted(x.i for x in t.subtree)
            lo, hi = sent.start, sent.end
            if sub[0] <= sent.start + 1:
                lo = sub[-1] + 1
            else:
                hi = sub[0]
            span = _clean(doc, lo, hi)
            if span is None or in_direct(span[0], span[1]):
                continue
            ent, name = _speaker_of(doc, t)
            q = _Q(span[0], span[1], False, cue="according to", speaker=ent, speaker_text=name)
            out.append(q)
            continue
        if t.pos_ not in ("VERB", "AUX"):
            continue
        # "Clinton said answering a question": a speech verb's participle is a circumstance.
        comp = [c for c in t.children if c.dep_ == "ccomp" or c.dep_ == "xcomp" and base != "expect"
                and not (c.tag_ == "VBG" and base in NEAR_QUOTE_ONLY)]
        # "“...,” he said, and that ...": a clause that is the quotation itself is done.
        comp = [c for c in comp if not overlaps_direct(*_edges(c))] or comp
        if base in NOT_REPORTING:
            # "maintains Cruz will win" reports; "continues to grow" does not.
            comp = [c for c in comp if c.dep_ == "ccomp"]
            if not comp:
                continue
        charge = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")),
                      None) if base in _CHARGE_VERBS else None
        if charge is not None and any(c.dep_ in ("pobj", "pcomp") for c in charge.children):
            # "accused Republicans of ignoring the facts": the charge, not the accused.
            comp = [charge]
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        pred = next((c for c in t.children if c.dep_ in ("oprd", "ccomp") and obj is not None
                     and c.i > obj.i), None) if base == "call" else None
        if pred is not None:
            # "called Trump “unhinged”": the judgement with whom it is about.
            lo_hi = _clean(doc, obj.left_edge.i, pred.right_edge.i + 1)
            if lo_hi is not None and not in_direct(t.idx, t.idx + 1):
                ent, name = _speaker_of(doc, t)
                if ent is not None or name is not None:
                    out.append(_Q(lo_hi[0], lo_hi[1], False, cue=t.text, speaker=ent,
                                  speaker_text=name))
            continue
        if not comp and (t.lower_ in DOBJ_FORMS or base not in ADDRESSEE_VERBS):
            # A speech or stance verb's object is what was said or held ("noted her
            # record", "wants a change"); the object of "told"/"urged" is the addressee,
            # and "..., said Smith" puts the speaker there.
            comp = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i and
                    not (c.pos_ == "PROPN" and c is _source_of(t))]
        if not comp and base == "say":
            # "half said so", "72 percent said yes": an answer stands for the words.
            comp = [c for c in t.children if c.i == t.i + 1 and c.lower_ in ("so", "yes", "no")]
        if not comp:
            if base == "call":
                # "called for X", "calling on X to ..."
                prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
                if prep is not None:
                    comp = [prep]
            elif base in ("accuse", "criticize", "criticise", "blame", "praise", "describe"):
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None and base in ("accuse", "blame", "criticize", "criticise"):
                    comp = [obj]
        if not comp:
            continue
        c = comp[0]
        sub_lo = c.left_edge.i
        sub_hi = c.right_edge.i + 1
        if c.dep_ == "prep":
            sub_lo = c.i + 1
        span = _clean(doc, sub_lo, sub_hi)
        if span is None:
            continue
        a, b = span
        if in_direct(t.idx, t.idx + 1) or overlaps_direct(a, b):
            continue
        if b - a < (2 if c.dep_ in ("dobj", "pobj") or c.i == t.i + 1 else 8) or \
                doc.text[a - 1:a] in ("“", "\"", "‘") and _is_title(doc.text[a:b]):
            continue  # (a quoted show title after "said on" is no report)
        if c.dep_ == "dobj" and _source_of(t) is None:
            continue  # "the plan announced Monday" reports no one's words
        ent, name = _speaker_of(doc, t)
        if ent is None and name is None and base in CLAUSE_ONLY:
            continue
        out.append(_Q(a, b, False, cue=t.text, speaker=ent, speaker_text=name))
    return out


_CHARGE_VERBS = {"accuse", "blame", "criticize", "criticise", "praise", "thank", "fault",
                 "congratulate", "commend", "slam", "blast", "attack", "condemn", "chide",
                 "rebuke", "scold", "berate", "lambast", "credit", "applaud", "hail", "mock"}


# Verbs whose passive (or, for "appear"/"seem", active) subject belongs to the reported
# content: "Trump is expected to win" reports "Trump to win", "he appears uneasy".
_RAISING_PASSIVE = {"expected", "seen", "considered", "believed", "thought", "said", "reported",
                    "rumored", "rumoured", "known", "viewed", "regarded", "predicted",
                    "projected", "alleged", "described", "perceived", "understood", "deemed",
                    "judged", "presumed", "assumed", "feared", "tipped", "touted", "labeled",
                    "labelled", "branded", "portrayed", "painted", "estimated"}
_RAISING_ACTIVE = {"appear", "appears", "appeared", "appearing", "seem", "seems", "seemed",
                   "seeming"}
# Judgements passed on a subject "as" something: "was dismissed as naive", "a senator
# derided as an insider".
_AS_PASSIVE = {"referred", "celebrated", "treated", "hailed", "lauded", "praised", "criticized",
               "criticised", "derided", "dismissed", "lambasted", "mocked", "ridiculed", "billed",
               "cast", "characterized", "characterised", "depicted", "pegged", "dubbed",
               "nicknamed", "denounced", "condemned", "attacked", "slammed", "blasted",
               "described", "identified", "classified", "framed", "pitched", "heralded"}


def _raised(doc: Doc, t: Token) -> _Q | None:
    """"X is expected to Y", "X is seen as Y", "X appears to Y": the subject with its
    predicate is the content (the cue sits inside it); the source is the agent, if any."""
    low = t.lower_
    passive = low in _RAISING_PASSIVE or low in _AS_PASSIVE
    if t.pos_ not in ("VERB", "AUX") or not passive and low not in _RAISING_ACTIVE:
        return None
    subj_dep = "nsubjpass" if passive else "nsubj"
    subj = next((c for c in t.children if c.dep_ == subj_dep and c.i < t.i), None)
    if subj is None and passive and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i:
        subj = t.head  # "the contests known as Super Tuesday"
    as_only = low in _AS_PASSIVE and low not in _RAISING_PASSIVE
    pred = [c for c in t.children if c.i > t.i and (
        c.dep_ == "prep" and c.lower_ == "as" and passive or
        not as_only and c.dep_ in ("xcomp", "oprd", "acomp"))]
    if subj is not None and subj.dep_ != subj_dep:
        # a noun modified by the participle: the phrase up to the noun, then the judgement
        lo = subj.left_edge.i
        span = _clean(doc, lo, max(p.right_edge.i for p in pred) + 1) if pred else None
        if span is None or span[1] - span[0] < 12:
            return None
        return _Q(span[0], span[1], False, cue=t.text, speaker=None, speaker_text=None)
    if subj is None or not pred or subj.lower_ in ("it", "there", "this", "that", "which", "what"):
        return None
    hi = max(p.right_edge.i for p in pred) + 1
    # "seen as a burden by fishermen": the agent may hang from the predicate; it is the
    # source, not content.
    agent = next((c for c in t.children if c.dep_ == "agent"), None) or next(
        (x for p in pred for x in p.subtree if x.dep_ == "agent" or
         x.dep_ == "prep" and x.lower_ == "by" and x.head.i in (t.i, p.i) or
         x.dep_ == "prep" and x.lower_ == "by" and x.head.dep_ == "pobj" and x.head.head.i == p.i), None)
    if agent is not None and t.i < agent.i < hi:
        hi = agent.i
    span = _clean(doc, subj.left_edge.i, hi)
    if span is None or span[1] - span[0] < 12:
        return None
    ent, name = (None, None)
    if agent is not None:
        src = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if src is not None:
            ent, name = _resolve(doc, src)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


# Stance nouns a subject receives from a source ("Rubio won praise from Bush's team"):
# the subject is what the source's stance is about.
_RECEIVED = {"support", "praise", "criticism", "criticisms", "backing", "endorsement",
             "endorsements", "applause", "condemnation", "rebuke", "rebukes", "scorn", "ridicule",
             "fire", "flak", "flack", "blame", "plaudits", "kudos", "accolades",
             "approval", "cheers", "boos", "jeers", "attacks", "complaints", "questions"}


def _received(doc: Doc, t: Token) -> _Q | None:
    if t.pos_ != "NOUN" or t.lower_ not in _RECEIVED or t.dep_ not in ("dobj", "pobj"):
        return None
    verb = t.head if t.dep_ == "dobj" else t.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == t.i:
        return None
    # the source: "from X" on the noun or its verb; "the support of X" on the noun
    src = next((p for p in list(t.children) + list(verb.children) if p.dep_ == "prep" and
                p.lower_ == "from" and p.i > t.i), None)
    pobj = next((c for c in src.children if c.dep_ == "pobj"), None) if src is not None else None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pobj is None or subj is None or subj.i > t.i:
        return None
    if subj.dep_ == "nsubj" and subj.lower_ in ("it", "there", "this", "that"):
        return None
    span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if span is None:
        return None
    ent, name = _resolve(doc, pobj)
    return _Q(span[0], span[1], False, cue=f"{t.text} {src.text}", speaker=ent, speaker_text=name)


def _noun_clause(doc: Doc, t: Token) -> _Q | None:
    """"Smith's claim that the vote was rigged", "made the argument that ...": the clause."""
    if t.pos_ != "NOUN" or t.lower_ not in CLAUSE_NOUNS:
        return None
    clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    src = next((c for c in t.children if c.dep_ == "poss"), None)
    if src is not None:
        ent, name = _resolve(doc, src)
    elif t.dep_ in ("dobj", "attr") and t.head.pos_ in ("VERB", "AUX"):
        ent, name = _speaker_of(doc, t.head)
    else:
        ent, name = None, None
    span = _clean(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


def _prep_report(doc: Doc, t: Token) -> _Q | None:
    """"X called for a ceasefire", "X's attacks on the press": the object of the preposition."""
    low = t.lower_
    if t.pos_ == "VERB":
        preps = PREP_FORMS.get(low)
    elif t.pos_ == "NOUN":
        preps = PREP_NOUNS.get(low)
    elif t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr"):
        preps = PREP_ADJS.get(low)
    else:
        return None
    if not preps:
        return None
    if t.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in t.children):
        return None  # "agrees with Smith that ...": the clause is what is held
    # The preposition follows its verb: "On Twitter, she called ..." is not "called on".
    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i > t.i),
                None)
    if prep is None and t.pos_ == "NOUN" and t.dep_ == "dobj":
        # "took a swipe at": the parse may hang the noun's preposition on the verb.
        prep = next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ in preps and
                     c.i == t.right_edge.i + 1), None)
    if prep is None:
        # "lashed out at": the particle carries the preposition
        prt = next((c for c in t.children if c.dep_ == "prt" and c.lower_ in preps), None)
        prep = next((c for c in prt.children if c.dep_ == "prep"), None) if prt is not None else None
    if prep is None and t.pos_ == "VERB":
        # "called for the US to act" parses "for" as the mark of an infinitive clause.
        clause = next((c for c in t.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in preps and m.i == c.left_edge.i for m in c.children)), None)
        if clause is not None:
            lo = clause.left_edge.i + 1
            span = _clean(doc, lo, clause.right_edge.i + 1)
            if span is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return None
            ent, name = _speaker_of(doc, t)
            if ent is None and name is None:
                return None
            return _Q(span[0], span[1], False, cue=f"{t.text} {doc[lo - 1].text}", speaker=ent,
                      speaker_text=name)
    if prep is None:
        return None
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    if t.pos_ == "ADJ":
        verb = t.head
        if verb.pos_ not in ("AUX", "VERB") or not any(c.dep_ == "nsubj" for c in verb.children):
            return None
        ent, name = _speaker_of(doc, verb)
    elif t.pos_ == "NOUN":
        # "Trump's attacks on", "voiced concerns about", "avoided criticism of", "rallied in
        # support of": the possessor, else the subject of the verb the noun serves.
        if _source_of(t) is None:
            return None
        ent, name = _speaker_of(doc, t)
    else:
        if not any(c.dep_ == "nsubjpass" for c in t.children) and _source_of(t) is None:
            return None
        ent, name = _speaker_of(doc, t)
    span = _clean(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
    if span is None or ent is None and name is None:
        return None
    return _Q(span[0], span[1], False, cue=f"{t.text} {prep.text}", speaker=ent, speaker_text=name)


def _edges(tok: Token) -> tuple[int, int]:
    """Character extent of a token's subtree."""
    last = tok.right_edge
    return tok.left_edge.idx, last.idx + len(last.text)


def _clean(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi <= lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
