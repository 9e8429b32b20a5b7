"""Reported speech, read off the parse: a cue verb with a clausal complement or an object
("said that ...", "noted the drop"), stance phrases ("called for", "critical of", "Smith's
attacks on"), nouns with a that-clause ("the claim that"), raised subjects ("X is expected to
..."), stances received ("won praise from X") and "according to X".
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from ..model import Entity
from .entities import entity_at
from .paragraphs import doc_column, doc_text
from .quotes_base import _Q, _clean, _edges, _is_title
from .quotes_lexicon import (ADDRESSEE_VERBS, CLAUSE_NOUNS, CLAUSE_ONLY, CUE_FORMS, DECISION_FORMS, DOBJ_FORMS,
                             INTENT_FORMS, KNOWING, MANNER_VERBS, NEAR_QUOTE_ONLY, NOT_REPORTING, PHRASAL_FORMS,
                             PLAN_FORMS, POSS_ONLY,
                             PREP_ADJS, PREP_FORMS, PREP_NOUNS, regular_forms)
from .quotes_speakers import _governor, _resolve, _source_of, _speaker_of


# -- reported speech -------------------------------------------------------------------------

def _reported(doc: Doc, direct: list[_Q], text: str) -> list[_Q]:
    inside = sorted((q._open, q._close) for q in direct)  # type: ignore[attr-defined]
    # A quoted fragment that starts in lower case ("said that Doe “had a crazy policy”") is
    # part of the report around it, not a quotation the report repeats.
    whole = {(q._open, q._close) for q in direct if not text[q.start:q.start + 1].islower()}  # type: ignore
    # (quotations by their opening mark, with the furthest close so far: each test below
    # looks only at the quotations that can reach its span, not at all of a long page's)
    opens = [o for o, _ in inside]
    reach = list(accumulate((c for _, c in inside), max))

    def in_direct(a: int, b: int) -> bool:
        j = bisect_right(opens, a) - 1
        while j >= 0 and reach[j] >= b:
            if b <= inside[j][1]:
                return True
            j -= 1
        return False

    def overlaps_direct(a: int, b: int) -> bool:
        half = 0.5 * (b - a)
        j = bisect_left(opens, b) - 1
        while j >= 0 and reach[j] > a:
            o, c = inside[j]
            if ((o, c) in whole or o <= a) and min(b, c) - max(a, o) > half:
                return True
            j -= 1
        return False

    out: list[_Q] = []
    low = doc_column(doc, LOWER)
    tests = _tests_by_word()
    for i in _candidates(doc):
        t = doc[i]
        if text[t.idx - 1:t.idx] == "<":
            continue  # ('<tweet author="Doe">': a markup tag's name is no word of the text)
        pq = None
        for test in tests.get(low[i], ()):
            pq = test(doc, t)
            if pq is not None:
                break
        if pq is not None:
            if not in_direct(t.idx, t.idx + 1) and not overlaps_direct(pq.start, pq.end):
                out.append(pq)
            continue
        if low[i] == _THAT:
            continue  # (a conjunction is no cue itself)
        if t.lower_ in PLAN_FORMS and not (t.tag_ != "VB" and _judges(t)) or t.lower_ in _BACKING and \
                t.tag_ == "VB" and not _stated_backing(t):
            continue  # "might consider it a good deal": a plain form states a plan
            # ("to support a smaller levy", "Back the levy!" is a plan or a call)
        base = CUE_FORMS.get(t.lower_)
        if base is None and not t.is_alpha:
            continue  # ("PHILADELPHIA ― Doe said ...": a dash the tagger took for a verb)
        if base is None and t.lower_ != "according":
            # Any verb with a that-clause and a subject reports a thought or a claim
            # ("figures that", "recognized that").
            ccomps = [c for c in t.children if c.dep_ == "ccomp"] if t.pos_ == "VERB" else ()
            if ccomps and any(any(m.dep_ == "mark" for m in c.children) for c in ccomps) and (
                    any(c.dep_ == "nsubj" for c in t.children) or t.dep_ == "conj" and
                    any(c.dep_ == "nsubj" for c in t.head.children) and
                    any(m.dep_ == "mark" and m.lower_ == "that" for c in ccomps for m in c.children)):
                # (a second verb of the subject's has none of its own: "was impressed, but
                # lamented that ...")
                base = t.lower_
            elif ccomps and t.lower_ not in _CAUSATIVE and any(
                    c.i > t.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                    for c in ccomps) and _holds_views(t):
                # "He assumed the group was hostile", "she must decide what she will do":
                # someone's verb with a whole clause after it (its own subject, no "that")
                # gives what they think or decide. ("had them scared", "made it a
                # headquarters": a causative's clause is a result, not a thought.)
                base = t.lower_
            elif t.pos_ == "VERB" and (t.lower_ in DOBJ_FORMS or _phrasal(t)) and \
                    any(c.dep_ == "dobj" for c in t.children) and _source_of(t) is not None:
                # "..., citing low growth", "a group backing Rubio", "likely to support
                # Clinton": the speaker is whoever the clause makes its source.
                base = t.lower_
            elif t.dep_ == "relcl" and (t.lower_ in DOBJ_FORMS or _stranded(t) is not None):
                # ("the candidates Doe named", "the deal he rails against": the object the
                # relative clause leaves out is the head noun; see _relative_object)
                base = t.lower_
            elif t.pos_ == "VERB" and t.lower_ in INTENT_FORMS and \
                    any(c.dep_ == "xcomp" for c in t.children) and (
                        any(c.dep_ == "nsubj" for c in t.children) or _source_of(t) is not None):
                # (a second verb of its subject has none of its own: "praised the plan but
                # declined to back it", "..., seeking to stem his rise")
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
            if sub[0] <= sent.start + 1 or clause.i > sub[-1]:
                # ("In addition, according to the department, nine million workers will
                # ...": the clause the phrase modifies follows it; what comes before is
                # an adverbial of the writer's)
                lo = sub[-1] + 1
            else:
                hi = sub[0]
            span = _clean(doc, lo, hi)
            if span is None or in_direct(span[0], span[1]) or overlaps_direct(*span):
                # ("“...,” Doe said, according to a transcript": the sentence is mostly the
                # quotation, whose quote holds the words already)
                continue
            ent, name = _speaker_of(doc, t)
            q = _Q(span[0], span[1], False, cue="according to", speaker=ent, speaker_text=name)
            out.append(q)
            continue
        if t.lower_ in _SEEK and any(c.dep_ == "dobj" and (c.lower_ in _SOUGHT_POSTS or c.ent_type_ in ("ORG", "FAC"))
                                      for c in t.children):
            continue  # "calls seeking comment", "Republicans seeking the nomination": a candidacy or an inquiry
        if base == "want" and any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in t.children):
            continue  # "Doe may want to check his figures": the writer's advice, not Doe's wish
        if (t.pos_ not in ("VERB", "AUX") and not _noun_as_verb(t)) or t.dep_ == "amod":
            continue  # "271 pledged delegates": a participle used as an adjective
        if t.tag_ == "VBN" and t.dep_ != "acl" and t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "dobj" \
                and doc[t.i + 1].head.i == t.i and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            continue  # "the figures include pledged delegates": the same, misparsed as a verb
        if t.tag_ in ("VBN", "VBD") and t.i > 0 and doc[t.i - 1].tag_ in ("CD", "DT", "PDT", "PRP$", "POS") and \
                doc[t.i - 1].lower_ not in ("that", "this", "these", "those", "all", "both", "each") and \
                t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NN", "NNS") and doc[t.i + 1].head.i == t.i:
            continue  # ("271 pledged delegates", "the party's pledged delegates": no verb follows those)
        if t.dep_ == "parataxis":
            pq = _parenthetical(doc, t, base, text)
            if pq is not None and not in_direct(t.idx, t.idx + 1) and not overlaps_direct(pq.start, pq.end):
                out.append(pq)
                continue
        # "Clinton said answering a question": a speech verb's participle is a circumstance;
        # right after the verb, a gerund is its object ("reported spending $10 million",
        # "recalled meeting him").
        comp = [c for c in t.children if c.dep_ == "ccomp" or c.dep_ == "xcomp" and base != "expect"
                and t.lower_ not in DECISION_FORMS
                and not (c.tag_ == "VBG" and base in NEAR_QUOTE_ONLY and c.i != t.i + 1 and
                         not _gerund_subject(c, t))]
        if not comp:
            comp = _stray_that_clause(t, base in ADDRESSEE_VERBS)
        if not comp and base == "ask":
            # "Asked if he was ever bullied, Doe said no": the parse may hang the question
            # on the participle as an adverbial clause.
            comp = [c for c in t.children if c.dep_ == "advcl" and c.i > t.i and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == c.left_edge.i for m in c.children)]
        # "“...,” he said, and that ...": a clause that is the quotation itself is done.
        comp = [c for c in comp if not overlaps_direct(*_edges(c))] or comp
        # "Sanders, who sits at zero endorsements, said that ...": a relative clause
        # misparsed as a complement is no content; a that-clause is.
        comp = [c for c in comp if not (c.i < t.i and any(
            x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("who", "which", "whose") for x in c.children))]
        # "The story never ran; my editor argued the piece ...": a clause closed off by a
        # semicolon, colon or dash before the cue's clause begins is no content of the cue.
        comp = [c for c in comp if not (c.right_edge.i < t.i and any(
            x.text in (";", ":", "-", "–", "—") for x in doc[c.right_edge.i + 1:t.i]))]
        if comp and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "“...,” said Jane Doe, a lawyer who heads the group, told reporters": the parse
            # may make the name after an inverted cue the subject of a clause of its own;
            # a clause that holds the speaker is the speaker's description, not their words.
            # (the name set off by a comma: "said Sanders has several options" is words)
            src = _source_of(t)
            if src is not None and src.i > t.i and src.dep_ == "nsubj" and src.i + 1 < len(doc) and \
                    doc[src.i + 1].text == ",":
                comp = [c for c in comp if not (c.i > t.i and c.left_edge.i <= src.i <= c.right_edge.i)]
        comp.sort(key=lambda c: not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        lead = next((c for c in comp if c.right_edge.i < t.i), None) if len(comp) > 1 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else None
        lead_name = _leading_name(doc, lead) if lead is not None else None
        if lead_name is not None:
            # "Doe, later alleging - falsely - that Roe lied, said he would ...": a cue the parse
            # left without a subject made its subject, a name set off by commas or dashes, part
            # of a clause before it; the clause right after the cue is what it says.
            comp.sort(key=lambda c: not (c.left_edge.i == t.i + 1 and c.i > t.i and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") and x.tag_ not in ("WP", "WDT") or
                x.dep_ == "mark" and x.lower_ == "that" for x in c.children)))
        if base in NOT_REPORTING:
            # "maintains Cruz will win" reports; "continues to grow" does not.
            comp = [c for c in comp if c.dep_ == "ccomp"]
            if not comp and base not in KNOWING:  # ("understood the stakes": below)
                continue
        charge = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")),
                      None) if base in _CHARGE_VERBS else None
        if charge is not None and any(c.dep_ in ("pobj", "pcomp") for c in charge.children):
            # "accused Republicans of ignoring the facts": the charge, not the accused.
            comp = [charge]
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        pred = next((c for c in t.children if c.dep_ in ("oprd", "ccomp") and obj is not None
                     and c.i > obj.i), None) if base == "call" else None
        if pred is None and base == "call" and obj is None and \
                not any(c.dep_ in ("prep", "xcomp", "ccomp") and c.i > t.i for c in t.children):
            # "called Clinton, his rival, an ISIS “co-founder”", "called her son her hero": the
            # parse may split the name and the judgement into other nominal relations.
            kids = [c for c in t.children if c.i > t.i and c.dep_ in ("oprd", "nmod", "dep", "appos")]
            if kids and (any(c.dep_ == "oprd" for c in kids) and len(kids) > 1 or
                         any(x.dep_ in ("appos", "oprd") for k in kids for x in k.children)):
                obj, pred = kids[0], kids[-1]
        if pred is None and base == "call" and obj is not None and obj.i > t.i and \
                not any(c.dep_ in ("prep", "xcomp", "ccomp") and t.i < c.i < obj.i for c in t.children):
            # "called her son her hero", "called the feud unusual": the parse may fold the
            # judgement into the object, as an apposition with no comma before it or an
            # adjective after the noun; naming someone is no call to them.
            last = obj.right_edge
            judged = next((x for x in obj.children if x.dep_ == "appos" and x.i > obj.i and
                           doc[x.left_edge.i - 1].text != ","), None)
            if judged is None and last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i < last.i:
                judged = last
            if judged is not None:
                pred = judged
        if pred is not None:
            # "called Trump “unhinged”": the judgement with whom it is about.
            lo_hi = _clean(doc, obj.left_edge.i, pred.right_edge.i + 1)
            if lo_hi is not None and not in_direct(t.idx, t.idx + 1):
                ent, name = _speaker_of(doc, t)
                if ent is not None or name is not None or _calls_someone(t):
                    out.append(_Q(lo_hi[0], lo_hi[1], False, cue=t.text, speaker=ent,
                                  speaker_text=name))
            continue
        if not comp and (t.lower_ in DOBJ_FORMS or base not in ADDRESSEE_VERBS or _phrasal(t) or
                         base in KNOWING and _knowing(doc, t, base) or base == "find" and _finding(t)):
            # A speech or stance verb's object is what was said or held ("noted her
            # record", "wants a change"); the object of "told"/"urged" is the addressee,
            # and "..., said Smith" puts the speaker there.
            src = _source_of(t)
            comp = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i and
                    not (c.pos_ == "PROPN" and src is not None and c.i == src.i)]
        if not comp and base == "call" and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
            # "Doe calls the levy “a tax on the poor”", "called the rules “rigged” in a tweet":
            # a quoted judgement after the object is what was called, whatever relation the
            # parse gave it (the call path above reads oprd and appositions only). With no
            # quotation it is a plain call: "called the police", "called her on Sunday".
            # (Opening marks only: "’" is an apostrophe too.)
            obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
            if obj is not None:
                last = max([obj.right_edge.i] + [c.right_edge.i for c in t.children if c.i > obj.i and
                                                 c.dep_ not in ("conj", "cc", "advcl", "parataxis", "punct")])
                end = doc[min(last + 1, len(doc) - 1)]
                if any(ch in text[obj.left_edge.idx:end.idx + len(end.text)] for ch in "“\"‘"):
                    comp = [obj]
        if not comp and (t.dep_ == "relcl" or t.i > 0 and low[t.left_edge.i] == _WHAT):
            pq = _relative_object(doc, t, base) if t.dep_ == "relcl" else _what_object(doc, t, base)
            if pq is not None:
                if not in_direct(t.idx, t.idx + 1) and not overlaps_direct(pq.start, pq.end):
                    out.append(pq)
                continue
        if not comp and base == "say":
            # "half said so", "72 percent said yes": an answer stands for the words.
            comp = [c for c in t.children if c.i == t.i + 1 and c.lower_ in ("so", "yes", "no")]
            # "26 percent said the same (of Doe)": the parser may make "same" a subject.
            comp = comp or [c for c in t.children if c.i == t.i + 2 and c.lower_ == "same" and
                            doc[t.i + 1].lower_ == "the"]
        if not comp:
            if base == "call":
                # "called for X", "calling on X to ..."
                prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "on") and
                             not any(x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in c.children)), None)
                if prep is not None:
                    comp = [prep]
            elif base in ("accuse", "criticize", "criticise", "blame", "praise", "describe"):
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None and base in ("accuse", "blame", "criticize", "criticise"):
                    comp = [obj]
        if not comp and base in NEAR_QUOTE_ONLY and base not in MANNER_VERBS:
            pq = _final_conjunct(doc, t) or _trailing_cue(doc, t)
            if pq is not None and not in_direct(t.idx, t.idx + 1) and not overlaps_direct(pq.start, pq.end):
                out.append(pq)
                continue
        if not comp:
            continue
        c = comp[0]
        sub_lo = c.left_edge.i
        sub_hi = c.right_edge.i + 1
        before = [x for x in comp if x.dep_ == "ccomp" and x.right_edge.i < t.i]
        if len(before) > 1 and c in before and t.right_edge.i + 1 >= t.sent.end - 1:
            # "A, but B, the chief executive said": a cue at the end of its sentence reports
            # every clause before it, not the first only.
            sub_lo = min(x.left_edge.i for x in before)
            sub_hi = max(x.right_edge.i for x in before) + 1
        second = next((x for x in c.children if x.dep_ in ("conj", "advcl") and x.i > c.i and
                       (g := _governor(x)) is not None and g.i == t.i), None)
        if second is None and c.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            # "vowed to keep abortion legal and celebrated the ruling", "urging voters to act
            # and promising to ...": a finite verb or a gerund cannot go on an infinitive;
            # the parse joined it to the complement, but it is the speaker's next act.
            second = next((x for x in c.children if x.dep_ == "conj" and x.i > c.i and
                           x.tag_ in ("VBD", "VBZ", "VBG") and
                           not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)), None)
        if second is not None:
            # "said that the plant would close and suggested that ...": the second speech
            # verb is the speaker's, not part of what was said.
            sub_hi = second.left_edge.i
            while sub_hi > c.i + 1 and doc[sub_hi - 1].dep_ in ("cc", "punct"):
                sub_hi -= 1
        if c.dep_ == "prep":
            sub_lo = c.i + 1
        obj = next((x for x in t.children if x.dep_ == "dobj" and t.i < x.i < c.i), None)
        if obj is not None and (c.dep_ == "xcomp" or c is charge):
            # "urged the board to act", "accused Doe of lying": the object with what is
            # said of it
            sub_lo = obj.left_edge.i
        if c.dep_ == "dobj":
            # "urged him to quit", "described the deal as a disaster", "called her a liar":
            # what is said of the object goes with it (its predicate follows it).
            pred = [x for x in t.children if x.i > c.i and (
                x.dep_ in ("xcomp", "oprd", "ccomp") or x.dep_ == "prep" and not _when_or_where(x))]
            if pred:
                sub_hi = max(sub_hi, max(x.right_edge.i for x in pred) + 1)
        sub_hi = _before_aside(doc, sub_lo, sub_hi)
        span = _clean(doc, sub_lo, sub_hi)
        crossed = span is not None and overlaps_direct(*span)
        if crossed and c.dep_ in ("ccomp", "xcomp"):
            # "wrote the agents knew to brace for it, saying, “They didn't happen every
            # day ...”": a clause of the content that brings in a quotation of its own ends
            # the content; the quotation is a quote of its own.
            tail = next((x for x in c.children if x.dep_ in ("advcl", "conj", "parataxis") and x.i > c.i and
                         any(_edges(x)[0] <= o < _edges(x)[1] for o, _ in inside)), None)
            if tail is not None:
                hi = tail.left_edge.i
                while hi > c.i + 1 and doc[hi - 1].dep_ in ("cc", "punct"):
                    hi -= 1
                span = _clean(doc, sub_lo, min(sub_hi, hi))
                crossed = span is not None and overlaps_direct(*span)
        if span is None:
            continue
        a, b = span
        if in_direct(t.idx, t.idx + 1) or crossed or any(o < a < c for o, c in whole):
            continue  # (a clause that starts inside a quotation is that quotation misparsed)
        if b - a < (2 if c.dep_ in ("dobj", "pobj") or c.i == t.i + 1 else 8) or \
                text[a - 1:a] in ("“", "\"", "‘") and _is_title(text[a:b]):
            continue  # (a quoted show title after "said on" is no report)
        if c.dep_ == "dobj" and _source_of(t) is None and (t.tag_ != "VBG" or text[t.idx - 1:t.idx] == "<"):
            # "the plan announced Monday" reports no one's words; "..., denying the
            # charges" someone's, whoever the parse leaves the participle to
            # (an embedded "<tweet ...>" tag is markup)
            continue
        if c.dep_ == "dobj" and any(x.lower_ == "following" and x.dep_ in ("amod", "det") for x in c.children):
            continue  # "issued the following statement:" points at the words that come next
        after_lead = lead_name is not None and c.left_edge.i == t.i + 1
        if after_lead:
            # (whoever those words open with, set off by a comma, is the one who says it)
            ent, name = lead_name, lead_name.name
        else:
            ent, name = _speaker_of(doc, t)
        out.append(_Q(a, b, False, cue=t.text, speaker=ent, speaker_text=name))
        if after_lead:
            # ("Doe, later alleging - falsely - that Roe lied, said ...": the participle set
            # off with its name reports the that-clause the parse hung on the words around it)
            mark = next((x for x in lead.children if x.dep_ == "mark" and x.lower_ == "that"), None)
            said = next((x for x in lead.children if mark is not None and x.i < mark.i and x.tag_ == "VBG" and
                         x.lower_ in CUE_FORMS), None)
            aside = _clean(doc, mark.i, lead.right_edge.i + 1) if said is not None else None
            if aside is not None and not overlaps_direct(*aside):
                out.append(_Q(aside[0], aside[1], False, cue=said.text, speaker=ent, speaker_text=name))
    return out


# Verbs whose clause is what they bring about ("had them scared", "let its candidates
# speak"), not what their subject thinks.
_CAUSATIVE = {"have", "has", "had", "having", "make", "makes", "made", "making", "let", "lets",
              "letting", "help", "helps", "helped", "helping", "get", "gets", "got", "getting",
              "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving", "render",
              "renders", "rendered", "rendering"}
# Named kinds of holder that can think or decide.
_HOLDER_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


def _leading_name(doc: Doc, clause: Token) -> Entity | None:
    """The person or organisation named first in ``clause`` when a comma follows the name
    ("Doe, who backed Roe, ..."): the subject of the cue the parse made a clause of."""
    i = clause.left_edge.i
    while i < clause.right_edge.i and entity_at(doc, i) is None and doc[i].pos_ == "PROPN" and doc[i].is_title:
        i += 1  # (a title before the name: "Mayor Jane Doe, ...")
    e = entity_at(doc, i)
    if e is None or e.type not in ("PERSON", "ORG"):
        return None
    while i < clause.right_edge.i and entity_at(doc, i) is e:
        i += 1
    return e if doc[i].text == "," else None


# Head nouns of a relative clause that give when, where, how or why ("the day he said",
# "the way she described it"), not what was said.
_ADVERBIAL_HEADS = {"time", "times", "day", "days", "week", "weeks", "year", "years", "month", "months",
                    "moment", "night", "morning", "way", "ways", "reason", "reasons", "place", "point",
                    "manner", "extent", "degree", "hour", "minute", "minutes", "occasion", "period"}


def _stranded(t: Token) -> Token | None:
    """"the deal he rails against": a stance verb's preposition left without its object,
    which the relative clause's head noun stands for."""
    preps = PREP_FORMS.get(t.lower_)
    if not preps:
        return None
    return next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i > t.i and
                 not any(x.dep_ in ("pobj", "pcomp") for x in c.children)), None)


