package nl.voortgang.reporting.rebuild;

import java.math.BigDecimal;
import java.time.Instant;

/** One rebuild of the read models: RUNNING, then SWITCHED (the rebuilt schema is live) or FAILED. */
record RebuildRun(long id, String state, Instant requestedAt, Instant finishedAt, long eventsApplied,
        BigDecimal eventsPerSecond, String failure) {
}
