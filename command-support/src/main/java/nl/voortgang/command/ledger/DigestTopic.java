package nl.voortgang.command.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.voortgang.contracts.Topics;
import nl.voortgang.ledger.Digest;
import nl.voortgang.ledger.DigestCodec;
import nl.voortgang.ledger.LedgerTables;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The ledger topic as this service uses it: it publishes its chain head there, and reads back
 * every digest it ever published when it verifies. The topic lives outside the service's
 * database, so editing the database cannot edit the digests.
 */
public class DigestTopic {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaProperties properties;
    private final String service;

    public DigestTopic(KafkaTemplate<String, byte[]> kafka, KafkaProperties properties, String service) {
        this.kafka = kafka;
        this.properties = properties;
        this.service = service;
    }

    Digest publish(LedgerTables.Head head, java.time.Instant now) {
        Digest digest = new Digest(service, head.position(), nl.voortgang.ledger.HashChain.hex(head.hash()), now);
        try {
            kafka.send(new ProducerRecord<>(Topics.LEDGER_DIGESTS, service, DigestCodec.encode(digest)))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the ledger digest", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the ledger digest of " + service + " at position "
                    + head.position(), e);
        }
        return digest;
    }

    /** Every digest this service published, from the start of the topic up to its end now. */
    List<Digest> published() {
        Map<String, Object> config = properties.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ledger-verification-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<Digest> digests = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEDGER_DIGESTS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return digests;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the ledger topic to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (service.equals(record.key()) && record.value() != null) {
                        digests.add(DigestCodec.decode(record.value()));
                    }
                });
            }
        }
        return digests;
    }
}
