package nl.voortgang.command.web;

import java.util.Optional;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.CommonRules;

/** The Dutch sentences for the rules both aggregates share. */
final class CommonRuleWording {

    private CommonRuleWording() {
    }

    static Optional<String> sentence(BrokenRule rule, String field) {
        if (rule instanceof CommonRules.BeforeRegistration r) {
            return Optional.of(field + " " + r.effectiveDate() + " ligt voor de registratie (" + r.registeredOn()
                    + "); een wijziging geldt op zijn vroegst vanaf de registratie.");
        }
        if (rule instanceof CommonRules.Required) {
            return Optional.of(field + " is verplicht en mag niet leeg zijn.");
        }
        return Optional.empty();
    }
}
