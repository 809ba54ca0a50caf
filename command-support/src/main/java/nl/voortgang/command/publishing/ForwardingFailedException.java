package nl.voortgang.command.publishing;

public class ForwardingFailedException extends RuntimeException {

    public ForwardingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
