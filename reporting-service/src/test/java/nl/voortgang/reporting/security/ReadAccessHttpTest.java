package nl.voortgang.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.security.TokenRequests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The read models need a role; rebuilding them is for the programme-admin. */
class ReadAccessHttpTest extends ReportingServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void readsWithoutATokenOrWithAnExpiredOrForeignOneAreRefused() {
        assertThat(get("/api/programme/summary", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/programme/summary", TestIssuer.shared().expiredToken(TestUser.VIEWER)).statusCode()).isEqualTo(401);
        assertThat(get("/api/programme/summary", TestIssuer.stranger().token(TestUser.VIEWER)).statusCode()).isEqualTo(401);
    }

    @Test
    void aViewerReadsButDoesNotRebuild() {
        String viewer = TestIssuer.shared().token(TestUser.VIEWER);

        assertThat(get("/api/programme/summary", viewer).statusCode()).isEqualTo(200);
        assertThat(TokenRequests.send(base(), "POST", "/api/admin/rebuild", viewer, null).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", viewer).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) {
        return TokenRequests.send(base(), "GET", path, token, null);
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }
}
