package nl.voortgang.command.domain;

/** A command that breaks a domain rule; the message says which rule and what to do instead. */
public class RuleViolatedException extends RuntimeException {

    public RuleViolatedException(String message) {
        super(message);
    }
}
