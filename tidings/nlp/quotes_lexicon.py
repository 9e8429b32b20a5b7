"""Words that cue quotes and reported speech, with their inflected forms.

Built once at import from base forms: the reading of quotes (``quotes.py``) looks tokens up
by their lower-cased text, because the pipeline runs without spaCy's lemmatizer.
"""
from __future__ import annotations

import re

CUE_VERBS = {
    # base form -> extra irregular forms
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"),
    "add": (), "note": (), "state": (), "announce": (), "declare": (), "explain": (),
    "insist": (), "claim": (), "argue": (), "warn": (), "urge": (), "ask": (), "answer": (),
    "reply": (), "respond": (), "write": ("wrote", "written", "writes", "writing"),
    "tweet": (), "post": (), "report": (), "suggest": (), "propose": (), "acknowledge": (),
    "admit": ("admitted", "admitting"), "deny": ("denied", "denies"), "confirm": (),
    "predict": (), "promise": (), "vow": (), "pledge": (), "believe": (), "think": ("thought",),
    "feel": ("felt",), "fear": (), "worry": ("worried", "worries"), "hope": (), "expect": (),
    "want": (), "call": (), "demand": (), "recall": (), "complain": (), "contend": (),
    "assert": (), "stress": (), "emphasize": (), "emphasise": (), "point": (), "observe": (),
    "agree": (), "disagree": (), "accuse": (), "criticize": (), "criticise": (), "blame": (),
    "describe": (), "estimate": (), "conclude": (), "find": ("found",), "show": ("shown",),
    "indicate": (), "reveal": (), "mention": (), "concede": (), "allege": (), "maintain": (),
    "charge": (), "testify": ("testified", "testifies"), "remark": (), "reiterate": (),
    "comment": (), "continue": (), "caution": (), "announce": (), "boast": (), "joke": (),
    "quip": ("quipped",), "shout": (), "scream": (), "cry": ("cried", "cries"),
    "speculate": (), "assure": (), "inform": (), "signal": ("signalled", "signaled"),
    "threaten": (), "praise": (), "question": (), "wonder": (), "know": ("knew", "known"),
    "acknowledge": (), "recommend": (), "advise": (), "counter": (), "retort": (),
    "read": (), "declare": (), "predict": (), "forecast": (), "understand": ("understood",),
    "echo": ("echoed", "echoes", "echoing"), "consider": (), "deem": (),
    # verbs of saying by manner ("“...,” mused Doe", "she confessed that ...")
    "muse": (), "confess": (), "exclaim": (), "opine": (), "whisper": (), "mutter": (),
    "yell": (), "holler": (), "bellow": (), "roar": (), "thunder": (), "bark": (), "murmur": (),
    "stammer": (), "sing": ("sang", "sung"), "chant": (), "scoff": (), "sneer": (), "jeer": (), "taunt": (), "gush": (), "rave": (),
    "rant": (), "grumble": (), "crow": (), "brag": (), "marvel": ("marvelled", "marvelling"),
    "interject": (), "concur": (), "proclaim": (), "lament": (), "recount": (), "summarize": (),
    "summarise": (), "exhort": (), "implore": (), "beseech": ("besought",), "plead": ("pled",),
    "beg": (),
    # verbs of persuading, whose clause after the one persuaded is what they are told
    "convince": (), "persuade": (),
}
# Verbs of persuading: their clause after the one persuaded ("convinced donors that he
# could win", "persuaded the board to sell") is what the persuader holds, but a quotation
# before them is not theirs ("“...,” said Doe - and then convincing voters he can win").
PERSUADE_VERBS = {"convince", "persuade"}
# Verbs that report speech even without a complement clause, next to a direct quote.
NEAR_QUOTE_ONLY = {"continue", "add", "write", "tweet", "post", "read", "reply", "respond",
                    "answer", "joke", "quip", "shout", "scream", "cry", "comment", "remark",
                    "retort", "counter", "recall", "explain", "note", "say", "tell", "ask",
                    "warn", "insist", "declare", "state", "announce", "argue", "conclude",
                    "observe", "muse", "boast", "caution", "concede", "acknowledge", "emphasize",
                    "stress", "predict", "suggest", "claim", "complain", "agree", "reiterate",
                    "testify", "confirm", "admit", "report", "echo", "write", "tell",
                    "confess", "exclaim", "opine", "whisper", "mutter"}
