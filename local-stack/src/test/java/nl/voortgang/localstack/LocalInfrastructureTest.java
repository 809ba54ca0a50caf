package nl.voortgang.localstack;

import nl.voortgang.infra.Ports;
import nl.voortgang.infra.TestDirectories;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalInfrastructureTest {

    private final Path home = TestDirectories.fresh("local-stack");
    private final int postgresPort = Ports.freePort();
    private final int kafkaPort = Ports.freePort();
    private final int controllerPort = Ports.freePort();

    @Test
    void flushesPostgresToDiskAndKeepsDatabaseRowsAndKafkaRecordsWhenStartedTwiceOnTheSameDirectory() throws Exception {
        LocalInfrastructure first = infrastructure();
        try {
            first.start(LocalStackSettings.DATABASES);
            assertThat(List.of("fsync", "full_page_writes", "synchronous_commit"))
                    .as("PostgreSQL settings that keep acknowledged commits through a power loss")
                    .allSatisfy(setting -> assertThat(queryString(first, "postgres", "SHOW " + setting)).as(setting).isEqualTo("on"));
            execute(first, "activity", "CREATE TABLE activity (id TEXT PRIMARY KEY)", "INSERT INTO activity VALUES ('A-1')");
            produce(first, "activity-events", "A-1", "registered");
        } finally {
            first.stop();
        }
        assertThat(List.of(postgresPort, kafkaPort, controllerPort)).allMatch(Ports::isFree);

        LocalInfrastructure second = infrastructure();
        try {
            second.start(LocalStackSettings.DATABASES);
            assertThat(queryString(second, "activity", "SELECT id FROM activity")).isEqualTo("A-1");
            assertThat(queryString(second, "reporting", "SELECT current_database()")).isEqualTo("reporting");
            assertThat(consumeAll(second, "activity-events", 1)).containsExactly("A-1=registered");
        } finally {
            second.stop();
        }
        assertThat(List.of(postgresPort, kafkaPort, controllerPort)).allMatch(Ports::isFree);
    }

    private LocalInfrastructure infrastructure() {
        return new LocalInfrastructure(home, postgresPort, kafkaPort, controllerPort, 3);
    }

    private static void execute(LocalInfrastructure infrastructure, String database, String... statements) throws SQLException {
        try (Connection connection = connect(infrastructure, database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryString(LocalInfrastructure infrastructure, String database, String sql) throws SQLException {
        try (Connection connection = connect(infrastructure, database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static Connection connect(LocalInfrastructure infrastructure, String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.postgres().jdbcUrl(database),
                infrastructure.postgres().username(), infrastructure.postgres().password());
    }

    private static void produce(LocalInfrastructure infrastructure, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(LocalInfrastructure infrastructure, String topic, int expected) {
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-infrastructure-test",
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
}
