package nl.voortgang.system;

import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.localstack.Endpoints;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the stack holds from outside the services: both event stores and the read model over JDBC, both topics
 * with a plain Kafka consumer. It answers per command marker how often it is in each, and checks what must hold of
 * sequences: contiguous per entity in the store, in order per key on the topic (repeats allowed), and in the read
 * model the same as in the store.
 */
final class StoreAudit {

    private static final Pattern MARKER = Pattern.compile(Pattern.quote(SteadyLoad.MARKER_PREFIX) + "[0-9a-f-]{36}");

    record Snapshot(Map<String, Integer> inStore, Map<String, Integer> onTopic, Map<String, Integer> inReadModel,
                    long storedEvents, long readModelEvents, List<String> violations) {

        int count(Map<String, Integer> where, String marker) {
            return where.getOrDefault(marker, 0);
        }
    }

    private final Endpoints stack;

    StoreAudit(Endpoints stack) {
        this.stack = stack;
    }

    /** Stored events of both command services, and events in the read model's event log. */
    long[] eventCounts() {
        try {
            long stored = scalar("activity", "SELECT count(*) FROM domain_event_entry")
                    + scalar("motie", "SELECT count(*) FROM domain_event_entry");
            return new long[] {stored, scalar("reporting", "SELECT count(*) FROM read_model.event_log")};
        } catch (SQLException e) {
            return new long[] {-1, -2};
        }
    }

    boolean readModelCaughtUp() {
        long[] counts = eventCounts();
        return counts[0] >= 0 && counts[0] == counts[1];
    }

    Snapshot snapshot() throws SQLException {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> inStore = new HashMap<>();
        Map<String, TreeMap<Long, String>> storeSequences = new HashMap<>();
        long stored = 0;
        for (String database : List.of("activity", "motie")) {
            stored += readStore(database, inStore, storeSequences);
        }
        storeSequences.forEach((aggregate, sequences) -> {
            if (sequences.lastKey() != sequences.size() - 1) {
                violations.add("the event store's sequence of " + aggregate + " has gaps: " + sequences.keySet());
            }
        });
        Map<String, Integer> onTopic = new HashMap<>();
        Map<String, TreeMap<Long, String>> topicSequences = new HashMap<>();
        for (String topic : List.of(Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS)) {
            readTopic(topic, onTopic, topicSequences, violations);
        }
        storeSequences.forEach((aggregate, sequences) -> {
            TreeMap<Long, String> published = topicSequences.getOrDefault(aggregate, new TreeMap<>());
            if (!published.equals(sequences)) {
                violations.add("the topic holds other events of " + aggregate + " than the store: store " + sequences.keySet()
                        + ", topic " + published.keySet());
            }
        });
        Map<String, Integer> inReadModel = new HashMap<>();
        Map<String, TreeMap<Long, String>> readModelSequences = new HashMap<>();
        long applied = readReadModel(inReadModel, readModelSequences, violations);
        storeSequences.forEach((aggregate, sequences) -> {
            if (!sequences.equals(readModelSequences.get(aggregate))) {
                violations.add("the read model's events of " + aggregate + " differ from the store's: store " + sequences.keySet()
                        + ", read model " + readModelSequences.getOrDefault(aggregate, new TreeMap<>()).keySet());
            }
        });
        readModelSequences.keySet().stream().filter(aggregate -> !storeSequences.containsKey(aggregate))
                .forEach(aggregate -> violations.add("the read model has events of " + aggregate + " that no store holds"));
        return new Snapshot(inStore, onTopic, inReadModel, stored, applied, violations);
    }

    private static final Map<String, String> READ_MODEL_ROWS = Map.of(
            "event_log", "SELECT concat_ws('|', event_id, aggregate_id, sequence_number, payload::text) AS row FROM read_model.event_log",
            "entity_history", "SELECT concat_ws('|', entity_type, entity_id, valid_from, valid_to, recorded_from, recorded_to, version,"
                    + " action_line, status, responsible, due_date, slips, state::text) AS row FROM read_model.entity_history",
            "audit_entry", "SELECT concat_ws('|', event_id, entity_type, entity_id, sequence_number, event_type, actor, recorded_at,"
                    + " effective_date, responsible, responsible_after, explanation, changes::text) AS row FROM read_model.audit_entry");

