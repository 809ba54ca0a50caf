package nl.voortgang.localstack;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the running local stack can be reached. The import channels are the command services' second, loopback-only
 * ports whose writes are recorded with the actor "import" (docs/adr/0009); they need no token. The identity provider is
 * the OpenID Connect issuer every service trusts (docs/adr/0013).
 */
public record Endpoints(
        URI activityService,
        URI motieService,
        URI reportingService,
        String kafkaBootstrapServers,
        int postgresPort,
        String postgresUsername,
        String postgresPassword,
        Path stateDirectory,
        URI activityImportChannel,
        URI motieImportChannel,
        Path repositoryRoot,
        URI identityProvider) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }
}
