package nl.voortgang.reporting.consumption;

/** The dead-letter topic did not take a record: the record is not set aside, its batch is retried. */
class DeadLetterUnavailableException extends RuntimeException {

    DeadLetterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
