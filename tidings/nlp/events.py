"""PLOVER event coding from the dependency parse: who does what to whom, when and where.

An event needs a trigger and its arguments read off the parse of its sentence:
- a lexicon verb ("met", "accused", "withdrew from"), its subject the source and its object,
  dative or prepositional object the target (passives swap through the "by" agent);
- a support verb with an event noun ("launched an attack on", "held talks with",
  "imposed sanctions on"), typed by the noun;
- an event noun with its own actors ("his meeting with Rubio", "clashes between X and Y").
Negated, modal/conditional, interrogative and merely intended or requested actions give no
event; a complement of another event ("agreed to work together") is that event's content.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event
from .events_actors import RELATIONAL, ActorResolver, is_pronoun
from .events_context import caption_dates, caption_for, event_date, event_place
from .events_lexicon import LexEntry, load_lexicon

SUPPORT_VERBS = (
    "launch", "carry", "conduct", "stage", "hold", "make", "mount", "wage", "unleash", "begin",
    "start", "resume", "continue", "step", "intensify", "issue", "sign", "reach", "strike",
    "clinch", "seal", "announce", "declare", "express", "extend", "offer", "provide", "give",
    "send", "impose", "open", "deliver", "lodge", "file", "pay", "have", "engage", "take",
    "adopt", "implement", "conclude", "enter", "initiate", "attend", "join", "organize",
    "organise", "lead", "use", "deploy", "dispatch", "order", "agree", "finalize", "broker",
    "receive", "accept", "grant", "pledge", "promise", "call", "renew", "host", "earmark",
    "pay", "spend", "allocate", "approve", "authorize", "authorise", "increase", "set",
    "complete", "finish",
)
OCCURRENCE_VERBS = ("erupt", "break", "take", "occur", "happen", "rage", "flare", "escalate",
                    "continue", "resume", "begin", "start", "intensify")
# Complement-taking words whose complement is not (yet) an event: wanted, planned, hoped-for.
INTENT = {
    "plan", "want", "hope", "intend", "aim", "consider", "expect", "try", "attempt", "propose",
    "prepare", "wish", "seek", "threaten", "vow", "promise", "pledge", "refuse", "fail",
    "decline", "agree", "offer", "ask", "urge", "call", "demand", "deny", "reject", "warn",
    "encourage", "press", "appeal", "request", "allow", "permit", "need", "order",
    "plead", "invite", "tell", "push", "help", "able", "likely", "unlikely", "ready", "willing",
    # claims and attitudes: what they are about is not a reported fact
    "claim", "allege", "skeptical", "sceptical", "confident", "optimistic", "pessimistic", "hopeful",
    "concerned", "worried", "sure", "certain", "afraid", "fear", "doubt", "believe", "think",
}
INTENT_NOUNS = {"plan", "plans", "hope", "hopes", "proposal", "call", "calls", "request", "demand",
                "demands", "appeal", "promise", "wish", "possibility", "risk", "bid", "attempt",
                "effort", "efforts", "order", "intention", "threat", "threats", "decision",
                "readiness", "willingness", "right", "ability", "chance", "way", "order",
                "charges", "charge", "accusation", "accusations", "allegation", "allegations",
                "claim", "claims", "rumours", "rumors", "suspicion", "suspicions", "motive", "motives",
                "pessimism", "optimism", "skepticism", "scepticism", "doubts", "concern", "concerns",
                "fears", "fear", "worries", "prospect", "prospects", "idea", "question", "talk"}
# Governors that turn their complement into an intent ("willing to withdraw" is an offer,
# "ready to strike" a threat) or a failure ("failed to reach a deal" is a rejection).
COMMIT = {"willing", "ready", "prepared", "committed", "determined", "eager", "keen", "want",
          "plan", "intend", "commitment", "readiness", "willingness", "intention",
          "pledge", "promise", "offer", "vow"}
FAIL = {"fail"}
COMMENT_VERBS = {"comment", "say", "speak", "elaborate", "answer", "confirm", "disclose", "respond",
                 "discuss", "specify", "identify", "name", "give", "provide", "reveal"}
ACCUSATIONS = {"charges", "charge", "accusations", "accusation", "allegations", "allegation", "claims",
               "claim", "reports", "report", "involvement", "responsibility", "wrongdoing", "rumours",
               "rumors", "links", "role", "existence"}
RELATION_OBJECTS = {"ties", "relations", "links", "cooperation", "co-operation", "contacts",
                    "dialogue", "talks", "negotiations", "mediation", "visit", "trip", "aid",
                    "assistance", "funding", "funds", "support", "loans", "flights", "trade",
                    "imports", "exports", "program", "programme", "programs", "projects",
                    "investment", "relationship", "partnership", "efforts", "membership", "access",
                    "embassy", "consulate", "mission", "meeting", "meetings", "summit", "air"}
REPRESENTATIVES = {"peacekeepers", "ambassador", "ambassadors", "envoy", "envoys", "diplomats",
                   "monitors", "observers", "staff", "workers", "personnel", "mission", "embassy"}
CONFLICT_OBJECTS = {"operations", "operation", "attacks", "attack", "offensive", "fighting",
                    "strikes", "hostilities", "bombing", "bombings", "raids", "campaign", "violence",
                    "shelling", "fire", "airstrikes", "assault"}
BUILD_VERBS = {"establish", "upgrade", "strengthen", "expand", "improve", "deepen", "boost",
               "bolster", "restore", "resume", "normalize", "normalise", "enhance", "forge", "renew",
               "increase", "intensify", "beef"}
CUT_VERBS = {"cut", "sever", "reduce", "slash", "halt", "end", "stop", "cease", "cancel",
             "terminate", "postpone", "withhold", "break", "suspend", "freeze", "downgrade",
             "scale", "curtail", "close", "withdraw", "recall", "scrap", "abandon"}
# Support verbs that take their event noun through a preposition ("took part in talks").
PREP_SUPPORT = {"participate", "gather", "go", "join", "engage", "take", "stay", "remain", "put",
                "use", "hold", "be", "enter"}
MODALS = {"may", "might", "could", "should", "can", "must", "ought", "shall"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
NEGATIONS = {"not", "n't", "n’t", "never", "no", "neither", "nor", "without"}
# Objects that make "released"/"issued"/"gave" a communication, not a concession or an aid.
INFO_OBJECTS = {"statement", "statements", "report", "reports", "video", "videos", "footage", "data",
                "details", "figures", "results", "list", "document", "documents", "album",
                "film", "image", "images", "photo", "photos", "recording", "names", "speech",
                "interview", "information", "version", "update", "guidance", "warning",
                "condolence", "condolences", "concern", "concerns", "sympathy", "regret", "hope",
                "hopes", "opinion", "views", "view", "thanks", "press", "evidence", "account"}
FORCE_OBJECTS = {"troops", "soldiers", "forces", "warships", "ships", "jets", "aircraft",
                 "tanks", "police", "reinforcements", "units", "battalion", "battalions", "brigade",
                 "marines", "personnel", "army"}
WEAPON_OBJECTS = {"teargas", "missile", "missiles", "rocket", "rockets", "shell", "shells", "shot", "shots",
                  "round", "rounds", "mortar", "mortars", "bullet", "bullets", "gas", "grenade",
                  "grenades", "weapons", "artillery", "fire", "munitions", "bomb", "bombs"}
TARGET_PREPS = ("with", "on", "against", "to", "at", "into", "upon", "toward", "towards", "over",
                "for", "from", "between", "among", "of")
ASPECTUAL = {"continue", "begin", "start", "resume", "keep", "manage", "proceed", "go", "step",
             "escalate", "intensify", "repeat", "decide", "move", "help"}
# Natural forces "hit" and "kill" too; they are not actors of an event.
DISASTERS = {"earthquake", "quake", "storm", "cyclone", "flood", "floods", "flooding", "hurricane",
             "typhoon", "tsunami", "drought", "epidemic", "pandemic", "virus", "disease", "accident",
             "crash", "landslide", "avalanche", "heatwave", "wildfire", "wildfires", "outbreak",
             "blaze", "rains", "snowstorm", "tornado", "eruption", "cholera", "famine"}
GIVE_VERBS = {"provide", "give", "deliver", "grant", "send", "supply", "earmark", "allocate", "pay",
              "spend", "authorize", "authorise"}
RESTRICTIONS = {"sanctions", "sanction", "ban", "bans", "restrictions", "tariffs", "tariff", "embargo",
                "curfew", "blockade", "siege", "limits", "controls", "tax", "taxes", "duties", "levies",
                "curbs", "quotas"}
REFUGEES = {"refugees", "migrants", "asylum-seekers", "seekers", "evacuees", "people", "children"}
_LEX = load_lexicon(SUPPORT_VERBS + OCCURRENCE_VERBS + tuple(INTENT) + tuple(ASPECTUAL)
                    + tuple(COMMIT) + tuple(FAIL) + tuple(BUILD_VERBS) + tuple(CUT_VERBS)
                    + ("remain", "stay", "put", "place", "go", "participate", "gather", "reiterate", "share",
                       "admit", "resettle", "find", "flout",
                       "reaffirm", "authorize", "authorise", "be", "remove"))
_INTENT_TYPES = {"AID": ("AGREE", "033"), "COOPERATE": ("AGREE", "031"), "RETREAT": ("AGREE", "030"),
                 "ASSAULT": ("THREATEN", "138"), "COERCE": ("THREATEN", "137"),
                 "MOBILIZE": ("THREATEN", "138"), "SANCTION": ("THREATEN", "131"),
                 "PROTEST": ("THREATEN", "130")}
_VERBAL = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_MAX_EVENTS_PER_SENT = 8


def find_events(doc: Doc) -> list[Event]:
    ctx = doc._.tidings_ctx
    pub = getattr(ctx, "pub_date", None)
    resolver = ActorResolver(doc, list(doc._.tidings_entities or []),
                             list(doc._.tidings_quotes or []))
    captions = caption_dates(getattr(ctx, "captions", None) or [], pub)
    out: list[Event] = []
    seen: set[tuple] = set()
    dateline = getattr(ctx, "dateline", None)
    dateline_country = None
    if dateline and resolver.code_actor is not None:
        dateline_country = resolver.code_actor(dateline[:80])[0]
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue  # a question reports no event
        found = []
        for tok in sent:
            trig = _trigger(tok)
            if trig is None:
                continue
            entry, pred, noun = trig
            frame = _frame(pred, noun)
            if frame == "block":
                continue
            coded = _reframe(entry, frame, pred)
            if coded is None:
                continue
            # Arguments are read with the action's own sense ("will not lift the ban on X"
            # is a rejection whose target is X, as the lifting's would be).
            found.extend(_code(coded, pred, noun, sent, resolver, entry))
        found.extend(_demands(sent, resolver))
        # The best-supported reading first: events with both actors, then main-clause ones.
        found.sort(key=lambda e: (e[1].source.name is None, e[1].target.name is None, e[0]))
        # "a soldier killed in Kabul a decade ago": a reduced relative with no actor is background.
        found = [f for f in found if not (f[1].source.name is None and f[2].dep_ == "acl")]
        for _, ev, pred in found[:_MAX_EVENTS_PER_SENT]:
            key = (ev.type, ev.source.entity_id or ev.source.name, ev.target.entity_id or ev.target.name,
                   ev.sentence[0])
            if key in seen:
                continue
            seen.add(key)
            ev.date = event_date(pred, doc, pub, ev, captions)
            ev.place, place_country = event_place(pred, resolver, getattr(ctx, "dateline", None),
                                                  caption_for(ev, captions))
            # Common-noun actors ("protesters", "gunmen", "a police headquarters") named
            # without a country are coded by where the event happened, as the sentence says.
            local = place_country or dateline_country
            if local:
                if ev.source.name and ev.source.country is None and ev.source.entity_id is None:
                    ev.source = replace(ev.source, country=local)
                if ev.target.name and ev.target.country is None and ev.target.entity_id is None:
                    ev.target = replace(ev.target, country=local)
            out.append(ev)
    return out


# "X said Y must stop ...": a demand by X on Y (CAMEO 10), whatever Y is to do.
DEMAND_CUES = {"said", "says", "say", "saying", "stated", "states", "insisted", "insists", "stressed",
               "stresses", "added", "adds", "reaffirmed", "reaffirms", "told", "tells", "declared",
               "declares", "argued", "argues", "maintained", "maintains"}


def _demands(sent: Span, resolver: ActorResolver) -> list[tuple[int, Event, Token]]:
    out = []
    for tok in sent:
        if not tok.tag_.startswith("VB") or tok.dep_ != "ccomp" or tok.head.lower_ not in DEMAND_CUES:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) or _negated(tok):
            continue
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        src = resolver.actor(speaker) if speaker is not None else None
        tgt = resolver.actor(subject, {src.entity_id} if src and src.entity_id else set()) \
            if subject is not None else None
        if src is None or tgt is None:
            continue
        out.append((_depth(tok), Event(type="REQUEST", source=src, target=tgt,
                                       sentence=[sent.start_char, sent.end_char], mode="demand",
                                       intensity=-5.0, cameo="100"), tok))
    return out


# -- triggers --------------------------------------------------------------------------------
def _particles(tok: Token) -> list[str]:
    prts = [c.lower_ for c in tok.children if c.dep_ == "prt" or
            (c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.lower_ in ("free", "go"))]
    preps = [c.lower_ for c in tok.children if c.dep_ in ("prep", "agent")]
    out = [f"{p} {q}" for p in prts for q in preps] + prts + preps
    return out


def _object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    for c in tok.children:  # "carry out attacks", "engage in talks"
        if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "in", "into", "up"):
            for g in c.children:
                if g.dep_ in ("pobj", "dobj"):
                    return g
    if tok.dep_ == "relcl" and tok.head.tag_.startswith("NN"):  # "a meeting Rubio had"
        return tok.head
    return None


def _trigger(tok: Token) -> tuple[LexEntry, Token, Token | None] | None:
    """(entry, predicate token, event noun or None) when tok starts an event."""
    low = tok.lower_
    if tok.tag_.startswith("VB"):
        lemma = _LEX.lemma_of.get(low)
        if lemma is None:
            return None
        obj = _object(tok)
        if obj is None:  # "sanctions were lifted", "the strike was called off"
            obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        special = _special_predicate(lemma, tok, obj)
        if special is _NO_EVENT:
            return None
        if special is not None:
            return special
        if lemma in SUPPORT_VERBS or lemma in ("participate", "gather", "go", "reiterate", "reaffirm",
                                                "authorize", "authorise"):
            cands = ([obj] if obj is not None else [])
            if lemma in PREP_SUPPORT:
                cands += _prep_objects(tok, ("for", "in", "on", "at", "into", "as"))
            if obj is not None:  # "launched air and artillery strikes" parses as "air" + conj
                cands += [c for c in obj.children if c.dep_ == "conj"]
            if obj is None:
                cands += [c for c in tok.children if c.dep_ == "nsubjpass"]
            for cand in cands:
                noun = noun_entry(cand)
                if noun is not None and not _noun_misread(lemma, cand, noun):
                    return _support_entry(lemma, cand, noun), tok, cand
        entry = _LEX.verb(low, _particles(tok))
        if entry is None:
            return None
        entry = _verb_condition(lemma, entry, tok, obj)
        return (entry, tok, None) if entry is not None else None
    if low == "responsible" and tok.dep_ == "acomp":  # "X is responsible for mass killings"
        for p in _prep_objects(tok, ("for",)):
            noun = noun_entry(p)
            if noun is not None and noun.type in ("ASSAULT", "COERCE"):
                return noun, tok.head, p
    if tok.tag_.startswith("NN"):
        noun = noun_entry(tok)
        if noun is None:
            return None
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and (_LEX.lemma_of.get(head.lower_) in OCCURRENCE_VERBS
                                                   or _LEX.lemma_of.get(head.lower_) in BUILD_VERBS):
            return noun, tok, tok  # "clashes erupted between X and Y": the noun holds the actors
        if tok.dep_ in ("pobj", "nsubj", "dobj", "ROOT", "appos") and _nominal_has_actors(tok):
            return noun, tok, tok
    return None


def noun_entry(tok: Token) -> LexEntry | None:
    """The entry of an event noun, trying its modified forms first ("joint exercise", "state of siege")."""
    low = tok.lower_
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":  # "cease-fire" arrives as three tokens
        e = _LEX.nouns.get(f"{doc[tok.i - 2].lower_}-{low}") or _LEX.nouns.get(f"{doc[tok.i - 2].lower_}{low}")
        if e is not None:
            return e
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            e = _LEX.nouns.get(f"{c.lower_} {low}")
            if e is not None:
                return e
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                e = _LEX.nouns.get(f"{low} of {g.lower_}")
                if e is not None:
                    return e
    if low in ("release", "delivery", "transfer", "provision") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                (_LEX.nouns.get(x.lower_) or LexEntry("", "", None, None, 0)).type == "AID"
                for g in c.children for x in g.subtree) for c in tok.children):
        return _LEX.nouns.get("aid")
    if tok.ent_type_ == "MONEY" or low in ("million", "billion", "amount", "sum", "package", "increase"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for g in c.children:
                    e = _LEX.nouns.get(g.lower_)
                    if e is not None and e.type == "AID":
                        return e
    return _LEX.nouns.get(low)


_NO_EVENT = ("no event",)


def _special_predicate(lemma: str, tok: Token, obj: Token | None):
    """Predicates whose type comes from verb and object together ("severed ties", "on alert")."""
    objl = obj.lower_ if obj is not None else ""
    for p in _prep_objects(tok, ("on", "under")):
        if p.lower_ == "alert":
            return LexEntry("alert", "MOBILIZE", "alert", "151", -7.2), tok, None
        if p.lower_ in ("strike", "strikes") and not any(c.lower_ in ("air", "drone") for c in p.children):
            return LexEntry("strike", "PROTEST", "strike", "143", -6.5), tok, p
    if obj is None:
        return None
    if lemma == "force" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or \
            lemma == "force" and any(p.lower_ == "out" for p in tok.children if p.dep_ in ("prep", "advmod")):
        return LexEntry("expel", "SANCTION", "expel", "166", -5.0), tok, None
    if lemma in ("remove", "lift", "ease", "relax", "waive", "drop", "roll", "end", "scrap", "cut", "reduce",
                 "slash", "suspend", "halt", "repeal", "abolish", "lower") and objl in RESTRICTIONS:
        return LexEntry("lift", "CONCEDE", "policy", "081", 5.0), tok, None
    if lemma == "open" and objl in ("border", "borders", "airspace", "crossing", "crossings", "ports"):
        return LexEntry("open", "CONCEDE", "policy", "081", 5.0), tok, None
    if lemma in BUILD_VERBS:
        if objl in ("ties", "relations", "links", "cooperation", "relationship", "partnership", "co-operation"):
            # Opening or upgrading relations is diplomatic cooperation (CAMEO 05), not material.
            return LexEntry("relations", "SUPPORT", "recognize", "054", 5.0), tok, None
        if objl in FORCE_OBJECTS or objl in ("presence", "deployment", "patrols", "defenses", "defences"):
            return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2), tok, None
    if lemma in ("reinforce", "mass", "station") and objl not in FORCE_OBJECTS and not _actorish(obj) \
            and objl not in ("presence", "positions", "deployment", "patrols", "defenses", "defences"):
        return _NO_EVENT  # "reinforced its commitment" is not a troop movement
    if lemma in CUT_VERBS:
        if lemma in ("withdraw", "recall") and objl in REPRESENTATIVES:
            return LexEntry("withdraw", "SANCTION", "relations", "1662", -5.0), tok, None
        if lemma in ("cease", "halt", "stop", "end", "suspend") and objl in CONFLICT_OBJECTS:
            return LexEntry("ceasefire", "CONCEDE", "ceasefire", "0872", 5.0), tok, None
        if lemma == "close" and objl in ("border", "borders", "airspace", "crossing", "crossings", "port", "ports"):
            return LexEntry("close", "COERCE", "restrict", "172", -5.0), tok, None
        if objl in RELATION_OBJECTS or (noun_entry(obj) or LexEntry("", "", None, None, 0)).type in ("AID", "CONSULT", "COOPERATE"):
            return LexEntry("reduce", "SANCTION", "relations", "160", -4.0), tok, None
    if lemma in ("accept", "admit", "resettle", "take", "host", "welcome", "receive") and objl in REFUGEES \
            and (objl != "people" or any(c.lower_ in ("refugee", "asylum") for c in obj.subtree)):
        return LexEntry("asylum", "AID", "asylum", "075", 7.0), tok, None
    if lemma == "share" and objl in ("intelligence", "information", "data", "evidence", "expertise", "technology"):
        return LexEntry("share", "COOPERATE", "intelligence", "062", 6.0), tok, None
    if lemma in ("violate", "breach", "defy", "flout") and not any(
            t.lower_ in ("ceasefire", "truce", "cease", "armistice") for t in obj.subtree):
        return LexEntry("defy", "REJECT", "defy", "1246", -4.0), tok, None
    if (lemma in CUT_VERBS or lemma == "call" and any(c.lower_ == "off" for c in tok.children)) and objl in ("strike", "strikes", "protest", "protests", "boycott",
                                                  "sit-in", "demonstration", "demonstrations", "blockade"):
        return LexEntry("end protest", "CONCEDE", "protest", "0833", 5.0), tok, None
    if lemma == "find" and any(c.lower_ == "guilty" for c in tok.children):
        return LexEntry("guilty", "ACCUSE", "legal", "115", -2.0), tok, None
    if lemma == "stop" and objl == "work":
        return LexEntry("strike", "PROTEST", "strike", "143", -6.5), tok, None
    return None


def _noun_misread(verb: str, obj: Token, noun: LexEntry) -> bool:
    if obj.lower_ in ("strike", "strikes") and verb in ("stage", "hold", "call", "begin", "start"):
        return False
    if verb == "use" and noun.type not in ("COERCE", "ASSAULT"):
        return True
    if verb == "call" and noun.type != "CONSULT":  # "called a meeting", not "called a strike"
        return True
    return False


def _support_entry(verb: str, obj: Token, noun: LexEntry) -> LexEntry:
    if verb in ("accept", "meet", "grant", "heed") and noun.type == "REQUEST":
        return LexEntry("accede", "CONCEDE", "policy", "080", 5.0)  # "accepted the demands"
    if verb in GIVE_VERBS and noun.type == "SUPPORT":  # "provided support" is material
        return LexEntry(noun.key, "AID", noun.mode, "070", 7.0)
    if obj.lower_ in ("strike", "strikes") and verb in ("stage", "hold", "call", "begin", "start") \
            and not any(c.lower_ in ("air", "drone", "missile") for c in obj.children):
        return LexEntry("strike", "PROTEST", "strike", "143", -6.5)
    if verb in ("send", "deploy", "dispatch") and obj.lower_ in FORCE_OBJECTS:
        return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2)
    return noun


def _verb_condition(lemma: str, entry: LexEntry, tok: Token, obj: Token | None) -> LexEntry | None:
    """Senses of ambiguous verbs, told apart by their arguments."""
    deps = {c.dep_ for c in tok.children}
    objl = obj.lower_ if obj is not None else ""
    if lemma == "call" and entry.type == "REQUEST" and obj is not None and entry.key == "call for":
        entry = _LEX.verb(tok.lower_, [])
    if lemma == "call" and entry.type == "CONSULT":
        if obj is None or deps & {"oprd", "ccomp", "attr"} or obj.tag_ not in ("NNP", "NNPS", "PRP") \
                or obj.lower_ in ("it", "them", "this", "that"):
            return None
    xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
    if lemma in ("refuse", "decline") and any(_LEX.lemma_of.get(x.lower_, x.lower_) in COMMENT_VERBS
                                              or x.lower_ in COMMENT_VERBS for x in xcomps):
        return None  # "declined to comment" is a statement
    if lemma in ("deny", "dismiss", "reject") and (objl in ACCUSATIONS or "ccomp" in deps):
        return None  # denying an accusation is a statement, not a rejection of someone's demand
    if lemma in ("vow", "promise", "pledge", "threaten") or entry.type == "AGREE":
        for x in xcomps:
            inner = _LEX.verb(x.lower_, _particles(x))
            if inner is not None and inner.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
                return LexEntry("threaten", "THREATEN", None, "130", -4.4)
    if lemma in ("release", "free", "give", "provide", "issue", "deliver", "offer", "extend",
                 "express", "send") and objl in INFO_OBJECTS:
        return None
    if lemma in ("give", "provide", "send", "deliver", "supply") and objl in FORCE_OBJECTS:
        return LexEntry("troops", "MOBILIZE", "troops", "152", -7.2)
    if lemma in ("give", "provide", "deliver", "grant", "supply", "distribute", "allocate") and obj is None:
        return None
    if lemma == "fire" and not (objl in WEAPON_OBJECTS or {"at", "on"} & set(_particles(tok))):
        return None
    if lemma in ("return", "press", "seek", "lift", "ease", "target", "charge", "attend", "receive") \
            and obj is None and "xcomp" not in deps:
        return None
    if lemma == "attend" and _LEX.nouns.get(objl) is None:
        return None
    if lemma == "receive" and obj is not None and obj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
            and obj.tag_ != "PRP":
        return None
    if lemma in ("recognize", "recognise") and obj is not None and not _actorish(obj) and _owner(obj) is None:
        return None  # "recognized the work of ..." is acknowledgement, not diplomatic recognition
    if lemma == "rally" and obj is not None:
        return None  # "rallying allies" mobilises support; protesters rally without an object
    if lemma == "thank" and (objl == "you" or not any(c.dep_ == "nsubj" for c in tok.children)):
        return None  # "Thank you" is politeness, not praise of an actor
    if lemma == "ask" and any(c.lower_ in ("whether", "if", "why", "how", "what", "when")
                              for c in tok.subtree):
        return None  # "was asked whether ..." is a question put to someone
    if lemma == "meet" and objl in ("criticism", "resistance", "opposition", "protests", "demands"):
        return None
    if lemma in ("agree", "accept") and objl in INFO_OBJECTS:
        return None
    if lemma == "agree" and not xcomps and ("ccomp" in deps or any(
            not _actorish(p) for p in _prep_objects(tok, ("with",)))):
        return None  # agreeing with a view ("agree with X that ...") is a statement
    return entry


def _nominal_has_actors(noun: Token) -> bool:
    """An event noun codes on its own only with an agent and a counterpart in its phrase."""
    agent = any(c.dep_ in ("poss", "compound", "amod") and (c.tag_ in ("PRP$", "NNP", "NNPS") or c.ent_type_ in ("NORP", "GPE"))
                for c in noun.children)
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against", "on") and
                  any(g.dep_ == "pobj" and (g.tag_ in ("NNP", "NNPS") or g.ent_type_) for g in c.children)
                  for c in noun.children)
    if noun.head.lower_ in INTENT or _LEX.lemma_of.get(noun.head.lower_) in INTENT:
        return False
    if noun.dep_ in ("dobj", "nsubj") and _LEX.verbs.get(noun.head.lower_):
        return False  # "welcomed the visit": the verb is the event
    return agent and partner


# -- filters ---------------------------------------------------------------------------------
def _negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in NEGATIONS):
            return True
    return False


def _frame(pred: Token, noun: Token | None) -> str | None:
    """How the clause frames the action: None (it happened or will), "block" (negated, modal,
    conditional, wished or requested), "commit" (an offered/intended action) or "fail"."""
    if _negated(pred) or (noun is not None and noun != pred and _negated(noun)):
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall") for c in pred.children)
        return "refuse" if future and not any(t.lower_ in CONDITIONAL_MARKS for t in pred.sent) else "block"
    if noun is not None and noun == pred and pred.head.tag_.startswith("VB") and _negated(pred.head):
        return "block"
    for c in pred.children:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return "block"
        if c.dep_ == "aux" and c.lower_ in ("would", "'d") and \
                any(t.lower_ in CONDITIONAL_MARKS for t in pred.sent):
            return "block"
    t = pred
    via_pcomp = False
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            return "block"
        if t.head == t:
            break
        parent = t.head
        plow = parent.lower_
        plemma = _LEX.lemma_of.get(plow, plow)
        if t.dep_ in ("xcomp", "acl", "prep", "pobj", "acomp", "pcomp", "ccomp"):
            if plemma in FAIL and t.dep_ == "xcomp":
                return "fail"
            if (plemma in COMMIT or plow in COMMIT) and not _LEX.verbs.get(plow) \
                    and t.dep_ in ("xcomp", "acl", "prep", "pobj", "pcomp"):
                return "commit" if not _negated(parent) else "block"
        if parent.tag_.startswith("NN"):
            if plow in INTENT_NOUNS and t.dep_ in ("acl", "prep", "pobj", "relcl", "ccomp"):
                return "block"  # "plans for talks", "a request for aid"
        elif (plemma in INTENT or plow in INTENT) and (t.dep_ in ("xcomp", "ccomp", "acomp", "advcl", "pcomp")
                                                      or t.dep_ == "prep" and parent.tag_ == "JJ"):
            return "block"  # "wanted to meet", "urged him to withdraw", "told X to leave"
        if t.dep_ in ("xcomp", "pcomp") and plemma not in ASPECTUAL and _LEX.verbs.get(plow):
            return "block"  # the complement of another event is its content
        if via_pcomp and t.dep_ == "prep" and _LEX.verbs.get(plow):
            return "block"  # "accused X of shelling", "warned against attacking"
        via_pcomp = t.dep_ == "pcomp"
        if t.dep_ in ("xcomp", "advcl", "acl", "relcl") and plemma not in ASPECTUAL and \
                any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
            return "block"  # purpose or plan: "to discuss ...", "efforts to dispel ..."
        if _negated(parent) and t.dep_ in ("xcomp", "ccomp"):
            return "block"
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in parent.children) and t.dep_ in ("xcomp", "conj"):
            return "block"
        if t.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "pcomp", "prep", "pobj", "relcl", "acl", "acomp"):
            break
        t = parent
    return None


def _reframe(entry: LexEntry, frame: str | None, pred: Token) -> LexEntry | None:
    """An intended or future material action is an expression of intent (CAMEO 03/13)."""
    if frame == "refuse":  # "will not release them" is a refusal (CAMEO 12)
        return LexEntry(entry.key, "REJECT", "refuse", "120", -4.0) if entry.type in _COOPERATIVE else None
    if frame == "fail":
        return LexEntry(entry.key, "REJECT", "fail", "120", -4.0) if entry.type in _COOPERATIVE else None
    future = frame == "commit" or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall")
                                      for c in pred.children)
    if future and entry.type in _INTENT_TYPES:
        typ, cameo = _INTENT_TYPES[entry.type]
        return LexEntry(entry.key, typ, "intent", cameo, 4.0 if typ == "AGREE" else -4.4)
    return entry


# -- arguments --------------------------------------------------------------------------------
def _subject(pred: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a predicate, inherited along conj/xcomp/advcl chains."""
    t = pred
    for _ in range(6):
        # A participle with its own direct object is a misparsed finite verb, not a passive.
        misparsed = t.dep_ == "acl" and any(c.dep_ == "dobj" for c in t.children)
        passive = any(c.dep_ == "auxpass" for c in t.children) or \
            (t.dep_ == "acl" and t.tag_ == "VBN" and not misparsed)
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    return t.head, False
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return t.head, not misparsed
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj":
            t = t.head.head  # "issued a statement urging X": the issuer urges
            continue
        if t.dep_ == "relcl":
            return t.head, passive
        if t.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "cc", "prep", "ccomp", "acomp") or t.head == t:
            return None, passive
        t = t.head
    return None, False


