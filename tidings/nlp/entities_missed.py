"""Names the small model mis-spans or misses, mended before clustering (step 1 of
``entities.py``).

* A person span run over the words after the name: title-case headlines ("Ted Cruz Refuses
  To Back Down", "Hillary Clinton Slams ...") and live-blog bylines glued to the page's
  buttons ("Julia CravenFlagShareLikeReplyAni Vrabel"): cut to the name.
* A body's span run into the name of the person who heads it ("the President of the
  Transitional Military Council Mahamat Deby"): cut into the body and the person.
* Names it missed: a surname that stands alone for a known person ("Trump urges UN ...",
  tagged as a common noun in a headline); a title-case name, with its small words ("Action
  Against Hunger"), that is the subject of a verb of saying; two or three capitalised words
  with an office apposed (", president of the Congress of Peru,").
"""
from __future__ import annotations

import re

from spacy.attrs import ENT_IOB, IS_ALPHA, IS_TITLE
from spacy.tokens import Doc

from .knowledge import load as load_knowledge
from .knowledge.people import load as load_people
from .quotes_lexicon import CUE_FORMS

# Small words of names of people written in lower case ("Ursula von der Leyen").
NAME_PARTICLES = {"de", "da", "van", "von", "bin", "binti", "bint", "al", "der", "den", "la",
                  "le", "du", "dos", "das", "del", "della", "ibn", "ben", "abu", "el", "di", "y",
                  "zu", "ter", "ould", "ap", "e", "do", "st.", "al-"}
# English small words that a title-case headline capitalises and no person's name has.
HEADLINE_WORDS = {"to", "over", "about", "on", "with", "in", "for", "from", "at", "into",
                  "after", "before", "against", "has", "have", "had", "is", "are", "was", "were",
                  "be", "will", "would", "can", "could", "should", "and", "or", "but", "as",
                  "by", "the", "a", "an", "vs", "vs.", "versus", "off", "up", "out", "than",
                  "not", "why", "how", "what", "when", "where", "amid", "says", "said", "its",
                  "his", "her", "their", "this", "that", "after", "despite", "during", "under"}
# A word glued from several capitalised words ("CravenFlagShareLikeReplyAni"): page furniture
# run into a byline. Names have at most one inner capital ("McDonald", "DeSantis").
_GLUED = re.compile(r"[a-z][A-Z].*[a-z][A-Z]")
# Small words inside an organisation's title-case name ("Action Against Hunger",
# "Doctors Without Borders", "Friends of the Earth").
_NAME_GLUE = {"of", "for", "against", "without", "and", "the", "&", "in", "on", "to"}
_VERB_TAGS = ("VBZ", "VBD", "MD")
# Last words of bodies' names (shared with entities.py).
BODY_HEADS = {"university", "college", "institute", "foundation", "center", "centre",
              "council", "party", "company", "corporation", "bank", "school", "academy",
              "hospital", "museum", "agency", "ministry", "commission", "committee",
              "association", "society", "fund", "trust", "library", "airport", "stadium",
              "court", "army", "front", "movement", "union", "federation", "assembly",
              "parliament", "congress", "senate", "government", "office", "department",
              "forces", "force", "group", "organisation", "organization", "alliance", "board",
              "network", "watch", "international"}
# Last words of military units' names, which carry a number ("5th Special Forces Group",
# "Task Force 58", "Riverine Squadron Four"; shared with entities.py).
UNIT_KINDS = {"force", "fleet", "group", "wing", "division", "brigade", "battalion",
              "squadron", "regiment", "corps", "team", "unit", "flotilla"}
_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")


def person_pieces(doc: Doc, s: int, e: int, known: dict[str, set[int]],
                  surnames: dict[str, set[int]]) -> list[tuple[int, int]]:
    """The name part(s) of a PERSON span. ``known``: words of full person names the model
    gave in this text -> start tokens of those names; ``surnames``: their last words."""
    if e - s < 2:
        return [(s, e)]
    pieces: list[tuple[int, int]] = []
    a = s
    for i in range(s, e):
        tok = doc[i]
        if _GLUED.search(tok.text):
            pieces.append((a, i))
            a = i + 1
    pieces.append((a, e))
    glued = len(pieces) > 1
    out = []
    for a, b in pieces:
        b = _headline_end(doc, a, b, known, surnames)
        if b - a >= (2 if glued else 1):
            # Next to a glued byline, a lone word is half a name ("Julia" of "Julia Craven").
            out.append((a, b))
    return out


# Modal verbs a title-case headline capitalises, and the words that show one is a verb.
_MODALS = {"may", "might", "must"}
_AFTER_MODAL = {"not", "have", "be", "been", "never", "also", "soon", "still", "yet"}


