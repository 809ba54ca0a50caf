package nl.voortgang.reporting.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Pushes a change to a live client under the trace of the command that made it. The stream serves every client from
 * the shared live feed, possibly on another instance than the one that consumed the change, so the trace context is
 * stored with the change ({@code live_change.traceparent}) and continued from there; the line logged for a push (at
 * debug) carries that trace id.
 */
@Component
public class LivePushTracing {

    private static final Logger log = LoggerFactory.getLogger(LivePushTracing.class);
    private static final Propagator.Getter<String> TRACEPARENT = (traceparent, key) ->
            "traceparent".equals(key) ? traceparent : null;

    /** A push that may fail as the client's connection does. */
    @FunctionalInterface
    public interface Push<E extends Exception> {
        void send() throws E;
    }

    private final Tracer tracer;
    private final Propagator propagator;

    /** Without tracing ({@code management.tracing.enabled=false}) Boot gives a no-op tracer and no propagator. */
    LivePushTracing(Tracer tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    public <E extends Exception> void push(String traceparent, String eventType, String entityId, String eventId, Push<E> push)
            throws E {
        Span span = (traceparent == null ? tracer.spanBuilder().setNoParent() : propagator.extract(traceparent, TRACEPARENT))
                .name("live push " + eventType).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            push.send();
            log.debug("pushed {} of {} to a live client as {}", eventType, entityId, eventId);
        } catch (Exception e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
