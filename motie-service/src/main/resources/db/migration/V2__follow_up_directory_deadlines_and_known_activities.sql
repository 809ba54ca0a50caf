-- Every motie and toezegging by id, with its kind: kept in the transaction that stores its registration.
CREATE TABLE follow_up_item (
    item_id VARCHAR(255) PRIMARY KEY,
    kind    VARCHAR(20)  NOT NULL
);

-- The due date of each item that has one, kept in the transaction that stores the event that set it.
-- The overdue scheduler fires what has passed (due_at <= now), is not fulfilled and was not fired yet.
CREATE TABLE follow_up_deadline (
    item_id   VARCHAR(255) PRIMARY KEY,
    kind      VARCHAR(20)  NOT NULL,
    due_date  DATE         NOT NULL,
    due_at    TIMESTAMPTZ  NOT NULL,
    fulfilled BOOLEAN      NOT NULL DEFAULT FALSE,
    fired     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX follow_up_deadline_pending ON follow_up_deadline (due_at) WHERE NOT fulfilled AND NOT fired;

-- The activity ids motie-service has seen registered on voortgang.activity.events; links refer to these.
CREATE TABLE known_activity (
    activity_id VARCHAR(255) PRIMARY KEY,
    event_id    VARCHAR(255),
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
