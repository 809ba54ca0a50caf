package nl.voortgang.reporting.consumption;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of records in one database transaction: every new event is recorded once in
 * the event log and handed to every projection. The live consumer writes into the live schema;
 * a rebuild writes the same way into a fresh schema.
 *
 * <p>When the read model refuses a batch for a reason that will not go away, the records are
 * applied one at a time, each in its own transaction, so that only the refused record is set
 * aside: the live consumer dead-letters it, a rebuild skips it (the live consumer dead-lettered it
 * when it first met it).
 */
@Component
public class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);

    private final EventLog eventLog;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final DeadLetters deadLetters;
    private final ConsumptionMetrics metrics;

    BatchApplier(EventLog eventLog, List<Projection> projections, TransactionTemplate transaction, JdbcClient jdbc,
            DeadLetters deadLetters, ConsumptionMetrics metrics) {
        this.eventLog = eventLog;
        this.projections = projections;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /**
     * Applies the batch in one transaction, and dead-letters its unreadable records once it committed: a batch that is
     * tried again (another record in it was refused) would otherwise send the same dead letter once per attempt.
     */
    void applyLive(List<ConsumerRecord<String, byte[]>> records) {
        List<Unreadable> unreadable = new ArrayList<>();
        applyInLiveOrder(records, unreadable);
        for (Unreadable poison : unreadable) {
            log.warn("dead-lettering {}: {}", Records.describe(poison.record()), poison.reason().getMessage());
            deadLetters.send(poison.record(), poison.reason().getMessage(),
                    poison.reason().getCause() == null ? poison.reason().getClass() : poison.reason().getCause().getClass());
        }
    }

    private Applied applyInLiveOrder(List<ConsumerRecord<String, byte[]>> records, List<Unreadable> unreadable) {
        Applied applied = transaction.execute(status -> {
            eventLog.takePositionsInCommitOrder();
            return applyAll(records, unreadable);
        });
        metrics.applied(applied.readable(), applied.recorded());
        return applied;
    }

    private record Unreadable(ConsumerRecord<String, byte[]> record, PoisonMessageException reason) {
    }

    /** Applies each record alone; a record the read model refuses goes to the dead-letter topic. */
    void applyLiveOneByOne(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                applyLive(List.of(record));
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                    throw e;
                }
                log.warn("dead-lettering {}: the read model refuses it: {}", Records.describe(record), e.toString());
                deadLetters.send(record, reasonOf(e), e.getClass());
            }
        }
    }

    /**
     * Applies one record from a dead-letter topic as the live consumer would; true if it recorded a new event, false
     * if its event was applied before. A record that is still poison is refused with the reason, not dead-lettered again.
     */
    boolean replay(ConsumerRecord<String, byte[]> record) {
        IncomingEventReader.read(record);
        return !applyInLiveOrder(List.of(record), new ArrayList<>()).recorded().isEmpty();
    }

    /** Applies into the given schema; records that cannot be applied are skipped, the live consumer dead-lettered them. */
    public int applyInto(String schema, List<ConsumerRecord<String, byte[]>> records) {
        try {
            return applyIntoSchema(schema, records);
        } catch (RuntimeException e) {
            if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                throw e;
            }
        }
        int applied = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                applied += applyIntoSchema(schema, List.of(record));
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                    throw e;
                }
                log.warn("rebuild skips {}: the read model refuses it: {}", Records.describe(record), e.toString());
            }
        }
        return applied;
    }

    private int applyIntoSchema(String schema, List<ConsumerRecord<String, byte[]>> records) {
        return transaction.execute(status -> {
            jdbc.sql("SELECT set_config('search_path', :schema, true)").param("schema", schema).query().singleValue();
            return applyAll(records, new ArrayList<>()).recorded().size();
        });
    }

    private record Applied(int readable, List<RecordedEvent> recorded) {
    }

    private Applied applyAll(List<ConsumerRecord<String, byte[]>> records, List<Unreadable> unreadable) {
        List<IncomingEvent> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(IncomingEventReader.read(record));
            } catch (PoisonMessageException e) {
                unreadable.add(new Unreadable(record, e));
            }
        }
        List<RecordedEvent> recorded = eventLog.recordNew(readable);
        if (!recorded.isEmpty()) {
            projections.forEach(projection -> projection.apply(recorded));
        }
        return new Applied(readable.size(), recorded);
    }

    private static String reasonOf(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "the read model refuses this event: " + message;
    }
}
