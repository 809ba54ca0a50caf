package nl.voortgang.command.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.BiFunction;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.EventCatalogue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/** Counts {@code voortgang.events.appended} per logical event type once the unit of work that stored the event commits. */
class EventsAppendedMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    private final MeterRegistry registry;

    EventsAppendedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof DomainEvent event) {
                Counter appended = Counter.builder("voortgang.events.appended")
                        .description("Domain events stored in the event store, by logical event type")
                        .tag("type", EventCatalogue.forEvent(event).name())
                        .register(registry);
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(unitOfWork -> appended.increment());
                } else {
                    appended.increment();
                }
            }
            return message;
        };
    }
}
