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
 * been in work, for longer than {@code voortgang.consumption.stalled-after}. The first failure of
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

    ConsumptionHealth(Clock clock, ConsumptionSettings settings) {
        this.clock = clock;
        this.stalledAfter = settings.stalledAfter();
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
        if (failingTooLong || busyTooLong) {
            details.put("stalled", "the consumer has not advanced for more than " + stalledAfter.toSeconds()
                    + " s while records are waiting");
            return Health.status(Status.OUT_OF_SERVICE).withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
