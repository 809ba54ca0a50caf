package nl.voortgang.command.web;

import java.util.Optional;
import nl.voortgang.command.domain.BrokenRule;

/**
 * How a service's web layer words one family of its aggregates' rules: the Dutch sentence, with the request path or
 * body field to use where that helps, and the request field a command field is called in the API. Each command
 * service declares one per family as a bean; {@link ProblemResponses} asks each in turn.
 *
 * @param <R> the sealed family of rules this wording knows, so that its switch can be exhaustive
 */
public abstract class RuleWording<R extends BrokenRule> {

    private final Class<R> family;

    protected RuleWording(Class<R> family) {
        this.family = family;
    }

    /** The sentence for a rule of this family, or empty when the rule is another's. */
    public final Optional<String> sentence(BrokenRule rule) {
        return family.isInstance(rule) ? Optional.of(word(family.cast(rule))) : Optional.empty();
    }

    /** The name of the request field that a command field is read from, when the two differ. */
    public String requestField(String commandField) {
        return commandField;
    }

    protected abstract String word(R rule);
}