def _relative_object(doc: Doc, t: Token, base: str) -> _Q | None:
    """"The candidates Doe named", "the bill, which the governor vetoed", "a deal he rails
    against": a speech or stance verb in a relative clause whose object (or preposition's
    object) is the head noun says that head; the content is the head with its modifiers up
    to the clause (and the relative word), the speaker the clause's own subject. (A subject
    relative, "the man who said", has no subject of its own; "the day he said" is a time.)"""
    head = t.head
    if head.i >= t.i or head.pos_ not in ("NOUN", "PROPN") or head.lower_ in _ADVERBIAL_HEADS or \
            head.ent_type_ in ("DATE", "TIME"):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ == "that":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "nsubjpass") for c in t.children):
        return None  # ("the plan he said would fail": the clause is the content)
    objs = [c for c in t.children if c.dep_ == "dobj"]
    rel = next((c for c in objs if c.i < t.i and c.i == t.left_edge.i and
                (c.tag_ in ("WDT", "WP") or c.lower_ == "that")), None)
    if any(c.i > t.i for c in objs) or objs and rel is None:
        return None  # (the verb has an object of its own: the head is no object of it)
    if t.lower_ not in DOBJ_FORMS and _stranded(t) is None and (
            base in ADDRESSEE_VERBS or base in NOT_REPORTING or base not in CUE_FORMS.values()):
        return None
    hi = rel.i + 1 if rel is not None else t.left_edge.i
    lo = head.left_edge.i
    if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i for c in t.children):
        # "Benenson, whom one insider described as “his brother”": what is said of the head
        # is the clause's "as" phrase; the content is the clause (from its relative word)
        lo, hi = (rel.i if rel is not None else lo), t.right_edge.i + 1
    span = _clean(doc, lo, hi)
    if span is None:
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


