package nl.voortgang.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the local stack can be told through environment variables, with the defaults a newcomer gets.
 * {@code externalIssuer} (VOORTGANG_OIDC_ISSUER) points the services at another OpenID Connect provider than the
 * stack's own identity provider, which then still runs but is trusted by nobody. {@code javaOptions}
 * (VOORTGANG_JAVA_OPTIONS) are given to every service JVM; {@code loadNap} is false with VOORTGANG_LOAD_NAP=false.
 */
record LocalStackSettings(
        Path repositoryRoot,
        Path home,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int kafkaPartitions,
        List<ServiceDefinition> services,
        URI externalIssuer,
        List<String> javaOptions,
        boolean loadNap) {

    static final List<String> DATABASES = List.of("activity", "motie", "reporting");
    /** The local OpenID Connect provider: a service without a database, whose URL every other service trusts. */
    static final String IDENTITY_PROVIDER = "identity-provider";

    static LocalStackSettings fromEnvironment(Map<String, String> environment, Path workingDirectory) {
        Path root = workingDirectory.toAbsolutePath().normalize();
        Path home = environment.containsKey("VOORTGANG_HOME")
                ? root.resolve(environment.get("VOORTGANG_HOME")).normalize()
                : root.resolve(".voortgang");
        return new LocalStackSettings(root, home,
                port(environment, "VOORTGANG_POSTGRES_PORT", 15432),
                port(environment, "VOORTGANG_KAFKA_PORT", 9092),
                port(environment, "VOORTGANG_KAFKA_CONTROLLER_PORT", 9093),
                positiveNumber(environment, "VOORTGANG_KAFKA_PARTITIONS", 3),
                List.of(
                        new ServiceDefinition(IDENTITY_PROVIDER, port(environment, "IDENTITY_PORT", 8180), null, "IDENTITY_PORT"),
                        new ServiceDefinition("activity-service", port(environment, "ACTIVITY_PORT", 8081), "activity", "ACTIVITY_PORT"),
                        new ServiceDefinition("motie-service", port(environment, "MOTIE_PORT", 8082), "motie", "MOTIE_PORT"),
                        new ServiceDefinition("reporting-service", port(environment, "REPORTING_PORT", 8080), "reporting", "REPORTING_PORT")),
                environment.containsKey("VOORTGANG_OIDC_ISSUER") ? URI.create(environment.get("VOORTGANG_OIDC_ISSUER")) : null,
                javaOptions(environment.getOrDefault("VOORTGANG_JAVA_OPTIONS", "")),
                !"false".equalsIgnoreCase(environment.get("VOORTGANG_LOAD_NAP")));
    }

    /** VOORTGANG_JAVA_OPTIONS: JVM options for every service, separated by spaces, e.g. to record a JFR profile. */
    private static List<String> javaOptions(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    ServiceDefinition service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service named " + name));
    }

    Path logDirectory() {
        return home.resolve("logs");
    }

    Path runDirectory() {
        return home.resolve("run");
    }

    /** The path as a newcomer types it: relative to the repository root when it lies inside it. */
    String displayPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(repositoryRoot) ? repositoryRoot.relativize(absolute).toString() : absolute.toString();
    }

    private static int port(Map<String, String> environment, String variable, int defaultPort) {
        int port = positiveNumber(environment, variable, defaultPort);
        if (port > 65535) {
            throw new IllegalArgumentException(variable + " must be a TCP port (1-65535), not " + port);
        }
        return port;
    }

    private static int positiveNumber(Map<String, String> environment, String variable, int defaultValue) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a positive whole number, not '" + value + "'");
        }
    }
}
