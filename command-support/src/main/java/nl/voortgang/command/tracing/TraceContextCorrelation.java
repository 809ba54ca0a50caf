package nl.voortgang.command.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Stores the W3C trace context of the command's span ({@code traceparent}) in the metadata of every event the command
 * causes. The event store is the outbox (docs/adr/0001): the forwarder reads the event later, on another thread, and
 * continues the request's trace from this metadata.
 */
final class TraceContextCorrelation implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceContextCorrelation(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> context = new HashMap<>();
        propagator.inject(span.context(), context, Map::put);
        return context;
    }
}
