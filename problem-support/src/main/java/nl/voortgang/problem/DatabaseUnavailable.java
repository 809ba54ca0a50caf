package nl.voortgang.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * A failure whose cause is that the service's database cannot serve it now (no connection within the pool's
 * timeout, a connection refused or cut, the server shutting down or starting, its disk full): the client did nothing
 * wrong and nothing was changed, so it answers 503 with Retry-After instead of 500. Recognised by the JDBC causes alone, so
 * that Axon's, Spring's and Hikari's wrappers around them all count.
 */
public final class DatabaseUnavailable {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** What Hikari throws, without an SQLSTATE, to a thread whose connection the pool closed after a fatal error. */
    private static final String POOL_CLOSED_THE_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    || sql.getSQLState() == null && POOL_CLOSED_THE_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
    }

    /** The answer while the database is away; {@code detail} says what did not happen. */
    public static ProblemResponse problem(String detail) {
        return ProblemResponse.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Tijdelijk niet beschikbaar", detail)
                .retryAfter(RETRY_AFTER);
    }
}