# Verbs of how something was said ("“...,” she yelled", "he marvelled: “...”", "the crowd
# chanted “...”"): cues of a quotation next to them, and of their own clause ("pleaded that",
# "begged him to stay"), but too often plain acts to report the clause before them
# ("After the vote, Doe sang", "..., the governor roared back") or to be nouns ("said to
# jeers"). (Sounds with no words, "laughed", "sighed", stay out: "“...,” Okafor said. Doe
# only laughed." is Okafor's.)
MANNER_VERBS = {"yell", "holler", "bellow", "roar", "thunder", "bark", "murmur", "stammer",
                "sing", "chant", "scoff", "sneer", "jeer",
                "taunt", "gush", "rave", "rant", "grumble", "crow", "brag", "marvel",
                "interject", "concur", "proclaim", "lament", "recount", "summarize",
                "summarise", "exhort", "implore", "beseech", "plead", "beg"}
NEAR_QUOTE_ONLY |= MANNER_VERBS
# Speech verbs whose direct object is the one spoken to, not what was said ("told
# reporters", "urged voters"), or is no report at all ("continued the tour").
ADDRESSEE_VERBS = {"tell", "ask", "inform", "assure", "urge", "advise", "warn", "remind", "call",
                   "thank", "continue", "read", "point", "find", "write",
                   "signal", "threaten", "question", "accuse", "criticize", "criticise",
                   "blame", "praise", "describe", "charge", "agree", "disagree", "cry",
                   "shout", "scream", "add", "answer", "know", "consider", "convince", "persuade"}
# (a manner of saying: "sang the anthem", "begged voters", "chanted his name"; "lamented
# the loss", "proclaimed a goal" and "recounted the day" report theirs)
ADDRESSEE_VERBS |= MANNER_VERBS - {"lament", "proclaim", "recount", "summarize", "summarise"}
# Cue verbs next to a quotation ("he continued:") that away from one report nothing:
# "continues to grow", "maintained the road", "understood to be".
NOT_REPORTING = {"continue", "maintain", "understand"}
# Verbs of knowing and grasping: their object is what the subject grasps ("understood the
# stakes", "does not understand the rules", "knew their voters"), a held view like "noted
# her record" (dev data: 15 of 20 such objects of "understand", 13 of 21 of "know" with a
# named knower, are annotated as reported content). Their clause reads as usual; their
# to-infinitive does not. ("know" only with a knower the text names: quotes_reported._knowing)
KNOWING = {"understand", "know"}
# Complements of these are not reported content ("want to go", "hope to win" are kept
# only when they take a full clause).
CLAUSE_ONLY = {"want", "hope", "expect", "know", "feel", "agree", "continue", "promise",
                "vow", "pledge", "threaten", "ask", "urge", "tell", "call", "demand",
                "advise", "recommend", "inform", "assure", "understand", "find", "show",
                "question", "wonder", "describe", "praise", "criticize", "criticise", "blame",
                "accuse", "charge", "point", "mention", "reveal", "post", "read"}
def regular_forms(base: str) -> set[str]:
    """The forms a regular verb may take, spelling guesses included ("plan" -> "plans",
    "planed", "pland", "planing", "plaing"): the ones no verb has match no token."""
    return {base, base + "s", base + "ed", base + "d", base + "ing", base[:-1] + "ing"}


# Verbs whose to-infinitive is an attributed intention or stance ("refused to give").
INTENT_FORMS = {f for base in ("want", "refuse", "intend", "plan", "hope", "decide", "vow",
                                "pledge", "promise", "threaten", "expect", "seek", "offer",
                                "agree", "urge", "ask", "demand", "wish", "aim", "decline",
                                "prefer", "like", "love", "hate", "choose",
                                # a vote, an aim or a purpose given to the clause ("voted to
                                # close the port", "looking to unseat him", "designed to deter")
                                "vote", "look", "design")
                 for f in regular_forms(base) | {base + base[-1] + "ed", base + base[-1] + "ing"}} | {
    "sought", "wishes"}  # (irregular forms; "planned" and "planning" double the consonant)