def _what_object(doc: Doc, t: Token, base: str) -> _Q | None:
    """"That's what Doe wrote", "half of what his adviser has proposed": a free relative
    whose "what" is the object of a speech or stance verb with a subject of its own stands
    for what was said; the content is the "what" (its referent is the writer's)."""
    what = t.left_edge
    if what.dep_ != "dobj" or what.head.i != t.i or what.tag_ != "WP":
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and what.i < c.i < t.i), None)
    if subj is None or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in t.children):
        return None
    if t.lower_ not in DOBJ_FORMS and (base in NOT_REPORTING or base not in CUE_FORMS.values()):
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(what.idx, what.idx + len(what.text), False, cue=t.text, speaker=ent, speaker_text=name)


def _noun_as_verb(t: Token) -> bool:
    """"Doe claims he is worth more": the tagger may read a speech verb's -s form as a
    plural noun, but a noun has no subject before it and a clause of its own after it; the
    parse that gives it both treats it as the verb it is."""
    return t.tag_ == "NNS" and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) and any(
        c.dep_ == "ccomp" and c.i > t.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
        for c in t.children)


def _participle_clause(t: Token) -> bool:
    """"..., railing against superdelegates": a participle clause after its sentence's verb
    says what someone did or held, whoever the parse leaves it to (not a headline's
    "Railing Against X", a markup tag's word or a noun's modifier)."""
    return t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp", "pcomp") and t.head.i < t.i and \
        not t.is_title and not t.is_upper and doc_text(t.doc)[t.idx - 1:t.idx] != "<"


def _calls_someone(t: Token) -> bool:
    """"Others call it the nerd prom", "..., calling Christmas a sham": an active "call X Y"
    is a judgement whoever makes it, named or not (a passive or a participle on a noun,
    "a town called Hope", names a thing)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or t.dep_ in ("acl", "amod"):
        return False
    return any(c.dep_ == "nsubj" for c in t.children) or t.dep_ in ("advcl", "conj", "xcomp", "pcomp")


def _holds_views(v: Token) -> bool:
    """The verb's subject is someone who can hold a view: a person or body by name or a
    personal pronoun (not "it", "this": things and events do not think)."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("it", "this", "that", "what", "which", "there", "these", "those")
    return subj.pos_ == "PROPN" or subj.ent_type_ in _HOLDER_TYPES


# Inquiries and those who make them: what they find is their finding ("the survey found Doe
# with a lead", "investigators found 31 errors"); "found the keys" is no one's report.
_FINDERS = {"poll", "polls", "survey", "surveys", "study", "studies", "paper", "papers", "report", "reports",
            "inquiry", "inquiries", "investigation", "investigations", "probe", "probes", "analysis",
            "analyses", "review", "reviews", "audit", "audits", "research", "researchers", "investigators",
            "auditors", "pollsters", "census", "jury", "juries", "judge", "judges", "court", "courts", "panel"}


def _finding(t: Token) -> bool:
    """Whether the subject of "find" (or of the verb it is the second of) is an inquiry."""
    v = t.head if t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children) else t
    return any(c.dep_ == "nsubj" and c.lower_ in _FINDERS for c in v.children)


# Knowers that are no one in particular ("anyone who knows him knows ...").
_ANYONE = {"anyone", "anybody", "whoever"}


def _knowing(doc: Doc, t: Token, base: str) -> bool:
    """Whether the object of a knowing verb is what its subject grasps or holds ("does not
    know me", "knew their voters", "had reason to know this"). For "know" only with a knower the
    text names: "has known her for years" is an acquaintance, "you know, the ones ..." is a
    filler, and "you would never know it" or "anyone who knows him" has no one who knows."""
    if base != "know":
        return True
    if t.lower_ == "known" or t.i + 1 == len(doc) or doc[t.i + 1].is_punct:
        return False
    ent, name = _speaker_of(doc, t)
    return ent is not None or name is not None and name.split()[0].lower() not in _ANYONE


