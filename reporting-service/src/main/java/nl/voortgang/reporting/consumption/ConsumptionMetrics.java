package nl.voortgang.reporting.consumption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the live consumer did: events applied per type, redelivered events skipped as already applied, batches tried
 * again by failure kind, and the projection delay (now minus recordedAt of the last applied event).
 */
@Component
class ConsumptionMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter duplicates;
    private volatile Instant lastAppliedRecordedAt;

    ConsumptionMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.duplicates = Counter.builder("voortgang.consumption.duplicates.skipped")
                .description("Consumed events whose event id was applied before; recorded nothing")
                .register(registry);
        Gauge.builder("voortgang.consumption.projection.delay", this, ConsumptionMetrics::projectionDelaySeconds)
                .description("Seconds between now and recordedAt of the last applied event")
                .baseUnit("seconds")
                .register(registry);
    }

    void applied(int readable, List<RecordedEvent> recorded) {
        duplicates.increment(readable - recorded.size());
        for (RecordedEvent event : recorded) {
            Counter.builder("voortgang.consumption.applied")
                    .description("Events applied to the read models, by logical event type")
                    .tag("type", event.incoming().eventType())
                    .register(registry)
                    .increment();
        }
        if (!recorded.isEmpty()) {
            lastAppliedRecordedAt = recorded.getLast().incoming().recordedAt();
        }
    }

    void retried(FailureKind kind) {
        Counter.builder("voortgang.consumption.batches.retried")
                .description("Batches tried again after a failure, by failure kind")
                .tag("kind", kind.name())
                .register(registry)
                .increment();
    }

    private double projectionDelaySeconds() {
        Instant last = lastAppliedRecordedAt;
        return last == null ? 0 : Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
    }
}
