package nl.voortgang.testsupport.security;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.awaitility.core.ConditionTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.voortgang.infra.LogTail;
import nl.voortgang.infra.Ports;
import nl.voortgang.infra.Processes;

/**
 * A real Keycloak from its Maven Central distribution (unpacked by the build), run as a child process in dev mode on
 * free ports with the repository's realm imported into an empty database, on the JDK that runs the tests. It answers in 20 to 40 s; the test
 * that needs it starts it once and stops it (and its JVM) when done.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(180);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path log;
    private final URI base;
    private final String realm;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeycloakServer(Process process, Path log, URI base, String realm) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.realm = realm;
    }

    /** The issuer URI of {@code realm} on a Keycloak that will listen on {@code port}. */
    public static URI issuer(int port, String realm) {
        return URI.create("http://localhost:" + port + "/realms/" + realm);
    }

    /** Starts Keycloak from {@code distribution} on {@code port} with {@code realmFile} imported; waits until the realm answers. */
    public static KeycloakServer start(Path distribution, Path realmFile, String realm, int port) {
        if (!Files.isExecutable(distribution.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution
                    + "; the build unpacks org.keycloak:keycloak-quarkus-dist there before the integration tests");
        }
        try {
            deleteRecursively(distribution.resolve("data/h2"));
            Path imports = Files.createDirectories(distribution.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Path log = distribution.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(Processes.detachedFromTerminal(List.of(
                    distribution.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                    "--http-management-port=" + Ports.freePort(), "--import-realm")))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            KeycloakServer server = new KeycloakServer(builder.start(), log, URI.create("http://localhost:" + port), realm);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-shutdown"));
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be started from " + distribution, e);
        }
    }

    public URI issuer() {
        return base.resolve("/realms/" + realm);
    }

    /** A token for an example user by the password grant of a confidential client that allows it. */
    public String passwordToken(String clientId, String secret, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", secret,
                        "username", username, "password", password, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(child -> Processes.stop(child, Duration.ofSeconds(20)));
        Processes.stop(process.toHandle(), Duration.ofSeconds(20));
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        try {
            await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + ":\n"
                                    + LogTail.lastLines(log, 40));
                        }
                        return http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + START_DEADLINE.toSeconds()
                    + " s:\n" + LogTail.lastLines(log, 40), e);
        }
    }

    /** Dev mode keeps its database in data/h2, and an import skips a realm that exists: start from the file every time. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }


    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
