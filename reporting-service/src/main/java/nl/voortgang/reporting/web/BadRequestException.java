package nl.voortgang.reporting.web;

/** Answered as 400 problem+json; the message says which parameter to change and how. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
