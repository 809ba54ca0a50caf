package nl.voortgang.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TestInfrastructureTest {

    private final TestInfrastructure infrastructure = TestInfrastructure.get();

    @Test
    void isOneInstancePerJvm() {
        assertThat(TestInfrastructure.get()).isSameAs(infrastructure);
    }

    @Test
    void providesTheThreeServiceDatabases() throws SQLException {
        for (String database : List.of("activity", "motie", "reporting")) {
            assertThat(queryString(database, "SELECT current_database()")).isEqualTo(database);
        }
    }

    @Test
    void registersTheSpringPropertiesOfADatabaseAndTheBroker() {
        Map<String, Supplier<Object>> registered = new HashMap<>();
        TestInfrastructure.registerProperties(registered::put, "motie");

        assertThat(registered.get("spring.datasource.url").get()).isEqualTo(infrastructure.jdbcUrl("motie"));
        assertThat(registered.get("spring.datasource.username").get()).isEqualTo(infrastructure.username());
        assertThat(registered.get("spring.datasource.password").get()).isEqualTo(infrastructure.password());
        assertThat(registered.get("spring.kafka.bootstrap-servers").get()).isEqualTo(infrastructure.bootstrapServers());
    }

    @Test
    void deliversRecordsBeforeAndAfterABrokerOutage() throws Exception {
        String topic = "outage-" + UUID.randomUUID();
        produce(topic, "before");

        infrastructure.kafka().stop();
        infrastructure.kafka().start();
        produce(topic, "after");

        assertThat(consume(topic, 2)).containsExactly("before", "after");
    }

    @Test
    void keepsDataAcrossADatabaseOutage() throws SQLException {
        execute("reporting", "CREATE TABLE IF NOT EXISTS outage_probe (id TEXT PRIMARY KEY)", "INSERT INTO outage_probe VALUES ('kept')");

        infrastructure.postgres().stop();
        infrastructure.postgres().start();

        assertThat(queryString("reporting", "SELECT id FROM outage_probe")).isEqualTo("kept");
    }

    private void produce(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private List<String> consume(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }

    private void execute(String database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String queryString(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(), infrastructure.password());
    }
}
