package nl.voortgang.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Follows reporting-service's live stream (GET /api/events/stream, activities only) and measures, for each change a
 * command acknowledged with 2xx, the time from that answer to the change's message on the stream. A change is known by
 * its entity id and the version the command answered.
 */
final class LiveStreamWatcher implements AutoCloseable {

    private static final Pattern ENTITY_ID = Pattern.compile("\"entityId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Long> seenBeforeAcknowledged = new ConcurrentHashMap<>();
    private volatile ConcurrentHistogram freshnessMicros = new ConcurrentHistogram(3);
    private final CompletableFuture<HttpResponse<Stream<String>>> stream;
    private volatile long messages;

    LiveStreamWatcher(Api api, URI reporting) {
        HttpRequest request = HttpRequest.newBuilder(reporting.resolve("/api/events/stream?entityType=ACTIVITY"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + api.token()).GET().build();
        stream = api.client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response;
        try {
            response = stream.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the live stream did not open: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the live stream answered " + response.statusCode());
        }
        Thread.ofVirtual().name("bench-live-stream").start(() -> {
            try {
                response.body().forEach(this::line);
            } catch (RuntimeException closed) {
                // the stream ends when the benchmark closes it
            }
        });
    }

    private void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        long now = System.nanoTime();
        Matcher id = ENTITY_ID.matcher(line);
        Matcher version = VERSION.matcher(line);
        if (!id.find() || !version.find()) {
            return;
        }
        messages++;
        String key = id.group(1) + ":" + version.group(1);
        Long acknowledgedAt = acknowledged.remove(key);
        if (acknowledgedAt != null) {
            freshnessMicros.recordValue(Math.max(0, (now - acknowledgedAt) / 1_000));
        } else {
            seenBeforeAcknowledged.put(key, now);
        }
    }

    void acknowledged(String entityId, long version, long at) {
        String key = entityId + ":" + version;
        if (seenBeforeAcknowledged.remove(key) != null) {
            freshnessMicros.recordValue(0);
        } else {
            acknowledged.put(key, at);
        }
    }

    /** Starts a new measurement and answers the one that ends. */
    Histogram restart() {
        Histogram finished = freshnessMicros;
        freshnessMicros = new ConcurrentHistogram(3);
        return finished;
    }

    /** Waits until every acknowledged change has been on the stream; answers how long that took, or null past the deadline. */
    Duration awaitDrained(Duration deadline) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (!acknowledged.isEmpty()) {
            if (System.nanoTime() > end) {
                return null;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    int pending() {
        return acknowledged.size();
    }

    /** Forgets the changes still pending (so that one missed change does not fail every later step). */
    int forgetPending() {
        int n = acknowledged.size();
        acknowledged.clear();
        return n;
    }

    long messages() {
        return messages;
    }

    boolean connected() {
        return stream.isDone() && !stream.isCompletedExceptionally();
    }

    @Override
    public void close() {
        stream.thenAccept(response -> response.body().close());
        stream.cancel(true);
    }
}
