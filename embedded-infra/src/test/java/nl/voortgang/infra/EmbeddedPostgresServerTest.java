package nl.voortgang.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(EmbeddedPostgresServer::stop);
    }

    @Test
    void startsWithTheRequestedDatabasesOnAFreePort() throws SQLException {
        long started = System.nanoTime();
        EmbeddedPostgresServer postgres = server().start(null, 0, List.of("activity", "motie"));
        System.out.printf("PostgreSQL started in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(postgres.port()).isPositive();
        assertThat(postgres.jdbcUrl("motie")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/motie");
        assertThat(queryString(postgres, "activity", "SELECT current_database()")).isEqualTo("activity");
        assertThat(queryString(postgres, "motie", "SHOW server_version")).startsWith("17.");
    }

    @Test
    void keepsDataAcrossStopAndStartOnTheSameDirectory() throws SQLException {
        Path dataDirectory = TestDirectories.fresh("postgres").resolve("data");
        EmbeddedPostgresServer first = server().start(dataDirectory, 0, List.of("reporting"));
        execute(first, "reporting", "CREATE TABLE programme (name TEXT)", "INSERT INTO programme VALUES ('NAP')");
        first.stop();
        assertThat(first.isRunning()).isFalse();

        first.start();
        assertThat(queryString(first, "reporting", "SELECT name FROM programme")).isEqualTo("NAP");
        int port = first.port();
        first.stop();

        long restarted = System.nanoTime();
        EmbeddedPostgresServer second = server().start(dataDirectory, port, List.of("reporting", "activity"));
        System.out.printf("PostgreSQL restarted on existing data in %d ms%n", Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        assertThat(queryString(second, "reporting", "SELECT name FROM programme")).isEqualTo("NAP");
        assertThat(queryString(second, "activity", "SELECT current_database()")).isEqualTo("activity");
    }

    @Test
    void startsOverAStalePidFileOfADeadServer() throws Exception {
        Path dataDirectory = TestDirectories.fresh("postgres").resolve("data");
        EmbeddedPostgresServer postgres = server().start(dataDirectory, 0, List.of("activity"));
        postgres.stop();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), finished.pid() + "\n" + dataDirectory + "\n");

        postgres.start();

        assertThat(queryString(postgres, "activity", "SELECT current_database()")).isEqualTo("activity");
    }

    @Test
    void refusesAPortThatIsTaken() {
        EmbeddedPostgresServer running = server().start(null, 0, List.of());

        assertThatThrownBy(() -> server().start(null, running.port(), List.of()))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining(Integer.toString(running.port()));
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> server().start(null, 0, List.of("drop\"table")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EmbeddedPostgresServer server() {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer();
        servers.add(server);
        return server;
    }

    private static void execute(EmbeddedPostgresServer postgres, String database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryString(EmbeddedPostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
