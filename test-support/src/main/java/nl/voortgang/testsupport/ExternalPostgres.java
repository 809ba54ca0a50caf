package nl.voortgang.testsupport;

import java.util.Map;

/**
 * An existing PostgreSQL server named by {@code VOORTGANG_TEST_POSTGRES_URL}, used instead of one the tests start. The
 * tests did not start it, so they neither stop it at the end nor take it down for an outage test.
 */
final class ExternalPostgres implements SharedPostgres {

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
                environment.getOrDefault(TestInfrastructure.POSTGRES_USER_VARIABLE, "postgres"),
                environment.getOrDefault(TestInfrastructure.POSTGRES_PASSWORD_VARIABLE, ""));
        ServiceDatabases.createMissing(serverUrl, postgres.username, postgres.password);
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
                + serverUrl + " given by " + TestInfrastructure.POSTGRES_URL_VARIABLE);
    }

    @Override
    public void close() {
    }
}
