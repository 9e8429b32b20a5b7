"""The event lexicon: verbs and event nouns -> PLOVER type, mode, CAMEO code, intensity.

The data lives in ``lexicon/event_verbs.tsv`` and ``lexicon/event_nouns.tsv``. The pipeline
runs without spaCy's lemmatizer (it is excluded for speed), so this module builds a
surface-form table itself: each lexicon verb is inflected (regular rules plus a table of
irregular forms) and each noun gets its plurals. Lookups are then one dict access per token.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicon"

# Irregular forms of the verbs the coder reads (lexicon verbs and support verbs).
IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "seek": ("sought",), "shoot": ("shot",),
    "fight": ("fought",), "strike": ("struck", "stricken"), "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"), "send": ("sent",), "take": ("took", "taken"), "retake": ("retook", "retaken"), "make": ("made",),
    "beat": ("beat", "beaten"), "break": ("broke", "broken"), "bring": ("brought",),
    "tell": ("told",), "freeze": ("froze", "frozen"), "blow": ("blew", "blown"), "hit": ("hit",),
    "lead": ("led",), "begin": ("began", "begun"), "forgive": ("forgave", "forgiven"),
    "pay": ("paid",), "have": ("had", "has"), "say": ("said",), "undertake": ("undertook", "undertaken"),
    "win": ("won",), "keep": ("kept",), "leave": ("left",), "put": ("put",), "set": ("set",),
    "cut": ("cut",), "shut": ("shut",), "spread": ("spread",), "throw": ("threw", "thrown"),
    "speak": ("spoke", "spoken"), "do": ("did", "done", "does"), "go": ("went", "gone", "goes"),
    "sell": ("sold",), "build": ("built",), "lay": ("laid",), "overtake": ("overtook", "overtaken"),
    "mislead": ("misled",), "arise": ("arose", "arisen"), "uphold": ("upheld",), "steal": ("stole", "stolen"),
    "swear": ("swore", "sworn"), "drive": ("drove", "driven"), "fly": ("flew", "flown"),
    "sign": (), "ask": (), "find": ("found",), "hear": ("heard",), "run": ("ran",), "stand": ("stood",),
    "shake": ("shook", "shaken"), "overrun": ("overran",), "lend": ("lent",), "forbid": ("forbade", "forbidden"), "rise": ("rose", "risen"),
}
_VOWELS = set("aeiou")


@dataclass(frozen=True)
class LexEntry:
    key: str  # the lexicon's lemma or phrase ("call on")
    type: str
    mode: str | None
    cameo: str | None
    intensity: float


def inflect(lemma: str) -> set[str]:
    """Surface forms of a verb lemma; over-generation is harmless (forms are only looked up)."""
    forms = {lemma}
    forms.update(IRREGULAR.get(lemma, ()))
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms |= {lemma + "s", lemma + "d", stem + "ing", lemma + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        es = "es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"
        forms |= {lemma + es, lemma + "ed", lemma + "ing"}
        # Consonant doubling ("ban" -> "banned") depends on stress; both spellings are kept.
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS \
                and lemma[-3] not in _VOWELS:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def plurals(noun: str) -> set[str]:
    if noun.endswith("s"):
        return {noun}
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in _VOWELS:
        return {noun, noun[:-1] + "ies"}
    return {noun, noun + ("es" if noun.endswith(("x", "z", "ch", "sh")) else "s")}


def _rows(name: str):
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            key, typ, mode, cameo, intensity = line.rstrip("\n").split("\t")
            yield LexEntry(key, typ, mode or None, cameo or None, float(intensity))


@dataclass
class Lexicon:
    verbs: dict[str, dict[str | None, LexEntry]]  # surface form -> {particle/prep or None: entry}
    nouns: dict[str, LexEntry]  # surface form (sing./plural) -> entry
    lemma_of: dict[str, str]  # surface form -> verb lemma, for every verb the coder knows

    def verb(self, form: str, particles: list[str]) -> LexEntry | None:
        """The entry for a verb form with its particles/prepositions; a phrase beats the bare verb."""
        by_prt = self.verbs.get(form)
        if not by_prt:
            return None
        for p in particles:
            if p in by_prt:
                return by_prt[p]
        return by_prt.get(None)

    def has_phrase(self, form: str) -> bool:
        return any(k is not None for k in self.verbs.get(form, {}))


@lru_cache(maxsize=1)
def load_lexicon(extra_verbs: tuple[str, ...] = ()) -> Lexicon:
    verbs: dict[str, dict[str | None, LexEntry]] = {}
    lemma_of: dict[str, str] = {}
    for e in _rows("event_verbs.tsv"):
        head, _, rest = e.key.partition(" ")
        for f in inflect(head):
            verbs.setdefault(f, {})[rest or None] = e
            lemma_of[f] = head
    for lemma in extra_verbs:
        for f in inflect(lemma):
            lemma_of.setdefault(f, lemma)
    nouns: dict[str, LexEntry] = {}
    for e in _rows("event_nouns.tsv"):
        for f in plurals(e.key):
            nouns.setdefault(f, e)
    return Lexicon(verbs, nouns, lemma_of)