def _stated_backing(t: Token) -> bool:
    """"will not support the levy", "did support it": a plain "support"/"back" with a modal or
    "do" after its subject is a stance the subject states; "Do you support the levy?" asks."""
    subj = next((c.i for c in t.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "aux" and c.i > subj and (c.tag_ == "MD" or c.lower_ in _DO)
                                    for c in t.children)


def _judges(t: Token) -> bool:
    """"They consider him a phony", "consider the levy unfair": a verb whose object comes
    with a predicate of its own (a small clause) states a judgement, not a plan (in a
    finite form: "might consider it a good deal" is still a hypothetical)."""
    return any(c.dep_ == "oprd" or c.dep_ == "ccomp" and c.i > t.i and c.pos_ in ("NOUN", "ADJ", "PROPN") and
               any(x.dep_ == "nsubj" for x in c.children) for c in t.children)


def _before_aside(doc: Doc, lo: int, hi: int) -> int:
    """"said he would campaign for Sanders, who faces a near impossible task": a relative
    clause set off by a comma that describes a person at the end of the content is the
    writer's aside about that person, not part of what was said."""
    low = doc_column(doc, LOWER)
    # (most contents hold no ", who": look at the words before building any Token)
    if not any(low[j] in _WHO and low[j - 1] == _COMMA for j in range(lo + 2, hi)):
        return hi
    last = hi - 1
    while last > lo and doc[last].is_punct:
        last -= 1
    x = doc[last]
    while x.i != x.head.i and lo <= x.head.i < hi:
        if x.dep_ == "relcl" and x.head.ent_type_ == "PERSON" and x.left_edge.i > lo + 1 and \
                doc[x.left_edge.i - 1].text == "," and x.left_edge.lower_ in ("who", "whom", "whose"):
            return x.left_edge.i - 1
        x = x.head
    return hi


def _when_or_where(prep: Token) -> bool:
    """"on Monday", "in Iowa", "at a rally": a phrase of the occasion, not of what was said."""
    if prep.lower_ in ("during", "before", "after", "amid", "since", "until"):
        return True  # ("during a rally", "after the debate": a time, whatever its noun)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")


def _phrasal(t: Token) -> bool:
    """"laid out a plan", "played down the report": a verb whose particle makes it one of
    speech (the object is then what was said, not whom it was said to: "called out Doe")."""
    particles = PHRASAL_FORMS.get(t.lower_)
    # ("will lay out", "to rule out": the plain form states a plan, as with "support")
    return particles is not None and t.tag_ != "VB" and any(c.dep_ == "prt" and c.lower_ in particles for c in t.children)


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens ``_reported`` can make a report of: a verb, or a word of one of
    the cue tables its tests read. Building a Token for every word of a long text costs more
    than all the tests together, and most words (nouns, names, function words) pass none."""
    words = _cue_words()
    # (the columns are read once per Doc and shared with the other layers)
    low, pos = doc_column(doc, LOWER), doc_column(doc, POS)
    that = _THAT
    out = [i for i in range(len(low)) if pos[i] == VERB or low[i] in words or low[i] == that]
    # ("that" only as the conjunction opening a clause, which may be a noun's complement)
    dep, mark = doc_column(doc, DEP), _MARK
    return [i for i in out if low[i] != that or dep[i] == mark]


_THAT = get_string_id("that")
_WHAT = get_string_id("what")
_WHO = frozenset(get_string_id(w) for w in ("who", "whom", "whose"))
_COMMA = get_string_id(",")
_MARK = get_string_id("mark")


_CUE_WORD_IDS: frozenset[int] | None = None


def _cue_words() -> frozenset[int]:
    """The string ids of every lower-case form a test of ``_reported`` looks up."""
    global _CUE_WORD_IDS
    if _CUE_WORD_IDS is None:
        forms = set(CUE_FORMS) | set(DOBJ_FORMS) | set(INTENT_FORMS) | set(PLAN_FORMS) | set(PREP_FORMS) | \
            set(PREP_NOUNS) | set(PREP_ADJS) | set(CLAUSE_NOUNS) | _RAISING_PASSIVE | _AS_PASSIVE | \
            _RAISING_ACTIVE | _RECEIVED | _SEE | _MAKE | _IN_STANCE | _SOURCE_NOUNS | _MIND_NOUNS | _CLAUSE_ADJS | _INTENT_NOUNS | \
            _WILL_ADJS | _COLON_NOUNS | _HEARSAY | _FEELINGS | _STIRS | set(_TAKEN) | {"according"}
        _CUE_WORD_IDS = frozenset(get_string_id(w) for w in forms)
    return _CUE_WORD_IDS


_TESTS_BY_WORD: dict[int, tuple] | None = None


def _tests_by_word() -> dict[int, tuple]:
    """Lower-case form id -> the tests of the chain in ``_reported`` (in its order) whose
    word table holds the form: each test returns None at once for any other word, and
    running all eleven on every candidate built Tokens for nothing (speed notes, s7)."""
    global _TESTS_BY_WORD
    if _TESTS_BY_WORD is None:
        chain = (
            (_stirred, _STIRS),
            (_prep_report, set(PREP_FORMS) | set(PREP_NOUNS) | _IN_STANCE | set(PREP_ADJS) | set(_TAKEN)),
            (_noun_clause, CLAUSE_NOUNS),
            (_that_of_noun, {"that"}),
            (_raised, _RAISING_PASSIVE | _AS_PASSIVE | _RAISING_ACTIVE),
            (_received, _RECEIVED),
            (_as_cue, set(CUE_FORMS) | {"put", "puts"}),
            (_passive_stance, set(DOBJ_FORMS)),
            (_seen_as, _SEE),
            (_made_clear, _MAKE),
            (_in_source, _MIND_NOUNS | _SOURCE_NOUNS),
            (_adj_clause, set(PREP_ADJS) | _CLAUSE_ADJS | _WILL_ADJS),
            (_noun_infinitive, _INTENT_NOUNS),
            (_noun_colon, _COLON_NOUNS),
            (_reportedly, _HEARSAY),
            (_moved_by, _FEELINGS),
        )
        words = set().union(*(w for _, w in chain))
        _TESTS_BY_WORD = {get_string_id(w): tuple(f for f, ws in chain if w in ws) for w in words}
    return _TESTS_BY_WORD


# Verbs that report the clause they interrupt ("Many of the closures, he said, were ...").
_PARENTHETICAL = NEAR_QUOTE_ONLY - MANNER_VERBS | {"believe", "think", "fear", "hope", "expect", "estimate",
                                    "contend", "maintain", "suggest", "predict", "insist"}


def _parenthetical(doc: Doc, t: Token, base: str, text: str) -> _Q | None:
    """"The budget office, he said, will go up": a speech verb set off by commas inside the
    clause it reports; the content is the clause around it (the cue inside its span)."""
    # ("The solution, the partner told them, was simple": whom it was told to is no content)
    if base not in _PARENTHETICAL or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not (
            base in ADDRESSEE_VERBS and c.pos_ in ("PRON", "PROPN")) for c in t.children):
        return None
    head = t.head
    if head.i == t.i or head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        return None  # (a root noun: the parse lost the verb of the clause around the cue)
    words = [x.i for x in t.subtree if not x.is_punct]
    lo_t, hi_t = words[0], words[-1]
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is not None and subj.left_edge.i > lo_t and doc[subj.left_edge.i - 1].text == ",":
        # "At times last year, people close to him said, the mere mention ...": the parse
        # may hang the clause's opening adverbial on the cue; the cue begins at its subject.
        lo_t = subj.left_edge.i
    while (lo_t <= head.left_edge.i or hi_t + 1 >= head.right_edge.i) and head.head.i != head.i and \
            head.dep_ in ("advcl", "conj", "ccomp"):
        # "Though the move went smoothly, he said, a repeat would be harder": the parse may
        # hang the cue on the first clause of the sentence it interrupts; the report is the
        # clause that holds both sides of it.
        head = head.head
    if lo_t <= head.left_edge.i or hi_t + 1 >= head.right_edge.i:
        return None  # only a cue with reported words on both sides
    if doc[lo_t - 1].text != "," or doc[hi_t + 1].text != ",":
        return None
    if hi_t + 3 < len(doc) and doc[hi_t + 2].text in _OPENING and doc[hi_t + 3].is_title:
        # "Asked about the race, Doe said, “They have to win.”": a cue that opens a whole
        # quotation introduces it; what comes before is the writer's setting, whatever
        # clause the parse hung it on.
        return None
    span = _clean(doc, head.left_edge.i, head.right_edge.i + 1)
    if span is None or span[1] - span[0] < 20:
        return None
    if not any(c.dep_ == "nsubj" for c in t.children):
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


_OPENING = frozenset(("“", "\"", "‘", "''", "``", "«"))


_CHARGE_VERBS = {"accuse", "blame", "criticize", "criticise", "praise", "thank", "fault",
                 "congratulate", "commend", "slam", "blast", "attack", "condemn", "chide",
                 "rebuke", "scold", "berate", "lambast", "credit", "applaud", "hail", "mock"}


# Verbs whose passive (or, for "appear"/"seem", active) subject belongs to the reported
# content: "Trump is expected to win" reports "Trump to win", "he appears uneasy".
_RAISING_PASSIVE = {"expected", "seen", "considered", "believed", "thought", "said", "reported",
                    "rumored", "rumoured", "known", "viewed", "regarded", "predicted",
                    "projected", "alleged", "described", "perceived", "understood", "deemed",
                    "judged", "presumed", "assumed", "feared", "tipped", "touted", "labeled",
                    "labelled", "branded", "portrayed", "painted", "estimated", "declared"}
_RAISING_ACTIVE = {"appear", "appears", "appeared", "appearing", "seem", "seems", "seemed",
                   "seeming"}
# Passives of knowing whose subject, with no predicate, is what is (not) known or believed.
_KNOWN = {"known", "believed", "understood"}
# Judgements passed on a subject "as" something: "was dismissed as naive", "a senator
# derided as an insider".
_AS_PASSIVE = {"referred", "celebrated", "treated", "hailed", "lauded", "praised", "criticized",
               "criticised", "derided", "dismissed", "lambasted", "mocked", "ridiculed", "billed",
               "cast", "characterized", "characterised", "depicted", "pegged", "dubbed",
               "nicknamed", "denounced", "condemned", "attacked", "slammed", "blasted",
               "described", "identified", "classified", "framed", "pitched", "heralded"}


def _raised(doc: Doc, t: Token) -> _Q | None:
    """"X is expected to Y", "X is seen as Y", "X appears to Y", "X is known for Y": the
    subject with its predicate is the content (the cue sits inside it); the source is the
    agent, if any."""
    low = t.lower_
    passive = low in _RAISING_PASSIVE or low in _AS_PASSIVE
    if t.pos_ not in ("VERB", "AUX") or not passive and low not in _RAISING_ACTIVE:
        return None
    subj_dep = "nsubjpass" if passive else "nsubj"
    subj = next((c for c in t.children if c.dep_ == subj_dep and c.i < t.i), None)
    conj_of = False
    if not passive and t.dep_ in ("aux", "auxpass") and t.head.tag_ == "VBN" and t.head.i == t.i + 1:
        # "Democrats appeared headed for a contest", "the field seemed poised to narrow": the
        # parser takes the verb for an auxiliary of the participle after it, which is its
        # predicate; the subject hangs from the participle
        subj = subj or next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is None or subj.lower_ in ("it", "there", "this", "that", "which", "what", "who"):
            return None
        span = _clean(doc, subj.left_edge.i, t.head.right_edge.i + 1)
        if span is None or span[1] - span[0] < 12:
            return None
        return _Q(span[0], span[1], False, cue=t.text, cuts=[(t.idx, t.head.idx)])
    if not passive and subj is None and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        # "Doe held a lead and appeared poised to win": a second verb of the subject's has
        # none of its own; what comes between them is no part of the impression
        # (its report begins at the predicate: the first verb's own report comes before it)
        subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i), None)
        conj_of = subj is not None
    if subj is None and passive and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i:
        subj = t.head  # "the contests known as Super Tuesday"
    as_only = low in _AS_PASSIVE and low not in _RAISING_PASSIVE
    if low == "seen" and any(c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBG", "VBN") and c.i > t.i
                             for c in t.children):
        return None  # "McDonald is seen walking down a street": what a camera shows, not a view
    pred = [c for c in t.children if c.i > t.i and (
        c.dep_ == "prep" and c.lower_ == "as" and passive or
        c.dep_ == "prep" and c.lower_ == "for" and low == "known" and
        not any(x.ent_type_ in ("DATE", "TIME") for x in c.children) or
        not as_only and c.dep_ in ("xcomp", "oprd", "acomp") or
        not passive and c.dep_ == "prep" and c.lower_ == "like" and c.i == t.i + 1 or
        # ("the race appears closer", "the speaker appeared closer to a deal": a comparative
        # the parser hangs as an adverb is the predicate; "appeared later" is a time)
        not passive and c.dep_ == "advmod" and c.tag_ == "RBR" and c.i == t.i + 1 and
        c.lower_ not in ("later", "earlier", "sooner", "more", "less"))]
    if subj is not None and subj.dep_ != subj_dep:
        # a noun modified by the participle: the phrase up to the noun, then the judgement
        lo = subj.left_edge.i
        span = _clean(doc, lo, max(p.right_edge.i for p in pred) + 1) if pred else None
        if span is None or span[1] - span[0] < 12:
            return None
        return _Q(span[0], span[1], False, cue=t.text, speaker=None, speaker_text=None)
    if subj is not None and not pred and low in _KNOWN and subj.dep_ == "nsubjpass" and \
            subj.lower_ not in ("it", "there", "this", "that") and \
            any(c.dep_ == "auxpass" for c in t.children) and \
            not any(c.dep_ in ("ccomp", "xcomp", "prep", "agent", "attr") and c.i > t.i for c in t.children):
        # "Much is not known", "The group is widely known": what is (or is not) known
        # is the subject, known by no one named
        span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
        return _Q(span[0], span[1], False, cue=t.text) if span is not None else None
    if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass" and \
            not any(c.dep_ == "ccomp" for c in t.children) and \
            (x := next((p for p in pred if p.dep_ == "xcomp" and p.tag_ == "VB"), None)) is not None:
        # "It is expected to rise to 2.9 percent": what is expected of a thing named before
        # is its infinitive
        span = _clean(doc, x.left_edge.i, x.right_edge.i + 1)
        if span is not None and span[1] - span[0] >= 12:
            return _Q(span[0], span[1], False, cue=t.text)
        return None
    if subj is None or not pred or subj.lower_ in ("it", "there", "this", "that", "which", "what") and not (
            subj.tag_ in ("WDT", "WP") and any(p.dep_ == "prep" and p.lower_ == "as" for p in pred) or
            subj.lower_ in ("it", "this") and low in _RAISING_ACTIVE and pred[0].lower_ == "like"):
        # ("the revolt that became known as X", "what is seen as a snub": a relative word
        # judged "as" something stands for its noun, and the clause is the judgement; one
        # that "is expected to" act is not reported (measured in s16). "It seemed like a
        # long shot", "This seems like a fair idea": a likening is an impression of what
        # the pronoun stands for, where "it seems to" is mostly a mere hedge)
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
    span = _clean(doc, min(p.left_edge.i for p in pred) if conj_of else subj.left_edge.i, hi)
    if span is None or span[1] - span[0] < 12:
        return None
    ent, name = (None, None)
    if agent is not None:
        src = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if src is not None:
            ent, name = _resolve(doc, src)
    elif any(p.dep_ == "xcomp" and p.pos_ == "VERB" and (p.lower_ in CUE_FORMS or p.lower_ in DOBJ_FORMS
                                                         or p.lower_ in PREP_FORMS) or
             p.pos_ == "ADJ" and p.lower_ in PREP_ADJS for p in pred):
        # "The Times is expected to endorse Doe", "Cruz seemed to mock him", "voters appeared
        # pleased with": the subject is the one whose words or stance are reported.
        ent, name = _resolve(doc, subj)
    elif low in _RAISING_ACTIVE:
        # "Doe seemed to offer a caveat": how a named subject comes across is its own
        # stance ("the plan appears to work" names no one).
        ent, name = _resolve(doc, subj)
        if ent is None or subj.pos_ == "NOUN" and entity_at(doc, subj.i) is None:
            # ("the Doe-Smith meeting appeared to ...": a thing named after people comes
            # across as something; no one holds that)
            ent, name = None, None
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
    # the source: "from X" or "among X" on the noun or its verb; "the support of X" on the noun
    src = next((p for p in list(t.children) + list(verb.children) if p.dep_ == "prep" and (
        p.lower_ in ("from", "among") or p.lower_ == "of" and p.head.i == t.i and
        not any(c.dep_ == "poss" for c in t.children)) and p.i > t.i), None)
    # ("voiced his support of waterboarding": with a possessor, "of" gives what is backed)
    pobj = next((c for c in src.children if c.dep_ == "pobj"), None) if src is not None else None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > t.i:
        return None
    if subj.dep_ == "nsubj" and subj.lower_ in ("it", "there", "this", "that"):
        return None
    if pobj is None:
        if t.lower_ not in ("support", "backing") or verb.lower_ not in _HOLDING or t.dep_ != "dobj" or \
                subj.dep_ != "nsubj":
            return None
        # "Doe enjoys 48% support in the state", "Doe has strong support": backing held by
        # the subject, from whoever gives it (not named)
        span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
        if span is None:
            return None
        return _Q(span[0], span[1], False, cue=f"{verb.text} {t.text}")
    return _subject_held_by(doc, subj, pobj, f"{t.text} {src.text}")


# Verbs of holding, winning or drawing backing ("enjoys wide support", "drew the support of").
_HOLDING = {f for base in ("have", "enjoy", "draw", "earn", "win", "gain", "garner", "consolidate",
                           "retain", "keep", "command", "attract", "lock")
            for f in regular_forms(base)} | {
    "has", "had", "drew", "drawn", "won", "kept"}


def _subject_held_by(doc: Doc, subj: Token, source: Token, cue: str) -> _Q | None:
    """The clause's subject as what ``source`` holds or says (stance constructions)."""
    span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if span is None:
        return None
    ent, name = _resolve(doc, source)
    return _Q(span[0], span[1], False, cue=cue, speaker=ent, speaker_text=name)


def _passive_stance(doc: Doc, t: Token) -> _Q | None:
    """"The initiative was rejected by 59 percent of voters", "Doe was endorsed by the
    union": the passive subject is what the agent's stance is about."""
    if t.tag_ != "VBN" or t.lower_ not in DOBJ_FORMS:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
    agent = next((c for c in t.children if c.dep_ == "agent" and c.i > t.i), None)
    src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None or subj.lower_ in ("it", "there", "this", "that", "which", "what"):
        return None
    if src is None and t.lower_ == "seen":
        return None  # "An agent was seen grabbing a camera": a sighting, not a view
    if src is None:
        # "Details of the deal were disclosed", "Doe was booed at the rally": with no agent
        # the passive subject is still what was said or what the stance is about, when the
        # verb has no clause or predicate of its own ("was expected to", "was called a
        # liar") and the subject is a phrase, not a pronoun (whose referent the text
        # resolves elsewhere).
        if subj.pos_ == "PRON" or not any(c.dep_ == "auxpass" for c in t.children) or any(
                c.dep_ in ("xcomp", "ccomp", "oprd") for c in t.children):
            return None
        span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
        return _Q(span[0], span[1], False, cue=t.text) if span is not None else None
    return _subject_held_by(doc, subj, src, f"{t.text} {agent.text}")


# Verbs whose "as" clause vouches for the clause it hangs on ("as Doe noted, ...").
_AS_CUES = frozenset({"say", "tell", "write", "note", "explain", "argue", "observe", "report", "claim",
                      "suggest", "predict", "warn", "insist", "acknowledge", "concede", "admit",
                      "announce", "state", "declare", "confirm", "stress", "emphasize", "believe",
                      "think", "fear", "hope", "expect", "estimate", "contend", "speculate",
                      "point", "put", "recall", "remark", "testify", "tweet", "post", "conclude"})


def _as_report(doc: Doc, t: Token) -> _Q | None:
    """"But as Doe noted, those voters will come back", "The numbers changed, as Doe has
    acknowledged": a speech or thought verb in an "as" clause with a subject and no content
    of its own vouches for the clause it hangs on; that clause is the report and the
    subject its source. ("as the rules required", "as he told the story", "as she was
    known": a verb of no speech, an object of its own or no subject says nothing.)"""
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == t.left_edge.i
                                    for c in t.children):
        return None
    base = CUE_FORMS.get(t.lower_) or ("put" if t.lower_ in ("put", "puts") else None)
    if base not in _AS_CUES:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "which", "what"):
        return None
    for c in t.children:
        if c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass", "attr", "acomp", "oprd"):
            return None
        if c.dep_ == "dobj" and not (base == "put" and c.lower_ == "it" or
                                     base == "tell" and c.tag_ in ("PRP", "NNP", "NNS")):
            return None
    if base == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return None
    if base == "put" and not any(c.dep_ == "dobj" for c in t.children):
        return None
    h = t.head
    if h.i == t.i or h.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = h.left_edge.i, h.right_edge.i + 1
    a_lo, a_hi = t.left_edge.i, t.right_edge.i + 1
    if all(doc[j].is_punct or doc[j].dep_ == "cc" for j in range(lo, a_lo)):
        lo = a_hi  # ("But, as Doe noted, ...": the report begins after the clause)
    elif all(doc[j].is_punct for j in range(a_hi, hi)):
        hi = a_lo
    span = _clean(doc, lo, hi)
    if span is None or span[1] - span[0] < 12:
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


