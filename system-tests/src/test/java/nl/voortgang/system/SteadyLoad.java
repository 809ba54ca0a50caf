package nl.voortgang.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.voortgang.localstack.Endpoints;

/**
 * An open-model load: requests start at a fixed rate whatever the answers take, as many independent clients would send
 * them. Six in ten are status changes of activities, three in ten progress reports of moties, one in ten reads. Every
 * command carries a client-side marker (in its text, and as its Idempotency-Key) by which the invariant checks find it
 * in the event stores, on the topics and in the read model.
 */
final class SteadyLoad implements AutoCloseable {

    static final String MARKER_PREFIX = "chaos-";
    static final Duration ANSWER_DEADLINE = Duration.ofSeconds(30);
    private static final List<String> STATUSES = List.of("IN_PROGRESS", "ONGOING");

    enum Kind { ACTIVITY_STATUS, MOTIE_PROGRESS, READ }

    /** One request: status -1 when no answer came (the connection was cut, or none within the deadline). */
    record Outcome(Kind kind, String marker, String entity, long sentAtNanos, long latencyNanos, int status,
                   String contentType, String retryAfter) {

        boolean command() {
            return kind != Kind.READ;
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean unanswered() {
            return status < 0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> token;
    private final List<String> activities;
    private final List<String> moties;
    private final Map<String, AtomicInteger> statusTurns = new ConcurrentHashMap<>();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final List<URI> activityServices;
    private final List<URI> motieServices;
    private final List<URI> reportingServices;

    SteadyLoad(Endpoints stack, Supplier<String> token, List<String> activities, List<String> moties) {
        this(List.of(stack.activityService()), List.of(stack.motieService()), List.of(stack.reportingService()),
                token, activities, moties);
    }

    /** A load spread over several instances of each service: each request goes to one of them at random. */
    SteadyLoad(List<URI> activityServices, List<URI> motieServices, List<URI> reportingServices,
               Supplier<String> token, List<String> activities, List<String> moties) {
        this.activityServices = List.copyOf(activityServices);
        this.motieServices = List.copyOf(motieServices);
        this.reportingServices = List.copyOf(reportingServices);
        this.token = token;
        this.activities = List.copyOf(activities);
        this.moties = List.copyOf(moties);
    }

    SteadyLoad start(int requestsPerSecond) {
        long periodMicros = 1_000_000L / requestsPerSecond;
        pacer.scheduleAtFixedRate(() -> senders.execute(this::sendOne), 0, periodMicros, TimeUnit.MICROSECONDS);
        return this;
    }

    /** Stops starting requests and waits for the answers still under way (each has the answer deadline). */
    List<Outcome> stop() {
        pacer.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(ANSWER_DEADLINE.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        senders.shutdownNow();
    }

    private void sendOne() {
        int dice = ThreadLocalRandom.current().nextInt(10);
        if (dice < 6) {
            String activity = pick(activities);
            String status = STATUSES.get(statusTurns.computeIfAbsent(activity, id -> new AtomicInteger()).getAndIncrement() % 2);
            String marker = MARKER_PREFIX + UUID.randomUUID();
            command(Kind.ACTIVITY_STATUS, activity, marker, pick(activityServices).resolve("/api/activities/" + activity + "/status"),
                    "{\"status\":\"" + status + "\",\"explanation\":\"Belasting " + marker + "\"}");
        } else if (dice < 9) {
            String motie = pick(moties);
            String marker = MARKER_PREFIX + UUID.randomUUID();
            command(Kind.MOTIE_PROGRESS, motie, marker, pick(motieServices).resolve("/api/moties/" + motie + "/progress"),
                    "{\"status\":\"IN_PROGRESS\",\"text\":\"Stand van zaken " + marker + "\"}");
        } else {
            String activity = pick(activities);
            send(Kind.READ, activity, null, HttpRequest.newBuilder(pick(reportingServices).resolve("/api/activities/" + activity)).GET());
        }
    }

    private void command(Kind kind, String entity, String marker, URI uri, String json) {
        send(kind, entity, marker, HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Idempotency-Key", marker).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private void send(Kind kind, String entity, String marker, HttpRequest.Builder request) {
        long sentAt = System.nanoTime();
        HttpRequest built = request.header("Authorization", "Bearer " + token.get()).timeout(ANSWER_DEADLINE).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            outcomes.add(new Outcome(kind, marker, entity, sentAt, System.nanoTime() - sentAt, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null)));
        } catch (IOException e) {
            outcomes.add(new Outcome(kind, marker, entity, sentAt, System.nanoTime() - sentAt, -1, null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T pick(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }
}
