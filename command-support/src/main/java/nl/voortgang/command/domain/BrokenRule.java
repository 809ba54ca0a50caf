package nl.voortgang.command.domain;

/**
 * A domain rule a command breaks, with the facts that broke it. Aggregates throw rules, never sentences: the web
 * layer words each rule for the user in Dutch and adds the request field or path to use, so a rule stays free of
 * HTTP and language, and a rename in the API does not reach into the domain.
 */
public interface BrokenRule {

    /** The stable, machine-readable code of the rule, answered as the problem's {@code code}; see {@link RuleCode}. */
    default String code() {
        RuleCode code = getClass().getAnnotation(RuleCode.class);
        if (code == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleCode");
        }
        return code.value();
    }
}
