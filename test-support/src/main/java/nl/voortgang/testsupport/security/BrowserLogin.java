package nl.voortgang.testsupport.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs a user in at the local identity provider the way a browser does for the dashboard: the authorization-code
 * flow with PKCE, through the real login form (with its CSRF token), and answers the access token. Tests take tokens
 * for the example users this way, so the flow the dashboard depends on is exercised on every run.
 */
public final class BrowserLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private BrowserLogin() {
    }

    public static String accessToken(URI issuer, String clientId, URI redirectUri, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String verifier = randomUrlSafe();
        String state = randomUrlSafe();
        URI authorize = issuer.resolve("/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri.toString(), "scope", "openid profile", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
        HttpResponse<String> toLogin = send(browser, HttpRequest.newBuilder(authorize).GET());
        URI loginPage = location(authorize, toLogin);
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(loginPage).GET());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF token: " + page.body());
        }
        HttpResponse<String> loggedIn = send(browser, HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1))))));
        URI next = location(loginPage, loggedIn);
        while (!next.toString().startsWith(redirectUri.toString())) {
            next = location(next, send(browser, HttpRequest.newBuilder(next).GET()));
        }
        String code = queryParameter(next, "code");
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirectUri.toString(), "client_id", clientId, "code_verifier", verifier)))));
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("the token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        return accessToken.group(1);
    }

    /** A client-credentials token of a confidential client, for service-to-service calls and test set-up. */
    public static String clientToken(URI issuer, String clientId, String secret) {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> token = send(client, HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=voortgang")));
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("the token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        return accessToken.group(1);
    }

    private static URI location(URI base, HttpResponse<String> response) {
        return base.resolve(response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect from " + base + ", got " + response.statusCode() + ": " + response.body())));
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException(uri + " has no " + name);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
