package nl.voortgang.testsupport;

import nl.voortgang.infra.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class InfrastructureModesTest {

    @Test
    void usesAnExistingPostgresServerNamedByTheEnvironmentAndCreatesTheDatabasesThere() throws Exception {
        Path directory = Files.createTempDirectory(TestInfrastructure.buildDirectory(), "modes-");
        EmbeddedPostgresServer existing = new EmbeddedPostgresServer().start(directory.resolve("existing"), 0, List.of("motie"));
        TestInfrastructure infrastructure = null;
        try {
            infrastructure = TestInfrastructure.start(TestInfrastructure.EMBEDDED, Map.of(
                    TestInfrastructure.POSTGRES_URL_VARIABLE, existing.jdbcUrl("postgres"),
                    TestInfrastructure.POSTGRES_USER_VARIABLE, existing.username(),
                    TestInfrastructure.POSTGRES_PASSWORD_VARIABLE, existing.password()), directory.resolve("infra"));

            assertThat(infrastructure.jdbcUrl("activity")).isEqualTo(existing.jdbcUrl("activity"));
            for (String database : TestInfrastructure.DATABASES) {
                try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(), infrastructure.password())) {
                    assertThat(connection.getCatalog()).isEqualTo(database);
                }
            }
            TestInfrastructure external = infrastructure;
            assertThatThrownBy(() -> external.postgres().stop())
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining(TestInfrastructure.POSTGRES_URL_VARIABLE);
        } finally {
            if (infrastructure != null) {
                infrastructure.stop();
            }
            existing.stop();
        }
    }

    @Test
    void explainsThatTestcontainersModeNeedsDocker() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is available here");

        assertThatThrownBy(() -> TestInfrastructure.start(TestInfrastructure.TESTCONTAINERS, Map.of(), Path.of("unused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a running Docker engine");
    }

    @Test
    void rejectsAnUnknownMode() {
        assertThatThrownBy(() -> TestInfrastructure.start("docker-compose", Map.of(), Path.of("unused")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded");
    }

    @Test
    void replacesTheDatabaseOfAJdbcUrlAndKeepsItsParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.local:5432/postgres?sslmode=disable", "reporting"))
                .isEqualTo("jdbc:postgresql://db.local:5432/reporting?sslmode=disable");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost", "motie")).isEqualTo("jdbc:postgresql://localhost/motie");
    }
}
