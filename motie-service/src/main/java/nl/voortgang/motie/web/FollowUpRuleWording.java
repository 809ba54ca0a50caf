package nl.voortgang.motie.web;

import nl.voortgang.command.web.RuleWording;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.motie.command.FollowUpRule;
import nl.voortgang.motie.command.FollowUpRule.AlreadyFulfilled;
import nl.voortgang.motie.command.FollowUpRule.AlreadyLinked;
import nl.voortgang.motie.command.FollowUpRule.AlreadyMerged;
import nl.voortgang.motie.command.FollowUpRule.DueDateUnchanged;
import nl.voortgang.motie.command.FollowUpRule.FulfilledReopenFirst;
import nl.voortgang.motie.command.FollowUpRule.FulfilmentBeforeLatestProgress;
import nl.voortgang.motie.command.FollowUpRule.FulfilmentIsItsOwnCommand;
import nl.voortgang.motie.command.FollowUpRule.MergedWithItself;
import nl.voortgang.motie.command.FollowUpRule.NotLinked;
import nl.voortgang.motie.command.FollowUpRule.ProgressUnchanged;
import nl.voortgang.motie.command.FollowUpRule.ResponsibilityUnchanged;
import nl.voortgang.motie.command.FollowUpRule.ResponsibleRequired;
import nl.voortgang.motie.command.FollowUpRule.TextUnchanged;
import org.springframework.stereotype.Component;

/**
 * The Dutch sentences for the rules of a motie or toezegging, naming the endpoint or body field to use; and the
 * request field a command field is read from ({@code withId} in the body is the command's {@code mergedWithId}).
 */
@Component
class FollowUpRuleWording extends RuleWording<FollowUpRule> {

    private static final String NOTHING_CHANGES = "; er verandert niets.";

    FollowUpRuleWording() {
        super(FollowUpRule.class);
    }

    @Override
    public String requestField(String commandField) {
        return commandField.equals("mergedWithId") ? "withId" : commandField;
    }

    @Override
    protected String word(FollowUpRule rule) {
        return switch (rule) {
            case FulfilmentIsItsOwnCommand r -> "Een stand van zaken kan de " + noun(r.kind()) + " niet invullen; leg de "
                    + "invulling vast met het document dat er invulling aan gaf (POST .../fulfilment).";
            case FulfilledReopenFirst r -> "Aan de " + noun(r.kind()) + " is op " + r.fulfilledOn() + " invulling gegeven "
                    + fulfilledBy(r.document()) + "; een stand van zaken vanaf die dag heropent haar: stuur \"reopen\": true "
                    + "om dat te doen.";
            case ProgressUnchanged r -> "Deze stand van zaken heeft dezelfde status en tekst als de laatste" + NOTHING_CHANGES;
            case AlreadyFulfilled r -> "Aan de " + noun(r.kind()) + " is al invulling gegeven op " + r.fulfilledOn() + " "
                    + fulfilledBy(r.document()) + NOTHING_CHANGES;
            case FulfilmentBeforeLatestProgress r -> "De laatste stand van zaken is van " + r.latest() + "; een invulling kan "
                    + "daar niet voor liggen. Gebruik een effectiveDate op of na " + r.latest() + ".";
            case AlreadyLinked r -> "De " + noun(r.kind()) + " is al gekoppeld aan activiteit " + r.activityId() + NOTHING_CHANGES;
            case NotLinked r -> "De " + noun(r.kind()) + " is niet gekoppeld aan activiteit " + r.activityId() + "; zij is "
                    + (r.linkedActivities().isEmpty() ? "aan geen enkele activiteit gekoppeld"
                    : "gekoppeld aan " + String.join(", ", r.linkedActivities().stream().sorted().toList())) + ".";
            case ResponsibilityUnchanged r -> "De verantwoordelijkheid ligt al bij " + String.join(", ", r.responsible())
                    + NOTHING_CHANGES;
            case MergedWithItself r -> "Een " + noun(r.kind()) + " kan niet samen met zichzelf worden opgepakt; noem in withId "
                    + "een andere motie of toezegging.";
            case AlreadyMerged r -> "De " + noun(r.kind()) + " wordt al samen opgepakt met " + r.mergedWithId() + NOTHING_CHANGES;
            case TextUnchanged r -> "De tekst is al precies deze" + NOTHING_CHANGES;
            case DueDateUnchanged r -> "De termijn is al " + (r.dueDate() == null ? "niet gezet" : r.dueDate())
                    + (r.dueText() == null ? "" : " (\"" + r.dueText() + "\")") + NOTHING_CHANGES;
            case ResponsibleRequired r -> "Noem ten minste één verantwoordelijk bewindspersoon, bijvoorbeeld SOCW of MJenV.";
        };
    }

    private static String fulfilledBy(String document) {
        return document == null ? "bij de registratie" : "met " + document;
    }

    private static String noun(FollowUpKind kind) {
        return switch (kind) {
            case MOTIE -> "motie";
            case TOEZEGGING -> "toezegging";
        };
    }
}
