"""Word classes the event coder reads: support verbs, framing words, object classes.

They are closed classes of English (modals, negations, quantifiers) or PLOVER/CAMEO
categories (what counts as a restriction, a force, a relation); the open lexicon of event
verbs and nouns lives in ``lexicon/*.tsv``.
"""
from __future__ import annotations

from .events_lexicon import load_lexicon


SUPPORT_VERBS = (
    "launch", "carry", "conduct", "stage", "hold", "make", "mount", "wage", "unleash", "begin",
    "start", "resume", "continue", "step", "intensify", "issue", "sign", "reach", "strike",
    "clinch", "seal", "announce", "declare", "express", "extend", "offer", "provide", "give",
    "send", "impose", "open", "deliver", "lodge", "file", "pay", "have", "engage", "take",
    "adopt", "implement", "conclude", "enter", "initiate", "attend", "join", "organize",
    "organise", "lead", "use", "deploy", "dispatch", "order", "agree", "finalize", "broker",
    "receive", "accept", "grant", "pledge", "promise", "call", "renew", "host", "earmark",
    "pay", "spend", "allocate", "approve", "authorize", "authorise", "increase", "set",
    "complete", "finish", "enforce", "perform",
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
                "use", "hold", "be", "enter", "arrive"}  # "arrived in Beijing for talks with X"
MODALS = {"may", "might", "could", "should", "can", "ca", "must", "ought", "shall"}  # "ca" of "can't"
# "whenever an American is detained ...": any such case, not one that happened.
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest", "whenever"}
NEGATIONS = {"not", "n't", "n’t", "never", "no", "neither", "nor", "without"}
# Objects that make "released"/"issued"/"gave" a communication, not a concession or an aid.
INFO_OBJECTS = {"statement", "statements", "report", "reports", "video", "videos", "footage", "data",
                "details", "figures", "results", "list", "document", "documents", "album",
                "film", "image", "images", "photo", "photos", "recording", "names", "speech",
                "interview", "information", "version", "update", "guidance", "warning",
                "condolence", "condolences", "concern", "concerns", "sympathy", "regret", "hope",
                "hopes", "opinion", "views", "view", "thanks", "press", "evidence", "account",
                "remarks", "address", "keynote", "lecture", "message", "messages", "briefing", "testimony",
                "readout", "presentation", "greetings", "congratulations", "welcome", "toast", "tribute",
                "text", "texts", "transcript", "transcripts", "communique", "communiqué", "excerpt", "excerpts",
                "wishes", "regards", "thoughts", "prayers", "letter", "letters", "note", "notes", "signal",
                "signals", "invitation", "invitations", "greeting", "congratulation", "condolence",
                "instructions", "instruction", "floor", "word", "applause", "round"}
# Partners named by relation only ("our partners and allies", "like-minded countries"): with
# no name or country they say that someone cooperates, not with whom.
VAGUE_PARTNERS = {"partners", "partner", "allies", "friends", "counterparts", "colleagues", "neighbors",
                  "neighbours", "stakeholders", "others", "countries", "nations", "governments", "everyone",
                  "everybody", "all", "parties", "actors"}
# Occasions named like actors ("the Battle of Guadalcanal", "the third Civil Space Dialogue"):
# one takes part in them; they are nobody's counterpart.
OCCASIONS = {"dialogue", "battle", "conference", "summit", "forum", "meeting", "meetings", "session",
             "ministerial", "consultations", "talks", "war", "symposium", "roundtable"}
# Unnamed people listed by sex or age are one group, not two sides: "men and women fought".
ONE_GROUP = {"men", "women", "boys", "girls", "children", "adults", "man", "woman"}
FORCE_OBJECTS = {"troops", "soldiers", "forces", "warships", "ships", "jets", "aircraft",
                 "tanks", "police", "reinforcements", "units", "battalion", "battalions", "brigade",
                 "marines", "personnel", "army"}
# What one "gives" without giving aid: "gave them a reason", "gave Trump a lead".
GIVE_ABSTRACT = {"reason", "reasons", "power", "powers", "lead", "chance", "chances", "opportunity",
                 "boost", "voice", "certainty", "credit", "time", "advice", "impression", "sense",
                 "idea", "example", "signal", "answer", "speech", "interview", "statement", "way",
                 "edge", "hope", "confidence", "impetus", "momentum", "access", "say", "look",
                 "thought", "attention", "priority", "warning", "green", "nod", "approval",
                 "influence", "weight", "credence", "prosperity", "results", "name", "ear", "insight", "insights",
                 "perspective", "perspectives", "input", "feedback", "overview", "recommendations",
                 # a speaker's turn: "I'll hand the podium over to the Secretary"
                 "podium", "floor", "microphone", "mic", "stage",
                 # acclaim and quiet: "a round of applause", "a period of calm"
                 "applause", "ovation", "calm",
                 # a setting for others to act in: "provides a vital platform for preventing conflict"
                 "platform", "platforms", "window", "opportunities", "framework", "foundation", "basis",
                 "venue", "template", "springboard",
                 # idioms of giving: "gives you pause", "gave rise to", "gives cause for concern"
                 "pause", "rise", "cause", "birth"}
