package nl.voortgang.activity.security;

import static nl.voortgang.activity.ActivityTopic.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.security.TokenRequests;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens signed by a real issuer over HTTP, validated by the service exactly as in production. */
class AuthorisationHttpTest extends ActivityServiceIntegrationTest {

    private static final TestUser OCW_EDITOR = TestUser.editorFor("OCW");
    private static final TestUser VWS_EDITOR = TestUser.editorFor("VWS");
    private static final String STATUS_CHANGE = """
            {"status":"DELAYED","explanation":"Later gestart","effectiveDate":"2023-06-01"}""";

    @LocalServerPort
    int port;

    @Test
    void aWriteWithoutATokenIsRefusedWith401ProblemJson() {
        HttpResponse<String> response = send("POST", "/api/activities", null, REGISTRATION);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.body()).contains("Niet aangemeld");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = TestIssuer.shared().expiredToken(TestUser.PROGRAMME_ADMIN);

        assertThat(send("POST", "/api/activities", expired, REGISTRATION).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/imports/template.csv", expired, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String foreign = TestIssuer.stranger().token(TestUser.PROGRAMME_ADMIN);

        assertThat(send("POST", "/api/activities", foreign, REGISTRATION).statusCode()).isEqualTo(401);
    }

    @Test
    void readsNeedARole() {
        assertThat(send("GET", "/api/imports/template.csv", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/imports/template.csv", token(TestUser.VIEWER), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorChangesAnActivityOfTheirMinistry() {
        String id = registerActivity();

        HttpResponse<String> response = send("POST", "/api/activities/" + id + "/status", token(OCW_EDITOR), STATUS_CHANGE);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorOfAnotherMinistryGets403SayingWhoseActivityItIs() {
        String id = registerActivity();

        HttpResponse<String> response = send("POST", "/api/activities/" + id + "/status", token(VWS_EDITOR), STATUS_CHANGE);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("hoort bij OCW, SZW").contains("VWS");
    }

    @Test
    void onlyTheProgrammeAdminRegistersAndImports() {
        assertThat(send("POST", "/api/activities", token(OCW_EDITOR), REGISTRATION).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/imports", token(OCW_EDITOR), "").statusCode()).isEqualTo(403);
    }

    @Test
    void aViewerChangesNothing() {
        String id = registerActivity();

        assertThat(send("POST", "/api/activities/" + id + "/status", token(TestUser.VIEWER), STATUS_CHANGE).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theActorIsTheTokensSubjectWithItsNameAndAForgedActorHeaderChangesNothing() {
        String id = registerActivity();

        HttpResponse<String> response = send("POST", "/api/activities/" + id + "/status", token(OCW_EDITOR), STATUS_CHANGE,
                "actor", "mallory", "X-Actor", "mallory", "actor-name", "Mallory");

        assertThat(response.statusCode()).isEqualTo(200);
        ConsumerRecord<String, byte[]> change = ActivityTopic.recordsOf(id, 2).get(1);
        assertThat(header(change, EventHeaders.ACTOR)).isEqualTo(OCW_EDITOR.subject());
        assertThat(header(change, EventHeaders.ACTOR_NAME)).isEqualTo(OCW_EDITOR.name());
        assertThat(new String(change.value())).doesNotContain("mallory");
    }

    @Test
    void aForgedActorInTheBodyIsRefusedAndStoresNothing() {
        String id = registerActivity();

        HttpResponse<String> response = send("POST", "/api/activities/" + id + "/status", token(OCW_EDITOR), """
                {"status":"DELAYED","effectiveDate":"2023-06-01","actor":"mallory"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ActivityTopic.recordsOf(id, 1)).extracting(r -> header(r, EventHeaders.ACTOR))
                .containsExactly(TestUser.PROGRAMME_ADMIN.subject());
    }

    @Test
    void healthIsOpenAndTheOtherManagementEndpointsAreForTheProgrammeAdmin() {
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/metrics", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", token(TestUser.VIEWER), null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", token(TestUser.PROGRAMME_ADMIN), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAnswersCarryTheSecurityHeaders() {
        HttpResponse<String> response = send("GET", "/api/imports/template.csv", token(TestUser.VIEWER), null);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self';"));
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void aCrossOriginRequestFromAnUnconfiguredOriginGetsNoCorsPermission() {
        HttpResponse<String> response = send("OPTIONS", "/api/activities", null, null,
                "Origin", "https://elders.example", "Access-Control-Request-Method", "POST");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static String token(TestUser user) {
        return TestIssuer.shared().token(user);
    }

    private HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        return TokenRequests.send(URI.create("http://localhost:" + port), method, path, token, json, headers);
    }
}
