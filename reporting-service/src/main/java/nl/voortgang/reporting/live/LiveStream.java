package nl.voortgang.reporting.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voortgang.reporting.tracing.LivePushTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves every connected client from the live feed in the shared database, each from its own
 * position, so a client sees the same events whichever instance it is connected to, and a
 * reconnect replays from the database exactly where the last message left off. Woken after each
 * committed batch; between wakes, heartbeats keep idle streams open.
 *
 * <p>A small fixed pool of senders works for all clients, one page at a time, so a long replay
 * does not starve the others. A message that has not left within the send timeout marks its
 * client slow: it is disconnected and comes back with Last-Event-ID, and consumption never waits
 * for it because consumption only writes to the database.
 */
@Service
class LiveStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final LiveChanges changes;
    private final LiveStreamSettings settings;
    private final LivePushTracing pushTracing;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor senders;
    private final ScheduledExecutorService timer;
    private final Counter changesSent;
    private final Counter resetsSent;
    private final Counter slowDisconnects;
    private volatile boolean running;

    LiveStream(LiveChanges changes, LiveStreamSettings settings, MeterRegistry meters, LivePushTracing pushTracing) {
        this.changes = changes;
        this.settings = settings;
        this.pushTracing = pushTracing;
        AtomicInteger threads = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(settings.senders(), settings.senders(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> daemon(r, "live-stream-sender-" + threads.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "live-stream-timer"));
        Gauge.builder("voortgang.live.clients", clients, Set::size)
                .description("Clients connected to the live event stream").register(meters);
        this.changesSent = Counter.builder("voortgang.live.messages").tag("event", "change")
                .description("Messages sent on the live event stream").register(meters);
        this.resetsSent = Counter.builder("voortgang.live.messages").tag("event", "reset")
                .description("Messages sent on the live event stream").register(meters);
        this.slowDisconnects = Counter.builder("voortgang.live.slow.disconnects")
                .description("Clients disconnected because a message did not leave within the send timeout")
                .register(meters);
    }

    /** Opens a stream: from the Last-Event-ID when it names a position, else from now. */
    SseEmitter open(ChangeFilter filter, String lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        StreamClient client = lastEventId == null
                ? new StreamClient(emitter, filter, changes.head(), true)
                : new StreamClient(emitter, filter, resumeAt(lastEventId), false);
        emitter.onCompletion(() -> forget(client));
        emitter.onError(e -> forget(client));
        emitter.onTimeout(() -> forget(client));
        clients.add(client);
        wake(client);
        return emitter;
    }

    /** Wakes every client: new changes may have been committed, or the schema switched. */
    void wakeAll() {
        clients.forEach(this::wake);
    }

    int connectedClients() {
        return clients.size();
    }

    /** A position of an unknown generation (an id from before a rebuild, or none of ours) gets a reset first. */
    private static StreamPosition resumeAt(String lastEventId) {
        Optional<StreamPosition> parsed = StreamPosition.parse(lastEventId);
        return parsed.orElse(new StreamPosition("", 0));
    }

    private void wake(StreamClient client) {
        if (client.wake()) {
            try {
                senders.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                client.finishWork();
            }
        }
    }

    private void serve(StreamClient client) {
        try {
            client.startWork();
            if (sendNextPage(client)) {
                client.wantAgain();
            }
        } catch (IOException | IllegalStateException e) {
            forget(client);
        } catch (DataAccessException e) {
            log.warn("live stream cannot read the live feed; the client waits for the next wake: {}", e.toString());
        } finally {
            if (client.finishWork()) {
                wake(client);
            }
        }
    }

    /** Sends what follows the client's position, at most one page; true when more may follow at once. */
    private boolean sendNextPage(StreamClient client) throws IOException {
        if (client.isClosed()) {
            return false;
        }
        StreamPosition position = client.position();
        LiveChanges.Page page = changes.after(position.position(), client.filter(), settings.pageSize());
        if (!page.generation().equals(position.generation())) {
            StreamPosition head = page.headPosition();
            send(client, SseEmitter.event().name("reset").id(head.eventId())
                    .data(LiveJson.JSON.writeValueAsString(ResetMessage.rebuild(head))));
            resetsSent.increment();
            client.moveTo(head);
            return true;
        }
        boolean announce = client.takeAnnouncement();
        for (LiveChanges.Change traced : page.changes()) {
            ChangeMessage change = traced.message();
            StreamPosition sent = new StreamPosition(page.generation(), change.position());
            pushTracing.push(traced.traceparent(), change.eventType(), change.entityId(), sent.eventId(), () ->
                    send(client, SseEmitter.event().name("change").id(sent.eventId())
                            .data(LiveJson.JSON.writeValueAsString(change))));
            changesSent.increment();
            client.moveTo(sent);
            announce = false;
        }
        if (page.changes().size() == settings.pageSize()) {
            return true;
        }
        if (page.head() > client.position().position()) {
            client.moveTo(page.headPosition());
        }
        if (announce) {
            send(client, SseEmitter.event().id(client.position().eventId()));
        }
        if (client.takeHeartbeat()) {
            send(client, SseEmitter.event().comment(" keep-alive"));
        }
        return false;
    }

    private void send(StreamClient client, SseEmitter.SseEventBuilder message) throws IOException {
        client.sending(System.nanoTime());
        try {
            client.emitter().send(message);
        } finally {
            client.sent();
        }
    }

    private void beatHearts() {
        clients.forEach(client -> {
            client.heartbeatDue();
            wake(client);
        });
    }

    private void disconnectSlowClients() {
        long now = System.nanoTime();
        long timeout = settings.sendTimeout().toNanos();
        clients.stream().filter(client -> client.isStuck(now, timeout)).forEach(client -> {
            if (clients.remove(client)) {
                client.close();
                slowDisconnects.increment();
                log.info("live stream disconnects a client that took longer than {} to take one message at {}",
                        settings.sendTimeout(), client.position().eventId());
                Thread.ofVirtual().name("live-stream-disconnect").start(client.emitter()::complete);
            }
        });
    }

    private void forget(StreamClient client) {
        client.close();
        clients.remove(client);
    }

    @Override
    public void start() {
        long heartbeat = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beatHearts, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::disconnectSlowClients, 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    /** Ends every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        clients.forEach(client -> {
            forget(client);
            client.emitter().complete();
        });
        timer.shutdownNow();
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
