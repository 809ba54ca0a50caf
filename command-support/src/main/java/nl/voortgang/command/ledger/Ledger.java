package nl.voortgang.command.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.voortgang.ledger.Digest;
import nl.voortgang.ledger.LedgerTables;
import nl.voortgang.ledger.LedgerVerifier;
import nl.voortgang.ledger.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/** The service's ledger as operators and reports use it: publish the head, verify the chain. */
public class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final DataSource dataSource;
    private final DigestTopic topic;
    private final Clock clock;
    private final AtomicLong lastPublished = new AtomicLong(-1);

    public Ledger(DataSource dataSource, DigestTopic topic, Clock clock) {
        this.dataSource = dataSource;
        this.topic = topic;
        this.clock = clock;
    }

    /** Publishes the chain head now; empty when nothing has been ledgered yet. */
    public Optional<Digest> publishDigest() {
        Optional<Digest> digest = head().map(head -> topic.publish(head, clock.instant()));
        digest.ifPresent(d -> lastPublished.set(d.position()));
        return digest;
    }

    /** Publishes the chain head when it moved since the last digest (the regular interval's task). */
    void publishIfMoved() {
        try {
            Optional<LedgerTables.Head> head = head();
            if (head.isPresent() && head.get().position() != lastPublished.get()) {
                lastPublished.set(topic.publish(head.get(), clock.instant()).position());
            }
        } catch (RuntimeException e) {
            log.warn("publishing the ledger digest failed; the next interval tries again: {}", e.getMessage());
        }
    }

    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return LedgerVerifier.verify(connection, topic.published());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not read the event store to verify the ledger", e);
        }
    }

    private Optional<LedgerTables.Head> head() {
        try (Connection connection = dataSource.getConnection()) {
            return LedgerTables.head(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not read the ledger's head", e);
        }
    }
}
