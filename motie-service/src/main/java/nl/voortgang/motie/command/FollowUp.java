package nl.voortgang.motie.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.voortgang.command.axon.AggregateCacheConfiguration;
import nl.voortgang.command.domain.CommonRules;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.domain.EffectiveDateTimeline;
import nl.voortgang.command.domain.ExpectedVersion;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.contracts.ProgrammeTime;
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
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpLinkedToActivityEvent;
import nl.voortgang.contracts.motie.FollowUpMergedEvent;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.FollowUpTextCorrectedEvent;
import nl.voortgang.contracts.motie.FollowUpUnlinkedFromActivityEvent;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A motie or a toezegging, followed until it is fulfilled. Both kinds share every rule after
 * registration, so they are one aggregate type with a kind (docs/adr/0003-one-follow-up-aggregate.md).
 * The status history is kept on an effective-date timeline: a back-dated stand van zaken lands
 * between earlier ones, a change is judged by the status on its effective date, and the current
 * status is the one with the latest effective date.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class FollowUp {

    public static final String SYSTEM_ACTOR = "system";

    @AggregateIdentifier
    private String itemId;
    private FollowUpKind kind;
    private Integer referenceYear;
    private final EffectiveDateTimeline<FollowUpEvent, FollowUpState> timeline =
            new EffectiveDateTimeline<>(FollowUpState::after);
    private String latestProgressText;
    private String text;
    private List<String> responsible;
    private String dueText;
    private LocalDate dueDate;
    private LocalDate overdueFor;
    private final Set<String> linkedActivities = new LinkedHashSet<>();
    private final Set<String> mergedWith = new LinkedHashSet<>();

    protected FollowUp() {
    }

    @CommandHandler
    public FollowUp(RegisterMotieCommand command) {
        requireResponsible(command.responsible());
        Integer year = command.adoptedDate() == null ? null : command.adoptedDate().getYear();
        boolean textLost = command.text() == null || command.text().isBlank();
        DatedChange change = command.change();
        apply(new MotieRegisteredEvent(command.motieId(), command.programme(), List.copyOf(command.submitters()),
                command.adoptedDate(), command.kamerstuk(), textLost ? null : command.text(), textLost,
                List.copyOf(command.responsible()), command.dueText(), dueDate(command.dueText(), command.dueDate(), year),
                command.status(), change.actor(), change.recordedAt(), change.effectiveDate()));
    }

    @CommandHandler
    public FollowUp(RegisterToezeggingCommand command) {
        requireResponsible(command.responsible());
        requireText(command.text(), "text");
        Integer year = command.occasionDate() == null ? null : command.occasionDate().getYear();
        DatedChange change = command.change();
        apply(new ToezeggingRegisteredEvent(command.toezeggingId(), command.programme(), command.occasion(),
                command.occasionDate(), command.text(), List.copyOf(command.responsible()), command.dueText(),
                dueDate(command.dueText(), command.dueDate(), year), command.status(),
                change.actor(), change.recordedAt(), change.effectiveDate()));
    }

    @CommandHandler
    long handle(RecordProgressCommand command) {
        FollowUpState state = checked(command);
        LocalDate on = command.change().effectiveDate();
        requireText(command.text(), "text");
        if (command.status() == FollowUpStatus.FULFILLED) {
            throw new RuleViolatedException(new FulfilmentIsItsOwnCommand(kind));
        }
        FollowUpStatus previous = state.status();
        if (state.fulfilled() && !command.reopen()) {
            throw new RuleViolatedException(new FulfilledReopenFirst(kind, state.fulfilledOn(), state.fulfilledBy()));
        }
        if (previous == command.status() && command.text().equals(latestProgressText)) {
            throw new RuleViolatedException(new ProgressUnchanged(kind));
        }
        apply(new FollowUpProgressRecordedEvent(itemId, kind, previous, command.status(), command.text(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(FulfilCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        requireText(command.document(), "document");
        FollowUpState current = timeline.current();
        if (current.fulfilled()) {
            throw new RuleViolatedException(new AlreadyFulfilled(kind, current.fulfilledOn(), current.fulfilledBy()));
        }
        LocalDate latest = current.statusSince();
        if (on.isBefore(latest)) {
            throw new RuleViolatedException(new FulfilmentBeforeLatestProgress(latest));
        }
        apply(new FollowUpFulfilledEvent(itemId, kind, currentStatus(), command.document(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(LinkToActivityCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        if (linkedActivities.contains(command.activityId())) {
            throw new RuleViolatedException(new AlreadyLinked(kind, command.activityId()));
        }
        apply(new FollowUpLinkedToActivityEvent(itemId, kind, command.activityId(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(UnlinkFromActivityCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        if (!linkedActivities.contains(command.activityId())) {
            throw new RuleViolatedException(new NotLinked(kind, command.activityId(), Set.copyOf(linkedActivities)));
        }
        apply(new FollowUpUnlinkedFromActivityEvent(itemId, kind, command.activityId(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(ReassignResponsibilityCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        requireResponsible(command.responsible());
        if (Set.copyOf(command.responsible()).equals(Set.copyOf(responsible))) {
            throw new RuleViolatedException(new ResponsibilityUnchanged(responsible));
        }
        apply(new FollowUpResponsibilityReassignedEvent(itemId, kind, responsible, List.copyOf(command.responsible()),
                command.explanation(), command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(MergeWithCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        if (command.mergedWithId().equals(itemId)) {
            throw new InvalidValueException("mergedWithId", new MergedWithItself(kind));
        }
        if (mergedWith.contains(command.mergedWithId())) {
            throw new RuleViolatedException(new AlreadyMerged(kind, command.mergedWithId()));
        }
        apply(new FollowUpMergedEvent(itemId, kind, command.mergedWithId(), command.mergedWithKind(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(CorrectTextCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        requireText(command.text(), "text");
        if (command.text().equals(text)) {
            throw new RuleViolatedException(new TextUnchanged());
        }
        apply(new FollowUpTextCorrectedEvent(itemId, kind, text, command.text(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(ChangeDueDateCommand command) {
        checked(command);
        LocalDate on = command.change().effectiveDate();
        LocalDate newDueDate = dueDate(command.dueText(), command.dueDate(), referenceYear);
        if (Objects.equals(command.dueText(), dueText) && Objects.equals(newDueDate, dueDate)) {
            throw new RuleViolatedException(new DueDateUnchanged(dueDate, dueText));
        }
        apply(new FollowUpDueDateChangedEvent(itemId, kind, dueText, dueDate, command.dueText(), newDueDate,
                command.explanation(), command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(MarkOverdueCommand command) {
        requireKind(command.kind());
        LocalDate today = command.now().atZone(ProgrammeTime.ZONE).toLocalDate();
        boolean stillApplies = currentStatus().isOverdueOn(dueDate, today) && dueDate.equals(command.dueDate())
                && !dueDate.equals(overdueFor);
        if (stillApplies) {
            LocalDate overdueSince = dueDate.plusDays(1);
            apply(new FollowUpOverdueEvent(itemId, kind, dueDate, currentStatus(), SYSTEM_ACTOR, command.now(),
                    overdueSince.isBefore(timeline.registeredOn()) ? timeline.registeredOn() : overdueSince));
        }
        return version();
    }

    @EventSourcingHandler
    void on(MotieRegisteredEvent event) {
        registered(event.motieId(), FollowUpKind.MOTIE, event.adoptedDate(), event.text(), event.responsible(),
                event.dueText(), event.dueDate(), event.status(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ToezeggingRegisteredEvent event) {
        registered(event.toezeggingId(), FollowUpKind.TOEZEGGING, event.occasionDate(), event.text(), event.responsible(),
                event.dueText(), event.dueDate(), event.status(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(FollowUpProgressRecordedEvent event) {
        latestProgressText = event.text();
        timeline.record(event);
    }

    @EventSourcingHandler
    void on(FollowUpFulfilledEvent event) {
        timeline.record(event);
    }

    @EventSourcingHandler
    void on(FollowUpLinkedToActivityEvent event) {
        timeline.record(event);
        linkedActivities.add(event.activityId());
    }

    @EventSourcingHandler
    void on(FollowUpUnlinkedFromActivityEvent event) {
        timeline.record(event);
        linkedActivities.remove(event.activityId());
    }

    @EventSourcingHandler
    void on(FollowUpResponsibilityReassignedEvent event) {
        timeline.record(event);
        responsible = List.copyOf(event.responsible());
    }

    @EventSourcingHandler
    void on(FollowUpMergedEvent event) {
        timeline.record(event);
        mergedWith.add(event.mergedWithId());
    }

    @EventSourcingHandler
    void on(FollowUpTextCorrectedEvent event) {
        timeline.record(event);
        text = event.text();
    }

    @EventSourcingHandler
    void on(FollowUpDueDateChangedEvent event) {
        timeline.record(event);
        dueText = event.dueText();
        dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(FollowUpOverdueEvent event) {
        timeline.record(event);
        overdueFor = event.dueDate();
    }

    private void registered(String id, FollowUpKind itemKind, LocalDate occasion, String itemText, List<String> itemResponsible,
                            String itemDueText, LocalDate itemDueDate, FollowUpStatus status, LocalDate effectiveDate) {
        itemId = id;
        kind = itemKind;
        referenceYear = occasion == null ? null : occasion.getYear();
        text = itemText;
        responsible = List.copyOf(itemResponsible);
        dueText = itemDueText;
        dueDate = itemDueDate;
        timeline.register(FollowUpState.registered(status, effectiveDate), effectiveDate);
    }

    private FollowUpState checked(FollowUpChange command) {
        requireKind(command.kind());
        ExpectedVersion.require(itemId, command.expectedVersion(), version());
        return timeline.stateForChangeOn(command.change().effectiveDate());
    }

    private void requireKind(FollowUpKind expectedKind) {
        if (expectedKind != kind) {
            throw new AggregateNotFoundException(itemId, "No " + expectedKind.name().toLowerCase() + " with id " + itemId);
        }
    }

    private FollowUpStatus currentStatus() {
        return timeline.current().status();
    }

    private static LocalDate dueDate(String dueText, LocalDate explicit, Integer referenceYear) {
        return explicit != null ? explicit : DueDateParser.parse(dueText, referenceYear).orElse(null);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, new CommonRules.Required());
        }
    }

    private static void requireResponsible(List<String> responsible) {
        if (responsible == null || responsible.isEmpty() || responsible.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new InvalidValueException("responsible", new ResponsibleRequired());
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
