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

/** A browser without a session goes to the identity provider; the pages carry the headers that keep scripts in. */
class DashboardAccessHttpTest extends ReportingServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserThatIsNotLoggedInIsSentToTheLogin() {
        HttpResponse<String> page = TokenRequests.send(base(), "GET", "/", null, null, "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/voortgang"));
    }

    @Test
    void aViewerSeesTheOverviewWithTheirNameButNoRegistrationAndTheSecurityHeaders() {
        HttpResponse<String> page = TokenRequests.send(base(), "GET", "/", TestIssuer.shared().token(TestUser.VIEWER), null,
                "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aangemeld als <strong>" + TestUser.VIEWER.name() + "</strong>")
                .doesNotContain("Activiteit registreren");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void theProgrammeAdminSeesTheRegistrations() {
        HttpResponse<String> page = TokenRequests.send(base(), "GET", "/", TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN),
                null, "Accept", "text/html");

        assertThat(page.body()).contains("Activiteit registreren");
    }

    @Test
    void aCommandThroughTheDashboardWithASessionCookieButNoCsrfTokenIsRefused() {
        HttpResponse<String> forged = TokenRequests.send(base(), "POST", "/dashboard/commands/activities/a-1/status", null,
                "{}", "Cookie", "VOORTGANG_SESSION=someone-elses-session");

        assertThat(forged.statusCode()).isIn(401, 403);
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }
}
