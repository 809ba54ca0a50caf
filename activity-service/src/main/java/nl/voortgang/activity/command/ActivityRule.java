package nl.voortgang.activity.command;

import java.time.LocalDate;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.RuleCode;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;

/**
 * The rules of an activity, each with the facts that broke it. Sealed, so that the web layer's wording switches over
 * them exhaustively and a new rule cannot go unworded.
 */
public sealed interface ActivityRule extends BrokenRule {

    /** COMPLETED, ABORTED and UNKNOWN are not set as a status change; the first two have their own command. */
    @RuleCode("status-has-its-own-command")
    record StatusHasItsOwnCommand(ActivityStatus status) implements ActivityRule {
    }

    /** A closed activity changes only by being reopened first. */
    @RuleCode("activity-closed")
    record ClosedOnThatDate(ActivityStatus status, LocalDate on) implements ActivityRule {
    }

    /** The status change would leave the status as it is on its effective date. */
    @RuleCode("nothing-changes")
    record StatusUnchanged(ActivityStatus status, LocalDate on) implements ActivityRule {
    }

    /** The change would leave the activity as it is on its effective date. */
    @RuleCode("nothing-changes")
    record NothingChanges(LocalDate on, Unchanged unchanged, String value) implements ActivityRule {
    }

    /** What a change that changes nothing would have changed. */
    enum Unchanged { PLANNING, COMPLETED, ABORTED, PROGRESS_REPORT, RESPONSIBLE, DETAILS }

    /** A delay must move the planning later. */
    @RuleCode("delay-not-later")
    record DelayNotLater(Planning proposed, Planning current, LocalDate on) implements ActivityRule {
    }

    /** Only a completed or aborted activity can be reopened. */
    @RuleCode("activity-not-closed")
    record NotClosed(ActivityStatus status, LocalDate on) implements ActivityRule {
    }

    /** A reopened activity continues in an open status. */
    @RuleCode("reopened-as-closed")
    record ReopenedAsClosed(ActivityStatus status) implements ActivityRule {
    }

    /** A correction of the details names a title, a description, or both. */
    @RuleCode("nothing-to-correct")
    record NothingToCorrect() implements ActivityRule {
    }

    /** An activity keeps a title. */
    @RuleCode("title-required")
    record TitleRequired() implements ActivityRule {
    }
}