TROOPS = {"troops", "soldiers", "forces", "police", "reinforcements", "units", "battalion",
          "battalions", "brigade", "marines", "personnel", "army"}
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
             "blaze", "rains", "snowstorm", "tornado", "eruption", "cholera", "famine",
             # Diseases by name act on no one: "COVID-19 has forced many programs to pause".
             "covid-19", "covid", "coronavirus", "ebola", "malaria", "polio", "mpox", "omicron", "influenza",
             "measles"}
GIVE_VERBS = {"provide", "give", "deliver", "grant", "send", "supply", "earmark", "allocate", "pay",
              "spend", "authorize", "authorise"}
RESTRICTIONS = {"sanctions", "sanction", "ban", "bans", "restrictions", "tariffs", "tariff", "embargo",
                "curfew", "blockade", "siege", "limits", "controls", "tax", "taxes", "duties", "levies",
                "curbs", "quotas", "boycott", "boycotts", "embargoes", "blockades", "curfews", "sieges"}
REFUGEES = {"refugees", "migrants", "asylum-seekers", "seekers", "evacuees", "people", "children"}
LEX = load_lexicon(SUPPORT_VERBS + OCCURRENCE_VERBS + tuple(INTENT) + tuple(ASPECTUAL)
                    + tuple(COMMIT) + tuple(FAIL) + tuple(BUILD_VERBS) + tuple(CUT_VERBS)
                    + ("remain", "stay", "put", "place", "go", "participate", "gather", "reiterate", "share",
                       "admit", "resettle", "find", "flout", "reopen", "block", "exchange",
                       "reaffirm", "authorize", "authorise", "be", "remove",
                       # read only on a restriction ("repealed the ban"): see _special_predicate
                       "repeal", "abolish", "lower", "rescind", "revoke"))
INTENT_TYPES = {"AID": ("AGREE", "033"), "COOPERATE": ("AGREE", "031"), "RETREAT": ("AGREE", "030"),
                 "ASSAULT": ("THREATEN", "138"), "COERCE": ("THREATEN", "137"),
                 "MOBILIZE": ("THREATEN", "138"), "SANCTION": ("THREATEN", "131"),
                 "PROTEST": ("THREATEN", "130")}
VERBAL = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
MAX_EVENTS_PER_SENT = 8
# "X said Y must stop ...": a demand by X on Y (CAMEO 10), whatever Y is to do.
DEMAND_CUES = {"said", "says", "say", "saying", "stated", "states", "insisted", "insists", "stressed",
               "stresses", "added", "adds", "reaffirmed", "reaffirms", "told", "tells", "declared",
               "declares", "argued", "argues", "maintained", "maintains"}
NO_EVENT = ("no event",)
HUMAN = {"people", "civilians", "citizens", "soldiers", "troops", "forces", "police", "army",
          "government", "leaders", "leader", "officials", "official", "children", "women", "men",
          "refugees", "prisoners", "hostages", "students", "workers", "journalists", "activists",
          "militants", "rebels", "insurgents", "fighters", "suspects", "detainees", "nationals",
          "authorities", "residents", "villagers", "family", "families", "minister", "president",
          "man", "woman", "child", "community", "communities", "regime", "administration",
          "opposition", "military", "navy", "council", "court", "party", "group", "groups",
          "owners", "victims", "migrants", "populations", "population", "state", "states", "country",
          "countries", "nation", "nations", "allies", "ally", "side", "sides", "agency", "ministry"}
# Things whose names end like agent nouns ("-ers", "-ors", "-ees", "-ants", "-ents"): waived
# fees, donated ventilators, the barriers women face, fast-growing sectors are no actors.
NON_AGENTS = {"fees", "barriers", "ventilators", "generators", "sectors", "factors", "corridors", "containers",
              "computers", "papers", "matters", "numbers", "orders", "letters", "centers", "centres", "waters",
              "filters", "chambers", "clusters", "layers", "towers", "shelters", "waivers", "transfers", "offers",
              "answers", "reactors", "indicators", "semiconductors", "tractors", "motors", "incubators",
              "degrees", "guarantees", "grants", "pollutants", "restaurants", "incidents", "events", "components",
              "patents", "percents", "nutrients", "ingredients", "contents", "accidents", "parameters", "meters",
              "kilometers", "kilometres", "dollars", "liters", "litres", "scanners", "refrigerators",
              "freezers", "trailers", "boosters", "vaccinators"}
