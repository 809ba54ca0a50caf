-- The command services' ledger digests as reporting-service received them from the ledger topic.
-- They are not derived from the event topics, so they live beside the read models, not in them,
-- and a rebuild keeps them (IF NOT EXISTS: a rebuild runs these migrations for its fresh schema).
CREATE TABLE IF NOT EXISTS reporting_control.ledger_digest (
    service      VARCHAR(100) NOT NULL,
    position     BIGINT       NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (service, position, hash)
);
