-- Cross-list resolution: human judgements, and the clusters of the latest resolve run.

CREATE TABLE IF NOT EXISTS judgements (
    a       VARCHAR NOT NULL,   -- record ids, stored with a < b
    b       VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,   -- 'same' | 'different'
    author  VARCHAR,
    note    VARCHAR,
    "at"    TIMESTAMP NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE SEQUENCE IF NOT EXISTS resolve_run_seq START 1;

CREATE TABLE IF NOT EXISTS resolve_runs (
    id        INTEGER PRIMARY KEY DEFAULT nextval('resolve_run_seq'),
    "at"      TIMESTAMP NOT NULL,
    releases  JSON NOT NULL,      -- release ids the run read
    summary   JSON NOT NULL
);

-- Membership: which record belongs to which cluster in which run (the newest run is current).
CREATE TABLE IF NOT EXISTS cluster_members (
    run_id     INTEGER NOT NULL,
    cluster_id VARCHAR NOT NULL,
    record_id  VARCHAR NOT NULL
);

-- The links that made each cluster, with their evidence.
CREATE TABLE IF NOT EXISTS cluster_links (
    run_id   INTEGER NOT NULL,
    a        VARCHAR NOT NULL,
    b        VARCHAR NOT NULL,
    kind     VARCHAR NOT NULL,    -- judgement | un_ref | imo | passport | registration | name
    detail   VARCHAR NOT NULL,
    score    DOUBLE
);
