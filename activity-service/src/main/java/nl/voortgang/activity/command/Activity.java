package nl.voortgang.activity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.voortgang.activity.command.ActivityRule.ClosedOnThatDate;
import nl.voortgang.activity.command.ActivityRule.DelayNotLater;
import nl.voortgang.activity.command.ActivityRule.NotClosed;
import nl.voortgang.activity.command.ActivityRule.NothingChanges;
import nl.voortgang.activity.command.ActivityRule.NothingToCorrect;
import nl.voortgang.activity.command.ActivityRule.ReopenedAsClosed;
import nl.voortgang.activity.command.ActivityRule.StatusHasItsOwnCommand;
import nl.voortgang.activity.command.ActivityRule.StatusUnchanged;
import nl.voortgang.activity.command.ActivityRule.TitleRequired;
import nl.voortgang.activity.command.ActivityRule.Unchanged;
import nl.voortgang.command.axon.AggregateCacheConfiguration;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.domain.EffectiveDateTimeline;
import nl.voortgang.command.domain.ExpectedVersion;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.contracts.activity.ActivityAbortedEvent;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityDetailsCorrectedEvent;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityReopenedEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.activity.Planning;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme activity. Every change is checked against the state in effect on its effective
 * date, so a back-dated change is judged by what held then; each command handler answers the
 * activity's new version.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Activity {

    private static final Set<ActivityStatus> STATUSES_WITH_THEIR_OWN_COMMAND =
            Set.of(ActivityStatus.COMPLETED, ActivityStatus.ABORTED, ActivityStatus.UNKNOWN);

    @AggregateIdentifier
    private String activityId;
    private long version;
    private final EffectiveDateTimeline<ActivityEvent, ActivityState> timeline = new EffectiveDateTimeline<>(ActivityState::after);
    private final Set<ProgressReport> progressReports = new HashSet<>();

    protected Activity() {
    }

    @CommandHandler
    public Activity(RegisterActivityCommand command) {
        DatedChange change = command.change();
        apply(new ActivityRegisteredEvent(command.activityId(), command.programme(), command.actionLine(),
                command.code(), command.title(), command.description(), command.planning(), command.originalPlanning(),
                List.copyOf(command.responsible()), command.status(), command.explanation(), change.actor(),
                change.recordedAt(), change.effectiveDate()));
    }

    @CommandHandler
    long handle(ChangeActivityStatusCommand command) {
        ActivityState state = stateFor(command);
        if (STATUSES_WITH_THEIR_OWN_COMMAND.contains(command.status())) {
            throw new InvalidValueException("status", new StatusHasItsOwnCommand(command.status()));
        }
        requireOpen(state, command);
        if (state.status() == command.status()) {
            throw new RuleViolatedException(new StatusUnchanged(command.status(), command.change().effectiveDate()));
        }
        DatedChange change = command.change();
        apply(new ActivityStatusChangedEvent(activityId, state.status(), command.status(), command.explanation(),
                change.actor(), change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(DelayActivityCommand command) {
        ActivityState state = stateFor(command);
        requireOpen(state, command);
        Planning current = state.planning();
        Planning proposed = command.newPlanning();
        if (samePeriod(current, proposed)) {
            throw nothingChanges(command, Unchanged.PLANNING, current.text());
        }
        if (!endsLater(proposed, current)) {
            throw new RuleViolatedException(new DelayNotLater(proposed, current, command.change().effectiveDate()));
        }
        DatedChange change = command.change();
        apply(new ActivityDelayedEvent(activityId, state.status(), current, proposed, state.planningBeforeFirstDelay(),
                command.reason(), change.actor(), change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(CompleteActivityCommand command) {
        ActivityState state = stateFor(command);
        if (state.status() == ActivityStatus.COMPLETED) {
            throw nothingChanges(command, Unchanged.COMPLETED, null);
        }
        requireOpen(state, command);
        DatedChange change = command.change();
        apply(new ActivityCompletedEvent(activityId, state.status(), command.explanation(), change.actor(),
                change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(AbortActivityCommand command) {
        ActivityState state = stateFor(command);
        if (state.status() == ActivityStatus.ABORTED) {
            throw nothingChanges(command, Unchanged.ABORTED, null);
        }
        requireOpen(state, command);
        DatedChange change = command.change();
        apply(new ActivityAbortedEvent(activityId, state.status(), command.reason(), change.actor(),
                change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(ReopenActivityCommand command) {
        ActivityState state = stateFor(command);
        if (!state.status().isClosed()) {
            throw new RuleViolatedException(new NotClosed(state.status(), command.change().effectiveDate()));
        }
        if (STATUSES_WITH_THEIR_OWN_COMMAND.contains(command.status())) {
            throw new InvalidValueException("status", new ReopenedAsClosed(command.status()));
        }
        DatedChange change = command.change();
        apply(new ActivityReopenedEvent(activityId, state.status(), command.status(), command.explanation(),
                change.actor(), change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(ReportActivityProgressCommand command) {
        stateFor(command);
        Map<String, BigDecimal> figures = command.figures() == null ? Map.of() : Map.copyOf(command.figures());
        if (progressReports.contains(new ProgressReport(command.period(), command.text(), figures))) {
            throw nothingChanges(command, Unchanged.PROGRESS_REPORT, command.period());
        }
        DatedChange change = command.change();
        apply(new ActivityProgressReportedEvent(activityId, command.period(), command.text(), figures, change.actor(),
                change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(ChangeActivityResponsibleCommand command) {
        ActivityState state = stateFor(command);
        List<String> responsible = command.responsible().stream().map(String::strip).distinct().toList();
        if (responsible.equals(state.responsible())) {
            throw nothingChanges(command, Unchanged.RESPONSIBLE, String.join(", ", responsible));
        }
        DatedChange change = command.change();
        apply(new ActivityResponsibleChangedEvent(activityId, state.responsible(), responsible, command.explanation(),
                change.actor(), change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @CommandHandler
    long handle(CorrectActivityDetailsCommand command) {
        ActivityState state = stateFor(command);
        if (command.title() == null && command.description() == null) {
            throw new InvalidValueException("title", new NothingToCorrect());
        }
        if (command.title() != null && command.title().isBlank()) {
            throw new InvalidValueException("title", new TitleRequired());
        }
        String title = command.title() != null ? command.title().strip() : state.title();
        String description = command.description() != null ? command.description() : state.description();
        if (title.equals(state.title()) && Objects.equals(description, state.description())) {
            throw nothingChanges(command, Unchanged.DETAILS, null);
        }
        DatedChange change = command.change();
        apply(new ActivityDetailsCorrectedEvent(activityId, state.title(), title, state.description(), description,
                command.explanation(), change.actor(), change.recordedAt(), change.effectiveDate()));
        return version;
    }

    @EventSourcingHandler
    void on(ActivityRegisteredEvent event) {
        activityId = event.activityId();
        version = 0;
        timeline.register(ActivityState.registeredBy(event), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ActivityProgressReportedEvent event, @SequenceNumber long sequenceNumber) {
        progressReports.add(new ProgressReport(event.period(), event.text(), event.figures()));
        onChange(event, sequenceNumber);
    }

    @EventSourcingHandler
    void onChange(ActivityEvent event, @SequenceNumber long sequenceNumber) {
        version = sequenceNumber;
        timeline.record(event);
    }

    ActivityState current() {
        return timeline.current();
    }

    ActivityState on(LocalDate date) {
        return timeline.on(date);
    }

    private ActivityState stateFor(ActivityChange command) {
        ExpectedVersion.require(activityId, command.expectedVersion(), version);
        return timeline.stateForChangeOn(command.change().effectiveDate());
    }

    private static void requireOpen(ActivityState state, ActivityChange command) {
        if (state.status().isClosed()) {
            throw new RuleViolatedException(new ClosedOnThatDate(state.status(), command.change().effectiveDate()));
        }
    }

    private static RuleViolatedException nothingChanges(ActivityChange command, Unchanged unchanged, String value) {
        return new RuleViolatedException(new NothingChanges(command.change().effectiveDate(), unchanged, value));
    }

    private static boolean samePeriod(Planning a, Planning b) {
        return Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end());
    }

    private static boolean endsLater(Planning proposed, Planning current) {
        if (current.end() == null) {
            return proposed.end() == null && proposed.start().isAfter(current.start());
        }
        return proposed.end() == null || proposed.end().isAfter(current.end());
    }

    private record ProgressReport(String period, String text, Map<String, BigDecimal> figures) {
    }
}
