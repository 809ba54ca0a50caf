package nl.voortgang.reporting.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.consumption.BatchApplier;
import nl.voortgang.reporting.consumption.LiveConsumption;
import nl.voortgang.reporting.live.ChangeSignal;
import nl.voortgang.reporting.web.ConflictException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the topics into a fresh schema while the live schema keeps
 * answering, then swaps the schemas in one transaction. Steps: replay from offset 0 with a consumer
 * of its own until it reaches the end offsets seen at the start; hold the live consumer between two
 * batches; replay up to the end offsets seen now (so the rebuild holds everything the live schema
 * holds); rename the schemas; let the live consumer go. The live consumer then continues from its
 * own offsets into the new schema, where the event log's unique event id skips what the rebuild
 * already applied: nothing is lost or doubled at the switch. The switch signals the live streams,
 * whose clients then reload, since the new schema numbers the events anew.
 */
@Service
class ReadModelRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration HOLD_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(200);
    /**
     * Indexes that only the read API's queries use, never a projection while it applies events: the rebuild fills its
     * schema without them and builds each once after the replay, instead of maintaining them row by row (the GIN and
     * range indexes most of all). The indexes the projections read through stay: the event log's per aggregate, the
     * history's per entity and of current knowledge, the audit trail's per entity.
     */
    static final List<String> INDEXES_BUILT_AFTER_REPLAY = List.of("entity_history_on_date_as_known", "audit_entry_actor",
            "audit_entry_type", "audit_entry_recorded", "audit_entry_effective", "audit_entry_responsible");

    private final BatchApplier applier;
    private final LiveConsumption live;
    private final RebuildRuns runs;
    private final ChangeSignal changeSignal;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaProperties kafka;
    private final String liveSchema;
    private final RebuildMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuild(BatchApplier applier, LiveConsumption live, RebuildRuns runs, ChangeSignal changeSignal,
            DataSource dataSource, JdbcClient jdbc,
            TransactionTemplate transaction, KafkaProperties kafka,
            @Value("${spring.flyway.schemas}") String liveSchema, RebuildMetrics metrics) {
        this.applier = applier;
        this.live = live;
        this.runs = runs;
        this.changeSignal = changeSignal;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.liveSchema = liveSchema;
        this.metrics = metrics;
    }

    long start() {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("Er loopt al een herbouw; volg de statusresource daarvan en probeer het opnieuw als die klaar is.");
        }
        try {
            long id = runs.start(clock.instant());
            executor.execute(() -> run(id));
            return id;
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private void run(long id) {
        String next = liveSchema + "_next";
        boolean held = false;
        metrics.started();
        try {
            Instant started = clock.instant();
            jdbc.sql("DROP SCHEMA IF EXISTS " + next + " CASCADE").update();
            Flyway.configure().dataSource(dataSource).schemas(next).locations("classpath:db/migration").load().migrate();
            List<String> deferredIndexes = dropIndexesBuiltAfterReplay(next);
            long applied;
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(id))) {
                List<TopicPartition> partitions = partitions(consumer);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                applied = replayTo(consumer, consumer.endOffsets(partitions), next, id, 0);
                deferredIndexes.forEach(definition -> jdbc.sql(definition).update());
                live.pause();
                held = true;
                applied = holdLive(consumer, next, id, applied);
                applied = replayTo(consumer, consumer.endOffsets(partitions), next, id, applied);
                switchTo(next);
            }
            live.resume();
            held = false;
            double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
            runs.switched(id, clock.instant(), applied, applied / seconds);
            log.info("rebuild {} switched: {} events in {} s ({} events/s)", id, applied, seconds, Math.round(applied / seconds));
        } catch (RuntimeException e) {
            log.error("rebuild {} failed", id, e);
            runs.failed(id, clock.instant(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (held) {
                live.resume();
            }
            metrics.finished();
            running.set(false);
        }
    }

    /** Drops the indexes the replay does without and answers their definitions, to be run once it has caught up. */
    private List<String> dropIndexesBuiltAfterReplay(String schema) {
        List<String> definitions = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = :schema AND indexname = ANY(:names)")
                .param("schema", schema)
                .param("names", INDEXES_BUILT_AFTER_REPLAY.toArray(String[]::new))
                .query(String.class).list();
        INDEXES_BUILT_AFTER_REPLAY.forEach(name -> jdbc.sql("DROP INDEX IF EXISTS " + schema + "." + name).update());
        return definitions;
    }

    private long replayTo(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, String schema, long id,
            long applied) {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            applied = pollOnce(consumer, schema, id, applied);
        }
        return applied;
    }

    private long holdLive(KafkaConsumer<String, byte[]> consumer, String schema, long id, long applied) {
        Instant deadline = clock.instant().plus(HOLD_TIMEOUT);
        while (!live.isHeld()) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("the live consumer did not pause within " + HOLD_TIMEOUT);
            }
            applied = pollOnce(consumer, schema, id, applied);
        }
        return applied;
    }

    private long pollOnce(KafkaConsumer<String, byte[]> consumer, String schema, long id, long applied) {
        ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
        if (polled.isEmpty()) {
            return applied;
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        int appliedNow = applier.applyInto(schema, records);
        metrics.applied(appliedNow);
        long total = applied + appliedNow;
        runs.progress(id, total);
        return total;
    }

    private void switchTo(String next) {
        String previous = liveSchema + "_previous";
        jdbc.sql("DROP SCHEMA IF EXISTS " + previous + " CASCADE").update();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER SCHEMA " + liveSchema + " RENAME TO " + previous).update();
            jdbc.sql("ALTER SCHEMA " + next + " RENAME TO " + liveSchema).update();
            changeSignal.switched(liveSchema);
        });
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
        } catch (SQLException e) {
            log.warn("could not renew pooled connections after the switch", e);
        }
    }

    private Map<String, Object> consumerConfig(long id) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + id);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
