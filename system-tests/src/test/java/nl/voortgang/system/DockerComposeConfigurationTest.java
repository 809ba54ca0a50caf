package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs in CI, so this checks docker-compose.yml against the services'
 * configuration instead: every service exists, listens where it says, and every environment
 * variable it sets binds to a property the service really has.
 */
class DockerComposeConfigurationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void composeNamesTheInfrastructureAndTheThreeServices() throws IOException {
        assertThat(services().keySet()).containsExactlyInAnyOrder("kafka", "postgres", "keycloak", "activity-service",
                "motie-service", "reporting-service", "prometheus", "grafana");
        assertThat(ROOT.resolve("docker/service.Dockerfile")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-service", "motie-service", "reporting-service"})
    void everyEnvironmentVariableBindsToAPropertyOfTheService(String service) throws IOException {
        Set<String> known = flattenedKeys(applicationYaml(service));
        Map<String, Object> environment = environment(service);

        assertThat(environment).isNotEmpty();
        for (String variable : environment.keySet()) {
            String property = relaxedPropertyName(variable);
            assertThat(known)
                    .as("%s of %s binds to %s, which %s's application.yml does not define", variable, service, property, service)
                    .contains(property);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-service", "motie-service", "reporting-service"})
    void theServiceListensOnThePortComposePublishesAndUsesItsOwnDatabase(String service) throws IOException {
        Map<String, Object> environment = environment(service);
        String port = String.valueOf(environment.get("SERVER_PORT"));
        @SuppressWarnings("unchecked")
        List<String> ports = (List<String>) services().get(service).get("ports");

        assertThat(ports).contains(port + ":" + port);
        assertThat(port).isEqualTo(String.valueOf(((Map<?, ?>) applicationYaml(service).get("server")).get("port")));
        String database = String.valueOf(environment.get("SPRING_DATASOURCE_URL"))
                .replaceAll(".*/", "");
        assertThat(Files.readString(ROOT.resolve("docker/postgres-init/01-databases.sql")))
                .contains("CREATE DATABASE " + database + ";");
        assertThat(String.valueOf(flattened(applicationYaml(service)).get("spring.datasource.url"))).endsWith("/" + database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-service", "motie-service", "reporting-service"})
    void theServiceWaitsForHealthyInfrastructureAndHasAHealthCheck(String service) throws IOException {
        Map<String, Object> definition = services().get(service);
        assertThat(definition).containsKey("healthcheck");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) definition.get("depends_on");
        assertThat(dependsOn).containsOnlyKeys("postgres", "kafka");
        dependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) ((Map<String, Object>) definition.get("build")).get("args");
        assertThat(args).containsEntry("SERVICE", service);
        assertThat(ROOT.resolve(service).resolve("pom.xml")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-service", "motie-service", "reporting-service"})
    void theServiceTrustsTheRealmThatKeycloakImportsFromTheRepository(String service) throws IOException {
        Map<String, Object> keycloak = services().get("keycloak");
        assertThat(String.valueOf(keycloak.get("volumes"))).contains("./docker/keycloak:/opt/keycloak/data/import:ro");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        Map<String, Object> realm = new Yaml().load(Files.readString(ROOT.resolve("docker/keycloak/voortgang-realm.json")));
        Map<String, Object> environment = environment(service);

        assertThat(String.valueOf(environment.get("VOORTGANG_OIDC_ISSUER"))).endsWith("/realms/" + realm.get("realm"));
        assertThat(String.valueOf(environment.get("VOORTGANG_OIDC_JWKS")))
                .startsWith("http://keycloak:8180/realms/" + realm.get("realm") + "/");
        assertThat(String.valueOf(realm.get("roles"))).contains("programme-admin", "editor", "viewer");
        assertThat(String.valueOf(realm.get("clients"))).contains("voortgang-dashboard", "pkce.code.challenge.method=S256",
                "claim.name=roles", "claim.name=parties", "oidc-full-name-mapper");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceWithTheRealmsMonitoringAccountAndLoadsTheAlertRules() throws IOException {
        assertThat(String.valueOf(services().get("prometheus").get("volumes"))).contains(
                "./docker/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                "./docker/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
        Map<String, Object> prometheus = yaml("docker/prometheus/prometheus.yml");
        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        Map<String, Object> realm = yaml("docker/keycloak/voortgang-realm.json");
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) prometheus.get("scrape_configs");
        assertThat(jobs).extracting(job -> job.get("job_name"))
                .containsExactlyInAnyOrder("activity-service", "motie-service", "reporting-service");
        for (Map<String, Object> job : jobs) {
            String service = (String) job.get("job_name");
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            assertThat(String.valueOf(job.get("static_configs")))
                    .contains(service + ":" + environment(service).get("SERVER_PORT"));
            Map<String, Object> oauth2 = (Map<String, Object>) job.get("oauth2");
            assertThat(oauth2.get("token_url"))
                    .isEqualTo("http://keycloak:8180/realms/" + realm.get("realm") + "/protocol/openid-connect/token");
            Map<String, Object> client = ((List<Map<String, Object>>) realm.get("clients")).stream()
                    .filter(c -> c.get("clientId").equals(oauth2.get("client_id"))).findFirst().orElseThrow();
            assertThat(client).containsEntry("serviceAccountsEnabled", true).containsEntry("secret", oauth2.get("client_secret"));
            assertThat(String.valueOf(client.get("protocolMappers"))).contains("claim.name=roles");
            Map<String, Object> account = ((List<Map<String, Object>>) realm.get("users")).stream()
                    .filter(user -> client.get("clientId").equals(user.get("serviceAccountClientId"))).findFirst().orElseThrow();
            assertThat((List<String>) account.get("realmRoles")).containsExactly("monitoring");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithPrometheusAndTheDashboardFromTheRepository() throws IOException {
        assertThat(String.valueOf(services().get("grafana").get("volumes"))).contains(
                "./docker/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./docker/grafana/dashboards:/var/lib/grafana/dashboards:ro");
        Map<String, Object> datasource = ((List<Map<String, Object>>) yaml("docker/grafana/provisioning/datasources/prometheus.yml")
                .get("datasources")).getFirst();
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        Map<String, Object> provider = ((List<Map<String, Object>>) yaml("docker/grafana/provisioning/dashboards/voortgang.yml")
                .get("providers")).getFirst();
        assertThat(String.valueOf(provider.get("options"))).contains("/var/lib/grafana/dashboards");
        assertThat(String.join("\n", MonitoringQueries.dashboardExpressions())).contains(
                "voortgang_commands_seconds_count", "voortgang_commands_seconds_bucket", "voortgang_forwarding_backlog",
                "voortgang_forwarding_oldest_unforwarded_age_seconds", "kafka_consumer_fetch_manager_records_lag",
                "voortgang_consumption_projection_delay_seconds", "voortgang_consumption_dead_lettered_total",
                "voortgang_live_clients", "jvm_memory_used_bytes", "http_server_requests_seconds_count{status=~\"5..\"}");
    }

    @Test
    void everyAlertIsExplainedInTheOperationsGuide() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        assertThat(MonitoringQueries.alertNames())
                .containsExactlyInAnyOrder("ForwardingStuck", "ConsumerLagGrowing", "EventDeadLettered", "ServiceNotReady")
                .allSatisfy(alert -> assertThat(guide).contains("### " + alert));
    }

    private static Map<String, Object> yaml(String path) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path))) {
            return new Yaml().load(reader);
        }
    }

    static String relaxedPropertyName(String variable) {
        String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        return property.equals("spring.kafka.bootstrap.servers") ? "spring.kafka.bootstrap-servers" : property;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) throws IOException {
        return (Map<String, Object>) services().get(service).get("environment");
    }

    private static Map<String, Object> applicationYaml(String service) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static Set<String> flattenedKeys(Map<String, Object> yaml) {
        return flattened(yaml).keySet();
    }

    private static Map<String, Object> flattened(Map<String, Object> yaml) {
        Map<String, Object> result = new LinkedHashMap<>();
        flatten("", yaml, result);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> yaml, Map<String, Object> result) {
        yaml.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested, result);
            } else {
                result.put(name, value);
            }
        });
    }
}
