package nl.voortgang.reporting.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Binds each consumer's client metrics as Spring Kafka's MicrometerConsumerListener does, but looks for new metrics at
 * the given interval instead of once a minute: the per-partition lag appears only once partitions are assigned.
 */
class ConsumerMeterBinding implements ConsumerFactory.Listener<Object, Object>, AutoCloseable {

    private final MeterRegistry registry;
    private final Duration refresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kafka-consumer-metrics").daemon().factory());
    private final Map<String, KafkaClientMetrics> bound = new ConcurrentHashMap<>();

    ConsumerMeterBinding(MeterRegistry registry, Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    @Override
    public void consumerAdded(String id, Consumer<Object, Object> consumer) {
        bound.computeIfAbsent(id, key -> {
            KafkaClientMetrics metrics = new KafkaClientMetrics(consumer, List.of(Tag.of("spring.id", key)), scheduler, refresh);
            metrics.bindTo(registry);
            return metrics;
        });
    }

    @Override
    public void consumerRemoved(String id, Consumer<Object, Object> consumer) {
        KafkaClientMetrics metrics = bound.remove(id);
        if (metrics != null) {
            metrics.close();
        }
    }

    @Override
    public void close() {
        bound.values().forEach(KafkaClientMetrics::close);
        scheduler.shutdownNow();
    }
}
