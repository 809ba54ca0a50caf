package nl.voortgang.reporting.web;

/** Answered as 409 problem+json. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
