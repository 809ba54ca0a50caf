-- Every applied event once, in the order it was applied: position is the monotonic position a
-- live stream resumes from; event_id makes consumption idempotent.
CREATE TABLE event_log (
    position        BIGSERIAL    PRIMARY KEY,
    event_id        VARCHAR(64)  NOT NULL UNIQUE,
    aggregate_type  VARCHAR(50)  NOT NULL,
    aggregate_id    VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    event_revision  INTEGER      NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    effective_date  DATE         NOT NULL,
    stored_at       TIMESTAMPTZ,
    applied_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    topic           VARCHAR(200) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    payload         JSONB        NOT NULL
);
CREATE INDEX event_log_aggregate ON event_log (aggregate_id, sequence_number);

CREATE TABLE activity_current (
    activity_id              VARCHAR(64)  PRIMARY KEY,
    programme                VARCHAR(50)  NOT NULL,
    action_line              INTEGER      NOT NULL,
    code                     VARCHAR(50),
    title                    VARCHAR(300) NOT NULL,
    description              TEXT,
    planning_text            VARCHAR(100) NOT NULL,
    planning_start           DATE,
    planning_end             DATE,
    original_planning_text   VARCHAR(100),
    original_planning_start  DATE,
    original_planning_end    DATE,
    responsible              TEXT[]       NOT NULL,
    status                   VARCHAR(30)  NOT NULL,
    explanation              TEXT,
    version                  BIGINT       NOT NULL,
    effective_date           DATE         NOT NULL,
    recorded_at              TIMESTAMPTZ  NOT NULL
);

CREATE TABLE follow_up_current (
    item_id            VARCHAR(64)  PRIMARY KEY,
    kind               VARCHAR(20)  NOT NULL,
    programme          VARCHAR(50)  NOT NULL,
    submitters         TEXT[],
    adopted_date       DATE,
    kamerstuk          VARCHAR(100),
    occasion           TEXT,
    occasion_date      DATE,
    text               TEXT,
    text_lost          BOOLEAN      NOT NULL DEFAULT false,
    responsible        TEXT[]       NOT NULL,
    due_text           VARCHAR(200),
    due_date           DATE,
    status             VARCHAR(30)  NOT NULL,
    version            BIGINT       NOT NULL,
    effective_date     DATE         NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL
);
