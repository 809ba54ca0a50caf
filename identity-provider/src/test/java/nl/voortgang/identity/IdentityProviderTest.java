package nl.voortgang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.voortgang.infra.Ports;
import nl.voortgang.testsupport.security.BrowserLogin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The local provider issues the claims docs/adr/0013 names, through the flows the dashboard and the tests use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityProviderTest {

    private static final int PORT = Ports.freePort();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final URI DASHBOARD = URI.create("http://localhost:8080/login/oauth2/code/voortgang");

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", ISSUER::toString);
    }

    @Test
    void anEditorLogsInForTheDashboardWithPkceAndGetsTheirMinistryInTheToken() {
        Map<?, ?> claims = claims(BrowserLogin.accessToken(ISSUER, "voortgang-dashboard", DASHBOARD, "ocw", "ocw-voorbeeld"));

        assertThat(claims.get("iss")).isEqualTo(ISSUER.toString());
        assertThat(claims.get("sub")).isEqualTo("ocw");
        assertThat(claims.get("name")).isEqualTo("Olga van OCW");
        assertThat(claims.get("roles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("editor");
        assertThat(claims.get("parties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("OCW");
    }

    @Test
    void theTestClientGetsAProgrammeAdminTokenOfItsOwn() {
        Map<?, ?> claims = claims(BrowserLogin.clientToken(ISSUER, "voortgang-tests", "tests-voorbeeld-geheim"));

        assertThat(claims.get("sub")).isEqualTo("voortgang-tests");
        assertThat(claims.get("roles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("programme-admin");
    }

    @Test
    void withTheProductionProfileTheExampleUsersRefuseToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityProviderApplication.class).profiles("prod")
                .run("--server.port=0").close())
                .rootCause().hasMessageContaining("example credentials")
                .hasMessageContaining("voortgang.identity.users[0].password")
                .hasMessageContaining("voortgang-tests.registration.client-secret");
    }

    private static Map<?, ?> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readValue(payload, Map.class);
    }
}