# Stance and speech verbs whose prepositional object is the reported content
# ("called for a ceasefire", "talked about jobs", "railed against the deal").
PREP_VERBS = {
    "call": ("for", "on"), "refer": ("to",), "talk": ("about",), "speak": ("about", "against", "of"),
    "ask": ("about", "for"), "respond": ("to",), "vote": ("for", "against"), "point": ("to",),
    "say": ("of", "about"), "rail": ("against",), "comment": ("on",),
    "advocate": ("for",), "warn": ("of", "about", "against"), "worry": ("about",),
    "push": ("for",), "agree": ("with", "to", "on"), "complain": ("about",), "argue": ("for", "against"),
    "write": ("about",), "tweet": ("about",), "lash": ("out",), "campaign": ("for", "against", "on"),
    "press": ("for",), "lobby": ("for", "against"), "testify": ("about", "on"), "boast": ("about", "of"),
    "brag": ("about",), "joke": ("about",), "reflect": ("on",), "elaborate": ("on",),
    "insist": ("on",), "hint": ("at",), "allude": ("to",), "object": ("to",), "appeal": ("for",),
    "plead": ("for",), "rant": ("about",), "think": ("about", "of"), "care": ("about",),
    "open": ("about",), "weigh": ("on",), "dwell": ("on",), "touch": ("on",), "vouch": ("for",),
    "apologize": ("for",), "apologise": ("for",), "cheer": ("for",), "rally": ("behind", "around"),
    "unite": ("behind", "around"), "line": ("behind",), "stump": ("for",), "clash": ("with", "over"),
    "spar": ("with", "over"), "react": ("to",), "remind": ("of", "about"), "delve": ("into",),
    "grapple": ("with",), "riff": ("on",), "harp": ("on",), "muse": ("about", "on"),
    "assure": ("of",), "divide": ("on", "over"), "split": ("on", "over"), "tire": ("of",),
    "fume": ("about", "over", "at"), "vent": ("about",), "sound": ("off",), "swipe": ("at",),
    "fire": ("at",), "hit": ("at",), "rage": ("against", "at"), "protest": ("against",),
    "fight": ("for", "against"), "dissent": ("from",), "disagree": ("with", "on", "over"),
    "reminisce": ("about",), "inquire": ("about",), "enquire": ("about",), "lecture": ("on", "about"),
    "opine": ("on", "about"), "expound": ("on",), "mull": ("over",), "gush": ("about", "over"),
    "rave": ("about",), "whine": ("about",), "gripe": ("about",), "grumble": ("about",),
    "focus": ("on",), "balk": ("at",),
    # (alignment with a person or a side: "believes in", "sided with", "distanced
    # himself from", "agreed to the terms")
    "believe": ("in",), "side": ("with",), "distance": ("from",),
    # (standing by, going after or hoping for someone or something: "stood by his
    # remarks", "went after Doe", "seized on the gaffe", "is looking for a win"; not "relied
    # on", "aimed at", "counting on", "identified with": mostly plans or descriptions)
    "stand": ("by",), "stick": ("by",), "go": ("after",), "seize": ("on", "upon"),
    "hope": ("for",), "yearn": ("for",), "root": ("for",), "decide": ("against",),
    "caution": ("against",), "turn": ("against",), "approve": ("of",), "renege": ("on",),
    "backpedal": ("on",), "waffle": ("on",), "look": ("for",),
}
# Nouns of speech and stance with a possessive source ("Trump's attacks on the press").
PREP_NOUNS = {
    # only with a possessor (see POSS_ONLY): "Trump's attacks on the press"
    "attack": ("on", "against"), "attacks": ("on", "against"), "response": ("to",),
    "criticism": ("of", "over", "about", "on", "for"), "endorsement": ("of",), "opposition": ("to",), "call": ("for",),
    "calls": ("for",), "critique": ("of",),
    "defense": ("of",), "defence": ("of",), "praise": ("for", "of"), "demand": ("for",),
    "demands": ("for",), "warning": ("of", "about"), "warnings": ("of", "about"),
    "claim": ("of",), "claims": ("of",), "denial": ("of",), "complaint": ("about",), "complaints": ("about",),
    "comments": ("on", "about"), "remarks": ("on", "about"), "comment": ("on", "about"),
    "remark": ("on", "about"), "statement": ("on", "about"), "statements": ("on", "about"),
    "mention": ("of",), "supporter": ("of",), "supporters": ("of",), "message": ("about", "of"),
    "hope": ("of", "for"), "hopes": ("of", "for"), "case": ("for", "against"),
    "announcement": ("of",), "words": ("for", "about"), "thoughts": ("on", "about"),
    "testimony": ("about", "on"), "tale": ("of",), "swipe": ("at",), "swipes": ("at",),
    "jab": ("at",), "jabs": ("at",), "dig": ("at",), "digs": ("at",), "shot": ("at",), "shots": ("at",),
    "potshot": ("at",), "potshots": ("at",), "reply": ("to",),
    "reference": ("to",), "references": ("to",), "assessment": ("of",),
    "allegation": ("of", "against"), "allegations": ("of", "against"),
    "accusation": ("of", "against"), "accusations": ("of", "against"), "declaration": ("of",),
    "declarations": ("of",), "view": ("of", "on"),
    "feelings": ("about", "on"),
    "faith": ("in",), "estimate": ("of",), "estimates": ("of",), "endorsements": ("of",),
    "embrace": ("of",), "backlash": ("against",), "ambivalence": ("about", "toward"),
    "passion": ("for",), "proponent": ("of",), "proponents": ("of",), "advocate": ("for", "of"),
    "advocates": ("for", "of"), "critic": ("of",), "critics": ("of",), "opponent": ("of",),
    "opponents": ("of",), "champion": ("of",), "campaigner": ("for",), "surrogate": ("for",),
    "criticisms": ("of",), "opinion": ("on", "of", "about"),
    "opinions": ("on", "of", "about"), "argument": ("for", "against"),
    "arguments": ("for", "against"), "approval": ("of",),
    "disapproval": ("of",), "condemnation": ("of",), "rejection": ("of",),
    "denunciation": ("of",), "acknowledgement": ("of",), "acknowledgment": ("of",),
    "admission": ("of",), "insistence": ("on",), "defense": ("of",),
    "appeal": ("for",), "appeals": ("for",), "plea": ("for",), "pleas": ("for",), "pledge": ("of", "to"), "promise": ("of", "to"),
    "objection": ("to",), "objections": ("to",), "protest": ("against", "over"),
    "protests": ("against", "over"),
    "allegiance": ("to",), "concerns": ("about", "over", "for"),
    "fears": ("of", "about", "over"), "questions": ("about", "over"),
    "attention": ("to",), "tribute": ("to",),
    "doubts": ("about", "over"), "doubt": ("about", "over"),
    # (a stance held: "her support for the levy", "his position on trade"; inside a report
    # they are part of it, see quotes._outermost)
    "support": ("for", "behind", "to"), "backing": ("behind", "to"), "position": ("on",), "positions": ("on",), "stance": ("on",), "views": ("on",),
    # (the same for an eagerness, a talk, a suit, a decision or a measure: "his enthusiasm
    # for the plan", "her decision on the bill", "the mayor's ban on fishing")
    "enthusiasm": ("for", "about"), "talk": ("of", "about"), "chants": ("of",), "chant": ("of",),
    "lawsuit": ("against", "over"), "fear": ("of",), "details": ("about", "of"), "debate": ("over", "about"),
    "ban": ("on",), "restrictions": ("on",), "discussion": ("of", "about"), "request": ("for",),
    "requests": ("for",), "decision": ("on", "about"), "plans": ("for",), "plan": ("for",),
    "idea": ("of",), "knowledge": ("of",),
}
# Nouns that are a stance only when someone's: "Trump's attacks on the press", not "the
# attacks on Paris" or "in response to the filings".
POSS_ONLY = {"attack", "attacks", "response"}
# Stance adjectives whose prepositional object is what the subject's statement is about
# ("Republicans have been critical of the deal", "she is upbeat about his chances").
PREP_ADJS = {
    "critical": ("of",), "supportive": ("of",), "skeptical": ("of", "about"),
    "sceptical": ("of", "about"), "dismissive": ("of",), "wary": ("of",), "upbeat": ("about",),
    "optimistic": ("about",), "pessimistic": ("about",), "confident": ("about", "of", "in"),
    "concerned": ("about", "over", "by"), "worried": ("about", "over", "by"),
    "angry": ("about", "at", "over"), "furious": ("about", "at", "over"), "proud": ("of",),
    "opposed": ("to",), "hopeful": ("about", "of"), "enthusiastic": ("about",),
    "silent": ("on", "about"), "mum": ("on", "about"), "vocal": ("about", "on"),
    "adamant": ("about",), "unapologetic": ("about",), "cautious": ("about",),
    "doubtful": ("about", "of"), "bullish": ("on", "about"), "bearish": ("on", "about"),
    "clear": ("about", "on"), "outspoken": ("about", "on"), "frank": ("about",),
    "open": ("about", "to"), "candid": ("about",), "appreciative": ("of",), "grateful": ("for",),
    "assured": ("of",), "tired": ("of",), "intent": ("on",), "bent": ("on",), "divided": ("on", "over"),
    "split": ("on", "over"), "sure": ("of", "about"), "impressed": ("by", "with"),
    "frustrated": ("with", "by", "about"), "cynical": ("about",), "fond": ("of",), "loyal": ("to",),
    "focused": ("on",), "unhappy": ("with", "about"), "happy": ("with", "about"),
    "pleased": ("with", "by", "about"), "disappointed": ("with", "by", "in"),
    "satisfied": ("with",), "dissatisfied": ("with",), "uneasy": ("about",), "nervous": ("about",),
    "excited": ("about",), "afraid": ("of",), "fearful": ("of",), "suspicious": ("of",),
    "convinced": ("of",), "certain": ("of", "about"), "positive": ("about",),
    "negative": ("about",), "committed": ("to",), "hostile": ("to", "toward", "towards"),
    "sympathetic": ("to", "toward", "towards"), "receptive": ("to",), "unclear": ("on", "about"),
    "quiet": ("on", "about"), "tough": ("on",), "soft": ("on",), "harsh": ("on",),
    "unsure": ("of", "about"), "uncertain": ("about",), "ambivalent": ("about",),
    "enthused": ("about", "by"), "thrilled": ("about", "by", "with"), "annoyed": ("by", "with", "at"),
    "outraged": ("by", "over", "at"), "disgusted": ("by", "with"), "alarmed": ("by", "at"),
    "interested": ("in",),
}


