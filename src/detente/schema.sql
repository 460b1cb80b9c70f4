-- detente DuckDB schema; version in meta.schema_version (see docs/schema.md)
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    fmt VARCHAR,
    title VARCHAR,
    published DATE,
    site VARCHAR,
    authors VARCHAR[],
    url VARCHAR,
    language VARCHAR,
    text VARCHAR,
    line_languages JSON,
    duplicate_of VARCHAR,
    paraphrase_of VARCHAR,
    story_id VARCHAR,
    cluster_id VARCHAR,          -- the original this document copies (itself if none)
    error VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS problems (
    source VARCHAR,
    message VARCHAR,
    seen_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS junk_lines (
    doc_id VARCHAR, line_index INTEGER, line VARCHAR, reason VARCHAR
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR, sentence_index INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR,
    code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR, name VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    event_key VARCHAR,           -- same key in copies of one story: counted once
    event_type VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    actors JSON,
    recipients JSON,
    actor_countries VARCHAR[],
    recipient_countries VARCHAR[],
    modality VARCHAR,
    attributed_to VARCHAR,
    event_date DATE,
    date_precision VARCHAR,
    location JSON,
    sentence VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    trigger VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, quote_index INTEGER, kind VARCHAR, text VARCHAR,
    start_char INTEGER, end_char INTEGER, speaker_text VARCHAR, speaker_code VARCHAR,
    speaker_country VARCHAR
);

CREATE TABLE IF NOT EXISTS dedupe_state (
    doc_id VARCHAR, kind VARCHAR, payload BLOB, extra VARCHAR
);

-- One row per event as counted: copies of a story share a cluster_id, and the same
-- event_key inside one cluster is one event, with mentions = documents carrying it;
-- its evidence is taken from the original, first sentence first.
CREATE OR REPLACE VIEW unique_events AS
SELECT
    first(e.event_id ORDER BY d.doc_id = d.cluster_id DESC, d.ingested_at, e.doc_id, e.start_char) AS event_id,
    d.cluster_id,
    e.event_key,
    count(DISTINCT e.doc_id) AS mentions,
    list(DISTINCT e.doc_id) AS doc_ids
FROM events e JOIN documents d USING (doc_id)
GROUP BY d.cluster_id, e.event_key;
