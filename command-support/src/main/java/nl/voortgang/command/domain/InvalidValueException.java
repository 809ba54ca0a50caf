package nl.voortgang.command.domain;

import java.util.Optional;

/**
 * A value that is not acceptable, naming the field it came from. An aggregate gives the rule the value breaks, named
 * by the command's field; a check outside the domain (a header, a date, a parser used by the web layer and the
 * imports) gives the Dutch sentence itself.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;
    private final transient BrokenRule rule;

    public InvalidValueException(String field, BrokenRule rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public InvalidValueException(String field, String sentence) {
        super(sentence);
        this.field = field;
        this.rule = null;
    }

    public String field() {
        return field;
    }

    public Optional<BrokenRule> rule() {
        return Optional.ofNullable(rule);
    }
}
