package nl.voortgang.contracts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.contracts.activity.ActivityAbortedEvent;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityDetailsCorrectedEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityReopenedEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpLinkedToActivityEvent;
import nl.voortgang.contracts.motie.FollowUpMergedEvent;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpTextCorrectedEvent;
import nl.voortgang.contracts.motie.FollowUpUnlinkedFromActivityEvent;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;

/**
 * Every event that is published, with its logical name and revision. A published name never
 * changes; a changed schema gets a new revision.
 */
public final class EventCatalogue {

    public static final String ACTIVITY = "Activity";
    public static final String FOLLOW_UP = "FollowUp";

    private static final List<EventType> TYPES = List.of(
            new EventType("ActivityRegistered", 1, ACTIVITY, ActivityRegisteredEvent.class),
            new EventType("ActivityStatusChanged", 1, ACTIVITY, ActivityStatusChangedEvent.class),
            new EventType("ActivityDelayed", 1, ACTIVITY, ActivityDelayedEvent.class),
            new EventType("ActivityCompleted", 1, ACTIVITY, ActivityCompletedEvent.class),
            new EventType("ActivityAborted", 1, ACTIVITY, ActivityAbortedEvent.class),
            new EventType("ActivityReopened", 1, ACTIVITY, ActivityReopenedEvent.class),
            new EventType("ActivityProgressReported", 1, ACTIVITY, ActivityProgressReportedEvent.class),
            new EventType("ActivityResponsibleChanged", 1, ACTIVITY, ActivityResponsibleChangedEvent.class),
            new EventType("ActivityDetailsCorrected", 1, ACTIVITY, ActivityDetailsCorrectedEvent.class),
            new EventType("MotieRegistered", 1, FOLLOW_UP, MotieRegisteredEvent.class),
            new EventType("ToezeggingRegistered", 1, FOLLOW_UP, ToezeggingRegisteredEvent.class),
            new EventType("FollowUpProgressRecorded", 1, FOLLOW_UP, FollowUpProgressRecordedEvent.class),
            new EventType("FollowUpFulfilled", 1, FOLLOW_UP, FollowUpFulfilledEvent.class),
            new EventType("FollowUpLinkedToActivity", 1, FOLLOW_UP, FollowUpLinkedToActivityEvent.class),
            new EventType("FollowUpUnlinkedFromActivity", 1, FOLLOW_UP, FollowUpUnlinkedFromActivityEvent.class),
            new EventType("FollowUpResponsibilityReassigned", 1, FOLLOW_UP, FollowUpResponsibilityReassignedEvent.class),
            new EventType("FollowUpMerged", 1, FOLLOW_UP, FollowUpMergedEvent.class),
            new EventType("FollowUpTextCorrected", 1, FOLLOW_UP, FollowUpTextCorrectedEvent.class),
            new EventType("FollowUpDueDateChanged", 1, FOLLOW_UP, FollowUpDueDateChangedEvent.class),
            new EventType("FollowUpOverdue", 1, FOLLOW_UP, FollowUpOverdueEvent.class));

    private static final Map<Class<?>, EventType> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, EventType> BY_NAME_AND_REVISION = new LinkedHashMap<>();

    static {
        for (EventType type : TYPES) {
            BY_CLASS.put(type.javaType(), type);
            BY_NAME_AND_REVISION.put(key(type.name(), type.revision()), type);
        }
    }

    private EventCatalogue() {
    }

    public static Collection<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> forClass(Class<?> javaType) {
        return Optional.ofNullable(BY_CLASS.get(javaType));
    }

    public static EventType forEvent(DomainEvent event) {
        return forClass(event.getClass()).orElseThrow(() -> new UnknownEventTypeException(
                event.getClass().getName() + " is not in the event catalogue"));
    }

    public static Optional<EventType> forName(String name, int revision) {
        return Optional.ofNullable(BY_NAME_AND_REVISION.get(key(name, revision)));
    }

    private static String key(String name, int revision) {
        return name + "#" + revision;
    }
}
