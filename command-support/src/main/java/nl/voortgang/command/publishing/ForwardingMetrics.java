package nl.voortgang.command.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How many events were forwarded, how many batches failed, and how long events waited in the outbox. */
public class ForwardingMetrics {

    private final Counter forwarded;
    private final Counter failedBatches;
    private final Timer outboxDelay;
    private final Clock clock;

    public ForwardingMetrics(MeterRegistry registry, String topic, Clock clock) {
        this.forwarded = Counter.builder("voortgang.forwarding.events").tag("topic", topic)
                .description("Stored events handed to Kafka").register(registry);
        this.failedBatches = Counter.builder("voortgang.forwarding.failed.batches").tag("topic", topic)
                .description("Batches Kafka did not acknowledge; they are sent again").register(registry);
        this.outboxDelay = Timer.builder("voortgang.forwarding.delay").tag("topic", topic)
                .description("Time between storing an event and handing it to Kafka").register(registry);
        this.clock = clock;
    }

    void forwarded(Instant storedAt) {
        forwarded.increment();
        outboxDelay.record(Duration.between(storedAt, clock.instant()).abs());
    }

    void failed() {
        failedBatches.increment();
    }
}
