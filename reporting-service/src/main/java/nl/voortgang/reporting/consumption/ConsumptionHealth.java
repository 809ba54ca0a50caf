package nl.voortgang.reporting.consumption;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the consumer keeps up, for readiness: it is stalled once a batch has been failing, or has
 * been in work, for longer than {@code voortgang.consumption.stalled-after}, or once more than
 * {@code max-waiting} records have waited for its group that long while it did not advance (a consumer
 * that stopped fetching). A consumer held on purpose, by a rebuild, is not stalled. The first failure of
 * a run of failures is logged at WARN; the retries after it are not, and the recovery is logged
 * once, so one stuck record shows up as two lines, not as thousands.
 */
@Component("consumption")
class ConsumptionHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ConsumptionHealth.class);

    private final Clock clock;
    private final Duration stalledAfter;
    private Instant batchStartedAt;
    private Instant failingSince;
    private String failure;
    private long failedAttempts;
    private Instant lastAdvancedAt;
    private final Instant startedAt;
    private final long maxWaiting;
    private Long waiting;
    private String waitingUnknown = "not read yet";
    private Instant behindSince;
    private boolean heldOnPurpose;

    ConsumptionHealth(Clock clock, ConsumptionSettings settings) {
        this.clock = clock;
        this.stalledAfter = settings.stalledAfter();
        this.maxWaiting = settings.maxWaiting();
        this.startedAt = clock.instant();
    }

    /** What the broker says waits for the consumer group, read every {@code lag-refresh}. */
    synchronized void recordsWaiting(long records, boolean held) {
        waiting = records;
        waitingUnknown = null;
        heldOnPurpose = held;
        if (records <= maxWaiting || held) {
            behindSince = null;
        } else if (behindSince == null) {
            behindSince = clock.instant();
        }
    }

    synchronized void recordsWaitingUnknown(String reason) {
        waiting = null;
        waitingUnknown = reason;
        behindSince = null;
    }

    synchronized void batchStarted() {
        if (batchStartedAt == null) {
            batchStartedAt = clock.instant();
        }
    }

    synchronized void batchApplied() {
        if (failingSince != null) {
            log.info("consumption recovered after {} failed attempts in {} s", failedAttempts,
                    Duration.between(failingSince, clock.instant()).toSeconds());
        }
        batchStartedAt = null;
        failingSince = null;
        failure = null;
        failedAttempts = 0;
        lastAdvancedAt = clock.instant();
    }

    synchronized void batchFailed(List<ConsumerRecord<String, byte[]>> records, RuntimeException e, FailureKind kind) {
        failedAttempts++;
        batchStartedAt = null;
        if (failingSince != null) {
            log.debug("applying a batch failed again ({} attempts)", failedAttempts, e);
            return;
        }
        failingSince = clock.instant();
        ConsumerRecord<String, byte[]> first = records.getFirst();
        ConsumerRecord<String, byte[]> last = records.getLast();
        failure = kind + ": " + e;
        log.warn("applying {} records failed ({}), first {}, last {}-{}@{}; {}", records.size(), kind,
                Records.describe(first), last.topic(), last.partition(), last.offset(),
                kind == FailureKind.TRANSIENT ? "retrying with back-off until it works" : "retrying, then one record at a time",
                e);
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        if (lastAdvancedAt != null) {
            details.put("lastAdvancedAt", lastAdvancedAt.toString());
        }
        if (failingSince != null) {
            details.put("failingSince", failingSince.toString());
            details.put("failedAttempts", failedAttempts);
            details.put("failure", failure);
        }
        boolean failingTooLong = failingSince != null && Duration.between(failingSince, now).compareTo(stalledAfter) > 0;
        boolean busyTooLong = batchStartedAt != null && Duration.between(batchStartedAt, now).compareTo(stalledAfter) > 0;
        details.put("waiting", waiting == null ? "unknown: " + waitingUnknown : waiting);
        if (heldOnPurpose) {
            details.put("held", "the consumer is held on purpose (a rebuild switches over)");
        }
        Instant lastMoved = lastAdvancedAt == null ? startedAt : lastAdvancedAt;
        boolean behindTooLong = behindSince != null
                && Duration.between(behindSince.isAfter(lastMoved) ? behindSince : lastMoved, now).compareTo(stalledAfter) > 0;
        if (behindTooLong) {
            details.put("behind", waiting + " records wait for more than " + stalledAfter.toSeconds()
                    + " s and the consumer does not advance");
            return Health.status(Status.OUT_OF_SERVICE).withDetails(details).build();
        }
        if (failingTooLong || busyTooLong) {
            details.put("stalled", "the consumer has not advanced for more than " + stalledAfter.toSeconds()
                    + " s while records are waiting");
            return Health.status(Status.OUT_OF_SERVICE).withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
