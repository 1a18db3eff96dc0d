-- AIS tables of the nodewatch store. Positions and static reports are columnar tables
-- (DuckDB) so detectors read whole columns at once; every row keeps the file it came from.

CREATE SEQUENCE IF NOT EXISTS ais_file_seq START 1;

CREATE TABLE IF NOT EXISTS ais_files (
    id          INTEGER PRIMARY KEY DEFAULT nextval('ais_file_seq'),
    path        VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL UNIQUE,   -- the same bytes are ingested once
    format      VARCHAR NOT NULL,          -- nmea | csv | parquet
    ingested_at TIMESTAMP NOT NULL,
    positions   BIGINT NOT NULL,
    statics     BIGINT NOT NULL,
    bad         BIGINT NOT NULL,           -- undecodable lines / unusable rows
    report      JSON NOT NULL              -- the full IngestReport
);

CREATE TABLE IF NOT EXISTS ais_positions (
    file_id    INTEGER NOT NULL,
    ts         TIMESTAMP,                  -- UTC; NULL when the source gave no time
    mmsi       INTEGER NOT NULL,
    msg_type   UTINYINT,                   -- AIS message type; NULL for decoded tables
    lat        DOUBLE NOT NULL,
    lon        DOUBLE NOT NULL,
    sog        REAL,                       -- knots; NULL = not available (102.3)
    cog        REAL,                       -- degrees; NULL = not available (360)
    heading    SMALLINT,                   -- degrees; NULL = not available (511)
    nav_status UTINYINT
);

-- One row per distinct static identity seen in a file, with when it was first and last seen
-- and how many reports said it (type 5, 19, 24 messages; static columns of decoded tables).
CREATE TABLE IF NOT EXISTS ais_static (
    file_id        INTEGER NOT NULL,
    mmsi           INTEGER NOT NULL,
    imo            INTEGER,
    name           VARCHAR,
    callsign       VARCHAR,
    ship_type      SMALLINT,               -- AIS ship-type code
    ship_type_text VARCHAR,                -- type as text, when the source gave text
    length_m       REAL,
    width_m        REAL,
    draught_m      REAL,
    destination    VARCHAR,
    first_ts       TIMESTAMP,
    last_ts        TIMESTAMP,
    reports        INTEGER NOT NULL
);
