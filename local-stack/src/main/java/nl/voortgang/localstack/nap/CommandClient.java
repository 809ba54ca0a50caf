package nl.voortgang.localstack.nap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the loader's commands to a command service's public HTTP API, each with a deterministic Idempotency-Key so
 * that a second run gets the first answers back and stores nothing. Counts what was stored and what was replayed.
 */
final class CommandClient {

    static final Duration UNKNOWN_REFERENCE_DEADLINE = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();

    JsonNode post(URI service, String path, String idempotencyKey, Map<String, Object> body, CsvFile.Row row, String step) {
        return postRetryingUnknownReferences(service, path, idempotencyKey, body, row, step, Instant.EPOCH);
    }

    JsonNode postOnceKnown(URI service, String path, String idempotencyKey, Map<String, Object> body, CsvFile.Row row, String step) {
        return postRetryingUnknownReferences(service, path, idempotencyKey, body, row, step,
                Instant.now().plus(UNKNOWN_REFERENCE_DEADLINE));
    }

    int stored() {
        return stored.get();
    }

    int replayed() {
        return replayed.get();
    }

    private JsonNode postRetryingUnknownReferences(URI service, String path, String idempotencyKey, Map<String, Object> body,
                                                   CsvFile.Row row, String step, Instant retryUntil) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        while (true) {
            HttpResponse<String> response = send(request, row, step);
            if (response.statusCode() / 100 == 2) {
                if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                    replayed.incrementAndGet();
                } else {
                    stored.incrementAndGet();
                }
                return response.body().isBlank() ? null : JSON.readTree(response.body());
            }
            if (response.statusCode() == 422 && response.body().contains("unknown-reference") && Instant.now().isBefore(retryUntil)) {
                pause();
                continue;
            }
            throw new NapLoadException(row + " (" + step + "): " + request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request, CsvFile.Row row, String step) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NapLoadException(row + " (" + step + "): " + request.uri() + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NapLoadException(row + " (" + step + "): interrupted");
        }
    }

    private static void pause() {
        try {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NapLoadException("interrupted while waiting for motie-service to learn of the activities");
        }
    }
}