def _prep_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    irregular = {"speak": ("spoke", "spoken"), "think": ("thought",), "write": ("wrote", "written"),
                 "fight": ("fought",), "dwell": ("dwelt",), "plead": ("pled",),
                 "stand": ("stood",), "stick": ("stuck",), "go": ("went", "gone", "goes"),
                 "backpedal": ("backpedalled", "backpedalling")}
    for base, preps in PREP_VERBS.items():
        stem = base[:-1] if base.endswith("e") else base
        forms = {base, base + "s", base + "es", stem + "ed", stem + "ing", *irregular.get(base, ())}
        if base == "say":
            forms |= {"said", "says", "saying"}
        if base.endswith("y") and base[-2] not in "aeiou":
            forms |= {base[:-1] + "ied", base[:-1] + "ies"}
        if base == "refer" or re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
            # "spar" -> "sparred", "refer" -> "referring"
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
        for f in forms:
            out[f] = preps
    return out


# (A plain "will vote for", "focus on" inside a report is part of that report, see
# quotes._outermost; on its own it is the subject's stated course.)
PREP_FORMS = _prep_forms()
# Stance and speech verbs whose direct object is what the source's statement is about
# ("endorsed Sanders", "dismissed the charges", "announced a plan").
DOBJ_VERBS = ("defend", "endorse", "chastise", "criticize", "criticise", "trash", "announce",
               "discuss", "mention", "dismiss", "reject", "deny", "praise", "blast", "slam",
               "condemn", "attack", "accuse", "blame", "question", "oppose",
               "rubbish", "cite", "describe", "propose", "recommend", "demand", "predict",
               "acknowledge", "admit", "dispute", "mock", "ridicule",
               "applaud", "welcome", "hail", "decry", "denounce", "lament", "tout", "insult",
               "label", "lambast", "berate", "scold", "rebuke", "chide", "fault", "thank",
               "congratulate", "urge", "promise", "pledge", "vow", "threaten", "warn", "tweet",
               "repeat", "reiterate", "echo", "quote", "explain", "stress", "emphasize",
               "emphasise", "highlight", "float", "unveil", "outline", "share", "express", "voice", "argue", "claim", "allege", "suggest",
               "view", "regard", "prefer", "list", "name",
               "bemoan", "recount", "reference", "remember", "portray", "paint", "frame", "resist", "like",
               "dislike", "hate", "love", "savage", "pan", "hammer", "trumpet", "underscore",
               "heckle", "retweet", "champion", "celebrate",
               "disavow", "disown", "repudiate", "reaffirm", "affirm", "recite", "detail",
               "sketch", "profess", "excoriate", "castigate", "assail", "skewer", "bash", "pillory", "deride", "disparage", "belittle", "downplay", "minimize",
               "minimise", "concede", "contest", "rebut", "refute", "contradict", "clarify",
               "justify", "ponder", "consider", "envision", "imagine", "recall", "relay",
               "convey", "peddle", "boo", "cheer", "answer", "note", "report",
               "issue", "reveal", "disclose", "leak", "publish", "air", "broadcast",
               # backing and resisting someone is a stance the source takes on them
               "support", "back", "favor", "favour", "challenge", "ignore", "seek",
               "encourage",
               # acts that state what the source wants or holds ("ordered a review",
               # "invoked the Fifth", "requested a recount")
               "order", "invoke", "nominate", "request", "identify", "offer",
               # how the source sees or weighs something ("rivals see an opening",
               # "likened the mayor to a despot")
               "see", "compare", "liken", "recognize", "recognise", "trust",
               # what a measure, a ruling or its backer shuts out ("a bill restricting
               # protests", "the court blocked the merger")
               "ban", "bar", "block", "restrict", "prohibit", "forbid", "outlaw", "criminalize",
               "criminalise", "defund",
               # taking up, putting out or pressing a position, a document or a claim
               # ("embraced the plan", "sued the city", "signed the
               # bill", "filed a complaint")
               "accept", "embrace", "promote", "sue", "boycott", "exploit",
               "sign", "file", "introduce", "sponsor",
               # setting out, exposing or turning down a claim or a demand ("articulated
               # these themes", "exposed his bank accounts", "rebuffed pressure to ...")
               "articulate", "document", "expose", "rebuff", "debate",
               # crediting, judging, foreseeing, relishing or weighing something: a view the
               # source holds of it ("credited the mayor with the deal", "foresaw a rout",
               # "relished the fight", "mulled a run", "interpreted the vote as a rebuke")
               "credit", "judge", "foresee", "herald", "rip", "relish", "mull", "interpret",
               "cherish", "commend",
               # an attitude to something or a weighing of it ("admired his grit", "despises
               # the press", "discounted the poll", "is contemplating a run", "explored a bid")
               "admire", "respect", "despise", "detest", "loathe", "appreciate", "disregard",
               "discount", "comprehend", "contemplate", "explore",
               # turning down an offer or a request ("declined an interview request", "declined
               # the invitation"; its infinitive, "declined to comment", reads as before)
               "decline")
