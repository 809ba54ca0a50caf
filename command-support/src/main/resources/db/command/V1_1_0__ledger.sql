-- The tamper-evident ledger (ADR 14): one entry per stored event, in the order the single-segment
-- ledger processor met them, with the hash chain up to and including that event.
CREATE TABLE ledger_entry (
    position         BIGINT       PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    chain_hash       BYTEA        NOT NULL,
    ledgered_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
