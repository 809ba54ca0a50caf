package nl.voortgang.reporting.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.voortgang.ledger.Digest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger digests reporting-service has seen. Each report names the latest digest of each
 * command service received before it was made: the history it rests on is a prefix of the chain
 * that digest closes, which anyone can check later with the verify command.
 */
@Repository
public class LedgerDigests {

    private final JdbcClient jdbc;

    LedgerDigests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Digest digest) {
        jdbc.sql("""
                        INSERT INTO reporting_control.ledger_digest (service, position, hash, published_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(digest.service(), digest.position(), digest.hash(), Timestamp.from(digest.publishedAt())).update();
    }

    /** The latest digest of each service received up to the given instant, by service name. */
    public List<Digest> latest(Instant upTo) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (service) service, position, hash, published_at
                        FROM reporting_control.ledger_digest WHERE received_at <= ?
                        ORDER BY service, position DESC, received_at DESC""")
                .param(Timestamp.from(upTo))
                .query((rs, n) -> new Digest(rs.getString("service"), rs.getLong("position"), rs.getString("hash"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** Every digest received, for an auditor who checks them all against the event stores. */
    public List<Digest> all() {
        return jdbc.sql("SELECT service, position, hash, published_at FROM reporting_control.ledger_digest ORDER BY service, position")
                .query((rs, n) -> new Digest(rs.getString("service"), rs.getLong("position"), rs.getString("hash"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** How a report names the digests it rests on, one line per service. */
    public static List<String> citation(List<Digest> digests) {
        return digests.stream().map(d -> "Grootboek " + d.service() + ": positie " + d.position() + ", hash " + d.hash())
                .toList();
    }
}