# Decisions an office holder or a body takes on someone or something, like "ordered" or
# "signed" ("appointed Doe to the court", "vetoed the bill", "overturned the ruling"). Only
# their object is read: "not authorized to speak publicly" is leave given to the subject,
# not a view of theirs.
DECISION_VERBS = ("appoint", "approve", "authorize", "authorise", "veto", "overturn", "ratify",
                  "reinstate")
DOBJ_VERBS += DECISION_VERBS


# Phrasal verbs of communication and dismissal whose object is what the source states or
# waves away ("laid out a plan", "played down the report", "brushed off the charges"); the
# particle makes the verb one of speech ("lay" and "play" alone are not).
PHRASAL_VERBS = {
    "lay": ("out",), "spell": ("out",), "point": ("out",), "single": ("out",), "call": ("out",),
    "rule": ("out",), "play": ("down", "up"), "talk": ("up", "down"), "brush": ("off", "aside"),
    "shrug": ("off",), "laugh": ("off",), "wave": ("off", "away"), "sum": ("up",),
    "trot": ("out",), "set": ("out", "forth"), "churn": ("out",), "fire": ("off",), "tick": ("off",), "toss": ("out",),
    "throw": ("out",), "read": ("out",), "cry": ("out",), "speak": ("out", "up"), "hit": ("back",),
    "fight": ("back",), "push": ("back",), "back": ("away", "off"),
}
_PHRASAL_IRREGULAR = {"lay": ("laid",), "speak": ("spoke", "spoken"),
                      "throw": ("threw", "thrown"), "fight": ("fought",), "spell": ("spelt",)}


