package nl.voortgang.command.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import nl.voortgang.ledger.LedgerTables;

/** How far the ledger has come: events chained, and the chain's position. */
public class LedgerMetrics {

    private final Counter appended;
    private final AtomicLong position = new AtomicLong();

    public LedgerMetrics(MeterRegistry registry) {
        this.appended = Counter.builder("voortgang.ledger.appended").description("Events appended to the hash chain")
                .register(registry);
        Gauge.builder("voortgang.ledger.position", position, AtomicLong::get)
                .description("The ledger's chain head position").register(registry);
    }

    void appended(LedgerTables.Appended batch) {
        appended.increment(batch.count());
        batch.head().ifPresent(head -> position.set(head.position()));
    }
}
