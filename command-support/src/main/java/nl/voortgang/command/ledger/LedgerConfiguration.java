package nl.voortgang.command.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.voortgang.command.axon.ProcessorConnections;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The ledger of a command service: its single-segment processor, the digest published on the
 * ledger topic every {@code voortgang.ledger.digest-interval} (when the head moved) and on demand,
 * and the admin endpoints.
 */
@AutoConfiguration(afterName = "nl.voortgang.command.publishing.ForwardingConfiguration")
@Import(LedgerController.class)
public class LedgerConfiguration {

    @Bean
    LedgerMetrics ledgerMetrics(MeterRegistry registry) {
        return new LedgerMetrics(registry);
    }

    @Bean
    LedgerProcessor ledgerProcessor(ProcessorConnections connections, LedgerMetrics metrics) {
        return new LedgerProcessor(connections.dataSource(), metrics);
    }

    @Bean
    ConfigurerModule ledgerProcessorModule(ProcessorConnections connections, TokenSchema tokenSchema) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(LedgerProcessor.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance())
                .registerTransactionManager(LedgerProcessor.PROCESSING_GROUP, config -> connections.transactionManager())
                .registerTokenStore(LedgerProcessor.PROCESSING_GROUP,
                        config -> connections.tokenStore(tokenSchema, config.serializer()))
                .registerTrackingEventProcessor(LedgerProcessor.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100)));
    }

    @Bean
    NewTopic ledgerTopic() {
        return TopicBuilder.name(nl.voortgang.contracts.Topics.LEDGER_DIGESTS).partitions(1).replicas(1).build();
    }

    @Bean
    DigestTopic digestTopic(KafkaTemplate<String, byte[]> forwardingKafkaTemplate, KafkaProperties properties,
            @Value("${spring.application.name}") String service) {
        return new DigestTopic(forwardingKafkaTemplate, properties, service);
    }

    @Bean
    Ledger ledger(DataSource dataSource, DigestTopic topic, Clock clock) {
        return new Ledger(dataSource, topic, clock);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService ledgerDigestSchedule(Ledger ledger,
            @Value("${voortgang.ledger.digest-interval:60s}") Duration interval) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-digests");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(ledger::publishIfMoved, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return schedule;
    }
}
