package nl.voortgang.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackSettingsTest {

    private final Path root = Path.of("/repo");

    @Test
    void givesANewcomerTheDocumentedDefaults() {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(Map.of(), root);

        assertThat(settings.home()).isEqualTo(Path.of("/repo/.voortgang"));
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.kafkaPartitions()).isEqualTo(3);
        assertThat(settings.service("reporting-service").port()).isEqualTo(8080);
        assertThat(settings.service("activity-service").port()).isEqualTo(8081);
        assertThat(settings.service("motie-service").port()).isEqualTo(8082);
        assertThat(settings.service("identity-provider").port()).isEqualTo(8180);
        assertThat(settings.service("motie-service").jar(root))
                .isEqualTo(Path.of("/repo/motie-service/target/motie-service-0.1.0-SNAPSHOT-exec.jar"));
    }

    @Test
    void takesPortsAndTheStateDirectoryFromTheEnvironment() {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(Map.of(
                "VOORTGANG_HOME", "/data/voortgang",
                "VOORTGANG_POSTGRES_PORT", "25432",
                "VOORTGANG_KAFKA_PORT", "19092",
                "ACTIVITY_PORT", "18081",
                "MOTIE_PORT", "18082",
                "REPORTING_PORT", "18080"), root);

        assertThat(settings.home()).isEqualTo(Path.of("/data/voortgang"));
        assertThat(settings.postgresPort()).isEqualTo(25432);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.service("activity-service").port()).isEqualTo(18081);
        assertThat(settings.service("motie-service").port()).isEqualTo(18082);
        assertThat(settings.service("reporting-service").port()).isEqualTo(18080);
    }

    @Test
    void explainsAPortThatIsNotANumber() {
        assertThatThrownBy(() -> LocalStackSettings.fromEnvironment(Map.of("MOTIE_PORT", "eighty"), root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MOTIE_PORT must be a positive whole number, not 'eighty'");
    }
}