    /** Keeps the read models' rows (without positions, which a rebuild renumbers) to compare with a rebuild's. */
    void keepReadModel() throws SQLException {
        try (Connection connection = connect("reporting"); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : READ_MODEL_ROWS.entrySet()) {
                statement.execute("DROP TABLE IF EXISTS public.fault_suite_" + table.getKey());
                statement.execute("CREATE TABLE public.fault_suite_" + table.getKey() + " AS " + table.getValue());
            }
        }
    }

    /** The rows that differ between the kept read models and the current ones; empty when they are equal. */
    List<String> differencesFromKeptReadModel() throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection connection = connect("reporting"); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : READ_MODEL_ROWS.entrySet()) {
                String kept = "SELECT row FROM public.fault_suite_" + table.getKey();
                String now = "SELECT row FROM (" + table.getValue() + ") t";
                for (String[] direction : List.of(new String[] {"before the rebuild only", kept + " EXCEPT ALL " + now},
                        new String[] {"after the rebuild only", now + " EXCEPT ALL " + kept})) {
                    try (ResultSet rows = statement.executeQuery(direction[1] + " LIMIT 5")) {
                        while (rows.next()) {
                            differences.add(table.getKey() + ", " + direction[0] + ": " + rows.getString(1));
                        }
                    }
                }
            }
        }
        return differences;
    }

    List<String> ids(String query) throws SQLException {
        try (Connection connection = connect("reporting"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private long readStore(String database, Map<String, Integer> markers, Map<String, TreeMap<Long, String>> sequences)
            throws SQLException {
        long count = 0;
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT aggregate_identifier, sequence_number, event_identifier, payload FROM domain_event_entry")) {
            while (rows.next()) {
                count++;
                sequences.computeIfAbsent(rows.getString(1), a -> new TreeMap<>()).put(rows.getLong(2), rows.getString(3));
                countMarkers(new String(rows.getBytes(4), StandardCharsets.UTF_8), markers);
            }
        }
        return count;
    }

    private void readTopic(String topic, Map<String, Integer> markers, Map<String, TreeMap<Long, String>> sequences,
                           List<String> violations) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Map<String, Long> highestSequence = new HashMap<>();
        Map<String, String> seenEventIds = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    violations.add("could not read " + topic + " to its end within 60 s");
                    return;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    long sequence = Long.parseLong(header(record, EventHeaders.SEQUENCE_NUMBER));
                    String eventId = header(record, EventHeaders.EVENT_ID);
                    long highest = highestSequence.getOrDefault(record.key(), -1L);
                    if (sequence > highest + 1) {
                        violations.add(topic + " skips from sequence " + highest + " to " + sequence + " of " + record.key()
                                + " at offset " + record.offset());
                    }
                    highestSequence.put(record.key(), Math.max(highest, sequence));
                    if (seenEventIds.put(eventId, record.key()) == null) {
                        sequences.computeIfAbsent(record.key(), a -> new TreeMap<>()).put(sequence, eventId);
                        countMarkers(new String(record.value(), StandardCharsets.UTF_8), markers);
                    }
                }
            }
        }
    }

    private long readReadModel(Map<String, Integer> markers, Map<String, TreeMap<Long, String>> sequences,
                               List<String> violations) throws SQLException {
        long count = 0;
        try (Connection connection = connect("reporting"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT aggregate_id, sequence_number, event_id, payload::text FROM read_model.event_log")) {
            while (rows.next()) {
                count++;
                String previous = sequences.computeIfAbsent(rows.getString(1), a -> new TreeMap<>()).put(rows.getLong(2), rows.getString(3));
                if (previous != null) {
                    violations.add("the read model applied sequence " + rows.getLong(2) + " of " + rows.getString(1) + " twice");
                }
                countMarkers(rows.getString(4), markers);
            }
        }
        return count;
    }

    private static void countMarkers(String text, Map<String, Integer> markers) {
        Matcher matcher = MARKER.matcher(text);
        if (matcher.find()) {
            markers.merge(matcher.group(), 1, Integer::sum);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private long scalar(String database, String query) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.postgresUsername(), stack.postgresPassword());
    }
}
