package nl.voortgang.command.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Continues, while the forwarder handles a stored event, the trace of the request that caused it: the parent comes
 * from the event's metadata ({@link TraceContextCorrelation}), not from the thread, which is the tracking processor's
 * and runs possibly long after the request. The Kafka template's observation, opened inside this span, writes the
 * {@code traceparent} record header.
 */
final class StoredTraceContinuation implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Propagator.Getter<MetaData> METADATA = (metaData, key) ->
            metaData.get(key) instanceof String value ? value : null;

    private final Tracer tracer;
    private final Propagator propagator;
    private final String spanName;

    StoredTraceContinuation(Tracer tracer, Propagator propagator, String spanName) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.spanName = spanName;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Span span = propagator.extract(unitOfWork.getMessage().getMetaData(), METADATA).name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return chain.proceed();
        } catch (Exception e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