def _with_conj(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.tag_.startswith(("NN", "PRP")):
            out.extend(_with_conj(c))
    return out


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prt":  # "crack down on", "pull out of"
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return out


def _expand_relational(heads: list[Token]) -> list[Token]:
    """'their counterparts from Australia and India' -> Australia, India."""
    out = []
    for h in heads:
        if h.lower_ in RELATIONAL:
            src = _prep_objects(h, ("from", "of"))
            if src:
                for s in src:
                    out.extend(_with_conj(s))
                continue
        out.append(h)
    return out


_HUMAN = {"people", "civilians", "citizens", "soldiers", "troops", "forces", "police", "army",
          "government", "leaders", "leader", "officials", "official", "children", "women", "men",
          "refugees", "prisoners", "hostages", "students", "workers", "journalists", "activists",
          "militants", "rebels", "insurgents", "fighters", "suspects", "detainees", "nationals",
          "authorities", "residents", "villagers", "family", "families", "minister", "president",
          "man", "woman", "child", "community", "communities", "regime", "administration",
          "opposition", "military", "navy", "council", "court", "party", "group", "groups",
          "owners", "victims", "migrants", "populations", "population", "state", "states", "country",
          "countries", "nation", "nations", "allies", "ally", "side", "sides", "agency", "ministry"}
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
_THING_TYPES = {"AID", "RETREAT", "MOBILIZE", "CONCEDE", "SANCTION", "COOPERATE", "REQUEST"}
_PERSON_NOUNS = ("citizen", "volunteer", "physician", "nurse", "doctor", "priest", "journalist", "pastor",
                 "activist", "worker", "soldier", "officer", "diplomat", "envoy", "ambassador", "pilot",
                 "prisoner", "hostage", "student", "teacher", "reporter", "boy", "girl", "national",
                 "resident", "suspect", "member", "chief", "commander", "general", "spokesman",
                 "spokeswoman", "judge", "lawyer", "politician", "lawmaker", "senator", "cleric",
                 "imam", "bishop", "monk", "farmer", "fisherman", "fishermen", "tourist", "guard",
                 "militia", "delegation", "cabinet", "parliament", "congress", "senate", "union",
                 "coalition", "alliance", "organization", "organisation", "company", "firm", "bank")
_TEMPORAL = {"future", "past", "time", "moment", "week", "weeks", "month", "months", "year", "years",
             "day", "days", "morning", "evening", "night", "period", "hours", "decade", "addition",
             "response", "return", "recognition", "connection", "attempt", "bid", "effort", "order"}
# Reactions to what someone said or decided: the target is whose it was ("rejected X's offer").
_REACTION_TYPES = {"REJECT", "AGREE", "SUPPORT", "ACCUSE", "CONCEDE"}
_QUANTIFIERS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "number", "group",
                "groups", "members", "some", "many", "most", "all", "several", "one", "two", "three"}


