-- The tidings store: the latest schema, applied as a whole to a new database.
-- An existing database is brought up to date by store/migrations.py instead;
-- tests/store/test_migrations.py checks both roads end at the same schema.
--
-- Conventions (for readers in analyse/ and serve/):
--   * list fields (authors, credits, captions, tags, related, aliases) are JSON text;
--   * offsets (start/end) are character offsets into articles.text;
--   * dates are ISO 8601 text ('YYYY-MM-DD' or a full timestamp), so they sort;
--   * `entity_id` is the article-local id of CONTRACT.md ("e1"); `actor_id` is the
--     store-wide id of the same person/organisation in the actor registry.

CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL
);

-- One near-duplicate cluster: syndicated copies and re-crawls of one story.
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT,            -- the title of the first article seen
    created_at  TEXT NOT NULL
);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    doc_key        TEXT NOT NULL UNIQUE,  -- canonical URL ('URL@date' for a later article reusing
                                          -- a URL), or 'sha256:<content_hash>' without one
    url            TEXT,                  -- the URL the page was fetched from (or found in it)
    canonical_url  TEXT,
    content_hash   TEXT NOT NULL,         -- sha256 of title + text: a changed page is re-stored
    raw_hash       TEXT NOT NULL,         -- sha256 of the input bytes: lets a rerun skip work
    source         TEXT NOT NULL,         -- the input path (path#record for containers)
    title          TEXT,
    text           TEXT NOT NULL,
    date           TEXT,
    authors        TEXT NOT NULL DEFAULT '[]',
    credits        TEXT NOT NULL DEFAULT '[]',
    dateline       TEXT,
    section        TEXT,
    captions       TEXT NOT NULL DEFAULT '[]',
    tags           TEXT NOT NULL DEFAULT '[]',
    related        TEXT NOT NULL DEFAULT '[]',   -- [{title, url}]
    language       TEXT,
    nlp_note       TEXT,                  -- why the NLP layers are empty, if they are
    story_id       INTEGER REFERENCES stories(id),
    crawl_date     TEXT,
    ingested_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_raw_hash ON articles(raw_hash);
CREATE INDEX articles_canonical ON articles(canonical_url);

-- MinHash signatures, kept so story clustering survives restarts (rebuilt into LSH).
CREATE TABLE article_minhash (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    num_perm    INTEGER NOT NULL,
    n_shingles  INTEGER NOT NULL,        -- distinct 5-word shingles (for containment)
    signature   BLOB NOT NULL            -- num_perm little-endian uint32 hash values (affine32)
);

-- The actor registry: one row per person/organisation/place across all articles.
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,           -- the fullest name seen
    type        TEXT NOT NULL,           -- PERSON | ORG | GPE | LOC | NORP | EVENT | OTHER
    country     TEXT,                    -- most frequent country of its mentions (ISO-3)
    sector      TEXT,                    -- most frequent sector code
    first_seen  TEXT,                    -- earliest / latest article date it appears in
    last_seen   TEXT,
    n_articles  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_country ON actors(country);

-- Normalised name forms that resolve to an actor ("full:antony blinken", "last:blinken");
-- a key shared by several actors is ambiguous and resolves to none of them.
CREATE TABLE actor_names (
    key         TEXT NOT NULL,
    type        TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (key, type, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_names_actor ON actor_names(actor_id);

-- Entities of one article (CONTRACT.md `entities`), linked to the registry.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    actor_id    INTEGER REFERENCES actors(id),
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',
    title       TEXT,
    country     TEXT,
    sector      TEXT,
    n_mentions  INTEGER NOT NULL DEFAULT 0,
    country_from TEXT,                   -- how `country` was found: 'stated' (in the mention),
                                         -- 'inferred' (by the NLP layer from the article) or
                                         -- 'registry' (the actor's other articles; see
                                         -- analyse/actors.py)
    UNIQUE (article_id, entity_id)
);
CREATE INDEX entities_actor ON entities(actor_id);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    entity_row  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_row);
CREATE INDEX mentions_article ON mentions(article_id, start);

-- Titles an actor was given, with the article dates they were seen on: the part of
-- the registry that changes over time ("Foreign Minister, JPN, 2025-01-21 .. 2025-02-10").
-- A view, so it never disagrees with the entities it is read from. Titles are grouped
-- case-blind ("SECRETARY" in a transcript is "Secretary"); the country is the one given
-- by most of the mentions that give one, so a misread article neither splits the row
-- nor labels it.
CREATE VIEW actor_titles AS
SELECT e.actor_id AS actor_id, MAX(e.title) AS title,
       (SELECT c.country FROM entities c
         WHERE c.actor_id = e.actor_id AND lower(c.title) = lower(e.title) AND c.country IS NOT NULL
         GROUP BY c.country
         HAVING COUNT(*) * 2 > (SELECT COUNT(*) FROM entities d WHERE d.actor_id = e.actor_id
                                 AND lower(d.title) = lower(e.title) AND d.country IS NOT NULL)
         ORDER BY COUNT(*) DESC LIMIT 1) AS country,
       MIN(substr(a.date, 1, 10)) AS first_seen, MAX(substr(a.date, 1, 10)) AS last_seen,
       COUNT(DISTINCT a.id) AS n_articles
FROM entities e JOIN articles a ON a.id = e.article_id
WHERE e.actor_id IS NOT NULL AND e.title IS NOT NULL AND e.title != ''
GROUP BY e.actor_id, lower(e.title);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text              TEXT NOT NULL,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    speaker           TEXT,
    speaker_entity_id TEXT,              -- article-local entity id
    speaker_actor_id  INTEGER REFERENCES actors(id),
    cue               TEXT,
    direct            INTEGER NOT NULL   -- 0/1
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor_id);

