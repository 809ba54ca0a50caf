package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.voortgang.infra.Ports;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LocalStack;
import nl.voortgang.testsupport.security.BrowserLogin;
import nl.voortgang.testsupport.security.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services behind a real Keycloak with the repository's realm (docker/keycloak), as docker-compose runs them:
 * its tokens are accepted, the local identity provider's are not, editors are held to their ministry, and the
 * audit trail names the Keycloak user. The stack and Keycloak start side by side.
 */
class KeycloakIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String REALM = "voortgang";
    private static final String CLIENT = "voortgang-tests";
    private static final String CLIENT_SECRET = "tests-voorbeeld-geheim";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static KeycloakServer keycloak;
    private static LocalStack stack;
    private static Endpoints services;

    @BeforeAll
    static void startKeycloakAndAStackThatTrustsIt() {
        int port = Ports.freePort();
        CompletableFuture<KeycloakServer> starting = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                Path.of(System.getProperty("voortgang.keycloak.home")), ROOT.resolve("docker/keycloak/voortgang-realm.json"),
                REALM, port));
        long startedAt = System.nanoTime();
        stack = RunningStack.start(Path.of("target", "keycloak-stack-" + ProcessHandle.current().pid()).toAbsolutePath(),
                Map.of("VOORTGANG_OIDC_ISSUER", KeycloakServer.issuer(port, REALM).toString()));
        services = stack.endpoints();
        keycloak = starting.join();
        System.out.printf("Keycloak and a stack that trusts it were up after %d ms%n",
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    @AfterAll
    static void stopBoth() {
        if (stack != null) {
            stack.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aWriteWithoutATokenOrWithATokenOfAnotherIssuerIsRefused() {
        String localToken = BrowserLogin.clientToken(services.identityProvider(), LocalTokens.TEST_CLIENT, CLIENT_SECRET);

        assertThat(Http.post(services.activityService(), "/api/activities", activity("NAP-K.1", "OCW"), null).status()).isEqualTo(401);
        assertThat(Http.post(services.activityService(), "/api/activities", activity("NAP-K.1", "OCW"), localToken).status())
                .isEqualTo(401);
        assertThat(Http.post(services.motieService(), "/api/moties", motie("SOCW"), localToken).status()).isEqualTo(401);
    }

    @Test
    void anEditorChangesOnlyTheirMinistrysItemsAndTheAuditTrailNamesTheKeycloakUser() {
        String admin = token("admin");
        String ocw = token("ocw");
        String vws = token("vws");
        String activity = Http.post(services.activityService(), "/api/activities", activity("NAP-K.2", "OCW"), admin)
                .body().get("id").asString();
        String motie = Http.post(services.motieService(), "/api/moties", motie("SOCW"), admin).body().get("id").asString();

        Http.Response refused = Http.post(services.activityService(), "/api/activities/" + activity + "/status", STATUS, vws);
        Http.Response motieRefused = Http.post(services.motieService(), "/api/moties/" + motie + "/progress", PROGRESS, vws);
        Http.Response changed = Http.post(services.activityService(), "/api/activities/" + activity + "/status", STATUS, ocw,
                "actor", "mallory");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asString()).contains("hoort bij OCW");
        assertThat(motieRefused.status()).isEqualTo(403);
        assertThat(motieRefused.body().get("detail").asString()).contains("hoort bij OCW");
        assertThat(changed.status()).isEqualTo(200);
        JsonNode claims = claims(ocw);
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode entries = Http.get(services.reportingService(), "/api/audit?entityId=" + activity, admin).body().get("entries");
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).get("actor").asString()).isEqualTo(claims.get("sub").asString());
            assertThat(entries.get(1).get("actorName").asString()).isEqualTo("Olga van OCW");
        });
    }

    private static final String STATUS = """
            {"status":"DELAYED","explanation":"Later gestart","effectiveDate":"2024-06-01"}""";
    private static final String PROGRESS = """
            {"status":"IN_PROGRESS","text":"Het onderzoek is gestart.","effectiveDate":"2024-06-01"}""";

    private static String activity(String code, String responsible) {
        return """
                {"programme":"NAP","actionLine":1,"code":"%s","title":"Campagne werkvloer","planning":"Q4 2024",
                 "responsible":["%s"],"status":"IN_PROGRESS","effectiveDate":"2024-01-13"}""".formatted(code, responsible);
    }

    private static String motie(String responsible) {
        return """
                {"programme":"NAP","submitters":["Van der Laan c.s."],"adoptedDate":"2024-04-04",
                 "parliamentaryYear":"2023/24","dossier":"34843","number":"99",
                 "text":"De Tweede Kamer verzoekt de regering de GREVIO-aanbeveling uit te voeren.",
                 "responsible":["%s"],"status":"NOT_STARTED","effectiveDate":"2024-04-04"}""".formatted(responsible);
    }

    private static String token(String user) {
        return keycloak.passwordToken(CLIENT, CLIENT_SECRET, user, user + "-voorbeeld");
    }

    private static JsonNode claims(String jwt) {
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }
}
