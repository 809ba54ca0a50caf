package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LedgerVerification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger in the real local stack: the verify command finds both chains intact and every
 * digest reporting-service received still a prefix of them, also after activity-service was
 * killed with SIGKILL in the middle of writes and restarted by the local stack.
 */
class LedgerIT {

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void theChainsVerifyAndTheDigestsHoldAfterAKill9OfActivityService() throws IOException, SQLException {
        for (int i = 0; i < 20; i++) {
            register("Grootboek " + i);
        }
        ProcessHandle.of(Long.parseLong(Files.readAllLines(stack.stateDirectory().resolve("run")
                .resolve("activity-service.pid")).getFirst().strip())).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                Http.get(stack.activityService(), "/actuator/health").status() == 200);
        for (int i = 0; i < 5; i++) {
            register("Na de herstart " + i);
        }
        assertThat(Http.post(stack.activityService(), "/api/ledger/digests", "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ledgerEntries("activity")).as("ledger entries of activity-service").isEqualTo(storedEvents("activity"));
            assertThat(digestsReceived("activity-service")).as("digests reporting-service received").isPositive();
        });
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        boolean intact = LedgerVerification.verify("jdbc:postgresql://localhost:" + stack.postgresPort() + "/",
                new PrintStream(output, true, StandardCharsets.UTF_8));

        String report = output.toString(StandardCharsets.UTF_8);
        assertThat(intact).as(report).isTrue();
        assertThat(report).contains("activity-service: intact up to position " + storedEvents("activity"))
                .contains("0 no longer verify").contains("motie-service: intact");
        assertThat(query("activity", "SELECT count(*) - count(DISTINCT global_index) FROM ledger_entry")).isZero();
    }

    private static void register(String title) {
        Http.Response response = Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":2,"code":"LEDGER","title":"%s","planning":"2025",
                 "responsible":["JenV"],"status":"IN_PROGRESS"}""".formatted(title));
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
    }

    private static long ledgerEntries(String database) throws SQLException {
        return query(database, "SELECT count(*) FROM ledger_entry");
    }

    private static long storedEvents(String database) throws SQLException {
        return query(database, "SELECT count(*) FROM domain_event_entry");
    }

    private static long digestsReceived(String service) throws SQLException {
        return query("reporting", "SELECT count(*) FROM reporting_control.ledger_digest WHERE service = '" + service + "'");
    }

    private static long query(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), stack.postgresUsername(),
                stack.postgresPassword()); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
