package nl.voortgang.reporting.rebuild;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** A rebuild's progress: events applied into the new schema (its rate is the events/s), and whether one runs. */
@Component
class RebuildMetrics {

    private final Counter applied;
    private final AtomicLong appliedInRun = new AtomicLong();
    private volatile boolean running;

    RebuildMetrics(MeterRegistry registry) {
        this.applied = Counter.builder("voortgang.rebuild.events.applied")
                .description("Events applied into the schema a rebuild fills").register(registry);
        Gauge.builder("voortgang.rebuild.progress", appliedInRun, AtomicLong::get)
                .description("Events applied by the running (or last) rebuild").register(registry);
        Gauge.builder("voortgang.rebuild.running", this, metrics -> metrics.running ? 1 : 0)
                .description("1 while a rebuild runs").register(registry);
    }

    void started() {
        appliedInRun.set(0);
        running = true;
    }

    void applied(long events) {
        applied.increment(events);
        appliedInRun.addAndGet(events);
    }

    void finished() {
        running = false;
    }
}
