package nl.voortgang.command.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.voortgang.ledger.LedgerTables;
import nl.voortgang.ledger.StoredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Appends every stored event to the ledger's hash chain. It runs in a tracking processor with
 * one segment, in the service's own database, so the ledger entry and the processor's token
 * commit in one transaction: after a crash the chain resumes exactly where it stopped, without
 * a gap or a double. It hashes the row as stored, read back by its global index, not the
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
    void append(Object payload, TrackingToken token) throws SQLException {
        long globalIndex = token.position().orElseThrow(() -> new IllegalStateException(
                "the ledger needs the global index of every event; its token has none: " + token));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StoredEvent event = LedgerTables.storedEvent(connection, globalIndex).orElseThrow(() ->
                    new IllegalStateException("no stored event at global index " + globalIndex));
            metrics.appended(LedgerTables.append(connection, event));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