def _phrasal_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for base, particles in PHRASAL_VERBS.items():
        stem = base[:-1] if base.endswith("e") else base
        forms = {base, base + "s", stem + "ed", stem + "ing", *_PHRASAL_IRREGULAR.get(base, ())}
        if base.endswith("y") and base[-2] not in "aeiou":
            forms |= {base[:-1] + "ied", base[:-1] + "ies"}
        if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):  # "shrug" -> "shrugged"
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
        for f in forms:
            out[f] = particles
    return out


PHRASAL_FORMS = _phrasal_forms()


# Verbs of more than one syllable stressed on the last, which double their final consonant.
_DOUBLING = {"admit", "rebut", "prefer", "regret", "commit", "refer", "compel", "control",
             "patrol", "rebel", "omit", "permit", "submit", "abhor", "deter", "confer", "defer",
             "infer", "transfer", "forbid", "upset", "outstrip"}


_IRREGULAR = {"seek": ("sought",), "see": ("saw", "seen", "seeing"), "foresee": ("foresaw", "foreseen", "foreseeing"),
              "forbid": ("forbade", "forbidden", "forbidding")}


def _dobj_forms(verbs: tuple[str, ...] = DOBJ_VERBS) -> set[str]:
    out: set[str] = set()
    for base in verbs:
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", base + "es", stem + "ed", stem + "ing"}
        if base.endswith("y"):
            out |= {base[:-1] + "ied", base[:-1] + "ies"}
        out |= set(_IRREGULAR.get(base, ()))
        if base in _DOUBLING or re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
            # "slam" -> "slammed", "prefer" -> "preferred"
            out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return out


