package nl.voortgang.command.publishing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.voortgang.command.axon.ProcessorConnections;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(ForwardingProperties.class)
public class ForwardingConfiguration {

    @Bean
    NewTopic forwardingTopic(PublishedTopic topic, ForwardingProperties properties) {
        return TopicBuilder.name(topic.name())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .build();
    }

    @Bean
    KafkaTemplate<String, byte[]> forwardingKafkaTemplate(KafkaProperties kafkaProperties, ForwardingProperties properties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long timeout = properties.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    ForwardingMetrics forwardingMetrics(MeterRegistry registry, PublishedTopic topic, Clock clock) {
        return new ForwardingMetrics(registry, topic.name(), clock);
    }

    @Bean
    KafkaEventForwarder kafkaEventForwarder(KafkaTemplate<String, byte[]> forwardingKafkaTemplate,
                                            PublishedTopic topic, ForwardingProperties properties,
                                            ForwardingMetrics metrics) {
        return new KafkaEventForwarder(forwardingKafkaTemplate, topic.name(),
                properties.sendTimeout().plus(Duration.ofSeconds(1)), metrics);
    }

    @Bean
    ConfigurerModule forwardingProcessorModule(ForwardingProperties properties, ProcessorConnections connections,
                                               TokenSchema tokenSchema) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(KafkaEventForwarder.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance())
                .registerTransactionManager(KafkaEventForwarder.PROCESSING_GROUP, config -> connections.transactionManager())
                .registerTokenStore(KafkaEventForwarder.PROCESSING_GROUP,
                        config -> connections.tokenStore(tokenSchema, config.serializer()))
                .registerTrackingEventProcessor(
                        KafkaEventForwarder.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(properties.segments())
                                .andInitialSegmentsCount(properties.segments())
                                .andBatchSize(properties.batchSize())));
    }
}
