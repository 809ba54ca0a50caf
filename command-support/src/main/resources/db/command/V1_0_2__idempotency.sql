-- The first successful answer to a write sent with an Idempotency-Key, stored in the same
-- transaction as the events it caused, so a retry gets that answer and stores nothing twice.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    method          VARCHAR(10)  NOT NULL,
    path            VARCHAR(500) NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(500),
    etag            VARCHAR(100),
    body            BYTEA,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
