package nl.voortgang.reporting.consumption;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.voortgang.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * How many records wait for the live consumer's group: the topics' end offsets minus the group's committed offsets
 * (the earliest offset where the group has committed none; the listener's id is its group), read from the broker on a thread of its own every
 * {@code voortgang.consumption.lag-refresh}, so that readiness and a scrape never wait on Kafka. It tells readiness
 * whether the consumer is behind, and is published as {@code voortgang.consumption.waiting}.
 */
@Component
class ConsumerGroupLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerGroupLag.class);
    private static final List<String> TOPICS = List.of(Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS);
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final String group;
    private final ConsumptionHealth health;
    private final LiveConsumption live;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("consumer-group-lag").daemon().factory());
    private volatile double lastWaiting = Double.NaN;

    ConsumerGroupLag(KafkaProperties kafka, ConsumptionHealth health, LiveConsumption live, ConsumptionSettings settings,
            MeterRegistry registry) {
        this.admin = Admin.create(kafka.buildAdminProperties());
        this.group = EventConsumer.LISTENER_ID;
        this.health = health;
        this.live = live;
        Gauge.builder("voortgang.consumption.waiting", this, lag -> lag.lastWaiting)
                .description("Records on the event topics that the consumer group has not committed yet")
                .register(registry);
        long every = settings.lagRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            long waiting = waiting();
            lastWaiting = waiting;
            health.recordsWaiting(waiting, live.isHeldOnPurpose());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            lastWaiting = Double.NaN;
            health.recordsWaitingUnknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private long waiting() throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
        topics.values().forEach(topic -> topic.partitions().forEach(partition -> {
            TopicPartition key = new TopicPartition(topic.name(), partition.partition());
            ends.put(key, OffsetSpec.latest());
            starts.put(key, OffsetSpec.earliest());
        }));
        Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(ends).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> start = admin.listOffsets(starts).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long waiting = 0;
        for (TopicPartition partition : ends.keySet()) {
            OffsetAndMetadata position = committed.get(partition);
            long from = position == null ? start.get(partition).offset() : position.offset();
            long behind = Math.max(0, end.get(partition).offset() - from);
            if (behind > 0) {
                log.debug("{} records wait on {} for group {} (committed {}, end {})", behind, partition, group,
                        position == null ? "none" : position.offset(), end.get(partition).offset());
            }
            waiting += behind;
        }
        return waiting;
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
        admin.close();
    }
}
