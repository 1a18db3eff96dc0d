-- The list store. Statements are facts about targets; a statement is stored once and
-- linked to every release in which it was seen, so "what did list X say on date D" and
-- "what changed between two releases" are queries, not re-parses.

CREATE SEQUENCE IF NOT EXISTS release_seq START 1;

CREATE TABLE IF NOT EXISTS releases (
    id               INTEGER PRIMARY KEY DEFAULT nextval('release_seq'),
    authority        VARCHAR NOT NULL,
    dataset          VARCHAR NOT NULL,
    format           VARCHAR NOT NULL,
    published        TIMESTAMP NOT NULL,   -- when the authority published this version
    published_source VARCHAR NOT NULL,     -- file | option | filename | download | mtime
    fetched_at       TIMESTAMP,            -- when nodewatch downloaded it (NULL for local files)
    ingested_at      TIMESTAMP NOT NULL,
    sha256           VARCHAR NOT NULL UNIQUE,
    origin           VARCHAR NOT NULL,     -- URL or local path it came from
    filename         VARCHAR NOT NULL,
    record_count     INTEGER NOT NULL,
    statement_count  INTEGER NOT NULL,
    counts           JSON NOT NULL,        -- by_schema, by_program
    warnings         JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS statements (
    id        UBIGINT PRIMARY KEY,
    authority VARCHAR NOT NULL,
    target_id VARCHAR NOT NULL,
    schema    VARCHAR NOT NULL,
    prop      VARCHAR NOT NULL,
    value     VARCHAR NOT NULL,
    lang      VARCHAR
);

CREATE TABLE IF NOT EXISTS statement_releases (
    statement_id UBIGINT NOT NULL,
    release_id   INTEGER NOT NULL
);

-- Where each target stood in each release's file (line/row), for tracing back to the source.
CREATE TABLE IF NOT EXISTS record_positions (
    release_id INTEGER NOT NULL,
    target_id  VARCHAR NOT NULL,
    position   VARCHAR NOT NULL
);