# Plain forms of stance verbs that mostly state a plan or a poll figure ("would support",
# "voters back the ban", "to challenge"), not a stance someone stated.
_PLAN_FORMS = {"challenge", "challenges", "ignore",
               "ignores", "encouraging", "consider"}
PLAN_FORMS = _PLAN_FORMS
DOBJ_FORMS = (_dobj_forms() - _PLAN_FORMS) | {"addressed"}  # "address" alone is mostly a venue
DECISION_FORMS = _dobj_forms(DECISION_VERBS)
PERSONAL = {"he", "she", "him", "her", "his"}
FIRST = {"i", "we"}
PRON_SUBJ = PERSONAL | {"they", "it", "i", "we", "you", "who", "which", "that"}
# Possessives and other pronouns that name no one by themselves ("their attacks on").
OTHER_PRON = {"their", "its", "our", "my", "your", "them", "us", "me", "theirs", "ours",
              "hers", "mine", "yours"}


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for base, extra in CUE_VERBS.items():
        stem = base[:-1] if base.endswith("e") else base
        regular = {base, base + "s", stem + "ed", stem + "ing"}
        if base.endswith("y") and base[-2] not in "aeiou":
            regular |= {base[:-1] + "ied", base[:-1] + "ies"}
        if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):  # "admit" -> "admitted"
            regular |= {base + base[-1] + "ed", base + base[-1] + "ing"}
        for f in regular | set(extra):
            out.setdefault(f, base)
    return out


CUE_FORMS = _forms()


CLAUSE_NOUNS = {"claim", "claims", "statement", "argument", "belief", "view", "assertion",
                 "promise", "warning", "suggestion", "insistence", "contention", "allegation",
                 "allegations", "admission", "assurance", "assurances", "prediction", "hope",
                 "fear", "fears", "concern", "message", "announcement", "remark", "comment",
                 "pledge", "vow", "assessment", "conclusion", "accusation", "accusations",
                 "charge", "charges", "suspicion", "insinuation", "notion", "idea", "report",
                 "reports", "finding", "findings", "estimate", "threat", "demand", "proposal",
                 # cognition and communication nouns whose "that" clause is their content
                 "case", "point", "doubt", "doubts", "sense", "speculation", "assumption",
                 "narrative", "consensus", "rumor", "rumors", "rumour", "rumours", "feeling",
                 "impression", "theory", "perception", "expectation", "expectations",
                 "understanding", "hint", "hints", "complaint", "complaints",
                 "criticism", "reminder", "thought", "sentiment", "worry", "worries",
                 "recognition", "acknowledgment", "acknowledgement", "denial", "denials"}
