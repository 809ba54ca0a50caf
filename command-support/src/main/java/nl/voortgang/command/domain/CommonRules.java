package nl.voortgang.command.domain;

import java.time.LocalDate;

/** The rules both aggregates share; command-support words them. */
public final class CommonRules {

    private CommonRules() {
    }

    /** A change cannot hold before the entity was registered. */
    @RuleCode("before-registration")
    public record BeforeRegistration(LocalDate effectiveDate, LocalDate registeredOn) implements BrokenRule {
    }

    /** A value the command cannot do without is empty. */
    @RuleCode("required")
    public record Required() implements BrokenRule {
    }
}