-- One row per distinct happening; events that report it point here (counted once).
CREATE TABLE event_groups (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE     -- see analyse/stories.py event_key()
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    group_id         INTEGER REFERENCES event_groups(id),
    type             TEXT NOT NULL,      -- PLOVER type
    mode             TEXT,
    cameo            TEXT,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    source_name      TEXT,
    source_entity_id TEXT,
    source_actor_id  INTEGER REFERENCES actors(id),
    source_country   TEXT,
    source_sector    TEXT,
    target_name      TEXT,
    target_entity_id TEXT,
    target_actor_id  INTEGER REFERENCES actors(id),
    target_country   TEXT,
    target_sector    TEXT,
    date             TEXT,               -- the event's own date, or NULL (never guessed)
    place            TEXT,
    intensity        REAL NOT NULL DEFAULT 0,
    -- How a party's country was found when the event itself gave none: 'entity' (its
    -- entity's country in this article) or 'registry' (the actor's other articles,
    -- kept in step with the registry by analyse/actors.py); NULL when the event gave it.
    source_country_from TEXT,
    target_country_from TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_group ON events(group_id);
CREATE INDEX events_pair ON events(source_country, target_country, date);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source_actor ON events(source_actor_id);
CREATE INDEX events_target_actor ON events(target_actor_id);

-- Each distinct event once, with how many sentences, articles and stories report it.
-- `date` falls back to the earliest article date when no report gives the event's own.
CREATE VIEW event_group_summary AS
SELECT g.id AS group_id, g.key AS key,
       MIN(e.type) AS type, MIN(e.mode) AS mode, MIN(e.cameo) AS cameo,
       MIN(e.source_country) AS source_country, MIN(e.source_sector) AS source_sector,
       MIN(e.source_name) AS source_name, MIN(e.source_actor_id) AS source_actor_id,
       MIN(e.target_country) AS target_country, MIN(e.target_sector) AS target_sector,
       MIN(e.target_name) AS target_name, MIN(e.target_actor_id) AS target_actor_id,
       MIN(e.date) AS event_date, MIN(a.date) AS first_report_date,
       MIN(e.place) AS place, AVG(e.intensity) AS intensity,
       COUNT(*) AS n_mentions, COUNT(DISTINCT e.article_id) AS n_articles,
       COUNT(DISTINCT a.story_id) AS n_stories, MIN(e.id) AS first_event_id
FROM event_groups g JOIN events e ON e.group_id = g.id JOIN articles a ON a.id = e.article_id
GROUP BY g.id;

-- A user's standing question (saved search): articles matching it that were stored after
-- `seen_upto` are its alerts. Article ids only grow, so "new" is "id > seen_upto".
CREATE TABLE watches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    query       TEXT,                    -- search words, as typed in the search box
    country     TEXT,                    -- ISO-3: the article mentions an actor of it
    entity      TEXT,                    -- actor id or part of a name the article mentions
    created_at  TEXT NOT NULL,
    seen_upto   INTEGER NOT NULL DEFAULT 0,  -- articles.id of the newest match already seen
    seen_at     TEXT
);

-- Inputs that could not be read or extracted, with their one-line reason (latest run wins).
CREATE TABLE input_errors (
    source      TEXT PRIMARY KEY,
    error       TEXT NOT NULL,
    seen_at     TEXT NOT NULL
);

-- Full-text search (external content: the text lives once, in articles/quotes).
-- Use snippet(articles_fts, 1, '<mark>', '</mark>', ' … ', 12) and highlight() on it.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
