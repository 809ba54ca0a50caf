package nl.voortgang.command.domain;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * The If-Match check, made by the aggregate before any rule. Axon checks @TargetAggregateVersion only when the unit
 * of work commits, after the handler ran, so a client with a stale version would first hear a 409 about a state it
 * has not seen; checking here answers 412 with the current version instead (docs/adr/0007).
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** Refuses the command when it names a version (If-Match) other than the aggregate's; null means any version. */
    public static void require(String aggregateId, Long expectedVersion, long actualVersion) {
        if (expectedVersion != null && expectedVersion != actualVersion) {
            throw new ConflictingAggregateVersionException(aggregateId, expectedVersion, actualVersion);
        }
    }
}
