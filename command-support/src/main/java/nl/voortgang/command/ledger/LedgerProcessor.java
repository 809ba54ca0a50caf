package nl.voortgang.command.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.voortgang.ledger.LedgerTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Appends every stored event to the ledger's hash chain. It runs in a tracking processor with
 * one segment, in the service's own database, so the ledger entries and the processor's token
 * commit in one transaction: after a crash the chain resumes exactly where it stopped, without
 * a gap or a double. It hashes the rows as stored, read back by their event identifiers (a tracking token names
 * only the highest global index seen, not the index of an event that filled a gap), not the
 * deserialized events, so that what is chained is what an SQL client could change. The events of one batch are
 * chained together before it commits, in the order the processor met them: one read of the head, of the rows and
 * of what is ledgered already, and one batch of inserts, instead of four statements per event.
 */
@ProcessingGroup(LedgerProcessor.PROCESSING_GROUP)
public class LedgerProcessor {

    public static final String PROCESSING_GROUP = "ledger";
    private static final String BATCH = LedgerProcessor.class.getName() + ".batch";

    private final DataSource dataSource;
    private final LedgerMetrics metrics;

    public LedgerProcessor(DataSource dataSource, LedgerMetrics metrics) {
        this.dataSource = dataSource;
        this.metrics = metrics;
    }

    @EventHandler
    void append(EventMessage<?> message) {
        eventsOfThisBatch().add(message.getIdentifier());
    }

    private List<String> eventsOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(BATCH, key -> {
            List<String> eventIds = new ArrayList<>();
            batch.onPrepareCommit(u -> appendAll(eventIds));
            return eventIds;
        });
    }

    private void appendAll(List<String> eventIds) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            metrics.appended(LedgerTables.appendAll(connection, eventIds));
        } catch (SQLException e) {
            throw new IllegalStateException("could not chain " + eventIds.size() + " events; the batch is processed again", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
