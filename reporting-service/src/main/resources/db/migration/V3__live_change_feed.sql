-- The live change feed: one row per applied event with what a dashboard shows of it, in position
-- order. concerned holds the parties the change matters to (the old and the new ones when
-- responsibility moves), for the responsible filter.
CREATE TABLE live_change (
    position        BIGINT       PRIMARY KEY,
    entity_type     VARCHAR(20)  NOT NULL,
    entity_id       VARCHAR(64)  NOT NULL,
    code            VARCHAR(100),
    title           TEXT,
    action_line     INTEGER,
    responsible     TEXT[]       NOT NULL,
    concerned       TEXT[]       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    effective_date  DATE         NOT NULL,
    explanation     TEXT,
    changes         JSONB        NOT NULL,
    status          VARCHAR(30),
    status_label    VARCHAR(100),
    version         BIGINT       NOT NULL
);

-- The generation of this schema's positions: chosen when the schema is created, so a rebuilt
-- schema (whose positions are new) brings a new generation with it and the switch changes both.
CREATE TABLE live_generation (
    generation VARCHAR(16) PRIMARY KEY
);
INSERT INTO live_generation (generation) VALUES (substr(md5(random()::text || clock_timestamp()::text), 1, 8));
