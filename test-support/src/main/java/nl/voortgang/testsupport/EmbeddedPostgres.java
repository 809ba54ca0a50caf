package nl.voortgang.testsupport;

import nl.voortgang.infra.EmbeddedPostgresServer;

import java.nio.file.Path;

/**
 * A real PostgreSQL server from Maven Central binaries, with its data in this run's directory and the service
 * databases created at start. The binaries are unpacked outside the run's directory, so that later runs reuse them.
 */
final class EmbeddedPostgres implements SharedPostgres {

    private final EmbeddedPostgresServer server;

    EmbeddedPostgres(Path dataDirectory, Path binariesDirectory) {
        server = new EmbeddedPostgresServer()
                .withWorkingDirectory(binariesDirectory)
                // Not durable on purpose: test data dies with the run, and flushing would only slow the tests.
                .withServerConfig("fsync", "off")
                .withServerConfig("full_page_writes", "off")
                .withServerConfig("synchronous_commit", "off")
                .withShutdownHook(false)
                .start(dataDirectory, 0, TestInfrastructure.DATABASES);
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
