package nl.voortgang.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class DatabaseUnavailableTest {

    @Test
    void aPoolWithoutAConnectionWithinItsTimeoutIsUnavailableHoweverDeeplyWrapped() {
        RuntimeException failure = new IllegalStateException("could not open a transaction",
                new RuntimeException(new SQLTransientConnectionException("Connection is not available, request timed out")));

        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void aRefusedOrCutConnectionAShutdownAndAFullDiskAreUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("could not extend file: No space left on device", "53100"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).isTrue();
    }

    @Test
    void aBrokenConstraintOrABugIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theAnswerIs503WithRetryAfterInDutch() {
        ResponseEntity<Object> response = DatabaseUnavailable.problem("De wijziging is niet doorgevoerd.").response();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(((ProblemDetail) response.getBody()).getTitle()).isEqualTo("Tijdelijk niet beschikbaar");
    }
}
