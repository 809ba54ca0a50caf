package nl.voortgang.reporting.dashboard;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.voortgang.reporting.security.TokenRelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way from the dashboard to the command services. The browser talks only to
 * reporting-service, so no CORS is needed; what the command service answers (status, body, ETag,
 * problem+json) goes back unchanged, so a 400 or 412 stays what it is and the forms can show it.
 * Only a command service that cannot be reached becomes 502 or 504. The caller's access token goes along
 * ({@link TokenRelay}); nothing else of the browser's request says who acts.
 */
@Component
class CommandProxy {

    /** The command service that owns a kind of entity, by the first segment of its API path. */
    enum Target {
        ACTIVITY_SERVICE, MOTIE_SERVICE
    }

    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
            HttpHeaders.IF_MATCH, "Idempotency-Key");
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI activityService;
    private final URI motieService;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private final TokenRelay tokens;

    CommandProxy(@Value("${voortgang.activity.url}") URI activityService, @Value("${voortgang.motie.url}") URI motieService,
                 TokenRelay tokens) {
        this.activityService = activityService;
        this.motieService = motieService;
        this.tokens = tokens;
    }

    ResponseEntity<byte[]> forward(Target target, String method, String apiPathAndQuery, HttpHeaders headers, byte[] body) {
        URI base = target == Target.ACTIVITY_SERVICE ? activityService : motieService;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + apiPathAndQuery))
                .timeout(TIMEOUT)
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        tokens.accessTokenOfTheCaller().ifPresent(token -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        REQUEST_HEADERS.forEach(name -> {
            String value = headers.getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders relayed = new HttpHeaders();
            RESPONSE_HEADERS.forEach(name -> response.headers().firstValue(name).ifPresent(value -> relayed.set(name, value)));
            return ResponseEntity.status(response.statusCode()).headers(relayed).body(response.body());
        } catch (HttpTimeoutException e) {
            return unavailable(HttpStatus.GATEWAY_TIMEOUT, target, "antwoordde niet binnen " + TIMEOUT.toSeconds() + " seconden");
        } catch (ConnectException e) {
            return unavailable(HttpStatus.BAD_GATEWAY, target, "is niet bereikbaar op " + base);
        } catch (IOException e) {
            return unavailable(HttpStatus.BAD_GATEWAY, target, "brak de verbinding af (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(HttpStatus.SERVICE_UNAVAILABLE, target, "werd niet afgewacht omdat reporting-service stopt");
        }
    }

    private static ResponseEntity<byte[]> unavailable(HttpStatus status, Target target, String what) {
        String service = target == Target.ACTIVITY_SERVICE ? "activity-service" : "motie-service";
        String detail = "De opdracht is niet uitgevoerd: " + service + " " + what
                + ". Probeer het over enkele ogenblikken opnieuw.";
        String json = "{\"type\":\"about:blank\",\"title\":\"Opdrachtservice niet beschikbaar\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
