package nl.voortgang.reporting.consumption;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Why applying a record failed, which decides what happens next. A transient failure (the database
 * or the broker unreachable, a lost connection, a serialization conflict) goes away by itself: the
 * batch is retried without end and nothing is dead-lettered. Anything else is deterministic: the
 * same record fails the same way every time, so after a few attempts it is set aside and the
 * others go on.
 */
public enum FailureKind {
    TRANSIENT,
    DETERMINISTIC;

    /** SQLSTATE classes and codes that say the server or the connection, not the data, failed. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransient(cause)) {
                return TRANSIENT;
            }
        }
        return DETERMINISTIC;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof RetriableException || cause instanceof DeadLetterUnavailableException
                || cause instanceof IOException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
            return TRANSIENT_STATES.contains(sql.getSQLState())
                    || TRANSIENT_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2));
        }
        return false;
    }
}
