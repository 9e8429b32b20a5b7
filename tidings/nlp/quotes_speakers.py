"""Speakers of quotes: from a cue to the entity or phrase that speaks through it, pronouns
resolved to a person (the reporting subject, or the last person named before them, of the
gender the text shows), and speakers carried to quotes that have no cue of their own.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..model import Entity
from .entities import _ENTITY_AT, entity_at
from .paragraphs import doc_column, doc_text
from .quotes_lexicon import CUE_FORMS, OTHER_PRON, PERSONAL, PRON_SUBJ

if TYPE_CHECKING:
    from .quotes_base import _Q


# -- speakers --------------------------------------------------------------------------------

def _speaker_of(doc: Doc, cue: Token) -> tuple[Entity | None, str | None]:
    """The entity (or the phrase, if no entity) that speaks through this cue token."""
    subj = _source_of(cue)
    if subj is None:
        named = _clause_subject_before(doc, cue, None)
        return (named, named.name) if named is not None else (None, None)
    ent, name = _resolve(doc, subj)
    if ent is None and name is None and subj.i < cue.i:
        # "It was a potent punch, as Mrs. Doe echoed the criticism, saying ...": the
        # subject the parse found names no one; a name acting in between does the saying.
        named = _clause_subject_before(doc, cue, subj)
        if named is not None:
            return named, named.name
    return ent, name


def _clause_subject_before(doc: Doc, cue: Token, after: Token | None) -> Entity | None:
    """A speech verb the parse left without a subject ("Doe summed her up as “weak,”
    denounced her record and said ...", "Mr. Doe, channeling his roots, responded by first
    saying ...") goes on from a clause before it in its sentence: the nearest name that is
    the subject of a verb before the cue, outside quotation marks, is its speaker."""
    if cue.pos_ != "VERB":
        return None
    lo = max(cue.sent.start, after.i + 1 if after is not None else 0, cue.i - 40)
    for i in range(cue.i - 1, lo - 1, -1):
        x = doc[i]
        if x.dep_ != "nsubj" or x.head.i >= cue.i or x.head.pos_ not in ("VERB", "AUX") or \
                _across_quote(x, cue):
            continue
        e = entity_at(doc, x.i) if x.lower_ not in PERSONAL else _resolve(doc, x)[0]
        # (the nearest subject may be someone unnamed: no one's name further back speaks)
        return e if e is not None and e.type in ("PERSON", "ORG") else None
    return None


def _source_of(cue: Token, depth: int = 0) -> Token | None:
    """The token naming who speaks through a cue: its subject, agent or possessor, else
    that of the clause it hangs from."""
    if cue.lower_ == "according":
        if cue.i + 1 >= len(cue.doc):
            return None
        src = next((c for c in cue.nbor(1).children if c.dep_ == "pobj"), None)
        if src is None and depth == 0:
            # "according to show insiders": the parse may read the source's modifier as a
            # verb; its object is the source. (Not for that verb's own report, reached from it.)
            verb = next((c for c in cue.nbor(1).children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            src = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")),
                       None) if verb is not None else None
        if src is not None and src.pos_ == "NOUN" and \
                ((e := entity_at(cue.doc, src.i)) is None or e.type == "OTHER"):
            # "according to a recent report from Bloomberg", "an interview with his brother
            # Alastair Doe", "an analysis by the Pew Research Center": the named source
            # whose report it is.
            for prep in src.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "with", "of"):
                    # (the object, or a name in apposition to it: "his brother X")
                    named = next((x for c in prep.children if c.dep_ == "pobj"
                                  for x in [c] + [a for a in c.children if a.dep_ == "appos"]
                                  if (e := entity_at(cue.doc, x.i)) is not None and
                                  e.type in ("PERSON", "ORG")), None)
                    if named is not None:
                        return named
            if src.lower_ in _MESSAGE_NOUNS:
                # "according to a speech Doe delivered in July": the one who gave it.
                named = _issuer(src, depth)
                if named is not None:
                    return named
        return src
    v = cue
    # The subject nearest the verb: a misparse may hang a dateline or a place on it too
    # ("Salem, New Hampshire, Trump went after Bush"); a date is no one speaking.
    # ("said the 46-year-old" is an age, not a date: the model tags it DATE.)
    # A bare count ("43 said the same") is no date either, though the model may tag it so.
    subjs = [c for c in v.children if c.dep_ == "nsubj" and (c.ent_type_ not in ("DATE", "TIME") or
                                                              c.lower_ == "old" and c.i > v.i or
                                                              c.pos_ == "NUM" and len(c.text) < 4)]
    # The speaker of a cue outside a quotation is never one of the quoted words ("“If it
    # holds, it will pass,” said Jane Doe": the parse may make the quoted "it" the subject).
    inside = [c for c in subjs if _across_quote(c, v)]
    subjs = [c for c in subjs if c not in inside]
    if inside and not subjs:
        # ("''A good speech, Mr. President,'' Representative Jane Doe told him": the name
        # before the cue; a report inside the quotation keeps its quoted subject.)
        left = _left_neighbour(v) if v.lower_ in CUE_FORMS else None
        e = entity_at(v.doc, left.i) if left is not None else None
        subjs = [left] if e is not None and e.type in ("PERSON", "ORG") else inside
    before = [c for c in subjs if c.i < v.i]
    if len(before) > 1 and before[-1].lower_ in _FLOATING:
        # "Party figures — whose party was once known for its discipline — both suggested":
        # a floating quantifier repeats the subject before it.
        before.pop()
    subj = before[-1] if before else (subjs[0] if subjs else None)
    if subj is not None and subj.i < v.i - 2 and subj.pos_ == "NOUN" and v.doc[v.i - 1].text == "," and \
            ((e := entity_at(v.doc, subj.i)) is None or e.type == "OTHER"):
        # "One pastor backing Doe, Jane Roe of the First Church, said": the name set off by
        # commas right before the verb is who the description is.
        subj = _apposed_name(v, subj) or subj
    if subj is not None and subj.lower_ in _FLOATING and not any(subj.children) and \
            subj.i > 0 and (e := entity_at(v.doc, subj.i - 1)) is not None and \
            e.type in ("PERSON", "ORG", "NORP"):
        # "with Trump, Huckabee and Christie all calling for ...": the quantifier floats
        # after the names it repeats, which the parse hung elsewhere.
        subj = v.doc[subj.i - 1]
    if subj is not None and subj.i < v.i - 1:
        # "... from Fiorina to Rubio to, now, Cruz, Wilkin said": two names joined by a comma
        # alone are no pair (a pair takes "and" or "or"); the name right before the verb is
        # its subject, the one before the comma ends the reported words.
        last = next((c for c in subj.children if c.dep_ == "conj" and c.right_edge.i == v.i - 1), None)
        e = entity_at(v.doc, last.i) if last is not None else None
        if e is not None and e.type in ("PERSON", "ORG") and \
                not any(x.dep_ in ("cc", "preconj") for x in v.doc[subj.i:v.i]):
            subj = last
    if subj is not None and subj.i > v.i + 1 and subj.left_edge.i > v.i + 1 and \
            v.lower_ in CUE_FORMS and v.i > 0 and v.doc[v.i - 1].text == ",":
        # "Doe, a top adviser, said Thursday on Fox News’s Fox & Friends": a subject the parse
        # finds after the verb but not right after it is a misparse when a name stands
        # before the verb (an inverted subject comes right after it: "said Doe").
        left = _left_neighbour(v)
        e = entity_at(v.doc, left.i) if left is not None else None
        if e is not None and e.type in ("PERSON", "ORG"):
            subj = left
    if v.lower_ in _INVERTED and v.lower_ not in _ADDRESSED and v.i > 0 and \
            v.doc[v.i - 1].text in _INVERSION_OPENERS:
        # "Any clear reading of the talks, said Jane Doe, an expert on Russia, ...": after a
        # comma or a closing mark the speech verb puts its subject after it, whatever noun
        # before it the parse took for the subject.
        inv = _inverted_name(v)
        if inv is not None and not (subj is not None and subj.i < v.i and
                                    (e := _resolve(v.doc, subj)[0]) is not None and
                                    e.type in ("PERSON", "ORG")):
            subj = inv
    if subj is not None and subj.pos_ == "ADP":
        # "Of Carson, Levine, who ..., said": a preposition misparsed as the subject; the
        # person among its objects speaks.
        subj = next((c for c in reversed(list(subj.children)) if c.dep_ == "pobj" and
                     (e := entity_at(c.doc, c.i)) is not None and e.type == "PERSON"), None)
    if subj is not None and subj.pos_ == "PROPN" and subj.left_edge.is_sent_start and \
            subj.ent_type_ in ("GPE", "LOC", ""):
        # "CLEVELAND, July 19 (UPI) — Former AG Jane Doe told ...": the parse makes the
        # dateline the subject and the speaker its apposition after the dash.
        dash = next((x for x in subj.doc[subj.i + 1:v.i] if x.text in ("—", "–", "--", "-")), None)
        appos = [c for c in subj.children if c.dep_ == "appos" and dash is not None and
                 c.i > dash.i and c.ent_type_ in ("PERSON", "ORG")]
        if appos:
            subj = appos[-1]
    if subj is None and v.tag_ == "VBG" and v.dep_ in ("acl", "advcl", "xcomp") and v.i > 0:
        # "the spectacle of Mr. Doe denouncing ...", "ended with Doe asking ...": the name
        # right before the participle does it, whatever it hangs from.
        left = v.doc[v.i - 1]
        e = entity_at(v.doc, left.i) if left.dep_ == "pobj" and \
            left.head.lower_ in ("of", "with", "from", "by") else None  # not "on Twitter reading"
        if e is not None and e.type in ("PERSON", "ORG", "NORP"):
            subj = left
    if subj is None and v.tag_ in ("VBD", "VBZ") and v.lower_ in CUE_FORMS and v.i > 0 and \
            v.doc[v.i - 1].text == ",":
        # "“...,” Ramos, 58, told AFP", "— Jane Doe, a spokesman for Ryan, told POLITICO": a
        # finite speech verb right after a phrase set off by commas, with no subject of its
        # own, is the one the parse cut off from the name before that phrase.
        subj = _left_neighbour(v)
    if subj is None and v.pos_ in ("NOUN", "PROPN"):
        subj = next((c for c in v.children if c.dep_ == "poss"), None)
        if subj is None and v.dep_ == "ROOT" and v.tag_ in ("NNS", "NNPS") and v.i > 0 and \
                v.doc[v.i - 1].dep_ == "compound" and v.doc[v.i - 1].head.i == v.i and \
                ((e := entity_at(v.doc, v.i - 1)) is not None and e.type in ("PERSON", "ORG") or
                 e is None and _known_surname(v.doc, v.doc[v.i - 1])):
            # "But Doe claims that he should be the exception": with no verb in the sentence
            # the parse read the speech verb as a plural noun and the name as its modifier.
            # (Read so, the name may have gone unrecognised; the text names that person
            # elsewhere: "Doe predicts that ...".)
            subj = v.doc[v.i - 1]
        if subj is None and v.dep_ == "appos" and v.head.i != v.i:
            subj = v.head  # "Adelson, a fierce supporter of Israel"
    if subj is None and v.lower_ in _INVERTED and v.dep_ == "amod" and v.head.i == v.i + 1 and \
            v.head.pos_ == "PROPN":
        subj = v.head  # "Continued Stone: “...”" parsed as a noun phrase
    if subj is None and v.lower_ in _INVERTED and v.lower_ not in _ADDRESSED:
        # "..., said Iwaya." parsed with the name as object or attribute; only a
        # speech verb inverts ("calling Christmas a sham" is not Christmas talking).
        # Right after the quotation's closing mark the object is the inverted subject even
        # when it is a description ("“...,” whispered a clerk from the office").
        after_mark = v.i > 0 and v.doc[v.i - 1].text in _INVERSION_OPENERS
        subj = next((c for c in v.children if c.dep_ in ("dobj", "attr", "npadvmod", "appos") and
                     c.i > v.i and (c.pos_ == "PROPN" or after_mark and c.pos_ == "NOUN" and
                                    any(d.dep_ in ("det", "poss") for d in c.children)) and
                     c.ent_type_ not in _NOT_SPEAKERS), None)
    if subj is None and v.lower_ in _INVERTED and v.lower_ not in _ADDRESSED and v.i > 0 and \
            v.doc[v.i - 1].is_punct:
        # "“The risk,” said Jane Doe, an economist, “is ...”": the parse may hang the name
        # on the quotation's verb; right after an inverted cue it is the speaker.
        for x in v.doc[v.i + 1:v.i + 5]:
            if x.is_punct:
                break
            e = entity_at(v.doc, x.i)
            if e is not None and e.type in ("PERSON", "ORG"):
                subj = x
                break
    if subj is None:
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if subj is None:
        up = _governor(v)
        if up is not None and v.dep_ == "conj" and v.tag_ in ("VBG", "VBD", "VBZ") and \
                up.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children):
            # "spent the week forcing residents to save water and promising to ...": a
            # participle or a finite verb cannot go on from an infinitive; it is joined to
            # the verb the infinitive hangs from, and shares that one's subject. (An
            # infinitive on a noun, "his ability to jolt ... and accused", keeps its own way
            # to the subject.)
            up = _governor(up) or up
        if up is not None and _across_quote(up, v) and v.lower_ in CUE_FORMS:
            # "“We will get justice,” Police Chief Jane Doe said": the parse joins the cue to
            # the quotation's own verb; its subject is among the quoted words. The speaker is
            # the subject of the clause outside the quotation that it hangs from ("emailed
            # supporters saying: “The fight goes on” and vowing to ..."), else the name
            # right before the cue.
            out = up
            while _across_quote(out, v) and out.head.i != out.i:
                out = out.head
            if not _across_quote(out, v) and out.i != v.i and depth < 4:
                src = _source_of(out, depth + 1)
                if src is not None:
                    return src
            left = _left_neighbour(v)
            if left is not None:
                return left
        if up is not None and v.tag_ == "VBG" and up.lower_ in _WITNESSED:
            # "Doe was quoted as saying ...", "Doe was heard telling aides ...": the one
            # quoted or heard is the one speaking, the passive subject.
            pas = next((c for c in up.children if c.dep_ == "nsubjpass" and not _across_quote(c, v)), None)
            if pas is not None:
                return pas
        if up is not None and up.i == v.head.i:
            ctl = _controller(up, v)
            if ctl is not None:
                return ctl
        if up is not None:
            return _source_of(up, depth + 1) if depth < 4 else None
        if v.dep_ in ("relcl", "acl") and v.head.i != v.i and v.pos_ == "VERB" and \
                (v.head.pos_ in ("NOUN", "PROPN", "PRON") or
                 # (an adjective with a determiner is a noun phrase: "the 43-year-old asked")
                 v.head.pos_ == "ADJ" and any(c.dep_ == "det" for c in v.head.children)):
            # "a group backing Rubio", "Democrats who want a change": the noun acts. A
            # message or a sign "reading"/"saying" something speaks for whoever sent it
            # ("posted a message reading ...").
            h = v.head
            if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ", "VBP") and v.doc[v.i - 1].text == ",":
                # "Mr. Doe, who had failed to win his party's nomination, called for ...": a
                # finite verb is no noun's modifier; its subject is the noun the relative
                # clause before the comma describes.
                rel = next((x for x in reversed(v.doc[max(0, v.i - 30):v.i - 1]) if x.dep_ == "relcl" and
                            x.right_edge.i >= v.i - 2 and x.head.i < x.i), None)
                if rel is not None:
                    return rel.head
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.i > 1 and (
                    v.doc[v.i - 1].text == "," or
                    v.doc[v.i - 1].text in _DOUBLE_MARKS and v.doc[v.i - 2].text == ","):
                # "Doe said things should end by Cleveland, referring to the convention": a
                # participle after a comma goes with the clause, not the noun before it.
                # (The comma may sit inside a closing mark: 'on “Morning Joe,” calling'.)
                up = h
                while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                    up = up.head
                if up.pos_ in ("VERB", "AUX") and depth < 4:
                    return _source_of(up, depth + 1)
            if h.dep_ in ("dobj", "attr", "pobj") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                          for c in v.children):
                # "Doe was the first to weigh in", "Doe had reason to know", "has nothing
                # but praise to say about": an infinitive on the object or the predicate
                # noun is the clause subject's act.
                up = _noun_governor(h)
                src = _source_of(up, depth + 1) if up is not None and depth < 4 else None
                if src is not None:
                    return src
            if v.dep_ == "acl" and h.pos_ == "NOUN" and h.ent_type_ not in ("PERSON", "ORG", "NORP") \
                    and (v.lower_ in _MESSAGE_VERBS or h.lower_ in _MESSAGE_NOUNS):
                up = _governor(h)
                return _source_of(up, depth + 1) if up is not None and depth < 4 else None
            if v.dep_ == "acl" and h.pos_ == "NOUN" and entity_at(v.doc, h.i) is None:
                # "Her comments alleging ...", "Doe's data suggesting ...": a thing that names
                # no one speaks for its possessor; "Doe released data suggesting ...": for
                # the named subject of the verb that puts it out.
                # (not a date's: "entered Thursday's conversation believing ...")
                poss = next((c for c in h.children if c.dep_ == "poss" and
                             c.ent_type_ not in ("DATE", "TIME")), None)
                if poss is not None:
                    return poss
                up = _governor(h)
                if up is not None and h.dep_ == "dobj" and depth < 4:
                    src = _source_of(up, depth + 1)
                    e = entity_at(v.doc, src.i) if src is not None else None
                    if e is not None and e.type in ("PERSON", "ORG"):
                        return src
            subj = h
    if subj is None:
        # "Majorities of voters going to the polls said ...": the parse makes the
        # participle a clausal subject and the voters its subject.
        cs = next((c for c in v.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i), None)
        if cs is not None:
            subj = next((c for c in cs.children if c.dep_ == "nsubj" and c.i < cs.i), None)
    if subj is None and v.dep_ == "dep" and v.tag_ in ("VBP", "VBZ", "VBD") and v.head.i < v.i:
        # "Figures reported on Sunday now suggest ...", "multiple sources privy to the talks
        # say ...": the parse reads the subject's modifier as the main verb and leaves the
        # real one hanging off it, subjectless. Two finite verbs with nothing between them
        # to join them are no sequence of clauses: the first one's subject is the second's.
        h = v.head
        if not any(x.is_punct or x.dep_ in ("cc", "mark") for x in v.doc[h.i + 1:v.i]):
            subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i and
                         not _across_quote(c, v)), None)
    if subj is None and v.dep_ == "ROOT" and v.lower_ in CUE_FORMS:
        subj = _left_neighbour(v)
        if subj is not None and not ((e := entity_at(v.doc, subj.i)) is not None and
                                     e.type in ("PERSON", "ORG")):
            # "a White House official who spoke anonymously to discuss strategy said": the
            # word before the verb ends a relative clause; the noun that clause describes
            # speaks. (A name right before the verb is the subject itself.)
            subj = _relative_head(subj, v) or subj
    if subj is None and v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBZ") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children):
        # "At a rally in Salem, 62-year-old Jane Doe also railed against ...": a finite verb
        # with no subject at all; the parse hung the name before it on a preposition.
        left = _left_neighbour(v)
        e = entity_at(v.doc, left.i) if left is not None else None
        if e is not None and e.type in ("PERSON", "ORG"):
            subj = left
    return subj


def _known_surname(doc: Doc, t: Token) -> bool:
    """Whether a capitalised word is the last name of a person the text names."""
    return t.text[:1].isupper() and t.is_alpha and any(
        e.type == "PERSON" and e.name.split()[-1] == t.text for e in doc._.tidings_entities or [])


def _apposed_name(v: Token, subj: Token) -> Token | None:
    """The person named first in the phrase set off by commas that ends right before a verb,
    after its subject ("One pastor backing Doe, Jane Roe of the First Church, said"), or None."""
    doc = v.doc
    j = v.i - 2
    while j > subj.i and doc[j].text != "," and v.i - j < 16:
        if doc[j].text in (".", ";", ":", "!", "?") or doc[j].pos_ in ("VERB", "AUX"):
            return None
        j -= 1
    if j <= subj.i or doc[j].text != ",":
        return None
    e = entity_at(doc, j + 1)
    if e is None or e.type != "PERSON":
        return None
    k = j + 1
    while k + 1 < v.i - 1 and entity_at(doc, k + 1) is e:
        k += 1
    if doc[k + 1].lower_ in ("and", "or", "&"):
        return None  # ("biographers, David and Jane Roe,": two people, the first name only read)
    return doc[k]


def _controller(gov: Token, v: Token) -> Token | None:
    """Who does what a subjectless infinitive or joined verb says, when the verb above it
    names the doer other than as its subject: the object of a verb that brings someone to
    act ("the ruling led Doe to declare ...", "forced his rival to distance herself from
    ..."), or the subject of a passive ("Doe was prompted to say ...", "Doe was forced into a
    retreat and said ..."). The subject of the verb above does not speak there."""
    if v.dep_ in ("xcomp", "advcl") and gov.lower_ in _OBJECT_CONTROL and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        obj = next((c for c in gov.children if c.dep_ == "dobj" and c.i < v.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return obj
    if (v.dep_ == "xcomp" or v.dep_ == "conj" and any(c.dep_ == "cc" and gov.i < c.i < v.i
                                                       for c in gov.children)) and \
            not any(c.dep_ in ("nsubj", "csubj") for c in gov.children):
        # (a passive: its subject is the one acted on, and the one who goes on to speak; a
        # verb the parse joins without "and" or "but" may be a clause of its own)
        return next((c for c in gov.children if c.dep_ == "nsubjpass" and c.i < v.i and
                     not _across_quote(c, v)), None)
    return None


def _verb_forms(*words: str) -> set[str]:
    return {f for w in words for f in (w, w + "s", w + "ed", w + "d", w + "ing", w[:-1] + "ing",
                                       w + "es")}


# Verbs that bring their object to act ("the ruling led Doe to declare", "forced Doe to
# admit"): the object did it, and the words are its own. Not verbs that only ask for the act
# ("urged Doe to reject", "rules require members to vote for"): there the act is not done,
# and what is wished for is the asker's; nor "promised Doe to ...", whose subject acts.
_OBJECT_CONTROL = _verb_forms("force", "lead", "prompt", "compel", "cause", "drive", "spur",
                              "provoke", "inspire", "persuade", "convince", "goad", "trigger") | \
    {"led", "drove", "driven", "get", "gets", "got", "gotten", "getting"}


def _relative_head(x: Token, v: Token) -> Token | None:
    """The noun described by the relative clause that a word before a verb belongs to, or
    None."""
    for _ in range(8):
        if x.dep_ == "relcl" and x.head.i < x.i and x.head.pos_ in ("NOUN", "PROPN"):
            return x.head
        if x.head.i == x.i or x.head.i >= v.i or x.dep_ == "appos":
            return None
        x = x.head
    return None


def _issuer(msg: Token, depth: int = 0) -> Token | None:
    """The named subject of a verb that puts out a message noun ("released a video", "ran
    a piece", "a speech Doe delivered"), or None."""
    up = _noun_governor(msg)
    if up is not None and up.lower_ in _ISSUING and depth < 4:
        src = _source_of(up, depth + 1)
    else:
        # (a relative clause on the message: "a speech Doe delivered at the university")
        rel = next((c for c in msg.children if c.dep_ == "relcl" and c.lower_ in _ISSUING), None)
        src = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
    e = entity_at(msg.doc, src.i) if src is not None else None
    return src if e is not None and e.type in ("PERSON", "ORG") else None


# Verbs by which a source puts out a message of its own (not "cited", "attacked").
_ISSUING = {f for w in ("release", "issue", "run", "air", "launch", "publish", "post", "unveil",
                        "tweet", "deliver", "give", "write", "pen", "produce", "broadcast",
                        "circulate", "send", "file", "introduce", "put", "make", "cut")
            for f in (w, w + "s", w + "ed", w + "d", w + "ing", w[:-1] + "ing")} | \
    {"ran", "gave", "given", "wrote", "written", "penned", "sent", "put", "made", "cut",
     "cutting", "running", "putting"}


def _inverted_name(v: Token) -> Token | None:
    """The name after an inverted speech verb: right after it ("said Jane Doe, an expert"),
    or in apposition to the description right after it ("said a former spokesman for the
    ministry, Jane Doe."). The name ends a phrase (a comma, a bracket, the sentence end):
    one that goes on into a verb is the subject of what was said ("said Doe had lied")."""
    doc = v.doc
    end = min(len(doc), v.i + 30, v.sent.end)
    k = v.i + 1
    while k < end and doc[k].text in ("Mr.", "Mrs.", "Ms.", "Dr."):
        k += 1
    if k >= end or not (doc[k].pos_ in ("PROPN", "DET", "ADJ") or entity_at(doc, k) is not None):
        return None  # "said that ...", "said it": what was said, not who
    starts = [k]
    for j in range(v.i + 1, end):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";", ":", "!", "?"):
            break
        if doc[j].text == "," and j + 1 < end:
            starts.append(j + 1)
            break  # (only the first apposition: later commas open other phrases)
    for k in starts:
        e = entity_at(doc, k)
        if e is None or e.type not in ("PERSON", "ORG"):
            continue
        last = k
        while last + 1 < len(doc) and entity_at(doc, last + 1) is e:
            last += 1
        nxt = doc[last + 1] if last + 1 < len(doc) else None
        if nxt is None or nxt.is_punct or nxt.is_space:
            return doc[last]
    return None


# What stands before an inverted speech verb: a comma or the quotation's closing mark.
_INVERSION_OPENERS = {",", "”", "\"", "''", "»"}


def _left_neighbour(v: Token) -> Token | None:
    """A speech verb the parser left without a subject ("About 4 in 10 say ...",
    "Sen. Jane Doe (D-MA) said ..."): the noun phrase right before it, past a parenthesis."""
    i = v.i - 1
    while i >= 0 and v.doc[i].dep_ in ("aux", "neg", "advmod") and v.doc[i].head.i == v.i:
        i -= 1  # "... has also said"
    if i >= 0 and v.doc[i].text == ")":
        while i >= 0 and v.doc[i].text != "(" and v.i - i < 12:
            i -= 1
        i -= 1
    if i >= 0 and v.doc[i].text == ",":
        # "Mr. Doe, whose latest start-up, Acme, sells data, said": a relative clause set
        # off by commas describes the name before it, whatever commas it holds.
        for k in range(i - 1, max(1, i - 40), -1):
            x = v.doc[k]
            if x.text in (".", ";", ":", "!", "?") or "\n" in x.text:
                break
            if x.lower_ in ("who", "whose") and v.doc[k - 1].text == ",":
                e = entity_at(v.doc, k - 2) if k >= 2 else None
                if e is not None and e.type in ("PERSON", "ORG"):
                    return v.doc[k - 2]
                break
        # "Senator Jane Doe, the minority leader, said", "Jane Doe, 44, said": the name
        # before the phrase set off by commas.
        j = i - 1
        # (the phrase may be long: "Doe, in the wake of a poll showing his rating down to
        # 14 percent, told ...")
        while j >= 0 and v.doc[j].text not in (",", ".", ";", ":") and i - j < 25:
            j -= 1
        if j >= 1 and v.doc[j].text == ",":
            # "the campaign chief, Jane Doe, said": the name inside the commas first
            # (an apposed name is short; a name deep in a long phrase is someone else:
            # "Doe, after a poll showing Trump's standing down, told ...")
            # ("a spokesman for Ryan": the object of a preposition is someone else too)
            # ("a top Trump surrogate": a name that modifies the phrase's noun is not it)
            inner = next((x for x in v.doc[j + 1:i] if (e := entity_at(v.doc, x.i)) is not None and
                          e.type == "PERSON" and x.dep_ not in ("pobj", "compound", "poss", "amod")),
                         None) if i - j <= 8 else None
            if inner is not None:
                return inner
            # The phrase may hold commas of its own ("Doe, now 81 and retired in Cambridge,
            # Mass., said"): the name is before the first of them, and is no preposition's
            # object (that one is the place or the employer).
            first = True
            while j >= 1:
                e = entity_at(v.doc, j - 1)
                if e is not None and e.type in ("PERSON", "ORG") and (first or v.doc[j - 1].dep_ != "pobj"):
                    return v.doc[j - 1]
                first = False
                k = j - 1
                while k >= 0 and v.doc[k].text not in (",", ".", ";", ":") and i - k < 25:
                    k -= 1
                if k < 1 or v.doc[k].text != "," or i - k >= 25:
                    break
                j = k
        return None
    if i < 0 or v.i - i > 14:
        return None
    x = v.doc[i]
    if x.pos_ == "ADJ" and _noun_read_as_modifier(x, v):
        return x
    if x.pos_ not in ("PROPN", "NOUN", "NUM") or x.ent_type_ in ("DATE", "TIME") or \
            x.is_sent_start:
        return None
    return x


def _noun_read_as_modifier(x: Token, v: Token) -> bool:
    """"“...,” the editorial read": the parse took the speech verb for a noun and the noun
    before it, with the determiner, for its modifier; that word is the subject."""
    return v.pos_ == "NOUN" and v.dep_ == "ROOT" and x.dep_ == "amod" and x.head.i == v.i and \
        x.i == v.i - 1 and v.lower_ in CUE_FORMS and \
        any(c.dep_ in ("det", "poss") and c.i < x.i for c in v.children)


def _governor(v: Token) -> Token | None:
    """The word whose subject also acts in a subjectless verb: "... and added" (conj),
    "adding that" (advcl), "wants to back" (xcomp), "likely to back" (xcomp of an
    adjective: its copula), "by talking about" (pcomp: the verb the preposition hangs from),
    "avoided criticism of" (a noun object: its verb)."""
    h = v.head
    if h.i == v.i:
        return None
    mark = next((x for x in v.doc[v.i + 1:h.i] if x.text in _MARKS), None) \
        if v.dep_ in ("conj", "advcl") and h.i > v.i else None
    if mark is not None:
        # "Doe seemed ready, telling the crowd, “Some people get ...”": the parse hangs the
        # cue on the quotation's verb; the clause it belongs to is the one before it, or
        # the speech verb before the quotation ("Stressing it, Doe said, “...”").
        up = h
        while up.i > v.i and up.head.i != up.i:
            up = up.head
        if up.i < v.i and up.pos_ in ("VERB", "AUX"):
            return up
        said = next((x for x in v.doc[v.i + 1:mark.i] if x.lower_ in CUE_FORMS and x.pos_ == "VERB" and
                     any(c.dep_ == "nsubj" for c in x.children)), None)
        if said is not None:
            return said
    if (v.dep_ == "conj" and v.lower_ in CUE_FORMS or
            v.dep_ == "advcl" and v.tag_ == "VBG" and "," in v.doc[max(0, v.i - 2):v.i].text) and \
            h.dep_ == "ccomp" and h.lower_ not in CUE_FORMS and h.head.lower_ in CUE_FORMS and \
            h.head.pos_ == "VERB" and h.head.i < h.i and \
            not any(c.dep_ in ("nsubj", "mark") for c in v.children) and \
            sum(x.text in _MARKS for x in v.doc[h.head.i:v.i]) % 2 == 0:
        # (not a verb of the reported words themselves: one with its own subject or
        # conjunction, or one inside a quotation: "if voters “continue to elect ...”")
        # "Doe said that the plant would close and suggested that ...", "Doe said it would
        # end soon, adding that ...": the parse joins the second speech verb to the reported
        # clause; it goes with the first speech verb.
        return h.head
    if v.dep_ in ("conj", "advcl", "xcomp", "ccomp"):
        if h.pos_ == "ADJ" and h.dep_ in ("acomp", "amod", "attr") and h.head.i != h.i:
            return h.head
        return h if h.pos_ in ("VERB", "AUX") else None
    if v.dep_ == "pcomp" or (v.dep_ == "pobj" and v.pos_ in ("NOUN", "VERB")):
        # "in support of", "by talking about": the preposition's verb (not "the rise of").
        g = h.head
        if h.dep_ == "prep" and g.i != h.i and g.pos_ in ("VERB", "AUX"):
            return g
        if v.dep_ == "pcomp" and v.tag_ == "VBG":
            # "In addition to stating that ..., Doe has vowed", "on top of saying": a
            # participle in a phrasal preposition; climb the prepositions to the verb.
            x, steps = h, 0
            while x.dep_ in ("prep", "pobj") and x.head.i != x.i and steps < 4:
                x, steps = x.head, steps + 1
            if x.pos_ in ("VERB", "AUX") and x.i != h.i:
                return x
        return None
    if v.dep_ in ("dobj", "attr") and v.pos_ == "NOUN" and h.pos_ in ("VERB", "AUX"):
        return h
    return None


def _noun_governor(n: Token) -> Token | None:
    """The verb a noun phrase serves as object or predicate, through prepositions
    ("has nothing but praise": "praise" -> "has")."""
    for _ in range(4):
        h = n.head
        if h.i == n.i:
            return None
        if n.dep_ in ("dobj", "attr", "prep") and h.pos_ in ("VERB", "AUX"):
            return h
        if n.dep_ not in ("pobj", "prep", "dobj", "conj"):
            return None
        n = h
    return None


# What a message, sign or letter does with its words ("a sign reading ...").
_MESSAGE_VERBS = {"reading", "saying", "stating", "declaring", "announcing", "warning", "asking",
                  "telling", "urging", "calling", "demanding", "proclaiming", "claiming"}
# Indefinite pronouns the tagger may call determiners or nouns: alone they name no one
# ("those said", "many believe"); with a phrase they describe ("those who backed him").
_INDEFINITE = {"those", "these", "some", "many", "others", "one", "both", "all", "each", "most",
               "several", "few", "either", "neither", "anyone", "everyone", "someone",
               "everybody", "somebody", "nobody", "none", "another"}
# What a source issues: its words are the source's ("released a statement condemning X",
# "gave a speech attacking Y").
_MESSAGE_NOUNS = {"statement", "statements", "speech", "speeches", "letter", "letters", "report",
                  "reports", "ad", "ads", "advertisement", "commercial", "video", "memo", "note",
                  "resolution", "op-ed", "column", "editorial", "essay", "interview", "post",
                  "tweet", "tweets", "message", "email", "e-mail", "remarks", "comments",
                  "address", "testimony", "filing", "complaint", "lawsuit", "petition", "motion",
                  "bill", "amendment", "proposal", "plan", "platform", "release", "announcement",
                  "order", "ruling", "decision", "brief", "book", "article", "story", "piece",
                  "documentary", "film", "sermon", "rally", "campaign", "effort"}
# Passives whose subject is the one whose words are reported ("was quoted as saying").
_WITNESSED = {"quoted", "heard", "overheard", "recorded", "caught", "filmed", "seen", "captured",
              "taped", "videotaped", "photographed", "spotted", "observed"}
# Quantifiers that float after the subject they repeat ("the leaders both said").
_FLOATING = {"both", "all", "each"}
# Speech verbs that put their subject after them ("..., said Iwaya").
_INVERTED = {"said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks", "told",
             "tells", "continued", "continues", "explained", "explains", "noted", "notes", "recalled",
             "recalls", "insisted", "insists", "warned", "warns", "argued", "argues", "replied",
             "replies", "declared", "announced", "stated", "concluded", "observed", "remarked",
             "tweeted", "posted", "responded", "countered", "quipped", "joked", "conceded",
             "acknowledged", "admitted", "suggested", "claimed", "predicted", "cautioned",
             "reported", "reports", "according",
             # (what a message holds: "“...,” read the statement")
             "read", "reads",
             # (verbs of saying by manner invert the same way: "“...,” mused Jane Doe")
             "mused", "muses", "whispered", "whispers", "exclaimed", "exclaims", "confessed",
             "confesses", "muttered", "mutters", "opined", "opines"}
# Inverted forms whose following name is the one spoken to, never the speaker ("told AFP").
_ADDRESSED = {"told", "tells"}
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                 "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "LANGUAGE"}


def _resolve(doc: Doc, tok: Token) -> tuple[Entity | None, str | None]:
    low = tok.lower_
    if low in ("who", "which", "that") and tok.head.dep_ != "ROOT":
        head = tok.head.head if tok.head.dep_ == "relcl" else tok.head
        tok = head
        low = tok.lower_
    ent = entity_at(doc, tok.i)
    if ent is None or ent.type == "OTHER":
        # "a spokeswoman, Jane Doe, said": a role the entity layer keeps as a description
        # gives way to the name in apposition.
        role = ent
        for c in tok.children:
            # (an apposition right after the role: the parse may hang a far name on it)
            if c.dep_ == "appos" and (role is None or c.left_edge.i <= tok.i + 2) or \
                    role is None and c.dep_ in ("compound", "poss") and not _joint(doc, c):
                ent = entity_at(doc, c.i)
                if ent is not None and ent.type == "PERSON":
                    break
                ent = None
        ent = ent or role
        if (ent is None or ent.type == "OTHER") and tok.dep_ == "appos" and tok.head.i < tok.i and \
                tok.head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            # "Braynard, a South Carolina native who writes fiction": the description in
            # apposition to a subject's name is that one's (a name in a fronted phrase is
            # a misparse: "In an interview with host Jane Doe, the candidate said").
            head = entity_at(doc, tok.head.i)
            if head is not None and head.type in ("PERSON", "ORG"):
                ent = head
        if (ent is None or ent.type == "OTHER") and tok.pos_ == "NOUN" and tok.tag_ == "NN" and \
                not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            # "GOP presidential contender and former neurosurgeon Jane Doe responded": a
            # singular noun without a determiner is no phrase of its own but a title, and
            # the name it is joined to is the one it describes.
            named = next((e for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                          and (e := entity_at(doc, c.i)) is not None and e.type == "PERSON"), None)
            ent = named or ent
        if (ent is None or ent.type == "OTHER") and tok.pos_ == "PROPN" and tok.tag_ == "NNP" and \
                not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            # "Acme Radio Vice President for news and talk Jane Doe said": the "and" inside
            # the title's own phrase makes the parse join the name to the title as a
            # conjunct; a name not itself after "and" or a comma ends the title, it is no
            # second speaker.
            named = next((e for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                          and (e := entity_at(doc, c.i)) is not None and e.type == "PERSON"
                          and _after_title(doc, e, c)), None)
            ent = named or ent
    if ent is None or not ent.name[:1].isupper():
        # "a woman later identified as Jane Doe", "a worker named Tom Baxter": the name.
        named = next((e for c in tok.children if c.dep_ == "acl" and c.lower_ in _NAMING
                      for x in c.subtree if x.i > c.i and (e := entity_at(doc, x.i)) is not None
                      and e.type == "PERSON"), None)
        ent = named or ent
    if ent is not None and ent.name.split()[0].lower() in _INVERTED and len(ent.name.split()) > 1:
        # The name layer read an inverted cue into the name ("Continued Okafor:"): the
        # person of that surname, if the text names one.
        last = ent.name.split()[-1]
        ent = next((e for e in doc._.tidings_entities or [] if e is not ent and e.type == "PERSON"
                    and e.name.split()[-1] == last), None)
        if ent is None:
            return None, last
    if ent is not None:
        return ent, ent.name
    if low in PERSONAL:
        ent = _reporting_subject(doc, tok) or _previous_person(doc, tok)
        return ent, (ent.name if ent else None)
    if low in PRON_SUBJ or low in OTHER_PRON or (tok.pos_ == "PRON" or low in _INDEFINITE) and \
            not any(tok.children):
        # A pronoun is not a name: the speaker stays unknown rather than "they" (CONTRACT.md).
        return None, None
    if low in _MESSAGE_NOUNS:
        # "Doe has released a video that accuses ...", "the Post ran a piece that noted
        # ...": a message speaks for whoever puts it out (not for whoever cites or attacks
        # it: "Doe cited a report that found ..." is the report's).
        named = _issuer(tok)
        if named is not None:
            return _resolve(doc, named)
    if tok.pos_ == "NOUN":
        # "a screen image captured by the Weekly showed ...", "a poll conducted by Gallup
        # shows ...": a thing that names no one speaks for whoever made or obtained it.
        maker = next((x for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                      (c.lower_ in _ISSUING or c.lower_ in _MADE_BY)
                      for a in c.children if a.dep_ == "agent"
                      for x in a.children if x.dep_ == "pobj"), None)
        e = entity_at(doc, maker.i) if maker is not None else None
        if e is not None and e.type in ("PERSON", "ORG"):
            return e, e.name
    # A description: "the newspaper", "officials" (not an inverted cue: "Continued Stone").
    lo = tok.left_edge.i
    while lo < tok.i and doc[lo].lower_ in _INVERTED:
        lo += 1
    if lo == tok.i and tok.dep_ == "amod" and tok.i + 1 < len(doc) and \
            _noun_read_as_modifier(tok, doc[tok.i + 1]):
        lo = min([c.i for c in tok.head.children if c.dep_ in ("det", "poss") and c.i < tok.i] + [lo])
    sub = doc[lo: tok.i + 1]
    return None, sub.text


# Participles by which a source makes or obtains a thing that then shows or says something.
_MADE_BY = {"captured", "obtained", "compiled", "conducted", "commissioned", "prepared", "taken",
            "recorded", "filmed", "published", "provided", "reviewed", "analyzed", "analysed"}


def _after_title(doc: Doc, ent: Entity, name: Token) -> bool:
    """The name ``name`` of ``ent`` does not open a coordinated phrase of its own: the word
    before its first token is neither "and"/"or" nor punctuation."""
    first = name.i
    while first > 0 and entity_at(doc, first - 1) is ent:
        first -= 1
    prev = doc[first - 1]
    return prev.dep_ != "cc" and prev.lower_ not in ("and", "or", "&") and not prev.is_punct


def _joint(doc: Doc, mod: Token) -> bool:
    """Whether a modifier names two people ("the Iwaya-Rubio meeting", "the Doe and Baker
    debate"): it tells what passed between them, and neither one speaks for the noun."""
    people = {e.id for x in mod.subtree if (e := entity_at(doc, x.i)) is not None and e.type == "PERSON"}
    return len(people) > 1


_MARKS = {"“", "”", "\"", "‘", "’", "«", "»", "''"}
# Double quotation marks only: a single one is also an apostrophe ("the voters’ choice").
_DOUBLE_MARKS = {"“", "”", "\"", "«", "»", "''", "``"}


def _across_quote(a: Token, b: Token) -> bool:
    """Whether a quotation mark stands between two words of one sentence, so that one is
    inside the quotation and the other outside (an odd number of marks between them)."""
    lo, hi = sorted((a.i, b.i))
    return sum(1 for x in a.doc[lo + 1:hi] if x.text in _DOUBLE_MARKS) % 2 == 1
_NAMING = {"named", "identified", "called", "dubbed", "listed"}


def _reporting_subject(doc: Doc, tok: Token) -> Entity | None:
    """"Iwaya said he told Rubio": "he" is the subject of the speech verb above."""
    verb = tok.head
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head is not verb:
        verb = verb.head
        if verb.lower_ in CUE_FORMS:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                ent = entity_at(doc, subj.i)
                if ent is not None and ent.type == "PERSON":
                    return ent
    return None


def _previous_person(doc: Doc, tok: Token) -> Entity | None:
    """The last person mentioned before a pronoun, within a few sentences, skipping those
    the text shows to be of the other gender ("she" after "Mr. Ortiz" looks further back)."""
    want = "m" if tok.lower_ in _MALE else "f" if tok.lower_ in _FEMALE else None
    genders = _genders(doc) if want else {}
    lo = max(0, tok.i - 150)
    if want is not None and not _in_quotation(doc, tok.idx):
        # The narrative keeps talking about whom it made its subject ("Trump went after Bush,
        # calling him a stiff. He says ..." is Trump): the last person named as a subject,
        # outside quotations, comes before one named in passing. (Inside a quotation the
        # speaker's own words follow their own thread.)
        table = doc.user_data.get(_ENTITY_AT)
        if table is not None and len(table) == len(doc):
            for i in range(tok.i - 1, lo - 1, -1):
                e = table[i]
                if e is not None and e.type == "PERSON" and genders.get(e.id) in (None, want) and \
                        _as_subject(doc[i]) and not _in_quotation(doc, doc[i].idx):
                    return e
    nearest = None
    for i in range(tok.i - 1, lo - 1, -1):
        e = entity_at(doc, i)
        if e is not None and e.type == "PERSON":
            if want is None or genders.get(e.id) in (None, want):
                return e
            nearest = nearest or e
    # No one of that gender nearby: the evidence may be wrong, the nearest person stays.
    return nearest


def _as_subject(t: Token) -> bool:
    """Whether a name stands as a main clause's subject: the subject itself, a name in
    apposition to it ("Sanders's campaign manager, Jeff Weaver, appeared"), or a name the
    parse left as the root of a sentence it could not read ("Trump, when asked ..., often
    steam-rolls")."""
    if t.dep_ == "appos":
        t = t.head
    elif t.dep_ == "ROOT":
        return t.pos_ == "PROPN"
    # (not a relative clause's: "ground troops, which no one but Graham has championed")
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ != "relcl"


def _in_quotation(doc: Doc, pos: int) -> bool:
    """Whether a character of the text is inside a quotation: an odd number of double marks
    between the start of its line and it."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, pos) + 1
    return sum(text.count(m, start, pos) for m in _QUOTE_MARKS) % 2 == 1


_QUOTE_MARKS = ("“", "”", "\"", "''", "«", "»", "``")
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "sir": "m", "lady": "f", "madam": "f", "madame": "f"}
_GENDERED_TITLE = {"congresswoman": "f", "congressman": "m", "spokeswoman": "f",
                   "chairwoman": "f", "businesswoman": "f", "businessman": "m", "queen": "f",
                   "king": "m", "princess": "f", "prince": "m", "actress": "f", "first lady": "f",
                   "duchess": "f", "duke": "m", "sister": "f", "brother": "m", "widow": "f"}


_SUBJ_DEPS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass"))


def _word_ids(words: set[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def _genders(doc: Doc) -> dict[str, str]:
    """Each person's gender as the text itself shows it: an honorific ("Mrs. Diaz"), a
    gendered title, or the pronouns of sentences that name only that person. Unknown
    persons are left out; no name list guesses."""
    cached = doc.user_data.get("tidings_genders")
    if cached is not None:
        return cached
    votes: dict[str, list[int]] = {}
    # Read over arrays, with a Token built only for a person's words: one per word of the
    # text costs more than the rest of the walk.
    # (the columns are shared with the other layers; the entity table is read directly,
    # as entity_at would for every token)
    deps, lowers, idxs = doc_column(doc, DEP), doc_column(doc, LOWER), doc_column(doc, IDX)
    table = doc.user_data.get(_ENTITY_AT)
    if table is None or len(table) != len(doc):
        table = [None] * len(doc)
    male, female = _word_ids(_MALE), _word_ids(_FEMALE)
    for sent in doc.sents:
        people = set()
        subject = False  # the person is a subject: "Diaz said she ...", not "Diaz met her"
        m = f = 0
        for i in range(sent.start, sent.end):
            e = table[i]
            if e is not None and e.type == "PERSON":
                people.add(e.id)
                subject = subject or deps[i] in _SUBJ_DEPS
                if i > 0 and (e.mentions and any(a == idxs[i] for a, _ in e.mentions)):
                    g = _HONORIFIC.get(doc[i - 1].lower_) or _HONORIFIC.get(doc[i].lower_)
                    if g:
                        votes.setdefault(e.id, [0, 0])[g == "f"] += 5
            elif deps[i] in _SUBJ_DEPS and people:
                m += lowers[i] in male
                f += lowers[i] in female
        if len(people) == 1 and subject and (m or f) and not (m and f):
            votes.setdefault(next(iter(people)), [0, 0])[bool(f)] += 1
    out: dict[str, str] = {}
    for e in doc._.tidings_entities or []:
        if e.type != "PERSON":
            continue
        title = (e.title or "").lower()
        v = votes.get(e.id, [0, 0])
        for w, g in _GENDERED_TITLE.items():
            if w in title.split() or w == title:
                v[g == "f"] += 5
        if v[0] != v[1]:
            out[e.id] = "m" if v[0] > v[1] else "f"
    doc.user_data["tidings_genders"] = out
    return out


def _signed_by(doc: Doc, text: str, close: int) -> tuple[Entity, str] | None:
    """The name a quotation is signed with: a dash right after its closing mark, then the
    name, then nothing more of a sentence ("“...” ― Jane Doe", "“...” — Jane Doe (@jdoe)
    May 2", "”\n\n- Jane Doe.")."""
    m = _SIGNATURE.match(text, close, min(len(text), close + 12))
    if m is None:
        return None
    span = doc.char_span(m.end(), min(len(text), m.end() + 80), alignment_mode="contract")
    if span is None or not len(span):
        return None
    e = entity_at(doc, span.start)
    if e is None or e.type not in ("PERSON", "ORG"):
        return None
    k = span.start
    while k < span.end and entity_at(doc, k) is e:
        k += 1
    # (a signature ends the line, or goes on with a handle, a date or a full stop; a word
    # in lower case after the name is a sentence: "— Doe went on to say")
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and "\n" not in doc[k - 1].whitespace_ + nxt.text and nxt.is_lower and nxt.is_alpha:
        return None
    return e, m.group().strip(" \t\xa0.,\n")


def _embedding_speaker(doc: Doc, o: int) -> tuple[Entity | None, str, Token] | None:
    """A quotation without a cue that opens inside a sentence ("Doe called the mayor “a man
    with no plan for the coast”", "the agency lists “fraud as its top priority”") is the
    words of the named subject of the verb it hangs from: that one uses them."""
    span = doc.char_span(o, o + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i + 1 >= len(doc):
        return None
    mark = span[0]
    sent = mark.sent
    # (on the same line: a quotation that opens a line opens no sentence's middle, though
    # the parse may run a signature line into it)
    line = doc_text(doc).rfind("\n", 0, o) + 1
    if sum(1 for t in doc[sent.start:mark.i] if t.is_alpha and t.idx >= line) < 2:
        return None
    x, steps = doc[mark.i + 1], 0
    while x.i > mark.i and x.head.i != x.i and steps < 10:
        x, steps = x.head, steps + 1
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i and steps < 14:
        x, steps = x.head, steps + 1
    if x.i > mark.i or x.pos_ not in ("VERB", "AUX"):
        return None
    src = _source_of(x)
    if src is None or src.i > mark.i:
        return None
    ent, name = _resolve(doc, src)
    if ent is None and name is not None and src.pos_ == "NOUN" and x.pos_ == "VERB":
        # (not a copula's subject: "The message was short: “...”" says nothing of who wrote it)
        # "one lawmaker called Doe “the prince of self-publicity”": a description speaks
        # there too (not the one person the paragraph names, whom it was said of).
        return None, name, x
    if ent is None or ent.type not in ("PERSON", "ORG"):
        return None
    return ent, ent.name, x


def _colon_speaker(doc: Doc, text: str, o: int) -> tuple[Entity, Token] | None:
    """A quotation right after a colon that ends a clause ("Hannity interjected: “...”",
    "Then Doe turned to the crowd:") is the words of that clause's named subject: the colon
    introduces what it says, over the speaker carried from the quote before."""
    k = o - 1
    while k > 0 and text[k] in " \t\xa0":
        k -= 1
    if k <= 0 or text[k] != ":":
        return None
    span = doc.char_span(k, k + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return None
    colon = span[0]
    x, steps = doc[colon.i - 1], 0
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i and steps < 10:
        x, steps = x.head, steps + 1
    # (the clause's verb, before the colon and on its line: not one the parse ran in
    # from the quotation or from the line before)
    line = text.rfind("\n", 0, k) + 1
    if x.pos_ not in ("VERB", "AUX") or x.i >= colon.i or x.idx < line:
        return None
    src = _source_of(x)
    if src is None or src.i >= colon.i or src.idx < line:
        return None
    ent, _ = _resolve(doc, src)
    if ent is None or ent.type not in ("PERSON", "ORG"):
        return None
    return ent, x


# A closing mark's dash, after at most the sentence's full stop and a line break.
_SIGNATURE = re.compile(r"[ \t\xa0.,]*\n{0,2}[ \t\xa0]*(?:―|—|–|--|-)[ \t\xa0]*")


def _paragraph_person(doc: Doc, quotes: list[_Q], paras: list[int], text: str) -> None:
    """A direct quote still without a speaker whose paragraph names one person outside the
    quote ("Cruz called them on it: “...”") is that person's. A quote without a cue that
    is signed ("“...” ― Jane Doe") is the signer's, whoever spoke before it."""
    _turn_speakers(doc, quotes, text)
    for q in quotes:
        if q.direct and q.cue is None and hasattr(q, "_close"):
            signed = _signed_by(doc, text, q._close)  # type: ignore[attr-defined]
            if signed is not None:
                q.speaker, q.cue = signed
                q.speaker_text = q.speaker.name
                continue
            user = _embedding_speaker(doc, q._open)  # type: ignore[attr-defined]
            if user is None:
                colon = _colon_speaker(doc, text, q._open)  # type: ignore[attr-defined]
                user = (colon[0], colon[0].name, colon[1]) if colon is not None else None
            if user is not None:
                # (over the previous quote's speaker: the sentence names its own)
                q.speaker, q.speaker_text, q.cue = user[0], user[1], user[2].text
    for q in quotes:
        if not q.direct or q.speaker is not None or q.speaker_text is not None or \
                q.titled is not None:
            continue  # (a work's title with no maker found names none: see quotes._maker)
        p = q.para
        lo = paras[p]
        hi = paras[q._pclose + 1] if q._pclose + 1 < len(paras) else len(text)  # type: ignore
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            continue
        people = {}
        for tok in span:
            if q._open <= tok.idx < q._close:  # type: ignore[attr-defined]
                continue
            e = entity_at(doc, tok.i)
            if e is not None and e.type == "PERSON":
                people[e.id] = e
        if len(people) == 1:
            q.speaker = next(iter(people.values()))


# -- transcripts -----------------------------------------------------------------------------

# "TAPPER: And do you think ...": a line opened by a speaker's label, as transcripts print
# each turn. (An optional quotation mark: a transcript quoted whole.)
# (what follows is speech, words and not a figure: "Sanders: 1,547." is a tally)
_TURN_RE = re.compile(r"(?m)^[ \t]*[\"“]?([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}):[ \t]"
                      r"(?=[^\n]*?[A-Za-z]+[^\n]+?[A-Za-z]+[^\n]+?[A-Za-z]+)")
# Labels of notes and sections, not of speakers, though they may open several lines.
_NOT_TURNS = {"update", "updated", "note", "related", "editor", "correction", "clarification",
              "source", "photo", "video", "watch", "read", "more", "see", "also", "via", "credit"}


def _turn_speakers(doc: Doc, quotes: list[_Q], text: str) -> None:
    """In a transcript, whatever is said within a speaker's turn and has no speaker of its
    own ("TAPPER: ... I think there are ...") is that speaker's. A transcript is a text
    where at least two labels each open two lines or more; one-letter labels ("Q:", "A:")
    name no one."""
    turns = [(m.start(), m.group(1)) for m in _TURN_RE.finditer(text[:200_000])
             if len(m.group(1)) > 1 and m.group(1).split()[0].lower() not in _NOT_TURNS]
    counts: dict[str, int] = {}
    for _, label in turns:  # ("Chris Matthews:", then "Matthews:")
        counts[_surname_key(label)] = counts.get(_surname_key(label), 0) + 1
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return
    # (a turn runs to the next label; the last one to its paragraph's end, where the
    # article may go on in its own voice)
    bounds = [(start, turns[k + 1][0] if k + 1 < len(turns) else _paragraph_end(text, start), label)
              for k, (start, label) in enumerate(turns) if counts[_surname_key(label)] >= 2]
    names = {label: _label_speaker(doc, label) for label in {b[2] for b in bounds}}
    for q in quotes:
        # (a quotation without a cue may hold a speaker carried from the turn before)
        if (q.speaker is not None or q.speaker_text is not None) and not (q.direct and q.cue is None):
            continue
        turn = next((b for b in bounds if b[0] <= q.start < b[1]), None)
        if turn is not None:
            q.speaker, q.speaker_text = names[turn[2]]
            q.cue = q.cue or ":"


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def _surname_key(label: str) -> str:
    return label.split()[-1].upper()


def _label_speaker(doc: Doc, label: str) -> tuple[Entity | None, str]:
    """The person a turn label names by surname ("TAPPER" -> Jake Tapper), else the label
    itself, in the case of a name."""
    last = label.split()[-1].lower()
    people = [e for e in doc._.tidings_entities or [] if e.type == "PERSON" and
              e.name.split()[-1].lower() == last]
    if people:
        e = max(people, key=lambda e: (len(e.mentions), len(e.name)))
        return e, e.name
    return None, label.title() if label.isupper() else label


# -- carry-over ------------------------------------------------------------------------------

def _follows_report(q: _Q, report: _Q, paras: list[int], text: str) -> bool:
    """"Doe said the plan was dead.\n\n“We will fight it to the end.”": a quotation in the
    paragraph of a report, or that is a paragraph of its own right after it, goes on with that
    report's speaker. (A paragraph with words of its own around the quotation may name its speaker
    there: the paragraph's person, not the report's, speaks.)"""
    p = q.para
    rp = bisect_right(paras, report.start) - 1
    if rp == p:
        # ("Doe said the plan is dead, noting that “...”": on in the same paragraph.) An
        # organisation's or a description's report is not: words quoted after it are most
        # often a person's, whom the paragraph may name ("Acme said it lost money. Analyst
        # Jane Doe went so far as to say: “...”").
        return report.speaker is not None and report.speaker.type == "PERSON"
    if rp != p - 1 or not hasattr(q, "_close"):
        return False
    pc = q._pclose  # type: ignore[attr-defined]
    end = paras[pc + 1] if pc + 1 < len(paras) else len(text)
    before = text[paras[p]:q._open]  # type: ignore[attr-defined]
    after = text[q._close:end]  # type: ignore[attr-defined]
    return not before.strip(_MARK_CHARS) and not after.strip(_MARK_CHARS + ".,")


_MARK_CHARS = " \t\n\xa0“”\"‘’'«»"

def _carry_over(quotes: list[_Q], paras: list[int], text: str) -> None:
    """An uncued direct quote continues the previous quote's speaker (the next paragraph's
    speaker if it opens the passage: "“...” \\n\\n “...,” Iwaya said." is Iwaya's too)."""
    last: _Q | None = None
    for q in quotes:
        if q.direct and q.speaker is None and q.speaker_text is None and q.titled is None \
                and last is not None and (
                last.direct and q.para - last.para <= 2 or
                not last.direct and _follows_report(q, last, paras, text)):
            q.speaker, q.speaker_text = last.speaker, last.speaker_text
        if q.speaker is not None or q.speaker_text is not None:
            last = q
    nxt: _Q | None = None
    for q in reversed(quotes):
        if q.direct and q.speaker is None and q.speaker_text is None and nxt is not None \
                and nxt.direct and nxt.para - q.para == 1 and q.titled is None:
            q.speaker, q.speaker_text = nxt.speaker, nxt.speaker_text
        if q.speaker is not None or q.speaker_text is not None:
            nxt = q
