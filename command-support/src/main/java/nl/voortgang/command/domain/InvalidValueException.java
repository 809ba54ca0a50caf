package nl.voortgang.command.domain;

/** A value that is not acceptable, naming the field it came from. */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
