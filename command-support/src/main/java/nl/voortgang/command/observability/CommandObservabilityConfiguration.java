package nl.voortgang.command.observability;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import nl.voortgang.command.publishing.KafkaEventForwarder;
import nl.voortgang.command.publishing.PublishedTopic;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a command service tells Prometheus beyond Boot's and Axon's own meters: commands by type and outcome, events
 * appended by type, the forwarding backlog and its age, and the Kafka producer's client metrics.
 */
@AutoConfiguration(afterName = "nl.voortgang.command.publishing.ForwardingConfiguration")
public class CommandObservabilityConfiguration {

    @Bean
    FilterRegistrationBean<CommandMetricsFilter> commandMetricsFilter(MeterRegistry registry,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        FilterRegistrationBean<CommandMetricsFilter> registration =
                new FilterRegistrationBean<>(new CommandMetricsFilter(registry, handlers));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SmartInitializingSingleton eventsAppendedMetrics(EventBus eventBus, MeterRegistry registry) {
        return () -> eventBus.registerDispatchInterceptor(new EventsAppendedMetrics(registry));
    }

    /** Binds each Kafka producer's client metrics (record-send-rate, record-error-total, ...) before its first send. */
    @Bean
    SmartInitializingSingleton forwardingProducerMeterBinding(ObjectProvider<KafkaTemplate<?, ?>> templates,
            MeterRegistry registry) {
        return () -> templates.orderedStream().map(KafkaTemplate::getProducerFactory)
                .filter(factory -> factory.getListeners().stream().noneMatch(MicrometerProducerListener.class::isInstance))
                .forEach(factory -> factory.addListener(new MicrometerProducerListener<>(registry)));
    }

    @Bean
    ForwardingBacklog forwardingBacklog(JdbcClient jdbc, PublishedTopic topic, MeterRegistry registry, Clock clock,
            @Value("${voortgang.forwarding.backlog-refresh:5s}") Duration refresh) {
        return new ForwardingBacklog(jdbc, KafkaEventForwarder.PROCESSING_GROUP, topic.name(), registry, clock, refresh);
    }
}