# Adverbs that mark their clause as something others report ("The firm is reportedly
# spending $1 million"), with no source named.
_HEARSAY = frozenset({"reportedly"})


def _reportedly(doc: Doc, t: Token) -> _Q | None:
    """"Both firms have reportedly looked at the deal": the clause the adverb modifies is
    reported content whose source the writer leaves unnamed."""
    h = t.head
    if t.dep_ != "advmod" or h.i == t.i or h.pos_ not in ("VERB", "AUX"):
        return None
    if h.lower_ in CUE_FORMS:
        return None  # ("Doe reportedly said ...": the speech verb's own report names its source)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children):
        return None  # (a clause of its own, not a participle or an infinitive)
    lo, hi = h.left_edge.i, h.right_edge.i + 1
    # ("... and has reportedly sued": a conjunct's clause begins at its own subject)
    while lo < t.i and doc[lo].dep_ in ("cc", "punct", "mark"):
        lo += 1
    span = _clean(doc, lo, hi)
    if span is None or span[1] - span[0] < 12:
        return None
    return _Q(span[0], span[1], False, cue=t.text, speaker=None, speaker_text=None)


# Participles of feeling whose "by"/"at"/"with"/"over"/"about" phrase is what the one who
# feels it reacts to ("officials were angered by the deal", "Alarmed by the unrest, Doe
# ...", "voters put off by her record"): a stance taken on the phrase, as with PREP_ADJS.
_FEELINGS = frozenset({
    "alarmed", "amazed", "amused", "angered", "annoyed", "appalled", "astonished", "baffled",
    "bemused", "bored", "bothered", "buoyed", "delighted", "dismayed", "displeased", "distressed",
    "disturbed", "embarrassed", "emboldened", "encouraged", "energized", "energised", "enraged",
    "exasperated", "fascinated", "frightened", "galvanized", "galvanised", "heartened", "horrified",
    "incensed", "infuriated", "inspired", "intrigued", "irked", "irritated", "mesmerized",
    "mesmerised", "offended", "perplexed", "puzzled", "rattled", "reassured", "saddened", "scared",
    "shaken", "shocked", "spooked", "startled", "stunned", "surprised", "troubled", "unfazed",
    "unimpressed", "unmoved", "unnerved", "unsettled", "untroubled", "impressed",
    "disappointed", "disgusted", "frustrated", "outraged", "pleased", "thrilled", "worried",
    "concerned", "upset", "enthused", "excited"})
