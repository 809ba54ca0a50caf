package nl.voortgang.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import nl.voortgang.reporting.security.TokenRelay;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The proxy hands the command service's answer back as it is, and only an unreachable service becomes a 5xx. */
class CommandProxyTest {

    private static final String STALE = "{\"title\":\"Verouderde versie\",\"status\":412,\"currentVersion\":4}";

    private HttpServer commandService;
    private final AtomicReference<String> receivedIfMatch = new AtomicReference<>();
    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private final AtomicReference<String> receivedPath = new AtomicReference<>();
    private final AtomicReference<String> receivedAuthorization = new AtomicReference<>();

    @BeforeEach
    void startCommandService() throws IOException {
        commandService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        commandService.createContext("/api/", exchange -> {
            receivedIfMatch.set(exchange.getRequestHeaders().getFirst("If-Match"));
            receivedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            receivedPath.set(exchange.getRequestURI().toString());
            receivedAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = STALE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().set("ETag", "\"4\"");
            exchange.sendResponseHeaders(412, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        commandService.start();
    }

    @AfterEach
    void stopCommandService() {
        commandService.stop(0);
    }

    @Test
    void canRelayAStaleVersionRefusalUnchanged() {
        URI base = URI.create("http://127.0.0.1:" + commandService.getAddress().getPort());
        CommandProxy proxy = new CommandProxy(base, URI.create("http://127.0.0.1:1"), new TokenRelay(null));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_MATCH, "\"3\"");
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        headers.set(HttpHeaders.COOKIE, "session=never-passed-on");

        ResponseEntity<byte[]> answer = proxy.forward(CommandProxy.Target.ACTIVITY_SERVICE, "POST",
                "/api/activities/a-1/status", headers, "{\"status\":\"ONGOING\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"4\"");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).isEqualTo(STALE);
        assertThat(receivedIfMatch.get()).isEqualTo("\"3\"");
        assertThat(receivedBody.get()).isEqualTo("{\"status\":\"ONGOING\"}");
        assertThat(receivedPath.get()).isEqualTo("/api/activities/a-1/status");
    }

    @Test
    void canRelayTheCallersBearerTokenAndNothingElseOfWhoTheyAre() {
        URI base = URI.create("http://127.0.0.1:" + commandService.getAddress().getPort());
        CommandProxy proxy = new CommandProxy(base, URI.create("http://127.0.0.1:1"), new TokenRelay(null));
        Jwt token = Jwt.withTokenValue("token-of-the-caller").header("alg", "RS256").subject("ocw").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer forged");
        try {
            proxy.forward(CommandProxy.Target.ACTIVITY_SERVICE, "POST", "/api/activities/a-1/status", headers, new byte[0]);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(receivedAuthorization.get()).isEqualTo("Bearer token-of-the-caller");
    }

    @Test
    void cannotReachAStoppedCommandServiceAndSaysSoAsBadGateway() {
        CommandProxy proxy = new CommandProxy(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), new TokenRelay(null));

        ResponseEntity<byte[]> answer = proxy.forward(CommandProxy.Target.MOTIE_SERVICE, "POST", "/api/moties/m-1/progress",
                new HttpHeaders(), new byte[0]);

        assertThat(answer.getStatusCode().value()).isEqualTo(502);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("motie-service is niet bereikbaar");
    }
}
