package nl.voortgang.motie.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
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
 * The status history is kept by effective date: a back-dated stand van zaken lands between earlier
 * ones, and the current status is the one with the latest effective date.
 */
@Aggregate
public class FollowUp {

    public static final String SYSTEM_ACTOR = "system";

    @AggregateIdentifier
    private String itemId;
    private FollowUpKind kind;
    private Integer referenceYear;
    private LocalDate registeredOn;
    private final NavigableMap<LocalDate, FollowUpStatus> statusByDate = new TreeMap<>();
    private String latestProgressText;
    private LocalDate fulfilledOn;
    private String fulfilledBy;
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
        ChangeContext change = command.change();
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
        ChangeContext change = command.change();
        apply(new ToezeggingRegisteredEvent(command.toezeggingId(), command.programme(), command.occasion(),
                command.occasionDate(), command.text(), List.copyOf(command.responsible()), command.dueText(),
                dueDate(command.dueText(), command.dueDate(), year), command.status(),
                change.actor(), change.recordedAt(), change.effectiveDate()));
    }

    @CommandHandler
    long handle(RecordProgressCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        requireText(command.text(), "text");
        if (command.status() == FollowUpStatus.FULFILLED) {
            throw new RuleViolatedException("A stand van zaken cannot fulfil the " + noun()
                    + "; record the fulfilment with the document that fulfilled it (POST .../fulfilment).");
        }
        FollowUpStatus previous = statusOn(on);
        if (previous == FollowUpStatus.FULFILLED && !command.reopen()) {
            throw new RuleViolatedException("The " + noun() + " was fulfilled on " + fulfilledOn + " by " + fulfilledBy
                    + "; a stand van zaken from that day on reopens it: send \"reopen\": true to do so.");
        }
        if (previous == command.status() && command.text().equals(latestProgressText)) {
            throw new RuleViolatedException("This stand van zaken has the same status and text as the latest one; nothing would change.");
        }
        apply(new FollowUpProgressRecordedEvent(itemId, kind, previous, command.status(), command.text(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(FulfilCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        requireText(command.document(), "document");
        if (currentStatus() == FollowUpStatus.FULFILLED) {
            throw new RuleViolatedException("The " + noun() + " was already fulfilled on " + fulfilledOn + " by "
                    + fulfilledBy + "; nothing would change.");
        }
        LocalDate latest = statusByDate.lastKey();
        if (on.isBefore(latest)) {
            throw new RuleViolatedException("The latest stand van zaken is of " + latest
                    + "; a fulfilment cannot come before it. Use an effectiveDate on or after " + latest + ".");
        }
        apply(new FollowUpFulfilledEvent(itemId, kind, currentStatus(), command.document(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(LinkToActivityCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        if (linkedActivities.contains(command.activityId())) {
            throw new RuleViolatedException("The " + noun() + " is already linked to activity " + command.activityId() + "; nothing would change.");
        }
        apply(new FollowUpLinkedToActivityEvent(itemId, kind, command.activityId(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(UnlinkFromActivityCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        if (!linkedActivities.contains(command.activityId())) {
            throw new RuleViolatedException("The " + noun() + " is not linked to activity " + command.activityId()
                    + "; it is linked to " + (linkedActivities.isEmpty() ? "no activity" : String.join(", ", linkedActivities)) + ".");
        }
        apply(new FollowUpUnlinkedFromActivityEvent(itemId, kind, command.activityId(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(ReassignResponsibilityCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        requireResponsible(command.responsible());
        if (Set.copyOf(command.responsible()).equals(Set.copyOf(responsible))) {
            throw new RuleViolatedException("Responsibility already lies with " + String.join(", ", responsible) + "; nothing would change.");
        }
        apply(new FollowUpResponsibilityReassignedEvent(itemId, kind, responsible, List.copyOf(command.responsible()),
                command.explanation(), command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(MergeWithCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        if (command.mergedWithId().equals(itemId)) {
            throw new InvalidValueException("withId", "A " + noun() + " cannot be handled together with itself; name another motie or toezegging.");
        }
        if (mergedWith.contains(command.mergedWithId())) {
            throw new RuleViolatedException("The " + noun() + " is already handled together with " + command.mergedWithId() + "; nothing would change.");
        }
        apply(new FollowUpMergedEvent(itemId, kind, command.mergedWithId(), command.mergedWithKind(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(CorrectTextCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        requireText(command.text(), "text");
        if (command.text().equals(text)) {
            throw new RuleViolatedException("The text is already exactly this; nothing would change.");
        }
        apply(new FollowUpTextCorrectedEvent(itemId, kind, text, command.text(), command.explanation(),
                command.change().actor(), command.change().recordedAt(), on));
        return version();
    }

    @CommandHandler
    long handle(ChangeDueDateCommand command) {
        LocalDate on = checked(command.kind(), command.change());
        LocalDate newDueDate = dueDate(command.dueText(), command.dueDate(), referenceYear);
        if (Objects.equals(command.dueText(), dueText) && Objects.equals(newDueDate, dueDate)) {
            throw new RuleViolatedException("The due date is already " + (dueDate == null ? "not set" : dueDate)
                    + (dueText == null ? "" : " (\"" + dueText + "\")") + "; nothing would change.");
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
                    overdueSince.isBefore(registeredOn) ? registeredOn : overdueSince));
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
        statusByDate.put(event.effectiveDate(), event.status());
        if (currentStatus() != FollowUpStatus.FULFILLED) {
            fulfilledOn = null;
            fulfilledBy = null;
        }
    }

    @EventSourcingHandler
    void on(FollowUpFulfilledEvent event) {
        statusByDate.put(event.effectiveDate(), FollowUpStatus.FULFILLED);
        fulfilledOn = event.effectiveDate();
        fulfilledBy = event.document();
    }

    @EventSourcingHandler
    void on(FollowUpLinkedToActivityEvent event) {
        linkedActivities.add(event.activityId());
    }

    @EventSourcingHandler
    void on(FollowUpUnlinkedFromActivityEvent event) {
        linkedActivities.remove(event.activityId());
    }

    @EventSourcingHandler
    void on(FollowUpResponsibilityReassignedEvent event) {
        responsible = List.copyOf(event.responsible());
    }

    @EventSourcingHandler
    void on(FollowUpMergedEvent event) {
        mergedWith.add(event.mergedWithId());
    }

    @EventSourcingHandler
    void on(FollowUpTextCorrectedEvent event) {
        text = event.text();
    }

    @EventSourcingHandler
    void on(FollowUpDueDateChangedEvent event) {
        dueText = event.dueText();
        dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(FollowUpOverdueEvent event) {
        overdueFor = event.dueDate();
    }

    private void registered(String id, FollowUpKind itemKind, LocalDate occasion, String itemText, List<String> itemResponsible,
                            String itemDueText, LocalDate itemDueDate, FollowUpStatus status, LocalDate effectiveDate) {
        itemId = id;
        kind = itemKind;
        referenceYear = occasion == null ? null : occasion.getYear();
        registeredOn = effectiveDate;
        text = itemText;
        responsible = List.copyOf(itemResponsible);
        dueText = itemDueText;
        dueDate = itemDueDate;
        statusByDate.put(effectiveDate, status);
        if (status == FollowUpStatus.FULFILLED) {
            fulfilledOn = effectiveDate;
            fulfilledBy = "its registration";
        }
    }

    private LocalDate checked(FollowUpKind expectedKind, ChangeContext change) {
        requireKind(expectedKind);
        LocalDate on = change.effectiveDate();
        if (on.isBefore(registeredOn)) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + on + " is before the " + noun()
                    + " was registered (" + registeredOn + "); a change cannot hold before that.");
        }
        return on;
    }

    private void requireKind(FollowUpKind expectedKind) {
        if (expectedKind != kind) {
            throw new AggregateNotFoundException(itemId, "No " + expectedKind.name().toLowerCase() + " with id " + itemId);
        }
    }

    private FollowUpStatus statusOn(LocalDate date) {
        Map.Entry<LocalDate, FollowUpStatus> entry = statusByDate.floorEntry(date);
        return entry == null ? statusByDate.firstEntry().getValue() : entry.getValue();
    }

    private FollowUpStatus currentStatus() {
        return statusByDate.lastEntry().getValue();
    }

    private String noun() {
        return kind == FollowUpKind.MOTIE ? "motie" : "toezegging";
    }

    private static LocalDate dueDate(String dueText, LocalDate explicit, Integer referenceYear) {
        return explicit != null ? explicit : DueDateParser.parse(dueText, referenceYear).orElse(null);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be empty.");
        }
    }

    private static void requireResponsible(List<String> responsible) {
        if (responsible == null || responsible.isEmpty() || responsible.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new InvalidValueException("responsible", "Name at least one responsible member of government, for example SOCW or MJenV.");
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
