package nl.voortgang.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class KafkaBrokerProcessTest {

    private final KafkaBrokerProcess broker = new KafkaBrokerProcess().withNumPartitions(3).withClassDataArchive(Path.of("target/kafka-runtime/broker.jsa"));

    @AfterEach
    void stopBroker() {
        broker.stop();
    }

    @Test
    void producesAndConsumesARecordAndKeepsItAcrossARestartOnTheSameAddress() throws Exception {
        Path dataDirectory = TestDirectories.fresh("kafka");
        long started = System.nanoTime();
        broker.start(dataDirectory, 0, 0);
        System.out.printf("Kafka started (first start, with format) in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
        String address = broker.bootstrapServers();

        produce("activity-events", "activity-1", "registered");
        assertThat(consumeAll("activity-events", 1)).containsExactly("activity-1=registered");
        assertThat(partitionCount("activity-events")).isEqualTo(3);

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        long restarted = System.nanoTime();
        broker.start();
        System.out.printf("Kafka restarted on existing data in %d ms%n", Duration.ofNanos(System.nanoTime() - restarted).toMillis());

        assertThat(broker.bootstrapServers()).isEqualTo(address);
        produce("activity-events", "activity-1", "delayed");
        assertThat(consumeAll("activity-events", 2)).containsExactly("activity-1=registered", "activity-1=delayed");
    }

    @Test
    void keepsAcknowledgedRecordsWhenKilledAndStartedAgain() throws Exception {
        broker.start(TestDirectories.fresh("kafka"), 0, 0);
        produce("motie-events", "motie-7", "adopted");

        broker.kill();
        broker.start();

        assertThat(consumeAll("motie-events", 1)).containsExactly("motie-7=adopted");
    }

    @Test
    void refusesTheDataDirectoryOrAPortOfARunningBroker() {
        Path dataDirectory = TestDirectories.fresh("kafka");
        broker.start(dataDirectory, 0, 0);

        assertThatThrownBy(() -> new KafkaBrokerProcess().start(dataDirectory, 0, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still running");
        assertThatThrownBy(() -> new KafkaBrokerProcess().start(TestDirectories.fresh("kafka"), broker.port(), 0))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining(Integer.toString(broker.port()));
        assertThat(broker.isRunning()).isTrue();
    }

    @Test
    void stopsWhenTheJvmThatStartedItIsKilledAndItsDataCanBeTakenOver() throws Exception {
        Path dataDirectory = TestDirectories.fresh("kafka");
        Process owner = new ProcessBuilder(Processes.javaExecutable(), "-cp", JavaClasspath.ofCurrentJvm(),
                BrokerOwnerMain.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("owner.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.readString(dataDirectory.resolve("owner.log")).contains(BrokerOwnerMain.READY));
            ProcessHandle orphan = Processes.liveProcessFromPidFile(dataDirectory.resolve("kafka.pid"), KafkaBrokerMain.class.getName()).orElseThrow();

            owner.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(40)).until(() -> !orphan.isAlive());
            broker.start(dataDirectory, 0, 0);
            produce("after-owner-died", "k", "v");
            assertThat(consumeAll("after-owner-died", 1)).containsExactly("k=v");
        } finally {
            owner.destroyForcibly();
        }
    }

    private void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private List<String> consumeAll(String topic, int expected) {
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
                return received.size() >= expected;
            });
        }
        return received;
    }

    private int partitionCount(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
        }
    }
}
