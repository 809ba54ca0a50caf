package nl.voortgang.reporting.web;

/** Answered as 400 problem+json; the message says in Dutch which parameter to change and how. */
public class BadRequestException extends RuntimeException {

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
