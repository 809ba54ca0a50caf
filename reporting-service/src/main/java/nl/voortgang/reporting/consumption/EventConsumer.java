package nl.voortgang.reporting.consumption;

import java.util.List;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.tracing.ConsumptionTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies each polled batch in one database transaction. Offsets are committed only after the
 * transaction, so a crash replays the batch, and the event log's unique event id turns the replay
 * into a no-op.
 *
 * <p>A failure is classified. A transient one is thrown to the container's error handler, which
 * retries the batch with back-off for as long as it lasts. A deterministic one is retried a few
 * times; then the records are applied one by one and the one the read model refuses goes to the
 * dead-letter topic, so one record never holds up the others.
 */
@Component
class EventConsumer {

    static final String LISTENER_ID = "reporting-consumer";

    private final BatchApplier applier;
    private final ConsumptionHealth health;
    private final ConsumptionSettings settings;
    private final ConsumptionTracing tracing;
    private final ConsumptionMetrics metrics;

    EventConsumer(BatchApplier applier, ConsumptionHealth health, ConsumptionSettings settings, ConsumptionTracing tracing,
            ConsumptionMetrics metrics) {
        this.applier = applier;
        this.health = health;
        this.settings = settings;
        this.tracing = tracing;
        this.metrics = metrics;
    }

    @KafkaListener(id = LISTENER_ID, topics = {Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS},
            batch = "true", concurrency = "${voortgang.consumption.concurrency:1}")
    void consume(List<ConsumerRecord<String, byte[]>> records) {
        health.batchStarted();
        long pause = settings.firstRetryInterval().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                tracing.apply(records, () -> applier.applyLive(records));
                health.batchApplied();
                return;
            } catch (RuntimeException e) {
                FailureKind kind = FailureKind.of(e);
                health.batchFailed(records, e, kind);
                metrics.retried(kind);
                if (kind == FailureKind.TRANSIENT) {
                    throw e;
                }
                if (attempt >= settings.attempts()) {
                    break;
                }
                pauseBeforeRetry(pause);
                pause = Math.min(pause * 2, settings.maxRetryInterval().toMillis());
            }
        }
        try {
            tracing.apply(records, () -> applier.applyLiveOneByOne(records));
        } catch (RuntimeException e) {
            health.batchFailed(records, e, FailureKind.of(e));
            throw e;
        }
        health.batchApplied();
    }

    private static void pauseBeforeRetry(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a batch", e);
        }
    }
}
