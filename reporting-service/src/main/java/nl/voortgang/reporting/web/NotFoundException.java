package nl.voortgang.reporting.web;

/** Answered as 404 problem+json; the message says in Dutch what was not found and what to check. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
