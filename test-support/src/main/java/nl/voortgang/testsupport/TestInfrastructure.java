package nl.voortgang.testsupport;

import nl.voortgang.infra.EmbeddedPostgresServer;
import nl.voortgang.infra.KafkaBrokerProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The PostgreSQL server (databases {@code activity}, {@code motie}, {@code reporting}) and the Kafka broker that all
 * tests in one JVM share. Started on first use and stopped when the JVM exits.
 *
 * <p>The system property {@code voortgang.infra} chooses how: {@code embedded} (the default; real servers from Maven
 * Central artifacts, no Docker) or {@code testcontainers} (needs a Docker engine). The environment variable
 * {@code VOORTGANG_TEST_POSTGRES_URL} (with {@code VOORTGANG_TEST_POSTGRES_USER} and
 * {@code VOORTGANG_TEST_POSTGRES_PASSWORD}) points the tests at an existing PostgreSQL server instead.
 *
 * <p>The embedded PostgreSQL runs with fsync, full_page_writes and synchronous_commit off, for speed: its data lives
 * only as long as the test run, so a crash loses nothing worth keeping. The local stack's server keeps them on.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "voortgang.infra";
    public static final String EMBEDDED = "embedded";
    public static final String TESTCONTAINERS = "testcontainers";
    public static final List<String> DATABASES = List.of("activity", "motie", "reporting");

    static final String POSTGRES_URL_VARIABLE = "VOORTGANG_TEST_POSTGRES_URL";
    static final String POSTGRES_USER_VARIABLE = "VOORTGANG_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD_VARIABLE = "VOORTGANG_TEST_POSTGRES_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final Object LOCK = new Object();
    private static volatile TestInfrastructure instance;

    private final Postgres postgres;
    private final Kafka kafka;

    private TestInfrastructure(Postgres postgres, Kafka kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (LOCK) {
                current = instance;
                if (current == null) {
                    long startedAt = System.nanoTime();
                    String mode = System.getProperty(MODE_PROPERTY, EMBEDDED);
                    current = start(mode, System.getenv(), buildDirectory().resolve("infra"));
                    LOG.info("Test infrastructure ({}) started in {} ms: PostgreSQL {}, Kafka {}", mode,
                            Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), current.jdbcUrl("postgres"), current.bootstrapServers());
                    TestInfrastructure started = current;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-infrastructure-shutdown"));
                    instance = current;
                }
            }
        }
        return current;
    }

    /** Points a Spring test at the shared infrastructure; call it from a {@code @DynamicPropertySource} method. */
    public static void registerProperties(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> get().jdbcUrl(database));
        registry.add("spring.datasource.username", () -> get().username());
        registry.add("spring.datasource.password", () -> get().password());
        registry.add("spring.kafka.bootstrap-servers", () -> get().bootstrapServers());
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String username() {
        return postgres.username();
    }

    public String password() {
        return postgres.password();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public KafkaControl kafka() {
        return kafka;
    }

    public PostgresControl postgres() {
        return postgres;
    }

    static TestInfrastructure start(String mode, Map<String, String> environment, Path embeddedDirectory) {
        ensureTemporaryDirectoryExists();
        String externalPostgresUrl = environment.get(POSTGRES_URL_VARIABLE);
        return switch (mode) {
            case EMBEDDED -> startEmbedded(environment, externalPostgresUrl, embeddedDirectory);
            case TESTCONTAINERS -> startContainers(environment, externalPostgresUrl);
            default -> throw new IllegalArgumentException("Unknown " + MODE_PROPERTY + " '" + mode + "': use "
                    + EMBEDDED + " (the default, no Docker needed) or " + TESTCONTAINERS + " (needs a Docker engine)");
        };
    }

    void stop() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static TestInfrastructure startEmbedded(Map<String, String> environment, String externalPostgresUrl, Path directory) {
        removeLeftoversOfEarlierRuns(directory);
        Path runDirectory = directory.resolve("run-" + ProcessHandle.current().pid());
        CompletableFuture<EmbeddedKafka> kafka = CompletableFuture.supplyAsync(
                () -> new EmbeddedKafka(runDirectory.resolve("kafka"), directory.resolve("kafka-runtime")),
                task -> new Thread(task, "embedded-kafka-start").start());
        Postgres postgres;
        try {
            postgres = externalPostgresUrl != null
                    ? ExternalPostgres.connect(environment, externalPostgresUrl)
                    : new EmbeddedPostgres(runDirectory.resolve("postgres"), directory.resolve("postgres-runtime"));
        } catch (RuntimeException e) {
            try {
                kafka.join().close();
            } catch (CompletionException kafkaFailure) {
                e.addSuppressed(kafkaFailure.getCause());
            }
            throw e;
        }
        try {
            return new TestInfrastructure(postgres, kafka.join());
        } catch (CompletionException e) {
            postgres.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static TestInfrastructure startContainers(Map<String, String> environment, String externalPostgresUrl) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(MODE_PROPERTY + "=" + TESTCONTAINERS + " needs a running Docker engine, and none was found. "
                    + "Start Docker, or leave out -D" + MODE_PROPERTY + " to use the embedded PostgreSQL and Kafka, which need no Docker.");
        }
        ContainerKafka kafka = new ContainerKafka();
        try {
            Postgres postgres = externalPostgresUrl != null
                    ? ExternalPostgres.connect(environment, externalPostgresUrl)
                    : new ContainerPostgres();
            return new TestInfrastructure(postgres, kafka);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    static Path buildDirectory() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path parent = temporary.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")) {
            return parent;
        }
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolve("target");
    }

    private static void ensureTemporaryDirectoryExists() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create java.io.tmpdir", e);
        }
    }

    private static void removeLeftoversOfEarlierRuns(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> runs = Files.list(directory)) {
            runs.filter(run -> run.getFileName().toString().matches("run-\\d+"))
                    .filter(run -> ProcessHandle.of(Long.parseLong(run.getFileName().toString().substring(4)))
                            .map(owner -> !owner.isAlive()).orElse(true))
                    .forEach(TestInfrastructure::removeRun);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static void removeRun(Path run) {
        if (Files.isDirectory(run.resolve("kafka"))) {
            KafkaBrokerProcess.stopLeftover(run.resolve("kafka"));
        }
        if (Files.isDirectory(run.resolve("postgres"))) {
            EmbeddedPostgresServer.stopLeftover(run.resolve("postgres"));
        }
        try (Stream<Path> paths = Files.walk(run)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + run, e);
        }
    }

    private static void createMissingDatabases(String serverUrl, String username, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : DATABASES) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases " + DATABASES + " on " + serverUrl, e);
        }
    }

    private interface Postgres extends PostgresControl, AutoCloseable {

        String jdbcUrl(String database);

        String username();

        String password();

        @Override
        void close();
    }

    private interface Kafka extends KafkaControl, AutoCloseable {

        String bootstrapServers();

        @Override
        void close();
    }

    private static final class EmbeddedPostgres implements Postgres {

        private final EmbeddedPostgresServer server;

        EmbeddedPostgres(Path dataDirectory, Path binariesDirectory) {
            server = new EmbeddedPostgresServer()
                    .withWorkingDirectory(binariesDirectory)
                    // Not durable on purpose: test data dies with the run, and flushing would only slow the tests.
                    .withServerConfig("fsync", "off")
                    .withServerConfig("full_page_writes", "off")
                    .withServerConfig("synchronous_commit", "off")
                    .withShutdownHook(false)
                    .start(dataDirectory, 0, DATABASES);
        }

        @Override
        public String jdbcUrl(String database) {
            return server.jdbcUrl(database);
        }

        @Override
        public String username() {
            return server.username();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void start() {
            server.start();
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    private static final class ExternalPostgres implements Postgres {

        private final String serverUrl;
        private final String username;
        private final String password;

        private ExternalPostgres(String serverUrl, String username, String password) {
            this.serverUrl = serverUrl;
            this.username = username;
            this.password = password;
        }

        static ExternalPostgres connect(Map<String, String> environment, String serverUrl) {
            ExternalPostgres postgres = new ExternalPostgres(serverUrl,
                    environment.getOrDefault(POSTGRES_USER_VARIABLE, "postgres"),
                    environment.getOrDefault(POSTGRES_PASSWORD_VARIABLE, ""));
            createMissingDatabases(serverUrl, postgres.username, postgres.password);
            return postgres;
        }

        @Override
        public String jdbcUrl(String database) {
            return JdbcUrls.withDatabase(serverUrl, database);
        }

        @Override
        public String username() {
            return username;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public void stop() {
            throw unsupported();
        }

        @Override
        public void start() {
            throw unsupported();
        }

        private UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("PostgreSQL can be stopped and started only when it is embedded; this run uses the server at "
                    + serverUrl + " given by " + POSTGRES_URL_VARIABLE);
        }

        @Override
        public void close() {
        }
    }

    private static final class ContainerPostgres implements Postgres {

        private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");

        ContainerPostgres() {
            container.start();
            createMissingDatabases(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }

        @Override
        public String jdbcUrl(String database) {
            return JdbcUrls.withDatabase(container.getJdbcUrl(), database);
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void stop() {
            throw new UnsupportedOperationException("PostgreSQL can be stopped and started only in " + MODE_PROPERTY + "=" + EMBEDDED + " mode");
        }

        @Override
        public void start() {
            stop();
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private static final class EmbeddedKafka implements Kafka {

        private final KafkaBrokerProcess broker;

        EmbeddedKafka(Path dataDirectory, Path runtimeDirectory) {
            broker = new KafkaBrokerProcess()
                    .withNumPartitions(3)
                    .withClassDataArchive(runtimeDirectory.resolve("broker.jsa"))
                    .withShutdownHook(false)
                    .start(dataDirectory, 0, 0);
        }

        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public void stop() {
            broker.stop();
        }

        @Override
        public void start() {
            broker.start();
        }

        @Override
        public void kill() {
            broker.kill();
        }

        @Override
        public void close() {
            broker.stop();
        }
    }

    private static final class ContainerKafka implements Kafka {

        private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");

        ContainerKafka() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void stop() {
            throw new UnsupportedOperationException("Kafka can be stopped and started only in " + MODE_PROPERTY + "=" + EMBEDDED + " mode");
        }

        @Override
        public void start() {
            stop();
        }

        @Override
        public void kill() {
            stop();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
