package nl.voortgang.command.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.voortgang.ledger.LedgerTables;
import nl.voortgang.ledger.StoredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Appends every stored event to the ledger's hash chain. It runs in a tracking processor with
 * one segment, in the service's own database, so the ledger entry and the processor's token
 * commit in one transaction: after a crash the chain resumes exactly where it stopped, without
 * a gap or a double. It hashes the row as stored, read back by its event identifier (a tracking token names
 * only the highest global index seen, not the index of an event that filled a gap), not the
 * deserialized event, so that what is chained is what an SQL client could change.
 */
@ProcessingGroup(LedgerProcessor.PROCESSING_GROUP)
public class LedgerProcessor {

    public static final String PROCESSING_GROUP = "ledger";

    private final DataSource dataSource;
    private final LedgerMetrics metrics;

    public LedgerProcessor(DataSource dataSource, LedgerMetrics metrics) {
        this.dataSource = dataSource;
        this.metrics = metrics;
    }

    @EventHandler
    void append(EventMessage<?> message) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StoredEvent event = LedgerTables.storedEvent(connection, message.getIdentifier()).orElseThrow(() ->
                    new IllegalStateException("no stored event with identifier " + message.getIdentifier()));
            metrics.appended(LedgerTables.append(connection, event));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