_FEELING_PREPS = frozenset({"by", "at", "with", "over", "about"})


def _moved_by(doc: Doc, t: Token) -> _Q | None:
    """"FBI officials were angered by the deal", "Alarmed by the unrest, Doe called ...",
    "voters troubled by his record": the phrase of what someone is moved by is what their
    stance is about; the one moved (the passive subject, the subject of the clause the
    participle opens or the noun it describes) holds it."""
    if t.lower_ not in _FEELINGS or t.tag_ not in ("VBN", "JJ"):
        return None
    prep = next((c for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in _FEELING_PREPS and
                 c.i > t.i), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None
    holder = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < t.i), None)
    if holder is None:
        if t.dep_ == "acomp" or t.dep_ == "advcl" and t.i < t.head.i and t.left_edge.i == t.head.left_edge.i:
            # "Doe was furious at ...", "Angered by ..., Doe led": the clause's subject
            holder = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif t.dep_ in ("acl", "amod") and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            holder = t.head  # "voters troubled by his record"
    if holder is None or holder.lower_ in ("it", "this", "that", "there", "what", "which"):
        return None
    span = _clean(doc, obj.left_edge.i, obj.right_edge.i + 1)
    if span is None or span[1] - span[0] < 3:
        return None
    ent, name = _resolve(doc, holder)
    return _Q(span[0], span[1], False, cue=f"{t.text} {prep.text}", speaker=ent, speaker_text=name)


def _stir_forms() -> frozenset[str]:
    out: set[str] = set()
    for base in ("anger", "enrage", "infuriate", "incense", "outrage", "upset", "annoy", "irritate", "irk",
                 "frustrate", "exasperate", "alarm", "worry", "concern", "trouble", "bother", "disturb",
                 "unsettle", "rattle", "spook", "unnerve", "shock", "stun", "surprise", "astonish", "amaze",
                 "dismay", "disappoint", "embarrass", "offend", "horrify", "appall", "disgust", "please",
                 "delight", "thrill", "excite", "energize", "energise", "inspire", "impress", "reassure",
                 "hearten", "embolden", "galvanize", "galvanise", "amuse", "baffle", "puzzle", "perplex",
                 "confuse", "intrigue", "scare", "frighten", "roil", "anguish", "dishearten"):
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", stem + "ed", stem + "ing"}
        if base.endswith("y") and base[-2] not in "aeiou":
            out |= {base[:-1] + "ies", base[:-1] + "ied"}
    return frozenset(out | {"upsets", "upsetting", "appals", "appalled", "appalling", "appal"})


# Verbs of feeling whose subject is what stirs it and whose object is who feels it ("The
# ruling angered conservatives", "That worries analysts"): the object's stance on the subject,
# the active side of _FEELINGS.
_STIRS = _stir_forms()
# Objects that can feel: people by name or pronoun, groups, or plural nouns of people
# (agent nouns: "voters", "analysts", "Americans", "residents"; not "markets", "passions").
_FEELERS = {"PERSON", "NORP", "ORG", "GPE"}
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ysts", "ans", "ants", "ents", "ives", "ials", "ites", "men", "people", "fans",
                   "folks", "critics", "allies", "elites")


def _stirred(doc: Doc, t: Token) -> _Q | None:
    """"His behavior has angered the party's leaders", "a summer of fumbles that rattled
    supporters": what stirs a feeling (the subject) is what the one who feels it (the object)
    takes a stance on; the content is the subject, the source the object."""
    if t.pos_ != "VERB" or t.lower_ not in _STIRS or t.is_title:
        return None  # ("Trump Campaign Makes Announcement - Surprise": a headline's word)
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if subj is None or obj is None or subj.lower_ in ("there",):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in t.children):
        return None  # ("encouraged them to run": a push, not a feeling)
    if obj.pos_ == "PRON":
        if obj.lower_ not in ("me", "us", "him", "her", "them", "you"):
            return None
    elif not (obj.ent_type_ in _FEELERS or obj.pos_ == "PROPN" or
              obj.tag_ == "NNS" and obj.lower_.endswith(_PEOPLE_ENDINGS)):
        return None
    span = _clean(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if span is None:
        return None
    ent, name = _resolve(doc, obj)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


def _final_conjunct(doc: Doc, t: Token) -> _Q | None:
    """"The plant is hanging on, but it is under pressure, said its chief executive": the
    parse makes a sentence-final speech verb a conjunct of the clause it reports."""
    if t.dep_ != "conj" or t.head.i >= t.i or t.right_edge.i + 1 < t.sent.end - 1:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "cc") for c in t.children) or \
            any(c.dep_ == "cc" and c.i == t.left_edge.i - 1 for c in t.head.children):
        return None  # "... and said ...", not a cue set off by a comma
    lo = t.left_edge.i - 1
    if lo <= 0 or doc[lo].text != ",":
        return None
    if not any(c.dep_ == "nsubj" for c in t.children):
        return None
    span = _clean(doc, max(t.head.left_edge.i, t.sent.start), lo)
    if span is None or span[1] - span[0] < 20:
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


# What may follow a sentence-final cue clause besides punctuation: when and where it was
# said ("she said on Saturday", "he told reporters in Ohio").
_CUE_TAIL_DEPS = {"prep", "npadvmod", "advmod", "punct", "dative", "dobj", "agent"}


def _trailing_cue(doc: Doc, t: Token) -> _Q | None:
    """"The tool was built for crises, a spokeswoman said.": a speech verb with its subject,
    set off by a comma at the end of its sentence, reports all that comes before the comma,
    however the parse attached it (it often makes the cue an adverbial clause of the
    reported verb, or hangs parts of the report on the cue)."""
    sent = t.sent
    subj = next((c for c in t.children if c.dep_ == "nsubj" and (
        c.i < t.i and all(doc[j].dep_ in ("advmod", "aux", "neg") and doc[j].head.i == t.i
                          for j in range(c.right_edge.i + 1, t.i)) or
        c.i > t.i and c.left_edge.i == t.i + 1)), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "which", "who", "what"):
        return None
    start = min(subj.left_edge.i, t.i)
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    stop = max(t.i, subj.right_edge.i) + 1
    for c in t.children:
        if c.i > t.i and c.i != subj.i:
            # ("told reporters", not "told reporters that ...": the addressee only)
            if c.dep_ not in _CUE_TAIL_DEPS or c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i != stop and not (
                    c.left_edge.i == stop and CUE_FORMS.get(t.lower_) == "tell" and any(
                        doc[j].dep_ in ("nsubj", "nsubjpass", "expl") for j in range(sent.start, start - 1))):
                # ("..., Doe told a Senate panel": the one told, whatever its determiners,
                # after a clause of its own; "In his last Mass, Doe told the story of ...":
                # no clause before the comma, and what was told)
                return None
            stop = max(stop, c.right_edge.i + 1)
    while stop < sent.end and doc[stop].is_punct and doc[stop].text not in (",", ";", ":"):
        stop += 1
    if stop < sent.end:
        return None  # the sentence goes on past the cue: it is not the cue of all before it
    span = _clean(doc, sent.start, start - 1)
    if span is None or span[1] - span[0] < 12:
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


