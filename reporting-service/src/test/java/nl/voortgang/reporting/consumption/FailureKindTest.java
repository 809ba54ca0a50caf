package nl.voortgang.reporting.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureKindTest {

    @Test
    void aValueTheDatabaseCannotHoldIsDeterministic() {
        PSQLException nul = new PSQLException("unsupported Unicode escape sequence", PSQLState.DATA_ERROR);
        assertThat(FailureKind.of(new DataIntegrityViolationException("insert failed", nul))).isEqualTo(FailureKind.DETERMINISTIC);
    }

    @Test
    void aBugInAProjectionIsDeterministic() {
        assertThat(FailureKind.of(new IllegalStateException("no such state"))).isEqualTo(FailureKind.DETERMINISTIC);
    }

    @Test
    void anUnreachableDatabaseIsTransient() {
        CannotCreateTransactionException failure = new CannotCreateTransactionException("Could not open JDBC Connection",
                new ConnectException("Connection refused"));
        assertThat(FailureKind.of(failure)).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aConnectionLostInTheMiddleOfABatchIsTransient() {
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE);
        assertThat(FailureKind.of(new UncategorizedSQLException("insert", "INSERT ...", lost))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aSerializationConflictIsTransient() {
        PSQLException conflict = new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE);
        assertThat(FailureKind.of(new UncategorizedSQLException("update", "UPDATE ...", conflict))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aDeadLetterTopicThatDoesNotAnswerIsTransient() {
        assertThat(FailureKind.of(new DeadLetterUnavailableException("could not dead-letter", null))).isEqualTo(FailureKind.TRANSIENT);
    }
}
