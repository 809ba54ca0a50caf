package nl.voortgang.reporting.consumption;

/** A record that can never be applied: it goes to the dead-letter topic with this reason. */
class PoisonMessageException extends RuntimeException {

    PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