def _gerund_subject(c: Token, t: Token) -> bool:
    """"He said legalizing it could put thousands to work": the parse makes the gerund an
    object of "said" and the finite verb its complement; the gerund is the subject of a
    reported clause (not "said answering a question", a circumstance)."""
    return c.i == t.i + 1 and any(
        x.dep_ == "ccomp" and x.i > c.i and any(a.dep_ == "aux" and a.tag_ == "MD" for a in x.children)
        for x in c.children)


def _stray_that_clause(t: Token, addressee: bool = False) -> list[Token]:
    """"Doe said during a news conference that he may wait": the parse hangs the
    that-clause on the noun before it as a relative clause; but a relative clause has no
    "that" as a conjunction, so it is the speech verb's complement."""
    for prep in t.children:
        # ("told a meeting of island leaders that few people understood ...": the same
        # under the one told; "questioned the idea that ..." is a noun's own clause)
        if not (prep.dep_ == "prep" or addressee and prep.dep_ == "dobj") or prep.i < t.i:
            continue
        for x in (prep.subtree if prep.dep_ == "prep" else prep.children):
            if x.dep_ in ("relcl", "acl") and x.head.i < x.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == x.left_edge.i for m in x.children):
                return [x]
    return []


# Verbs that cast their object as something ("sees him as a threat", "cast herself as an
# outsider", "characterized the deal as a win"): how the subject presents a thing is a stance.
_SEE = {f"{stem}{end}" for stem in ("cast", "recast", "characteriz", "characteris", "depict", "present",
                                    "position", "pitch", "brand", "bill", "styl", "defin")
        for end in ("", "e", "s", "es", "ed", "ing")} | {"see", "sees", "saw", "seeing"}
_MAKE = {"make", "makes", "made", "making"}


def _named_report(doc: Doc, t: Token, span: tuple[int, int] | None, cue: str) -> _Q | None:
    """The reported ``span`` cued by ``t``, when ``t`` names whoever holds it: a stance
    phrase ("see X as Y", "made it clear that") with no one behind it reports nothing."""
    if span is None:
        return None
    ent, name = _speaker_of(doc, t)
    if ent is None and name is None and _source_of(t) is None:
        return None
    return _Q(span[0], span[1], False, cue=cue, speaker=ent, speaker_text=name)


def _seen_as(doc: Doc, t: Token) -> _Q | None:
    """"Voters see him as a real threat": how someone sees a thing "as" something is a
    stance; the content is the thing with the judgement."""
    if t.lower_ not in _SEE or t.pos_ != "VERB":
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if obj is None:
        return None
    as_ = next((c for c in list(t.children) + list(obj.children) if c.dep_ == "prep" and
                c.lower_ == "as" and c.i > obj.i and any(x.dep_ == "pobj" for x in c.children)), None)
    if as_ is None:
        return None
    return _named_report(doc, t, _clean(doc, obj.left_edge.i, as_.right_edge.i + 1), t.text)


def _made_clear(doc: Doc, t: Token) -> _Q | None:
    """"Doe made it clear that she has their backs": the parse hangs the that-clause on
    "clear"; the clause is what the subject of "made" stated."""
    if t.lower_ not in _MAKE or t.pos_ not in ("VERB", "AUX"):
        return None
    clear = next((c for c in t.children if c.lower_ == "clear" and c.i > t.i), None)
    if clear is None:
        return None
    clause = next((c for c in clear.children if c.dep_ in ("advcl", "ccomp") and c.i > clear.i and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    return _named_report(doc, t, _clean(doc, clause.left_edge.i, clause.right_edge.i + 1), f"{t.text} clear")


# Findings that a clause is reported from when it is set "in" them ("In a CNN poll, Doe
# leads by 9 points"): polls and surveys state figures whoever reads them out.
_SOURCE_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "analysis",
                 "tracking", "averages", "average", "count"}
# "In his view, ...", "safe in their eyes": whose judgement the clause is.
_MIND_NOUNS = {"view", "eyes", "opinion", "estimation", "judgment", "judgement"}


def _in_source(doc: Doc, t: Token) -> _Q | None:
    """"In the latest Quinnipiac poll, Doe leads Smith by 4 points", "Doe leads in the
    polls", "In her view, the deal is dead": a clause set in a finding, or in someone's
    view, is reported from it, as with "according to" (the content is the clause without
    the phrase)."""
    low = t.lower_
    mind = low in _MIND_NOUNS
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or not (mind or low in _SOURCE_NOUNS):
        return None
    prep = t.head
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    if mind and not any(c.dep_ == "poss" for c in t.children):
        return None  # "in the eyes of" names its holder later; "in mind" is no one's
    if low in ("average", "averages", "count", "tracking") and not any(
            c.lower_ in ("poll", "polls", "polling", "survey", "surveys") for c in t.subtree):
        return None  # (only a polling average: "above average" is no finding)
    clause = prep.head
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("nsubj", "dobj", "attr"):
        clause = clause.head  # "her lead in the poll grew": the clause of the noun
    if clause.pos_ not in ("VERB", "AUX") or clause.lower_ in CUE_FORMS or clause.lower_ in DOBJ_FORMS:
        return None  # "said in an interview", "found in a survey": the verb is the cue
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    if clause.dep_ in ("relcl", "acl") or clause.left_edge.tag_ in ("WDT", "WP", "WRB", "WP$"):
        return None  # "Doe, who leads in the polls": the finding is about the antecedent
    sub = sorted(x.i for x in prep.subtree)
    lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    if sub[0] <= lo + 1:
        lo = sub[-1] + 1
    elif sub[-1] + 1 >= hi - 1:
        hi = sub[0]
    span = _clean(doc, lo, hi)
    if span is None or span[1] - span[0] < 12:
        return None
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        ent, name = _resolve(doc, poss)
    else:
        ent, name = None, doc[t.left_edge.i:t.right_edge.i + 1].text
    return _Q(span[0], span[1], False, cue=f"in {t.text}", speaker=ent, speaker_text=name)


# Adjectives of knowledge and feeling that take a clause ("aware that", "glad that") besides
# the stance adjectives of PREP_ADJS ("confident that", "worried that", "not sure whether").
_CLAUSE_ADJS = {"aware", "unaware", "glad", "upset", "aghast", "determined", "relieved",
                "insistent", "adamant", "convinced", "sure", "certain", "unsure", "uncertain"}


# Adjectives of will whose infinitive is an intention of the one they are said of (only
# someone can be willing; "ready" and "prepared" are said of things as well).
_WILL_ADJS = {"willing", "unwilling", "eager", "determined", "reluctant", "keen",
              "loath", "loth", "hesitant", "anxious", "intent"}


def _adj_clause(doc: Doc, t: Token) -> _Q | None:
    """"Party leaders are confident that the bill will pass", "Doe is not sure whether
    ...": an attitude adjective predicated of someone, with a clause, reports the clause
    as that someone's belief or feeling."""
    if t.pos_ != "ADJ" or t.dep_ != "acomp" or not (t.lower_ in PREP_ADJS or t.lower_ in _CLAUSE_ADJS
                                                    or t.lower_ in _WILL_ADJS):
        return None
    clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
    if clause is None and t.head.pos_ == "AUX":
        # "was keenly aware, however, that ...": past an aside the parse may hang the
        # adjective's that-clause on the copula.
        clause = next((c for c in t.head.children if c.dep_ == "ccomp" and c.i > t.i and any(
            m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)), None)
    if clause is None and t.lower_ in _WILL_ADJS:
        # "Doe is willing to testify", "eager to run": the infinitive is what the holder means to do
        clause = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i and c.tag_ == "VB" and
                       any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
    verb = t.head
    if clause is None or verb.pos_ not in ("AUX", "VERB") or \
            not any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") for c in verb.children):
        return None  # ("it is unclear whether": no one holds it)
    return _named_report(doc, verb, _clean(doc, clause.left_edge.i, clause.right_edge.i + 1), t.text)


# Nouns of commitment and will whose infinitive is what someone means to do ("his decision
# to run", "her pledge to cut taxes"), the nominal side of INTENT_FORMS.
_INTENT_NOUNS = {"decision", "promise", "promises", "pledge", "vow", "desire", "reluctance",
                 "refusal", "determination", "eagerness", "willingness", "unwillingness",
                 "intention", "resolve", "threat", "wish", "intent", "readiness"}
# (not nouns of projects: "a plan to", "the proposal to", "a bid to" name a scheme, no
# speech; with reports inside reports folded into the outer one they measure 0.53 on dev
# data, but "Nippon Steel's plan to buy ..." is a deal, not a statement)


def _noun_infinitive(doc: Doc, t: Token) -> _Q | None:
    """"Doe's decision to leave the race", "the union made a push to reopen the port": an
    intention noun with its infinitive reports what its holder means to do, when the text
    names the holder (the possessor, or the subject of the verb the noun serves)."""
    if t.pos_ != "NOUN" or t.lower_ not in _INTENT_NOUNS:
        return None
    inf = next((c for c in t.children if c.dep_ in ("acl", "relcl") and c.i > t.i and c.tag_ == "VB" and
                any(x.dep_ == "aux" and x.lower_ == "to" and x.i < c.i for x in c.children)), None)
    if inf is None:
        return None
    return _named_report(doc, t, _clean(doc, inf.left_edge.i, inf.right_edge.i + 1), t.text)


# Nouns of what someone says or holds that a colon spells out ("the party's message: he
# must stop", "Their argument: only a new Senate can act").
_COLON_NOUNS = CLAUSE_NOUNS | {"message", "messages", "answer", "advice", "argument", "arguments",
                               "warning", "warnings", "question", "questions", "response", "reply",
                               "verdict", "plea", "slogan", "motto", "mantra", "refrain", "retort",
                               "explanation", "take", "line", "pitch", "request", "demands"}


def _noun_colon(doc: Doc, t: Token) -> _Q | None:
    """"The leaders sent him a blunt message: He must stop.": what a speech noun right before
    a colon announces is its content, up to the end of the sentence after the colon. (A
    label in capitals, "WARNING: graphic images", announces no one's words.)"""
    if t.pos_ != "NOUN" or t.is_upper or t.i + 2 >= len(doc) or doc[t.i + 1].text != ":" or \
            doc[t.i + 2].text in ("“", "\"", "‘", "'", "«", "„") or "\n" in doc[t.i + 1].whitespace_:
        return None
    after = doc[t.i + 2]
    if after.is_space:
        return None
    end = after.sent.end
    span = _clean(doc, after.i, end)
    if span is None or len(doc_text(doc)[span[0]:span[1]].split()) < 3:
        return None
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=f"{t.text}:", speaker=ent, speaker_text=name)


