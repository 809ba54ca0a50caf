package nl.voortgang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP to the stack as the local identity provider's test client (a programme-admin, by client credentials); the token
 * is fetched again before the provider's five-minute lifetime runs out.
 */
final class Api {

    private static final String CLIENT_ID = "voortgang-tests";
    private static final String CLIENT_SECRET = "tests-voorbeeld-geheim";
    private static final Duration REUSE_TOKEN_FOR = Duration.ofMinutes(4);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final URI issuer;
    private String token;
    private Instant fetchedAt = Instant.MIN;

    Api(URI issuer) {
        this.issuer = issuer;
    }

    synchronized String token() {
        if (Instant.now().isAfter(fetchedAt.plus(REUSE_TOKEN_FOR))) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=voortgang")).build());
            Matcher accessToken = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !accessToken.find()) {
                throw new IllegalStateException("the token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            token = accessToken.group(1);
            fetchedAt = Instant.now();
        }
        return token;
    }

    HttpRequest post(URI base, String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token()).GET().build();
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
