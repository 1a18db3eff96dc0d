-- The network stage's own tables: user FtM data loaded with `nodewatch load`, how each user
-- entity was resolved onto a list record, and how name-only list links were resolved.

CREATE SEQUENCE IF NOT EXISTS graph_load_seq START 1;

-- One row per loaded user file (one transaction each: a file is loaded whole or not at all).
CREATE TABLE IF NOT EXISTS graph_loads (
    id        INTEGER PRIMARY KEY DEFAULT nextval('graph_load_seq'),
    filename  VARCHAR NOT NULL,
    sha256    VARCHAR NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    lines     INTEGER NOT NULL,
    entities  INTEGER NOT NULL,
    skipped   JSON NOT NULL          -- [{"line": n, "error": "..."}] for the lines left out
);

-- User FtM entities (things and relations alike), as the file gave them, validated.
CREATE TABLE IF NOT EXISTS graph_entities (
    load_id    INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    entity_id  VARCHAR NOT NULL,
    schema     VARCHAR NOT NULL,
    properties JSON NOT NULL
);

-- Which list record a user entity is (identifier first, then a high name score).
CREATE TABLE IF NOT EXISTS graph_entity_matches (
    load_id   INTEGER NOT NULL,
    entity_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    method    VARCHAR NOT NULL,      -- identifier | name
    score     DOUBLE NOT NULL,
    detail    VARCHAR NOT NULL
);

-- Name-only list links ("Linked To: NAME", vessel owners) resolved through the matcher,
-- cached per set of releases so a graph build does not re-screen them.
CREATE TABLE IF NOT EXISTS graph_link_matches (
    releases   VARCHAR NOT NULL,     -- the release ids the resolution read, e.g. "3,5,9"
    record_id  VARCHAR NOT NULL,     -- the record stating the link
    link_name  VARCHAR NOT NULL,
    target_id  VARCHAR,              -- the record it resolved to (NULL: unresolved)
    score      DOUBLE,
    detail     VARCHAR NOT NULL
);

-- The last built network, so commands do not rebuild it from the records every time. It
-- is current while its key (releases, resolve run, user loads, build version) is.
CREATE TABLE IF NOT EXISTS graph_snapshot (
    key      VARCHAR NOT NULL,
    built_at TIMESTAMP NOT NULL,
    summary  JSON NOT NULL          -- link resolution counts, the unresolved links, user figures
);

CREATE TABLE IF NOT EXISTS graph_nodes (
    idx         INTEGER NOT NULL,
    id          VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    schema      VARCHAR NOT NULL,
    records     VARCHAR[] NOT NULL,
    entities    VARCHAR[] NOT NULL,
    listings    JSON NOT NULL,
    regimes     VARCHAR[] NOT NULL,
    nexus       VARCHAR[] NOT NULL,
    identifiers JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS graph_edges (
    source     INTEGER NOT NULL,
    target     INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    source_ref VARCHAR NOT NULL,
    target_ref VARCHAR NOT NULL,
    origin     VARCHAR NOT NULL,
    release    VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    found_by   VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    relation   VARCHAR NOT NULL
);
