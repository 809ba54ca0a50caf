package nl.voortgang.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the ledger table next to Axon's event store (created by command-support's
 * migration V1_1_0): one row per stored event, in the order the ledger processor met them.
 */
public final class LedgerTables {

    /** The ledger's latest entry: how far the chain goes and its hash there. */
    public record Head(long position, long globalIndex, byte[] hash) {
    }

    /** One entry of the ledger as stored. */
    public record Entry(long position, long globalIndex, String eventId, byte[] hash) {
    }

    private LedgerTables() {
    }

    public static Optional<Head> head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, global_index, chain_hash FROM ledger_entry ORDER BY position DESC LIMIT 1");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getLong(2), rs.getBytes(3))) : Optional.empty();
        }
    }

    /**
     * Appends the events to the chain in the given order, skipping any already ledgered, and returns how many it
     * appended and the new head: the events' rows are read by identifier (a tracking token does not name the global
     * index of an event that filled a gap, committed after events with higher indexes) in one query, and the entries
     * are written in one batch.
     */
    public static Appended appendAll(Connection connection, List<String> eventIds) throws SQLException {
        Optional<Head> head = head(connection);
        Set<String> done = ledgered(connection, eventIds);
        Map<String, StoredEvent> stored = storedEvents(connection, eventIds);
        byte[] hash = head.map(Head::hash).orElse(HashChain.GENESIS);
        long position = head.map(Head::position).orElse(0L);
        long globalIndex = head.map(Head::globalIndex).orElse(0L);
        int appended = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_entry (position, global_index, event_identifier, chain_hash) VALUES (?, ?, ?, ?)")) {
            for (String eventId : eventIds) {
                if (!done.add(eventId)) {
                    continue;
                }
                StoredEvent event = stored.get(eventId);
                if (event == null) {
                    throw new IllegalStateException("no stored event with identifier " + eventId);
                }
                hash = HashChain.next(hash, event);
                position++;
                globalIndex = event.globalIndex();
                insert.setLong(1, position);
                insert.setLong(2, globalIndex);
                insert.setString(3, eventId);
                insert.setBytes(4, hash);
                insert.addBatch();
                appended++;
            }
            if (appended > 0) {
                insert.executeBatch();
            }
        }
        return new Appended(appended, appended > 0 ? Optional.of(new Head(position, globalIndex, hash)) : head);
    }

    /** What {@link #appendAll} did: how many entries it wrote, and the chain's head after them. */
    public record Appended(int count, Optional<Head> head) {
    }

    private static Map<String, StoredEvent> storedEvents(Connection connection, List<String> eventIds) throws SQLException {
        Map<String, StoredEvent> events = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(EventRows.SELECT + " WHERE event_identifier = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    StoredEvent event = EventRows.read(rs);
                    events.put(event.eventId(), event);
                }
            }
        }
        return events;
    }

    private static Set<String> ledgered(Connection connection, List<String> eventIds) throws SQLException {
        Set<String> ledgered = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT event_identifier FROM ledger_entry WHERE event_identifier = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ledgered.add(rs.getString(1));
                }
            }
        }
        return ledgered;
    }

    static List<Entry> entries(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, global_index, event_identifier, chain_hash FROM ledger_entry ORDER BY position");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                entries.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)));
            }
        }
        return entries;
    }
}