# The last word of a name that makes it an occasion one takes part in, not an actor
# ("the Tashkent Conference", "International Women's Day", "the Farnborough International
# Airshow"), or a text one signs ("the Abraham Accords", "an MOU").
NAMED_OCCASIONS = {"conference", "summit", "airshow", "day", "week", "awards", "award", "expo", "exhibition",
                   "festival", "games", "olympics", "symposium", "ministerial", "dialogue", "roundtable",
                   "ceremony", "celebration", "anniversary", "fair", "show", "marathon", "cup", "championship"}
NAMED_TEXTS = {"agreement", "agreements", "accord", "accords", "treaty", "act", "mou", "mous", "memorandum",
               "declaration", "charter", "protocol", "resolution", "law", "communique", "communiqué", "roadmap"}
# Collective and institutional heads that act as one ("the committee", "a gang", "the crowd").
GROUP_NOUNS = {"committee", "commission", "department", "office", "bureau", "board", "agency", "authority",
               "force", "forces", "unit", "movement", "network", "cartel", "gang", "institute", "university",
               "corporation", "media", "newspaper", "team", "federation", "association", "league", "junta",
               "embassy", "consulate", "mission", "crew", "mob", "crowd", "staff", "personnel", "faction",
               "factions", "militias", "police", "navy", "guard", "guards", "assembly", "legislature",
               "ministries", "governments", "regimes", "parties", "unions", "organizations", "organisations",
               "companies", "firms", "banks", "institutions", "institution", "partners", "partner", "donors",
               "donor", "neighbours", "neighbors", "public", "voters", "electorate", "everyone", "anyone",
               "someone", "nobody", "vessels", "vessel", "ships", "warships", "boats", "aircraft", "jets",
               "planes", "drones", "convoy", "coastguard", "gunmen", "gunman", "kidnappers", "mayor", "governor",
               "secretary", "spokesperson", "envoy", "chancellor", "premier", "king", "queen", "prince",
               "emperor", "pope", "sheikh", "emir", "sultan", "dictator", "head", "chairman", "chair",
               "director", "coordinator", "representative", "ambassador", "counterpart", "counterparts",
               "delegations", "entity", "entities", "individuals", "individual", "persons", "person",
               "youths", "youth", "crowds", "mobs", "demonstrators", "protesters", "protestors", "critics",
               "rival", "rivals", "society", "inmate", "inmates", "bomber", "bombers", "affiliate", "affiliates",
               "associates", "households", "household", "agencies", "hundreds", "thousands", "dozens", "scores",
               "millions", "tens", "crowd", "helicopter", "helicopters", "vehicle", "vehicles", "ship", "bus",
               "tanker", "tankers", "submarine", "submarines", "branch", "branches", "outfit", "cell", "cells", "owner",
               "operator", "operators", "holder", "holders", "buyer", "buyers", "seller", "sellers"}
# Places and facilities an attack or a restriction can hit: coded as the place's country.
PLACE_NOUNS = {"building", "buildings", "headquarters", "village", "villages", "town", "towns", "city",
               "cities", "base", "bases", "hospital", "hospitals", "school", "schools", "camp", "camps",
               "station", "stations", "checkpoint", "checkpoints", "border", "borders", "territory",
               "territories", "province", "provinces", "district", "districts", "capital", "port", "ports",
               "airport", "compound", "market", "mosque", "church", "temple", "embassies", "consulates",
               "homes", "home", "houses", "house", "facility", "facilities", "plant", "infrastructure",
               "positions", "position", "outpost", "outposts", "neighbourhood", "neighborhood", "areas",
               "area", "island", "islands", "waters", "airspace", "strip", "bank", "region", "regions",
               "state", "states", "country", "countries", "nation", "nations", "world", "continent", "parts",
               "enclave", "enclaves", "zone", "zones", "site", "sites", "depot", "depots", "website", "websites",
               "prison", "prisons", "jail", "tomb", "hideout", "hideouts", "centre", "centres", "center",
               "centers", "targets", "offices", "property", "properties", "premises", "bastion", "stronghold",
               "strongholds", "frontier", "coast", "shore", "village", "streets", "square", "bridge", "dam",
               "pipeline", "refinery", "mine", "mines", "field", "fields", "farm", "farms", "shop", "shops",
               "target", "plane", "planes", "jet", "boat", "convoys", "vessel"}
