package nl.voortgang.system;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.testsupport.security.BrowserLogin;

/**
 * Tokens from the running stack's own identity provider: the test client's (programme-admin, by client
 * credentials) for set-up and checks, and the example users' through the dashboard's login flow. A token is fetched
 * again before the provider's five-minute lifetime runs out.
 */
final class LocalTokens {

    static final String TEST_CLIENT = "voortgang-tests";
    private static final String TEST_CLIENT_SECRET = "tests-voorbeeld-geheim";
    private static final Duration REUSE_FOR = Duration.ofMinutes(4);

    private static String clientToken;
    private static Instant fetchedAt = Instant.MIN;

    private LocalTokens() {
    }

    static synchronized String testClient() {
        if (Instant.now().isAfter(fetchedAt.plus(REUSE_FOR))) {
            clientToken = BrowserLogin.clientToken(RunningStack.endpoints().identityProvider(), TEST_CLIENT, TEST_CLIENT_SECRET);
            fetchedAt = Instant.now();
        }
        return clientToken;
    }

    /** A fresh token of the test client from another stack's identity provider. */
    static String testClientOf(Endpoints stack) {
        return BrowserLogin.clientToken(stack.identityProvider(), TEST_CLIENT, TEST_CLIENT_SECRET);
    }

    /** Logs an example user in for the dashboard (password {@code <user>-voorbeeld}) and answers the access token. */
    static String exampleUser(String username) {
        Endpoints stack = RunningStack.endpoints();
        return BrowserLogin.accessToken(stack.identityProvider(), "voortgang-dashboard",
                URI.create("http://localhost:8080/login/oauth2/code/voortgang"), username, username + "-voorbeeld");
    }
}
