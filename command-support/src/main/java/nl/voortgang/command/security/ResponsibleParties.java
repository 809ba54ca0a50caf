package nl.voortgang.command.security;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The responsible parties an entity has now, read from its own event stream: the {@code responsible} of the last
 * stored event that names them (its registration, or the latest change of responsibility). Reading the stream
 * instead of keeping a table means there is no second copy that a missed event or an old database could leave
 * behind, and every event that will ever carry a {@code responsible} field counts without being listed here.
 */
public final class ResponsibleParties {

    private static final Map<Class<?>, Optional<RecordComponent>> RESPONSIBLE = new ConcurrentHashMap<>();

    private final EventStore events;

    public ResponsibleParties(EventStore events) {
        this.events = events;
    }

    /** Empty when no entity with this id was stored (a registration, or an id that does not exist). */
    public Optional<List<String>> of(String entityId) {
        List<String> responsible = null;
        DomainEventStream stream = events.readEvents(entityId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            List<String> named = responsibleIn(message.getPayload());
            if (named != null) {
                responsible = named;
            }
        }
        return Optional.ofNullable(responsible);
    }

    @SuppressWarnings("unchecked")
    private static List<String> responsibleIn(Object event) {
        Optional<RecordComponent> component = RESPONSIBLE.computeIfAbsent(event.getClass(), type -> type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("responsible")
                        && List.class.isAssignableFrom(c.getType())).findFirst()
                : Optional.empty());
        if (component.isEmpty()) {
            return null;
        }
        try {
            return (List<String>) component.get().getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the responsible parties of " + event.getClass().getName(), e);
        }
    }
}
