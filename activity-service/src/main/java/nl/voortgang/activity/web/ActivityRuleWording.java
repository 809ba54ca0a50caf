package nl.voortgang.activity.web;

import nl.voortgang.activity.command.ActivityRule;
import nl.voortgang.activity.command.ActivityRule.ClosedOnThatDate;
import nl.voortgang.activity.command.ActivityRule.DelayNotLater;
import nl.voortgang.activity.command.ActivityRule.NotClosed;
import nl.voortgang.activity.command.ActivityRule.NothingChanges;
import nl.voortgang.activity.command.ActivityRule.NothingToCorrect;
import nl.voortgang.activity.command.ActivityRule.ReopenedAsClosed;
import nl.voortgang.activity.command.ActivityRule.StatusHasItsOwnCommand;
import nl.voortgang.activity.command.ActivityRule.StatusUnchanged;
import nl.voortgang.activity.command.ActivityRule.TitleRequired;
import nl.voortgang.command.web.RuleWording;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.springframework.stereotype.Component;

/** The Dutch sentences for an activity's rules, with the endpoint to use instead where there is one. */
@Component
class ActivityRuleWording extends RuleWording<ActivityRule> {

    private static final String ACTIVITY = "/api/activities/{id}";

    ActivityRuleWording() {
        super(ActivityRule.class);
    }

    @Override
    protected String word(ActivityRule rule) {
        return switch (rule) {
            case StatusHasItsOwnCommand r -> "De status " + r.status() + " kan niet als statuswijziging worden gezet; "
                    + "rond een activiteit af met POST " + ACTIVITY + "/completion en breek haar af met POST " + ACTIVITY + "/abort.";
            case ClosedOnThatDate r -> "De activiteit is op " + r.on() + " " + describe(r.status()) + "; heropen haar eerst "
                    + "(POST " + ACTIVITY + "/reopen) om haar te wijzigen.";
            case StatusUnchanged r -> "Dit verandert niets: op " + r.on() + " is de status al " + describe(r.status()) + ".";
            case NothingChanges r -> "Dit verandert niets: op " + r.on() + " " + unchanged(r) + ".";
            case DelayNotLater r -> "Een vertraging moet de planning later maken: '" + r.proposed().text()
                    + "' eindigt niet later dan '" + r.current().text() + "', de planning op " + r.on()
                    + (r.current().end() == null ? "; die planning heeft geen einde, dus een vertraging moet later beginnen "
                    + "(bijvoorbeeld 'Vanaf " + (r.current().start().getYear() + 1) + "')." : ".");
            case NotClosed r -> "Alleen een afgeronde of afgebroken activiteit kan heropend worden; op " + r.on() + " is zij "
                    + describe(r.status()) + ". Wijzig in plaats daarvan haar status (POST " + ACTIVITY + "/status).";
            case ReopenedAsClosed r -> "Een heropende activiteit gaat verder als IN_PROGRESS, ONGOING, DELAYED of NOT_STARTED, "
                    + "niet als " + r.status() + ".";
            case NothingToCorrect r -> "Geef een gecorrigeerde titel, een gecorrigeerde beschrijving of allebei.";
            case TitleRequired r -> "title mag niet leeg zijn; een activiteit houdt een titel.";
        };
    }

    private static String unchanged(NothingChanges rule) {
        return switch (rule.unchanged()) {
            case PLANNING -> "is de planning al " + rule.value();
            case COMPLETED -> "is de activiteit al afgerond";
            case ABORTED -> "is de activiteit al afgebroken";
            case PROGRESS_REPORT -> "is deze voortgang over " + rule.value() + " al eerder gerapporteerd, met dezelfde tekst en cijfers";
            case RESPONSIBLE -> "zijn de verantwoordelijken al " + rule.value();
            case DETAILS -> "zijn de titel en beschrijving al zoals gegeven";
        };
    }

    private static String describe(ActivityStatus status) {
        return status + " (" + status.reportLabel() + ")";
    }
}
