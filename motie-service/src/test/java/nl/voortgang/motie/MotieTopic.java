package nl.voortgang.motie;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads voortgang.motie.events from the beginning, as a consumer of motie-service would. */
public final class MotieTopic {

    private MotieTopic() {
    }

    /** Waits until the records of one item satisfy the condition; returns them in topic order. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String itemId, Predicate<List<ConsumerRecord<String, byte[]>>> condition,
                                                                    Duration atMost) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.MOTIE_EVENTS));
            await().atMost(atMost).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (itemId.equals(record.key())) {
                        found.add(record);
                    }
                });
                return condition.test(found);
            });
        }
        return found;
    }

    public static List<ConsumerRecord<String, byte[]>> awaitEventType(String itemId, String eventType) {
        return awaitRecords(itemId, records -> records.stream().anyMatch(r -> eventType.equals(header(r, EventHeaders.EVENT_TYPE))),
                Duration.ofSeconds(90));
    }

    /** Waits for the first record of the event type for one item and returns it. */
    public static ConsumerRecord<String, byte[]> awaitFirstOfType(String itemId, String eventType) {
        return awaitEventType(itemId, eventType).stream()
                .filter(r -> eventType.equals(header(r, EventHeaders.EVENT_TYPE))).findFirst().orElseThrow();
    }

    public static List<String> eventTypes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, EventHeaders.EVENT_TYPE)).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
