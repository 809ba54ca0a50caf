package nl.voortgang.ledger;

import java.time.Instant;

/** A published chain head: the ledger of this service reached this position with this hash (hex). */
public record Digest(String service, long position, String hash, Instant publishedAt) {
}
