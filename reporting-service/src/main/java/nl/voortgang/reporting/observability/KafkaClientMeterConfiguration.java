package nl.voortgang.reporting.observability;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

/**
 * Binds the Kafka clients' own metrics through Micrometer before any client is created: the consumers' lag per
 * partition ({@code kafka_consumer_fetch_manager_records_lag}) and the dead-letter producer's sends and errors.
 */
@Configuration
class KafkaClientMeterConfiguration {

    @Bean
    ConsumerMeterBinding consumerMeterBinding(MeterRegistry registry,
            @Value("${voortgang.consumption.client-metrics-refresh:10s}") Duration refresh) {
        return new ConsumerMeterBinding(registry, refresh);
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    SmartInitializingSingleton reportingKafkaMeterBinding(
            ObjectProvider<AbstractKafkaListenerContainerFactory<?, ?, ?>> listeners, ObjectProvider<KafkaTemplate<?, ?>> templates,
            ConsumerMeterBinding consumers, MeterRegistry registry) {
        return () -> {
            listeners.orderedStream().map(AbstractKafkaListenerContainerFactory::getConsumerFactory)
                    .forEach(factory -> ((ConsumerFactory) factory).addListener(consumers));
            templates.orderedStream().map(KafkaTemplate::getProducerFactory)
                    .filter(factory -> factory.getListeners().stream().noneMatch(MicrometerProducerListener.class::isInstance))
                    .forEach(factory -> factory.addListener(new MicrometerProducerListener<>(registry)));
        };
    }
}
