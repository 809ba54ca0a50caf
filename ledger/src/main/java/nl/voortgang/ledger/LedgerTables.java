package nl.voortgang.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * The stored row of one event, found by its identifier: a tracking token does not name the global index of an event
     * that filled a gap (committed after events with higher indexes), only the highest index seen.
     */
    public static Optional<StoredEvent> storedEvent(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(EventRows.SELECT + " WHERE event_identifier = ?")) {
            select.setString(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
            }
        }
    }

    /** Appends the event to the chain and returns the new head; a ledgered event is not appended twice. */
    public static Head append(Connection connection, StoredEvent event) throws SQLException {
        Optional<Head> head = head(connection);
        if (isLedgered(connection, event.eventId())) {
            return head.orElseThrow();
        }
        byte[] hash = HashChain.next(head.map(Head::hash).orElse(HashChain.GENESIS), event);
        long position = head.map(h -> h.position() + 1).orElse(1L);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_entry (position, global_index, event_identifier, chain_hash) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, position);
            insert.setLong(2, event.globalIndex());
            insert.setString(3, event.eventId());
            insert.setBytes(4, hash);
            insert.executeUpdate();
        }
        return new Head(position, event.globalIndex(), hash);
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

    private static boolean isLedgered(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM ledger_entry WHERE event_identifier = ?")) {
            select.setString(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
