package nl.voortgang.testsupport.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

/**
 * A real OpenID Connect issuer for tests: an HTTP server on a free loopback port that publishes its discovery
 * document and its RSA key, and signs tokens with that key. The services validate these tokens exactly as they
 * validate the identity provider's in production (issuer URI, discovery, JWKS, signature, expiry); nothing of Spring
 * Security is replaced. {@link #shared()} is the issuer the services trust; {@link #stranger()} one they do not.
 */
public final class TestIssuer {

    private static final Object LOCK = new Object();
    private static TestIssuer shared;
    private static TestIssuer stranger;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
        server.createContext("/issuer/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "response_types_supported":["code"]}""".formatted(issuer)));
        server.createContext("/issuer/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    /** The issuer every service under test trusts (TestInfrastructure registers it). */
    public static TestIssuer shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = new TestIssuer();
            }
            return shared;
        }
    }

    /** A well-formed issuer with its own key that no service trusts. */
    public static TestIssuer stranger() {
        synchronized (LOCK) {
            if (stranger == null) {
                stranger = new TestIssuer();
            }
            return stranger;
        }
    }

    public String issuerUri() {
        return issuer;
    }

    /** A token valid for the next hour. */
    public String token(TestUser user) {
        Instant now = Instant.now();
        return sign(user, now, now.plus(Duration.ofHours(1)));
    }

    /** A token that expired ten minutes ago, beyond the minute of clock skew a resource server allows. */
    public String expiredToken(TestUser user) {
        Instant now = Instant.now();
        return sign(user, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10)));
    }

    /**
     * Makes every request of the template carry the user's token, unless the request sets its own Authorization
     * header. Replaces the template's interceptors, so calling it again switches the user.
     */
    public void signIn(RestTemplate template, TestUser user) {
        String bearer = "Bearer " + token(user);
        ClientHttpRequestInterceptor interceptor = (request, body, execution) -> {
            if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, bearer);
            }
            return execution.execute(request, body);
        };
        template.getInterceptors().clear();
        template.getInterceptors().add(interceptor);
    }

    public HttpHeaders bearer(TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(user));
        return headers;
    }

    private String sign(TestUser user, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.subject())
                .audience("voortgang")
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", user.name())
                .claim("roles", user.roles())
                .claim("parties", user.parties())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