def _headline_end(doc: Doc, s: int, e: int, known: dict[str, set[int]],
                  surnames: dict[str, set[int]]) -> int:
    """Where the name ends in a span the model ran over a title-case headline."""
    for i in range(s + 1, e):
        tok = doc[i]
        low = tok.lower_
        if tok.is_alpha and tok.is_lower and low not in NAME_PARTICLES and \
                not (doc[i - 1].text == "-" and not doc[i - 2].whitespace_) or \
                tok.is_title and low in HEADLINE_WORDS or \
                tok.is_title and tok.tag_ in _VERB_TAGS and i > s + 1:
            # "Trump May be Aligning", "Obama To Asians", "Marco Rubio Responds"
            e = i
            if i - 1 > s and doc[i - 1].lower_ in _MODALS and low in _AFTER_MODAL:
                e = i - 1  # "Trump May Not Have ...": "May" is the verb ("Theresa May Says" stays)
            break
    if e - s < 3:
        return e
    # "Glenn Beck Blasts Drudge": the span opens with a name the text gives elsewhere (or a
    # known person's), and runs on into words of no name of this text.
    for k in range(e - 1, s, -1):
        head = doc[s:k]
        rest = doc[k:e]
        if not all(_elsewhere(known, t.lower_, s) for t in head if t.is_alpha):
            continue
        last = [t for t in head if t.is_alpha][-1:]
        if not last or not _elsewhere(surnames, last[0].lower_, s):
            # The part kept ends in the surname of a name of this text ("Clinton Email
            # Story"); "Benjamin J." of "Benjamin J. Rhodes" does not.
            continue
        if any(_elsewhere(known, t.lower_, s) for t in rest if t.is_alpha):
            continue
        if not all(t.is_title and t.is_alpha and len(t) > 2 and t.lower_ not in BODY_HEADS
                   for t in rest[:1]):
            continue  # "Jr.", an initial: still the name; "... Clinton Foundation" a body
        return k
    return e


def _elsewhere(known: dict[str, set[int]], word: str, start: int) -> bool:
    return bool(known.get(word, set()) - {start})


def body_then_person(doc: Doc, kb, s: int, e: int, known: dict[str, set[int]]) -> int | None:
    """The token where a person's name starts inside an organisation span that ends in it:
    after the body's head word, two or three capitalised words that name a person (of this
    text or a known one)."""
    for k in range(s + 1, e - 1):
        if doc[k - 1].lower_ not in BODY_HEADS or not doc[k - 1].is_title:
            continue
        rest = doc[k:e]
        if not 2 <= len(rest) <= 3:
            return None
        if all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in BODY_HEADS
               for t in rest) and not kb.lookup([t.text for t in rest]) and \
                not any(kb.lookup([t.text]) for t in rest) and (
                    load_people().find(rest.text) is not None or
                    all(_elsewhere(known, t.lower_, s) for t in rest)):
            return k
        return None
    return None


def missed_names(doc: Doc, covered: bytearray, lower_words: set[str], vocab: set[str]):
    """(start, end, type) of names the model left unlabelled (see the module doc)."""
    kb = load_knowledge()
    people = load_people()
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    # Token objects cost more than the test: candidates come from arrays (title case,
    # alphabetic, outside the model's entities).
    flags = doc.to_array([IS_TITLE, IS_ALPHA, ENT_IOB])
    starts = ((flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] != 3) &
              (flags[:, 2] != 1)).nonzero()[0].tolist()
    i = 0
    for i0 in starts:
        if i0 < i or covered[i0]:
            continue
        i = i0
        j = i + 1
        while j < n and not covered[j] and not doc[j].ent_type_ and (
                doc[j].is_title and doc[j].is_alpha or
                doc[j].lower_ in _NAME_GLUE and j + 1 < n and doc[j + 1].is_title) and \
                not doc[j].is_sent_start and doc[j - 1].whitespace_ == " ":
            j += 1
        span = _near(doc, kb, i, j, lower_words)
        if span is None:
            span = _numbered_unit(doc, i, j)
        if span is None:
            span = _missed(doc, kb, people, i, j, lower_words, vocab)
        if span is not None:
            out.append(span)
        i = j
    return out


def _near(doc: Doc, kb, s: int, e: int, lower_words: set[str]):
    """"Near Al Huwayjah, two strikes ...", "fighting near Rawah.": proper nouns right after
    "near" and closing its phrase name a place (a town the model does not know)."""
    if doc[s].lower_ == "near":
        s += 1  # the run began at a capitalised "Near"
    elif s == 0 or doc[s - 1].lower_ != "near":
        return None
    if not 1 <= e - s <= 4 or e < len(doc) and not doc[e].is_punct:
        return None
    if not all(t.pos_ == "PROPN" and t.lower_ not in lower_words for t in doc[s:e]) or \
            kb.lookup([t.text for t in doc[s:e]]):
        return None
    return s, e, "GPE"


