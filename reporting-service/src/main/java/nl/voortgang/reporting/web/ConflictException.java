package nl.voortgang.reporting.web;

/** Answered as 409 problem+json; the message says in Dutch what is in the way. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
