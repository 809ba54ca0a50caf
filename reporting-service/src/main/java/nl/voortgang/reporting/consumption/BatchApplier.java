package nl.voortgang.reporting.consumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
@Component
public class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);

    private final EventLog eventLog;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final DeadLetters deadLetters;

    BatchApplier(EventLog eventLog, List<Projection> projections, TransactionTemplate transaction, JdbcClient jdbc,
            DeadLetters deadLetters) {
        this.eventLog = eventLog;
        this.projections = projections;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    void applyLive(List<ConsumerRecord<String, byte[]>> records) {
        transaction.executeWithoutResult(status -> applyAll(records, true));
    }

    /** Applies into the given schema; poison records are skipped, the live consumer dead-lettered them already. */
    public int applyInto(String schema, List<ConsumerRecord<String, byte[]>> records) {
        return transaction.execute(status -> {
            jdbc.sql("SELECT set_config('search_path', :schema, true)").param("schema", schema).query().singleValue();
            return applyAll(records, false);
        });
    }

    private int applyAll(List<ConsumerRecord<String, byte[]>> records, boolean deadLetterPoison) {
        List<IncomingEvent> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            read(record, deadLetterPoison).ifPresent(readable::add);
        }
        List<RecordedEvent> recorded = eventLog.recordNew(readable);
        if (!recorded.isEmpty()) {
            projections.forEach(projection -> projection.apply(recorded));
        }
        return recorded.size();
    }

    private Optional<IncomingEvent> read(ConsumerRecord<String, byte[]> record, boolean deadLetterPoison) {
        try {
            return Optional.of(IncomingEventReader.read(record));
        } catch (PoisonMessageException e) {
            if (deadLetterPoison) {
                log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
                deadLetters.send(record, e.getMessage());
            }
            return Optional.empty();
        }
    }
}
