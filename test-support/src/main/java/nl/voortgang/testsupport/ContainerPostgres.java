package nl.voortgang.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Docker container, for {@code voortgang.infra=testcontainers}: the official image, not Maven binaries. */
final class ContainerPostgres implements SharedPostgres {

    private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");

    ContainerPostgres() {
        container.start();
        ServiceDatabases.createMissing(container.getJdbcUrl(), container.getUsername(), container.getPassword());
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
        throw TestInfrastructure.outageOnlyWhenEmbedded("PostgreSQL");
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
