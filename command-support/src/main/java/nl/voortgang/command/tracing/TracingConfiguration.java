package nl.voortgang.command.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import nl.voortgang.command.publishing.KafkaEventForwarder;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * One trace from the HTTP request through the command and the event store to the Kafka record (docs/adr/0015): the
 * request's span (Spring's server observation) is the parent of the command's, whose context is stored with each event
 * and continued by the forwarder.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration")
public class TracingConfiguration {

    @Bean
    CorrelationDataProvider traceContextCorrelation(Tracer tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContextCorrelation(tracer, orNoop(propagator));
    }

    @Bean
    CommandLogContext commandLogContext(Tracer tracer) {
        return new CommandLogContext(tracer);
    }

    @Bean
    ConfigurerModule storedTraceContinuationModule(Tracer tracer, ObjectProvider<Propagator> propagator) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                KafkaEventForwarder.PROCESSING_GROUP,
                config -> new StoredTraceContinuation(tracer, orNoop(propagator), KafkaEventForwarder.PROCESSING_GROUP)));
    }

    /** After the server observation (highest precedence + 1), whose span it names. */
    @Bean
    FilterRegistrationBean<TraceIdResponseHeader> traceIdResponseHeader(Tracer tracer) {
        FilterRegistrationBean<TraceIdResponseHeader> registration = new FilterRegistrationBean<>(new TraceIdResponseHeader(tracer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Without tracing ({@code management.tracing.enabled=false}) Boot gives a no-op tracer and no propagator. */
    private static Propagator orNoop(ObjectProvider<Propagator> propagator) {
        return propagator.getIfAvailable(() -> Propagator.NOOP);
    }
}