def _numbered_unit(doc: Doc, s: int, e: int):
    """"deployed from the 212th Airlift Wing": capitalised words after an ordinal that end in
    a military unit's kind word name that unit, number included. The ordinal is a cue no
    title-case headline or person's name gives, so words the text also writes in lower case
    ("fighter") may be in it."""
    if s == 0 or e - s > 5 or doc[e - 1].lower_ not in UNIT_KINDS or \
            not _ORDINAL.match(doc[s - 1].text) or doc[s - 1].whitespace_ != " ":
        return None
    if e < len(doc) and (doc[e].is_title or doc[e].pos_ == "PROPN") and \
            doc[e - 1].whitespace_ == " ":
        return None  # "the 212th Support Group Commander": the unit is part of a title
    return s - 1, e, "ORG"


def _missed(doc: Doc, kb, people, s: int, e: int, lower_words: set[str], vocab: set[str]):
    if e - s == 1:
        # "Trump urges UN ...": a surname the news uses alone for one known person.
        tok = doc[s]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN") or \
                len(tok) < 4 or tok.text in lower_words or tok.lower_ in lower_words or \
                tok.lower_ in vocab or \
                kb.lookup([tok.text]) or s > 0 and doc[s - 1].is_title and not tok.is_sent_start:
            return None
        p = people.find(tok.text)
        return (s, e, "PERSON") if p is not None and len(p.name.split()) > 1 else None
    titled = _after_title(doc, kb, s, e, lower_words, vocab)
    if titled is not None:
        return titled
    words = [t.text for t in doc[s:e]]
    if kb.lookup(words) or s > 0 and doc[s - 1].is_title and not doc[s].is_sent_start:
        return None  # a known name, or the tail of a longer capitalised run
    verb = doc[e] if e < len(doc) else None
    said = verb is not None and verb.is_lower and verb.lower_ in CUE_FORMS and \
        verb.tag_ in ("VBZ", "VBD") and doc[e - 1].whitespace_ == " " and \
        any(t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass") for t in doc[s:e])
    glue = [t for t in doc[s + 1:e - 1] if t.lower_ in _NAME_GLUE]
    if said and glue and e - s <= 6 and not any(
            h.kind != "role" for w in words for h in kb.lookup([w])):
        # "Action Against Hunger says", "Doctors Against Malaria said": a body's name may
        # have role words in it, but no country or known body ("Friends of Syria" is read
        # by the tables).
        return s, e, "ORG"
    if any(kb.lookup([w]) for w in words) or any(t.lower_ in vocab for t in doc[s:e]):
        return None
    if any(t.text.lower() in lower_words for t in doc[s:e] if t.lower_ not in _NAME_GLUE):
        return None
    if said and doc[e - 1].lower_ in BODY_HEADS:
        return s, e, "ORG"  # "Halvard Institute said"
    if glue or e - s > 3 or not all(t.pos_ == "PROPN" for t in doc[s:e]):
        return None
    if said or office_apposed(doc, e):
        return s, e, "PERSON"  # "Ana Ruiz, president of the Congress of Peru, said"
    return None


def _after_title(doc: Doc, kb, s: int, e: int, lower_words: set[str], vocab: set[str]):
    """"Ghanaian MP Kwame Asante", "Senator Rosa Quispe": two or three proper nouns written
    right after an office (and its country) are the holder's name, said or not."""
    k = s
    while k < e and (doc[k].lower_ in vocab or any(
            h.kind in ("country", "demonym") for h in kb.lookup([doc[k].text]))):
        k += 1
    if k == s and not (s > 0 and doc[s - 1].lower_ in vocab and doc[s - 1].whitespace_ == " " and
                       (doc[s - 1].is_title or doc[s - 1].is_upper)):
        return None
    if not 2 <= e - k <= 3 or k > s and doc[k - 1].lower_ not in vocab:
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lower_words and
               t.lower_ not in vocab and not kb.lookup([t.text]) for t in doc[k:e]):
        return None
    return k, e, "PERSON"


def office_apposed(doc: Doc, e: int) -> bool:
    """", president of the Congress of Peru," follows the name ending at ``e``."""
    from .actors import describe

    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    k = e + 1
    stop = min(len(doc), k + 10)
    while k < stop and doc[k].text not in (",", ".", ";") and not doc[k].is_space and \
            doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k == e + 1 or k >= len(doc) or doc[k].text != ",":
        return False
    return bool(describe(doc[e + 1:k]).title)
