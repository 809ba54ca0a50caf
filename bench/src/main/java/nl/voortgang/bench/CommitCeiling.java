package nl.voortgang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * PostgreSQL's own limit for what every command needs at least: single-row INSERT + COMMIT transactions per second from
 * a number of connections, each in a loop of its own, on the same server and with the same durability settings as the
 * services.
 */
final class CommitCeiling {

    record Result(int connections, double seconds, long commits, ConcurrentHistogram latencyMicros) {

        double perSecond() {
            return commits / seconds;
        }
    }

    private CommitCeiling() {
    }

    static Result measure(Postgres postgres, int connections, Duration duration) {
        try (Connection setup = postgres.connect("postgres"); Statement statement = setup.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_ceiling");
            statement.execute("CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the ceiling table: " + e.getMessage(), e);
        }
        AtomicLong commits = new AtomicLong();
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> loops = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            loops.add(Thread.ofPlatform().name("bench-ceiling-" + i).start(() -> {
                try (Connection connection = postgres.connect("postgres");
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_ceiling (payload) VALUES (?)")) {
                    connection.setAutoCommit(true);
                    insert.setString(1, "{\"status\":\"IN_PROGRESS\",\"effectiveDate\":\"2026-01-01\"}");
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        insert.executeUpdate();
                        latency.recordValue((System.nanoTime() - now) / 1_000);
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("the ceiling loop failed: " + e.getMessage(), e);
                }
            }));
        }
        for (Thread loop : loops) {
            try {
                loop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection cleanup = postgres.connect("postgres"); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE bench_ceiling");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the ceiling table: " + e.getMessage(), e);
        }
        return new Result(connections, seconds, commits.get(), latency);
    }
}
