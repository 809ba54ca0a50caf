package nl.voortgang.command.domain;

/** A command that breaks a domain rule; the rule carries its code and the facts, and the web layer words it. */
public class RuleViolatedException extends RuntimeException {

    private final transient BrokenRule rule;

    public RuleViolatedException(BrokenRule rule) {
        super(rule.toString());
        this.rule = rule;
    }

    public BrokenRule rule() {
        return rule;
    }
}