def _actorish(tok: Token) -> bool:
    """Could this head be an actor (a person, group, place or pronoun) rather than a thing?"""
    if tok.ent_type_ in _NOT_ACTORS:
        return False
    if tok.tag_ in ("PRP", "NNP", "NNPS") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    low = tok.lower_
    return low in _HUMAN or low.endswith(("ers", "ists", "ians", "ees")) or \
        low.rstrip("s") in _PERSON_NOUNS or low in _PERSON_NOUNS


ABSTRACT = {"impact", "steps", "issue", "issues", "situation", "topics", "topic", "ways", "matters",
            "relations", "ties", "cooperation", "security", "economy", "trade", "crisis", "conflict",
            "policy", "policies", "plan", "plans", "agenda", "priorities", "efforts", "developments",
            "importance", "need", "prospects", "future", "progress", "measures", "possibility", "range",
            "details", "proposal", "proposals", "question", "questions", "concerns", "divisions",
            "tensions", "violence", "decision", "report", "study", "law", "move", "changes", "rise",
            "growth", "region", "values", "interests", "experiences", "opportunities", "challenges",
            "diplomacy", "dialogue", "events", "event", "work", "service", "sacrifice", "how", "what"}


def _abstract(tok: Token) -> bool:
    """A topic or state of affairs, which cannot act or be a partner ("the impact of COVID-19")."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.tag_ in ("NNP", "NNPS", "PRP"):
        return False
    low = tok.lower_
    return low in ABSTRACT or low in _LEX.nouns or (tok.tag_ == "NN" and low.endswith("ing"))


def _owner(obj: Token) -> Token | None:
    """Whose request, offer or decision: "Trump's comments", "demands by protesters"."""
    for c in obj.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$":
            return c
    owners = _prep_objects(obj, ("by", "from", "of"))
    return next((o for o in owners if _actorish(o)), None)


def _unquantify(tok: Token) -> Token:
    """"dozens of demonstrators" -> demonstrators."""
    if tok.lower_ in _QUANTIFIERS or tok.ent_type_ in ("CARDINAL", "QUANTITY"):
        inner = _prep_objects(tok, ("of",))
        if inner:
            return inner[0]
    return tok


def _thing_targets(obj: Token) -> list[Token]:
    """Recipients and targets named around a thing object: "sanctions imposed on X", "aid to X"."""
    out = _prep_objects(obj, ("on", "against", "to", "for", "between", "into", "with", "in"))
    for of in _prep_objects(obj, ("of",)):  # "a state of emergency in the north"
        out += _prep_objects(of, ("on", "against", "to", "for", "in"))
    for c in obj.children:
        if c.dep_ == "acl":
            out += _prep_objects(c, ("on", "against", "to", "for"))
    return out


def _arguments(entry: LexEntry, pred: Token, noun: Token | None) -> tuple[list[Token], list[Token]]:
    """(source heads, target heads) of the event."""
    if noun is not None and noun == pred:  # a nominal event: "his meeting with Rubio"
        src = [c for c in noun.children if c.dep_ == "poss"] or \
              [c for c in noun.children if c.dep_ in ("compound", "amod") and
               (c.tag_ in ("NNP", "NNPS") or c.ent_type_ in ("NORP", "GPE"))][:1]
        tgt = _prep_objects(noun, ("with", "against", "on", "between"))
        src += _prep_objects(noun, ("by",))
        return src, [t for h in tgt for t in _with_conj(h)]
    subj, passive = _subject(pred)
    sources: list[Token] = []
    targets: list[Token] = []
    if passive:
        agents = _prep_objects(pred, ("by",))
        sources = agents
        if subj is not None:
            targets = _with_conj(subj)
    elif subj is not None:
        sources = _with_conj(subj)
    elif pred.tag_ in ("VBD", "VBZ", "VBP"):
        # The parser sometimes misreads a sentence-initial acronym ("USAID deployed ...").
        sources = [c for c in pred.lefts if c.dep_ in ("advmod", "npadvmod", "dep", "nmod", "compound")
                   and (c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or (c.text.isupper() and len(c) > 1))][:1]
    if noun is not None:  # support verb + event noun: the noun's own arguments first
        if not sources:
            sources = [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, ("by",))
        tgt = _prep_objects(noun, ("on", "against", "with", "to", "at", "for", "between", "into", "from"))
        if not tgt and entry.type in ("ASSAULT", "COERCE", "CONCEDE", "COOPERATE"):
            tgt = _prep_objects(noun, ("of",))  # "bombardment of X", "release of X"
        tgt = [t for h in tgt for t in _with_conj(h)]
        tgt += [c for c in noun.children if c.dep_ == "conj" and c.lower_ in RELATIONAL]
        targets = targets or tgt
    if not targets:
        obj = _object(pred)
        if obj is not None and obj != noun and _LEX.nouns.get(obj.lower_) is None:
            targets = [obj]
        elif obj is not None and obj != noun:
            targets = [obj]
        for c in pred.children:
            if c.dep_ in ("dative", "iobj"):
                targets = [c] + targets
        if not targets or (targets[0].lower_ in INFO_OBJECTS):
            preps = TARGET_PREPS if entry.type != "REQUEST" else ("on", "upon", "to", "from", "for")
            targets = _prep_objects(pred, preps) or targets
        if targets and obj is not None and targets[0] == obj:
            targets = _with_conj(obj)
    obj = _object(pred)
    obj = _unquantify(obj) if obj is not None else None
    targets = [_unquantify(t) for t in targets]
    to = _prep_objects(pred, ("to",))
    own_forces = obj is not None and (obj.lower_ in FORCE_OBJECTS | REPRESENTATIVES or
                                      any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children))
    if to and (entry.type == "AID" or entry.mode in ("return", "judicial")):
        targets = to  # "returned the artifacts to Peru", "extradited him to the US"
    elif entry.type in ("RETREAT", "MOBILIZE", "SANCTION", "AID", "COERCE") and own_forces:
        # "withdrew its troops from Syria", "closed its borders with Togo": where, not what
        where = _prep_objects(pred, ("from", "to", "into", "in", "with", "against", "on")) + _thing_targets(obj)
        where = [t for t in where if t.ent_type_ not in _NOT_ACTORS]
        if where:
            targets = [t for h in where[:1] for t in _with_conj(h)]
    elif entry.type in _REACTION_TYPES and targets and not _actorish(targets[0]):
        owner = _owner(targets[0])
        if owner is not None:
            targets = [owner]
    if entry.type in _THING_TYPES and (not targets or not _actorish(targets[0])):
        things = targets
        moved = _prep_objects(pred, ("to", "from", "on", "against", "into", "with", "in", "for")) \
            + [t for o in ([obj] if obj is not None else []) + things for t in _thing_targets(o)]
        moved = [t for t in moved if t.ent_type_ not in _NOT_ACTORS]
        targets = moved or things
    for x in pred.children:  # "agreed to lift tariffs on X", "threatened to shell X": the content's
        if x.dep_ == "xcomp" and x.tag_.startswith("VB") and (not targets or not _actorish(targets[0])
                                                              or len(sources) > 1):
            inner = _trigger(x)
            if inner is not None:
                inner_targets = [t for t in _arguments(inner[0], inner[1], inner[2])[1] if _actorish(t) or any(
                    c.ent_type_ in ("NORP", "GPE", "ORG") for c in t.subtree)]
                if inner_targets:
                    targets = inner_targets
            break
    if not targets and len(sources) < 2:  # "refused to lift sanctions on X": the complement's
        for x in pred.children:
            if x.dep_ in ("xcomp", "advcl") and x.tag_.startswith("VB"):
                xo = _object(x)
                inner = _prep_objects(x, ("to", "on", "against", "with", "from"))
                if xo is not None:
                    inner = ([xo] if _actorish(xo) else []) + _thing_targets(xo) + inner
                targets = [t for t in inner if _actorish(t)]
                break
    targets = [t for t in targets if t.ent_type_ not in _NOT_ACTORS and t.lower_ not in _TEMPORAL
               and t.lower_ not in ("today", "tonight")]
    # "in Paris", "at the summit": where it happened is not whom it involved.
    if entry.type in _VERBAL or entry.type == "COOPERATE":
        targets = [t for t in targets if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "inside")
                                              and t.head.head in (pred, noun))]
    if entry.type in ("CONSULT", "AGREE", "COOPERATE"):
        targets = [t for t in targets if not _abstract(t)]  # one discusses topics with partners
    if entry.key in ("receive",) or (entry.type == "AID" and pred.lower_.startswith("receiv")):
        sources, targets = _prep_objects(pred, ("from",)), sources
    return sources, _expand_relational(targets)


def _code(entry: LexEntry, pred: Token, noun: Token | None, sent: Span,
          resolver: ActorResolver, sense: LexEntry | None = None) -> list[tuple[int, Event, Token]]:
    src_heads, tgt_heads = _arguments(sense or entry, pred, noun)
    if entry.type in _VERBAL and src_heads and all(_abstract(h) for h in src_heads):
        return []  # "divisions threaten the country's unity": only actors speak or agree
    if entry.mode == "intent" and noun is not None and not tgt_heads:
        return []  # "our commitment to a free region": a stance, not an offer to someone
    if any(h.lower_ in DISASTERS or any(c.lower_ in DISASTERS for c in h.children if c.dep_ == "compound")
           for h in src_heads):
        return []
    if entry.type == "MOBILIZE" and any(t.lower_.startswith((
            "peacekeep", "rescue", "relief", "humanitarian", "observer", "monitor", "fund", "medic",
            "doctor", "election", "aid", "engineer", "trainer")) for t in _own_phrase(pred)):
        entry = LexEntry(entry.key, "AID", "peacekeeping", "074", 7.0)
    if entry.mode == "exercise" and (len(src_heads) > 1 or any(
            c.lower_ == "joint" for c in (noun.children if noun is not None else []))):
        entry = LexEntry(entry.key, "COOPERATE", "military", "062", 6.0)
    sources = _actors(src_heads, resolver, set())
    src_ids = {a.entity_id for a in sources if a.entity_id}
    targets = _actors(tgt_heads, resolver, src_ids)
    if not sources and not targets:
        return []
    reciprocal = entry.type in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT") and not targets and len(sources) > 1
    if reciprocal:
        targets = sources[1:]
        sources = sources[:1]
    if entry.type == "CONSULT" and not targets and entry.mode in ("meet", "negotiate"):
        return []  # a meeting or discussion needs someone met: "members discussed how ..." is not one
    mode = entry.mode
    participants = sources + targets
    depth = _depth(pred)
    sentence = [sent.start_char, sent.end_char]
    events = []
    if entry.type == "CONSULT" and len(participants) > 2:
        mode = "multilateral"
        pairs = list(combinations(participants, 2))
    else:
        pairs = [(s, t) for s in (sources or [Actor(None)]) for t in (targets or [Actor(None)])]
    for s, t in pairs[:6]:
        if s.entity_id and s.entity_id == t.entity_id:
            continue
        events.append((depth, Event(type=entry.type, source=s, target=t, sentence=list(sentence),
                                    mode=mode, intensity=entry.intensity, cameo=entry.cameo), pred))
    return events


def _actors(heads: list[Token], resolver: ActorResolver, exclude: set[str]) -> list[Actor]:
    out, ids = [], set()
    for h in heads[:6]:
        a = resolver.actor(h, exclude)
        if a is None:
            continue
        key = a.entity_id or a.name
        if key in ids:
            continue
        ids.add(key)
        out.append(a)
    return out


def _own_phrase(pred: Token):
    """The predicate's objects and adjuncts, without clauses that have their own subject."""
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "mark", "aux"):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and c.dep_ not in ("dobj", "pobj"):
            continue
        yield from c.subtree


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok = tok.head
        d += 1
    return d
