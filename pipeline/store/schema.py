"""The SQLite schema of warta.db; README.md beside this file documents each table for users and Datasette."""
from __future__ import annotations

SCHEMA_VERSION = 1

# One row per article; children are keyed by article id and replaced whole when the article is re-indexed.
# `published_date` is the first day of the stated period ("2013-04" -> 2013-04-01), for filters and facets.
# `text_stem` holds Sastrawi stems of title and text, so full-text search finds `pemberdayaan` with `daya`.
# `pk` is an explicit INTEGER PRIMARY KEY because VACUUM may renumber implicit rowids, which FTS points at.
# FTS tables use external content (content="quotes") so Datasette detects them and offers search at once.
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    source TEXT,
    title TEXT,
    published TEXT,
    published_date TEXT,
    authors TEXT,
    dateline_place TEXT,
    text TEXT NOT NULL,
    text_stem TEXT NOT NULL,
    schema_version TEXT
);
CREATE INDEX IF NOT EXISTS articles_published_date ON articles(published_date);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    UNIQUE (source, name_key)
);

CREATE TABLE IF NOT EXISTS officials (
    article_id TEXT NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    position TEXT,
    organization TEXT,
    region TEXT,
    mentions TEXT,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('direct', 'indirect')),
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    position TEXT,
    region TEXT,
    cue TEXT,
    "start" INTEGER,
    "end" INTEGER,
    source TEXT,
    published_date TEXT,
    text_stem TEXT NOT NULL,
    UNIQUE (article_id, n)
);
CREATE INDEX IF NOT EXISTS quotes_newest ON quotes(published_date DESC, article_id, n);
CREATE INDEX IF NOT EXISTS quotes_source_newest ON quotes(source, published_date DESC, article_id, n);
CREATE INDEX IF NOT EXISTS quotes_speaker_id ON quotes(speaker_id);

CREATE TABLE IF NOT EXISTS dates (
    article_id TEXT NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    text TEXT,
    value TEXT,
    "start" INTEGER,
    "end" INTEGER,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE IF NOT EXISTS venues (
    article_id TEXT NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    region TEXT,
    "start" INTEGER,
    "end" INTEGER,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE IF NOT EXISTS regulations (
    article_id TEXT NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    text TEXT,
    type TEXT,
    issuer TEXT,
    number TEXT,
    year INTEGER,
    title TEXT,
    canonical TEXT,
    "start" INTEGER,
    "end" INTEGER,
    PRIMARY KEY (article_id, n)
);

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, text_stem, speaker, position,
    content="quotes", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, text_stem, speaker, position)
    VALUES (new.id, new.text, new.text_stem, new.speaker, new.position);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, text_stem, speaker, position)
    VALUES ('delete', old.id, old.text, old.text_stem, old.speaker, old.position);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, text_stem, speaker, position)
    VALUES ('delete', old.id, old.text, old.text_stem, old.speaker, old.position);
    INSERT INTO quotes_fts (rowid, text, text_stem, speaker, position)
    VALUES (new.id, new.text, new.text_stem, new.speaker, new.position);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, text_stem,
    content="articles", content_rowid="pk", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text, text_stem)
    VALUES (new.pk, new.title, new.text, new.text_stem);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, text_stem)
    VALUES ('delete', old.pk, old.title, old.text, old.text_stem);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, text_stem)
    VALUES ('delete', old.pk, old.title, old.text, old.text_stem);
    INSERT INTO articles_fts (rowid, title, text, text_stem)
    VALUES (new.pk, new.title, new.text, new.text_stem);
END;

CREATE VIEW IF NOT EXISTS speaker_positions AS
    SELECT speakers.id AS speaker_id, speakers.name, speakers.source, quotes.position,
           count(*) AS quotes, min(quotes.published_date) AS first_quoted, max(quotes.published_date) AS last_quoted
    FROM speakers JOIN quotes ON quotes.speaker_id = speakers.id
    GROUP BY speakers.id, quotes.position;
"""

CHILD_TABLES = ("quotes", "officials", "dates", "venues", "regulations")
