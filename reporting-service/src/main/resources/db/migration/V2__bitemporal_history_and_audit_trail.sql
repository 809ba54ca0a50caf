-- Positions come from a sequence outside the read-model schema, so they keep rising across
-- rebuilds (a rebuilt schema replaces this one, the sequence stays).
CREATE SCHEMA IF NOT EXISTS reporting_control;
CREATE SEQUENCE IF NOT EXISTS reporting_control.event_position;
SELECT setval('reporting_control.event_position',
              GREATEST((SELECT coalesce(max(position), 0) FROM event_log),
                       (SELECT last_value FROM reporting_control.event_position)));
ALTER TABLE event_log ALTER COLUMN position SET DEFAULT nextval('reporting_control.event_position');
DROP SEQUENCE event_log_position_seq;

CREATE TABLE IF NOT EXISTS reporting_control.rebuild_run (
    id              BIGSERIAL   PRIMARY KEY,
    state           VARCHAR(20) NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    events_applied  BIGINT      NOT NULL DEFAULT 0,
    events_per_second NUMERIC,
    failure         TEXT
);

-- The current state is the history as it holds today and as known now: one table, no second fold.
DROP TABLE activity_current;
DROP TABLE follow_up_current;

-- Bitemporal history: per entity, one row per interval of validity [valid_from, valid_to) by
-- effective date, as known during [recorded_from, recorded_to) in transaction time.
CREATE TABLE entity_history (
    id             BIGSERIAL    PRIMARY KEY,
    entity_type    VARCHAR(20)  NOT NULL,
    entity_id      VARCHAR(64)  NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    recorded_from  TIMESTAMPTZ  NOT NULL,
    recorded_to    TIMESTAMPTZ,
    version        BIGINT       NOT NULL,
    action_line    INTEGER,
    status         VARCHAR(30)  NOT NULL,
    responsible    TEXT[]       NOT NULL,
    due_date       DATE,
    slips          INTEGER      NOT NULL DEFAULT 0,
    state          JSONB        NOT NULL
);
CREATE INDEX entity_history_on_date_as_known
    ON entity_history USING gist (daterange(valid_from, valid_to), tstzrange(recorded_from, recorded_to));
CREATE INDEX entity_history_entity ON entity_history (entity_id, valid_from);
CREATE INDEX entity_history_current_knowledge ON entity_history (entity_id) WHERE recorded_to IS NULL;

-- The audit trail: every applied event with who, what changed (before/after) and when.
CREATE TABLE audit_entry (
    position        BIGINT       PRIMARY KEY,
    event_id        VARCHAR(64)  NOT NULL UNIQUE,
    entity_type     VARCHAR(20)  NOT NULL,
    entity_id       VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    effective_date  DATE         NOT NULL,
    responsible     TEXT[]       NOT NULL,
    responsible_after TEXT[]     NOT NULL,
    explanation     TEXT,
    changes         JSONB        NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_id, position);
CREATE INDEX audit_entry_actor ON audit_entry (actor, position);
CREATE INDEX audit_entry_type ON audit_entry (event_type, position);
CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at, position);
CREATE INDEX audit_entry_effective ON audit_entry (effective_date, position);
CREATE INDEX audit_entry_responsible ON audit_entry USING gin (responsible);
