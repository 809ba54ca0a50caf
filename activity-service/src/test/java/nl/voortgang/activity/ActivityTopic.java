package nl.voortgang.activity;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import nl.voortgang.contracts.Topics;
import nl.voortgang.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads voortgang.activity.events from the start, as a consumer of the real broker would. */
public final class ActivityTopic {

    private ActivityTopic() {
    }

    /** Every record keyed by one of the activities, in the order the topic holds them, once the condition holds. */
    public static List<ConsumerRecord<String, byte[]>> recordsOf(Collection<String> activityIds, Duration deadline,
                                                                 Predicate<List<ConsumerRecord<String, byte[]>>> complete) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "activity-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ACTIVITY_EVENTS));
            await().atMost(deadline).pollInterval(Duration.ofMillis(10)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (activityIds.contains(record.key())) {
                        found.add(record);
                    }
                });
                return complete.test(found);
            });
        }
        return found;
    }

    public static List<ConsumerRecord<String, byte[]>> recordsOf(String activityId, int count) {
        return recordsOf(List.of(activityId), Duration.ofSeconds(60), found -> found.size() >= count);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
