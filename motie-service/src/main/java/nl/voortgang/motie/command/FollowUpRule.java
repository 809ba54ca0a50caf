package nl.voortgang.motie.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.RuleCode;
import nl.voortgang.contracts.motie.FollowUpKind;

/**
 * The rules of a motie or toezegging, each with the facts that broke it. Sealed, so that the web layer's wording
 * switches over them exhaustively and a new rule cannot go unworded.
 */
public sealed interface FollowUpRule extends BrokenRule {

    /** Fulfilment is its own command, with the document that fulfilled it. */
    @RuleCode("fulfilment-is-its-own-command")
    record FulfilmentIsItsOwnCommand(FollowUpKind kind) implements FollowUpRule {
    }

    /** A stand van zaken on or after the fulfilment reopens the item, and only when the command says so. */
    @RuleCode("fulfilled")
    record FulfilledReopenFirst(FollowUpKind kind, LocalDate fulfilledOn, String document) implements FollowUpRule {
    }

    /** The stand van zaken has the status and text of the latest one. */
    @RuleCode("nothing-changes")
    record ProgressUnchanged(FollowUpKind kind) implements FollowUpRule {
    }

    /** The item was fulfilled before; the document is null when it was registered as fulfilled. */
    @RuleCode("nothing-changes")
    record AlreadyFulfilled(FollowUpKind kind, LocalDate fulfilledOn, String document) implements FollowUpRule {
    }

    /** A fulfilment cannot come before the latest stand van zaken. */
    @RuleCode("fulfilment-before-latest-progress")
    record FulfilmentBeforeLatestProgress(LocalDate latest) implements FollowUpRule {
    }

    @RuleCode("nothing-changes")
    record AlreadyLinked(FollowUpKind kind, String activityId) implements FollowUpRule {
    }

    @RuleCode("not-linked")
    record NotLinked(FollowUpKind kind, String activityId, Set<String> linkedActivities) implements FollowUpRule {
    }

    @RuleCode("nothing-changes")
    record ResponsibilityUnchanged(List<String> responsible) implements FollowUpRule {
    }

    /** An item is not handled together with itself. */
    @RuleCode("merged-with-itself")
    record MergedWithItself(FollowUpKind kind) implements FollowUpRule {
    }

    @RuleCode("nothing-changes")
    record AlreadyMerged(FollowUpKind kind, String mergedWithId) implements FollowUpRule {
    }

    @RuleCode("nothing-changes")
    record TextUnchanged() implements FollowUpRule {
    }

    @RuleCode("nothing-changes")
    record DueDateUnchanged(LocalDate dueDate, String dueText) implements FollowUpRule {
    }

    /** A motie or toezegging lies with at least one member of government. */
    @RuleCode("responsible-required")
    record ResponsibleRequired() implements FollowUpRule {
    }
}
