package nl.voortgang.localstack;

import java.net.URI;
import java.nio.file.Path;

/** Where the running local stack can be reached. */
public record Endpoints(
        URI activityService,
        URI motieService,
        URI reportingService,
        String kafkaBootstrapServers,
        int postgresPort,
        String postgresUsername,
        String postgresPassword,
        Path stateDirectory) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }
}