# Texts and instruments, even when capitalised as titles ("the President's FY 2022 Budget
# requests ...", "the Paris Agreement"): they say and ask nothing themselves.
DOCUMENT_NOUNS = {"budget", "budgets", "report", "reports", "resolution", "resolutions", "statement",
                  "statements", "law", "laws", "act", "bill", "plan", "agreement", "agreements", "accord",
                  "accords", "treaty", "treaties", "initiative", "program", "programme", "strategy",
                  "declaration", "constitution", "charter", "memorandum", "mou", "order", "framework", "review",
                  "request", "proposal", "decision", "ruling", "letter", "document", "summit",
                  "partnership", "partnerships", "programs", "programmes", "compact", "convention", "protocol"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
THING_TYPES = {"AID", "RETREAT", "MOBILIZE", "CONCEDE", "SANCTION", "COOPERATE", "REQUEST"}
PERSON_NOUNS = ("citizen", "delegate", "representative", "volunteer", "physician", "nurse", "doctor", "priest", "journalist", "pastor",
                 "activist", "worker", "soldier", "officer", "diplomat", "envoy", "ambassador", "pilot",
                 "prisoner", "hostage", "student", "teacher", "reporter", "boy", "girl", "national",
                 "resident", "suspect", "member", "chief", "commander", "general", "spokesman",
                 "spokeswoman", "judge", "lawyer", "politician", "lawmaker", "senator", "cleric",
                 "imam", "bishop", "monk", "farmer", "fisherman", "fishermen", "tourist", "guard",
                 "militia", "delegation", "cabinet", "parliament", "congress", "senate", "union",
                 "coalition", "alliance", "organization", "organisation", "company", "firm", "bank",
                 "counterpart", "expert", "specialist")
TEMPORAL = {"future", "past", "time", "moment", "week", "weeks", "month", "months", "year", "years",
             "day", "days", "morning", "evening", "night", "period", "hours", "decade", "addition",
             "response", "return", "recognition", "connection", "attempt", "bid", "effort", "order"}
# Reactions to what someone said or decided: the target is whose it was ("rejected X's offer").
REACTION_TYPES = {"REJECT", "AGREE", "SUPPORT", "ACCUSE", "CONCEDE"}
QUANTIFIERS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "number", "group",
                "groups", "members", "some", "many", "most", "all", "several", "one", "two", "three"}
ABSTRACT = {"impact", "steps", "issue", "issues", "situation", "topics", "topic", "ways", "matters",
            "relations", "ties", "cooperation", "security", "economy", "trade", "crisis", "conflict",
            "policy", "policies", "plan", "plans", "agenda", "priorities", "efforts", "developments",
            "importance", "need", "prospects", "future", "progress", "measures", "possibility", "range",
            "details", "proposal", "proposals", "question", "questions", "concerns", "divisions",
            "tensions", "violence", "decision", "report", "study", "law", "move", "changes", "rise",
            "growth", "region", "values", "interests", "experiences", "opportunities", "challenges",
            "diplomacy", "dialogue", "events", "event", "work", "service", "sacrifice", "how", "what",
            "challenge", "problem", "problems", "goals", "goal", "information", "harmony", "peace",
            "factor", "factors", "drop", "spirit", "results", "result", "step", "system", "bill",
            "measure", "trend", "poll", "polls", "survey", "economy", "market", "markets", "prices"}
# People a state detains, frees or disperses at home; with no country of their own named,
# they are that state's ("freed 37 prisoners", "detained dozens of demonstrators").
# A state's own bodies, named by office alone: "the government", "authorities", "police".
STATE_BODIES = {"government", "authorities", "regime", "police", "officials", "military", "army", "junta",
                "parliament", "legislature", "opposition", "politicians", "lawmakers", "legislators",
                "prosecutors", "court", "courts", "judiciary", "ministry", "cabinet"}
DOMESTIC_PEOPLE = {"people", "prisoners", "detainees", "inmates", "protesters", "protestors", "demonstrators",
                   "activists", "dissidents", "suspects", "journalists", "reporters", "students", "civilians",
                   "residents", "villagers", "politicians", "opposition", "critics", "lawyers", "citizens",
                   "workers", "strikers", "rioters", "militants", "members", "supporters", "leaders", "men",
                   "women", "prisoner", "detainee", "activist", "dissident", "suspect", "journalist",
                   # an office holder a state's own court or police acts on: "the former prime minister"
                   "minister", "president", "premier", "mayor", "governor", "leader", "lawmaker", "senator",
                   "official", "officials", "opposition", "politician", "candidate"}
