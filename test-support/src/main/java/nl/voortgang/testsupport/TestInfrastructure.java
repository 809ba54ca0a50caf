package nl.voortgang.testsupport;

import nl.voortgang.testsupport.security.TestIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    private final SharedPostgres postgres;
    private final SharedKafka kafka;

    private TestInfrastructure(SharedPostgres postgres, SharedKafka kafka) {
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

    /** Points a Spring test at the shared infrastructure and makes it trust the test issuer's tokens; call it from a {@code @DynamicPropertySource} method. */
    public static void registerProperties(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> get().jdbcUrl(database));
        registry.add("spring.datasource.username", () -> get().username());
        registry.add("spring.datasource.password", () -> get().password());
        registry.add("spring.kafka.bootstrap-servers", () -> get().bootstrapServers());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.shared().issuerUri());
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

    /** A container comes back on other mapped ports, so only the embedded servers can be taken down for an outage test. */
    static UnsupportedOperationException outageOnlyWhenEmbedded(String server) {
        return new UnsupportedOperationException(server + " can be stopped and started only in " + MODE_PROPERTY + "=" + EMBEDDED + " mode");
    }

    /** Starts the broker on another thread while PostgreSQL starts, so that a run waits for the slower of the two, not for both. */
    private static TestInfrastructure startEmbedded(Map<String, String> environment, String externalPostgresUrl, Path directory) {
        EmbeddedRuns.removeThoseOfEndedJvms(directory);
        Path runDirectory = EmbeddedRuns.ofThisJvm(directory);
        CompletableFuture<EmbeddedKafka> kafka = CompletableFuture.supplyAsync(
                () -> new EmbeddedKafka(runDirectory.resolve("kafka"), directory.resolve("kafka-runtime")),
                task -> new Thread(task, "embedded-kafka-start").start());
        SharedPostgres postgres;
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
            SharedPostgres postgres = externalPostgresUrl != null
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
}