def _as_cue(doc: Doc, t: Token) -> _Q | None:
    """"As the Post observed, Republicans now control 30 states": the clause the "as"
    cue hangs from, without the cue."""
    if t.dep_ != "advcl" or CUE_FORMS.get(t.lower_) is None or t.head.pos_ not in ("VERB", "AUX"):
        return _as_report(doc, t)
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children):
        return None  # "..., as he noted that Doe had led": the cue says its own clause
    if any(c.dep_ == "dobj" and not (CUE_FORMS[t.lower_] in ADDRESSEE_VERBS and c.tag_ in ("PRP", "NNP", "NNS"))
           for c in t.children):
        return None  # "As he told the story, ...": what he told is its object, not the clause
    head = t.head
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if t.left_edge.i <= lo:
        lo = t.right_edge.i + 1
    elif t.right_edge.i + 1 >= hi:
        hi = t.left_edge.i
    else:
        return _as_report(doc, t)  # (the clause around the cue, or edged by words the cue's is not)
    span = _clean(doc, lo, hi)
    if span is None or span[1] - span[0] < 12:
        return _as_report(doc, t)
    ent, name = _speaker_of(doc, t)
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


def _noun_clause(doc: Doc, t: Token) -> _Q | None:
    """"Smith's claim that the vote was rigged", "made the argument that ...": the clause."""
    if t.pos_ != "NOUN" or t.lower_ not in CLAUSE_NOUNS:
        return None
    clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None and t.dep_ == "nsubj" and t.head.lower_ in _BE:
        # "Doe's view is that ...", "The argument from the campaign was that ...": the
        # clause predicated of the noun.
        clause = next((c for c in t.head.children if c.dep_ == "ccomp" and c.i > t.head.i and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    return _noun_report(doc, t, clause)


# Nouns that present their clause as a fact or a possibility of the writer's ("the fact that",
# "the chance that", "the news that"), not as anyone's words or thoughts.
_FACT_NOUNS = {"fact", "facts", "possibility", "possibilities", "chance", "chances", "odds", "prospect",
               "prospects", "news", "likelihood", "probability", "risk", "risks", "danger", "certainty",
               "reality", "truth", "problem", "way", "time", "extent", "degree", "reason"}


def _that_of_noun(doc: Doc, t: Token) -> _Q | None:
    """"advice that the pier be closed", "the hopes that the levy would pass": a noun's
    complement clause (a whole clause with its own subject, opened by "that") is what the
    noun says, thinks or shows, whatever the noun; the nouns of the cue table have their own
    test. A relative clause ("the plans that the board made") lacks its subject or object,
    and "such a storm that" or "so much money that" gives a result."""
    c = t.head
    n = c.head
    if t.dep_ != "mark" or c.dep_ not in ("acl", "ccomp") or n.pos_ != "NOUN" or n.i > c.i or \
            n.lower_ in CLAUSE_NOUNS or n.lower_ in _FACT_NOUNS or t.i != c.left_edge.i:
        return None
    if not any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ != "that" for x in c.children) or \
            any(x.lower_ in ("such", "so") for x in n.children) or \
            any(x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and x.lower_ == "that" for x in c.subtree):
        return None
    return _noun_report(doc, n, c)


def _noun_report(doc: Doc, t: Token, clause: Token) -> _Q | None:
    """The report of noun ``t`` whose content is ``clause``; its source is the noun's
    possessor or "from"/"by" phrase, or the one who states it ("made the argument")."""
    src = next((c for c in t.children if c.dep_ == "poss"), None)
    if src is None:
        # "the argument from the campaign"
        frm = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
        src = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None
    if src is not None:
        ent, name = _resolve(doc, src)
    elif t.dep_ in ("dobj", "attr") and t.head.pos_ in ("VERB", "AUX"):
        ent, name = _speaker_of(doc, t.head)
    elif t.dep_ == "pobj" and t.head.lower_ in ("in", "with", "through") and \
            t.head.head.pos_ in ("VERB", "AUX") and t.head.head.i != t.head.i:
        # "says in a statement that ...": the one who speaks in it
        ent, name = _speaker_of(doc, t.head.head)
    elif t.dep_ == "ROOT":
        # "But Doe claims that ...": a speech verb the parse read as a plural noun, with the
        # name compounded before it; the speaker rules know that shape.
        ent, name = _speaker_of(doc, t)
    else:
        ent, name = None, None
    span = _clean(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    return _Q(span[0], span[1], False, cue=t.text, speaker=ent, speaker_text=name)


_BACKING = {"support", "supports", "back", "backs"}
_DO = {"do", "does", "did"}
# Nouns of those who hold a stance, not of the stance (see _prep_report).
_HOLDER_NOUNS = {"supporter", "supporters", "proponent", "proponents", "opponent", "opponents", "advocate",
                 "advocates", "critic", "critics", "champion", "campaigner", "surrogate"}
_GO_FORMS = {"go", "goes", "going", "gone", "went"}
_SEEK = {"seek", "seeks", "seeking", "sought"}
# What candidates run for and reporters ask for: no stance taken by seeking it.
_SOUGHT_POSTS = {"comment", "comments", "nomination", "presidency", "office", "reelection", "re-election",
                 "seat", "post", "job"}

# Nouns that state a stance only in an idiom with their verb ("took aim at the levy", "takes
# issue with the ruling", "took credit for the deal", "poked fun at the mayor"; not "a tax
# credit for families", "the issue with the plan").
_TAKEN = {"aim": ("at",), "issue": ("with",), "credit": ("for",), "exception": ("to",), "umbrage": ("at",),
          "fun": ("at", "of")}
_TAKE = frozenset(("take", "takes", "took", "taken", "taking"))
_TAKE_VERBS = {"aim": _TAKE, "issue": _TAKE, "credit": _TAKE, "exception": _TAKE, "umbrage": _TAKE,
               "fun": frozenset(("poke", "pokes", "poked", "poking", "make", "makes", "made", "making"))}

# Nouns that make a stance adverbial after "in" ("in support of", "in favour of").
_IN_STANCE = {"support", "favor", "favour", "defense", "defence", "praise", "opposition", "protest"}
_BE = {"is", "was", "are", "were", "'s", "’s", "remains", "remained"}


def _prep_report(doc: Doc, t: Token) -> _Q | None:
    """"X called for a ceasefire", "X's attacks on the press": the object of the preposition."""
    low = t.lower_
    if t.pos_ == "VERB":
        preps = PREP_FORMS.get(low)
    elif t.pos_ == "NOUN":
        preps = PREP_NOUNS.get(low)
        if low in _IN_STANCE and t.dep_ == "pobj" and t.head.lower_ == "in":
            # "came out in support of Cruz", "voted in favor of the bill": a stance of the
            # one who acts (not "a concert in support of", nor "is rigged in favor of")
            verb = t.head.head
            if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubjpass" for c in verb.children):
                return None
            preps = ("of",)
        elif low in POSS_ONLY and not any(c.dep_ == "poss" for c in t.children):
            return None
        elif preps is None and t.dep_ == "dobj" and t.head.lower_ in _TAKE_VERBS.get(low, ()):
            preps = _TAKEN[low]
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
        if prep is None and prt is not None:
            # (or on the verb, right after the particle)
            prep = next((c for c in t.children if c.dep_ == "prep" and c.i == prt.i + 1), None)
    if prep is None and t.pos_ == "VERB":
        # "called for the US to act" parses "for" as the mark of an infinitive clause.
        clause = next((c for c in t.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in preps and m.i == c.left_edge.i for m in c.children)), None)
        if clause is not None:
            lo = clause.left_edge.i + 1
            span = _clean(doc, lo, clause.right_edge.i + 1)
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return None
            return _named_report(doc, t, span, f"{t.text} {doc[lo - 1].text}")
    if prep is None:
        return None
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    if t.pos_ == "VERB" and pobj.ent_type_ in ("DATE", "TIME"):
        return None  # "called her on Sunday": when, not what was called for
    if low in _GO_FORMS and not (pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None  # "went after Doe" attacks someone; "went after dinner" is a time
    if t.pos_ == "ADJ":
        verb = t.head
        if verb.pos_ not in ("AUX", "VERB") or not any(c.dep_ == "nsubj" for c in verb.children):
            return None
        ent, name = _speaker_of(doc, verb)
    elif t.pos_ == "NOUN":
        # "Trump's attacks on", "voiced concerns about", "avoided criticism of", "rallied in
        # support of": the possessor, else the subject of the verb the noun serves. A noun that
        # is its clause's subject ("Support for the levy has grown", "Opposition to the deal
        # is strong") states a stance whose holders go unnamed, unless it names the holders
        # themselves ("Supporters of the levy rallied").
        if _source_of(t) is None and (t.dep_ not in ("nsubj", "nsubjpass") or low in _HOLDER_NOUNS):
            return None
        ent, name = _speaker_of(doc, t)
    else:
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and _source_of(t) is None:
            # "Clinton is assured of winning", "voters are split on ...": the passive
            # subject holds the stance.
            ent, name = _resolve(doc, passive)
        elif _source_of(t) is None and not _participle_clause(t):
            return None
        else:
            ent, name = _speaker_of(doc, t)
    span = _clean(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
    if span is None:
        return None
    return _Q(span[0], span[1], False, cue=f"{t.text} {prep.text}", speaker=ent, speaker_text=name)
