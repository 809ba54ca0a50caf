package nl.voortgang.localstack;

import nl.voortgang.infra.EmbeddedPostgresServer;
import nl.voortgang.infra.KafkaBrokerProcess;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The local stack's PostgreSQL server and Kafka broker, with their data kept in the state directory. */
final class LocalInfrastructure {

    private final Path home;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final EmbeddedPostgresServer postgres;
    private final KafkaBrokerProcess kafka;

    LocalInfrastructure(Path home, int postgresPort, int kafkaPort, int kafkaControllerPort, int kafkaPartitions) {
        this.home = home;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.kafkaControllerPort = kafkaControllerPort;
        this.postgres = new EmbeddedPostgresServer()
                .withLogFile(home.resolve("logs").resolve("postgres.log"))
                .withServerConfig("shared_preload_libraries", "pg_stat_statements")
                .withShutdownHook(false);
        this.kafka = new KafkaBrokerProcess()
                .withNumPartitions(kafkaPartitions)
                .withClassDataArchive(home.resolve("kafka-runtime").resolve("broker.jsa"))
                .withShutdownHook(false);
    }

    static LocalInfrastructure of(LocalStackSettings settings) {
        return new LocalInfrastructure(settings.home(), settings.postgresPort(), settings.kafkaPort(),
                settings.kafkaControllerPort(), settings.kafkaPartitions());
    }

    /** Stops a server or broker that an earlier run left behind when it was killed without cleaning up. */
    void stopLeftovers() {
        KafkaBrokerProcess.stopLeftover(kafkaDirectory());
        EmbeddedPostgresServer.stopLeftover(postgresDirectory());
    }

    /** Starts PostgreSQL and Kafka side by side; if either fails, the other is stopped again. */
    void start(List<String> databases) {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(
                () -> kafka.start(kafkaDirectory(), kafkaPort, kafkaControllerPort),
                task -> new Thread(task, "kafka-start").start());
        try {
            postgres.start(postgresDirectory(), postgresPort, databases);
        } catch (RuntimeException e) {
            try {
                kafkaStarted.join();
            } catch (CompletionException kafkaFailure) {
                e.addSuppressed(kafkaFailure.getCause());
            }
            kafka.stop();
            throw e;
        }
        try {
            kafkaStarted.join();
        } catch (CompletionException e) {
            postgres.stop();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    void stop() {
        try {
            kafka.stop();
        } finally {
            postgres.stop();
        }
    }

    EmbeddedPostgresServer postgres() {
        return postgres;
    }

    KafkaBrokerProcess kafka() {
        return kafka;
    }

    private Path postgresDirectory() {
        return home.resolve("postgres");
    }

    private Path kafkaDirectory() {
        return home.resolve("kafka");
    }
}
