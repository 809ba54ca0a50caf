package nl.voortgang.command.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored events not yet on Kafka: those above the forwarder's tracking token (the lowest of its segments), counted
 * from the event store's global index, and the age of the oldest of them. Both come from the database, so every
 * instance of a service reports the same figures; they are refreshed on a schedule, never per event or per scrape.
 */
class ForwardingBacklog implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ForwardingBacklog.class);

    private final JdbcClient jdbc;
    private final String processor;
    private final Clock clock;
    private final Duration refresh;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("forwarding-backlog").daemon().factory());
    private volatile long events;
    private volatile Instant oldestStoredAt;
    private volatile boolean failing;

    ForwardingBacklog(JdbcClient jdbc, String processor, String topic, MeterRegistry registry, Clock clock, Duration refresh) {
        this.jdbc = jdbc;
        this.processor = processor;
        this.clock = clock;
        this.refresh = refresh;
        Gauge.builder("voortgang.forwarding.backlog", this, backlog -> backlog.events)
                .description("Stored events not yet acknowledged by Kafka")
                .tag("topic", topic).register(registry);
        Gauge.builder("voortgang.forwarding.oldest.unforwarded.age", this, ForwardingBacklog::oldestAgeSeconds)
                .description("Seconds since the oldest stored event not yet on Kafka was stored; 0 when none waits")
                .baseUnit("seconds")
                .tag("topic", topic).register(registry);
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private void refresh() {
        try {
            long forwardedUpTo = forwardedUpTo();
            events = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > :position")
                    .param("position", forwardedUpTo).query(Long.class).single();
            oldestStoredAt = events == 0 ? null : jdbc.sql("""
                            SELECT time_stamp FROM domain_event_entry WHERE global_index > :position
                            ORDER BY global_index LIMIT 1""")
                    .param("position", forwardedUpTo).query(String.class).optional().map(Instant::parse).orElse(null);
            if (failing) {
                log.info("the forwarding backlog can be read again: {} events wait", events);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("cannot read the forwarding backlog; the gauges keep their last values", e);
                failing = true;
            }
        }
    }

    /** The global index up to which every segment has forwarded; -1 before the forwarder stored any token. */
    private long forwardedUpTo() {
        return jdbc.sql("""
                        SELECT coalesce(min(coalesce(token_json ->> 'index', token_json ->> 'globalIndex')::bigint), -1)
                        FROM (SELECT convert_from(token, 'UTF8')::jsonb AS token_json
                              FROM token_entry WHERE processor_name = :processor AND token IS NOT NULL) AS tokens""")
                .param("processor", processor).query(Long.class).single();
    }

    private double oldestAgeSeconds() {
        Instant oldest = oldestStoredAt;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
