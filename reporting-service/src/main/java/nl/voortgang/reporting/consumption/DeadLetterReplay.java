package nl.voortgang.reporting.consumption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.web.ConflictException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Service;

/**
 * Applies the records of the dead-letter topics again, once their cause is fixed: every record from the start of
 * each {@code <topic>.dlt} up to its end as seen now, one at a time, as the live consumer would. The event log's
 * unique event id makes it idempotent: a record applied before (by an earlier replay, or because it was redelivered)
 * records nothing. A record the read model still refuses stays on the dead-letter topic and is counted, not sent there
 * again.
 */
@Service
class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> TOPICS = List.of(Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS);

    private final BatchApplier applier;
    private final KafkaProperties kafka;
    private final ReentrantLock running = new ReentrantLock();

    DeadLetterReplay(BatchApplier applier, KafkaProperties kafka) {
        this.applier = applier;
        this.kafka = kafka;
    }

    record Outcome(long read, long applied, long alreadyApplied, long stillRefused) {
    }

    Outcome replay() {
        if (!running.tryLock()) {
            throw new ConflictException("De dead-letter-topics worden al opnieuw verwerkt; wacht tot dat klaar is.");
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(LIST_TIMEOUT);
            for (String topic : TOPICS) {
                String deadLetters = Topics.deadLetterTopicOf(topic);
                existing.getOrDefault(deadLetters, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(deadLetters, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            long applied = 0;
            long stillRefused = 0;
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    try {
                        applied += applier.replay(record) ? 1 : 0;
                    } catch (RuntimeException e) {
                        if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                            throw e;
                        }
                        stillRefused++;
                        log.warn("replaying {} failed again; it stays on its dead-letter topic: {}", Records.describe(record),
                                e.toString());
                    }
                }
            }
            Outcome outcome = new Outcome(read, applied, read - applied - stillRefused, stillRefused);
            log.info("dead-letter replay: {}", outcome);
            return outcome;
        } finally {
            running.unlock();
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
