package nl.voortgang.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The event store's rows as the chain covers them, read with plain JDBC. */
final class EventRows {

    static final String SELECT = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, payload_type, payload_revision,
                time_stamp, payload, meta_data FROM domain_event_entry""";

    private EventRows() {
    }

    static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9));
    }

    static List<StoredEvent> all(Connection connection) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY global_index");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                events.add(read(rs));
            }
        }
        return events;
    }
}
