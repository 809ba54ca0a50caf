package nl.voortgang.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a service's chain from its event store and compares it with the ledger and with the
 * digests that were handed out. It never trusts a stored hash it can recompute: an attacker who
 * edits an event and rewrites the ledger after it still fails every digest from before the edit.
 */
public final class LedgerVerifier {

    private LedgerVerifier() {
    }

    /**
     * How long an event stored below the ledger's head may wait for the ledger before it counts as
     * inserted: a transaction that took its global index early and committed late is delivered to
     * the processor later (Axon's gap detection), and is pending, not forged, until then.
     */
    public static final Duration LATE_COMMIT_GRACE = Duration.ofMinutes(2);

    public static Verification verify(Connection connection, List<Digest> digests) throws SQLException {
        return verify(connection, digests, Instant.now());
    }

    public static Verification verify(Connection connection, List<Digest> digests, Instant now) throws SQLException {
        List<LedgerTables.Entry> entries = LedgerTables.entries(connection);
        List<StoredEvent> events = EventRows.all(connection);
        Map<Long, StoredEvent> byIndex = new HashMap<>();
        Map<String, StoredEvent> byId = new HashMap<>();
        events.forEach(event -> {
            byIndex.put(event.globalIndex(), event);
            byId.put(event.eventId(), event);
        });
        Map<Long, byte[]> recomputed = new HashMap<>();
        byte[] hash = HashChain.GENESIS;
        long position = 0;
        Verification.Break firstBreak = null;
        for (LedgerTables.Entry entry : entries) {
            StoredEvent event = byIndex.get(entry.globalIndex());
            firstBreak = compare(entry, event, byId);
            if (firstBreak == null) {
                byte[] next = HashChain.next(hash, event);
                if (!Arrays.equals(next, entry.hash())) {
                    firstBreak = new Verification.Break(entry.position(), entry.globalIndex(), entry.eventId(),
                            Verification.Kind.CHANGED, "its stored bytes no longer give the hash the ledger recorded");
                }
                hash = next;
            }
            if (firstBreak != null) {
                break;
            }
            position = entry.position();
            recomputed.put(position, hash);
        }
        long highestLedgered = entries.stream().mapToLong(LedgerTables.Entry::globalIndex).max().orElse(0);
        java.util.Set<String> ledgered = new java.util.HashSet<>();
        entries.forEach(entry -> ledgered.add(entry.eventId()));
        if (firstBreak == null) {
            for (StoredEvent event : events) {
                if (event.globalIndex() < highestLedgered && !ledgered.contains(event.eventId())
                        && storedBefore(event, now.minus(LATE_COMMIT_GRACE))) {
                    firstBreak = new Verification.Break(position + 1, event.globalIndex(), event.eventId(),
                            Verification.Kind.INSERTED, "it is stored between ledgered events but the ledger never saw it");
                    break;
                }
            }
        }
        long pending = events.stream().filter(e -> !ledgered.contains(e.eventId())).count()
                - (firstBreak != null && firstBreak.kind() == Verification.Kind.INSERTED ? 1 : 0);
        List<Verification.DigestCheck> checks = digests.stream().map(digest -> check(digest, recomputed)).toList();
        return new Verification(firstBreak == null, position, HashChain.hex(hash), firstBreak, checks, pending);
    }

    private static boolean storedBefore(StoredEvent event, Instant moment) {
        try {
            return Instant.parse(event.timestamp()).isBefore(moment);
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }

    private static Verification.Break compare(LedgerTables.Entry entry, StoredEvent event, Map<String, StoredEvent> byId) {
        StoredEvent sameId = byId.get(entry.eventId());
        if (event == null || !event.eventId().equals(entry.eventId())) {
            if (sameId != null) {
                return new Verification.Break(entry.position(), entry.globalIndex(), entry.eventId(), Verification.Kind.MOVED,
                        "the event is now at global index " + sameId.globalIndex());
            }
            if (event == null) {
                return new Verification.Break(entry.position(), entry.globalIndex(), entry.eventId(),
                        Verification.Kind.REMOVED, "no event is stored at this global index any more");
            }
            return new Verification.Break(entry.position(), entry.globalIndex(), entry.eventId(), Verification.Kind.CHANGED,
                    "another event (" + event.eventId() + ") is stored at this global index");
        }
        return null;
    }

    private static Verification.DigestCheck check(Digest digest, Map<Long, byte[]> recomputed) {
        byte[] hash = recomputed.get(digest.position());
        if (hash == null) {
            return new Verification.DigestCheck(digest, false, "today's chain does not verify up to position "
                    + digest.position());
        }
        boolean holds = HashChain.hex(hash).equalsIgnoreCase(digest.hash());
        return new Verification.DigestCheck(digest, holds, holds ? "still a prefix of today's chain"
                : "today's chain has hash " + HashChain.hex(hash) + " at position " + digest.position());
    }
}
