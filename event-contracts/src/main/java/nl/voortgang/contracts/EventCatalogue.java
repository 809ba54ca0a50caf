package nl.voortgang.contracts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;

/**
 * Every event that is published, with its logical name and revision, read from the records
 * themselves: the permitted records of each sealed family and their {@link PublishedEvent}
 * annotation. There is no second list to keep in step.
 */
public final class EventCatalogue {

    public static final String ACTIVITY = "Activity";
    public static final String FOLLOW_UP = "FollowUp";

    private static final Map<Class<? extends DomainEvent>, String> FAMILIES = Map.of(
            ActivityEvent.class, ACTIVITY,
            FollowUpEvent.class, FOLLOW_UP);

    private static final Map<Class<?>, EventType> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, EventType> BY_NAME_AND_REVISION = new LinkedHashMap<>();

    static {
        for (Class<? extends DomainEvent> family : List.of(ActivityEvent.class, FollowUpEvent.class)) {
            for (Class<?> record : family.getPermittedSubclasses()) {
                EventType type = typeOf(record.asSubclass(DomainEvent.class), FAMILIES.get(family));
                if (BY_NAME_AND_REVISION.putIfAbsent(key(type.name(), type.revision()), type) != null) {
                    throw new IllegalStateException(type.name() + " revision " + type.revision() + " is declared twice");
                }
                BY_CLASS.put(record, type);
            }
        }
    }

    private EventCatalogue() {
    }

    private static EventType typeOf(Class<? extends DomainEvent> record, String aggregateType) {
        PublishedEvent published = record.getAnnotation(PublishedEvent.class);
        if (published == null) {
            throw new IllegalStateException(record.getName() + " has no @PublishedEvent name and revision");
        }
        return new EventType(published.name(), published.revision(), aggregateType, record);
    }

    public static Collection<EventType> all() {
        return BY_CLASS.values();
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
