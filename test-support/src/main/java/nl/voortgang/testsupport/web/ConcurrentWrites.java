package nl.voortgang.testsupport.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/**
 * Many clients writing to one entity at the same moment, each on its own thread and connection, released together by a
 * barrier. A conditional client sends If-Match with the last version it heard of (from a 2xx or a 412 answer) and
 * sends the same write again after a 412, as a careful client would, until it is applied; an unconditional one sends
 * each write once.
 */
public final class ConcurrentWrites {

    private static final int MAX_ATTEMPTS_PER_WRITE = 500;

    /** One write as answered: which client sent it, the status, and the version in the answer's ETag. */
    public record Attempt(int client, int status, Long version) {
    }

    private ConcurrentWrites() {
    }

    /**
     * @param body the JSON body of the n-th write over all clients (so that every write is distinguishable)
     */
    public static List<Attempt> run(URI target, String token, int clients, int writesPerClient, Long startVersion,
                                    IntFunction<String> body) {
        CyclicBarrier start = new CyclicBarrier(clients);
        try (ExecutorService threads = Executors.newFixedThreadPool(clients);
             HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            List<CompletableFuture<List<Attempt>>> all = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                all.add(CompletableFuture.supplyAsync(() -> write(http, target, token, id, clients, writesPerClient,
                        startVersion, body, start), threads));
            }
            List<Attempt> attempts = all.stream().flatMap(future -> future.join().stream()).toList();
            System.out.printf("%d clients, %d writes each%s to %s: %d answers, %d applied, %d refused with 412%n", clients,
                    writesPerClient, startVersion == null ? "" : " with If-Match", target.getPath(), attempts.size(),
                    appliedVersions(attempts).size(), attempts.stream().filter(attempt -> attempt.status() == 412).count());
            return attempts;
        }
    }

    /** The versions of the writes that were applied, in the order their answers were collected. */
    public static List<Long> appliedVersions(List<Attempt> attempts) {
        return attempts.stream().filter(attempt -> attempt.status() >= 200 && attempt.status() < 300).map(Attempt::version).toList();
    }

    /** An entity's history in a command service's event store: its last sequence number and how many distinct events. */
    public record StoredHistory(long lastSequence, long distinctEvents) {

        public static StoredHistory of(DataSource store, String aggregateId) {
            try (Connection connection = store.getConnection();
                 PreparedStatement query = connection.prepareStatement("SELECT max(sequence_number), count(DISTINCT payload) "
                         + "FROM domain_event_entry WHERE aggregate_identifier = ?")) {
                query.setString(1, aggregateId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new StoredHistory(row.getLong(1), row.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * What is wrong after {@code writes} writes to an entity registered at version 0: an answer other than 200 (or 412
     * from a conditional client), applied versions other than exactly 1 to {@code writes}, or a stored history other
     * than the registration and those writes, each once.
     */
    public static List<String> faults(List<Attempt> attempts, boolean conditional, int writes, StoredHistory stored) {
        List<String> faults = new ArrayList<>();
        attempts.stream().filter(attempt -> attempt.status() != 200 && !(conditional && attempt.status() == 412))
                .forEach(attempt -> faults.add("unexpected answer " + attempt));
        List<Long> applied = appliedVersions(attempts).stream().sorted().toList();
        if (!applied.equals(LongStream.rangeClosed(1, writes).boxed().toList())) {
            faults.add("applied versions " + applied + " are not 1 to " + writes);
        }
        if (stored.lastSequence() != writes || stored.distinctEvents() != writes + 1) {
            faults.add("stored " + stored + " instead of " + writes + " writes after the registration");
        }
        if (conditional && attempts.stream().noneMatch(attempt -> attempt.status() == 412)) {
            faults.add("no conditional write was refused with 412, so the clients did not overlap");
        }
        return faults;
    }

    private static List<Attempt> write(HttpClient http, URI target, String token, int client, int clients, int writes,
                                       Long startVersion, IntFunction<String> body, CyclicBarrier start) {
        List<Attempt> attempts = new ArrayList<>();
        Long known = startVersion;
        try {
            start.await();
            for (int n = 0; n < writes; n++) {
                String json = body.apply(n * clients + client);
                for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_WRITE; attempt++) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json));
                    if (known != null) {
                        request.header("If-Match", "\"" + known + "\"");
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    Long version = response.headers().firstValue("ETag").map(tag -> Long.valueOf(tag.replace("\"", ""))).orElse(null);
                    attempts.add(new Attempt(client, response.statusCode(), version));
                    if (startVersion != null && version != null) {
                        known = version;
                    }
                    if (response.statusCode() != 412) {
                        break;
                    }
                }
            }
            return attempts;
        } catch (IOException | java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException("client " + client + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
