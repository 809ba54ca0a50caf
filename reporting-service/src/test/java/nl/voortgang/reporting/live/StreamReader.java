package nl.voortgang.reporting.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/** A client of the live stream that reads it line by line, as a browser's EventSource would, and keeps what came. */
final class StreamReader implements AutoCloseable {

    /** One dispatched SSE message, with the time it was read. */
    record Message(String event, String id, String data, long receivedNanos) {

        Map<String, Object> json() {
            return JSON.readValue(data, Map.class);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final InputStream body;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private volatile String lastEventId;

    private StreamReader(InputStream body, String lastEventId) {
        this.body = body;
        this.lastEventId = lastEventId;
        Thread thread = new Thread(this::read, "stream-reader");
        thread.setDaemon(true);
        thread.start();
    }

    static StreamReader connect(int port, String query, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events/stream"
                + (query.isEmpty() ? "" : "?" + query))).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode() + ": "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            return new StreamReader(response.body(), lastEventId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Message> messages() {
        return messages;
    }

    List<Message> changes() {
        return messages.stream().filter(m -> m.event().equals("change")).toList();
    }

    List<Message> resets() {
        return messages.stream().filter(m -> m.event().equals("reset")).toList();
    }

    List<String> comments() {
        return comments;
    }

    /** The id a browser would send on reconnecting: the last one received, also from a message without data. */
    String lastEventId() {
        return lastEventId;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        messages.add(new Message(event, lastEventId, data.toString(), System.nanoTime()));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "event" -> event = value;
                        case "id" -> lastEventId = value;
                        case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // the test closed the stream
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
