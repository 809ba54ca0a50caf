package nl.voortgang.testsupport.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Bodies a careless or hostile client sends: other content types than JSON, bytes that are not UTF-8, no content
 * type at all. Each is sent raw, as bytes, so that no client library repairs it on the way.
 */
public final class MalformedBodies {

    private static final byte[] NOT_UTF8 = {'a', '=', (byte) 0xC3, (byte) 0x28, '&', 'b', '=', (byte) 0xFF, (byte) 0xFE};
    private static final String BOUNDARY = "voortgang-probe";

    /** What a body claims to be: JSON, an upload, or something no command endpoint takes. */
    public enum Kind { JSON, UPLOAD, OTHER }

    /**
     * One way of sending a body, with an Idempotency-Key or without (a filter reads the body of a keyed write), and a
     * query string that request parameters are read from.
     */
    public record Body(String name, String contentType, byte[] bytes, Kind kind, boolean keyed, String query) {

        Body(String name, String contentType, byte[] bytes, Kind kind) {
            this(name, contentType, bytes, kind, false, "");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public record Answer(CommandEndpoints.Endpoint endpoint, Body body, int status, String contentType, String text) {

        /** Whether the endpoint takes this kind of body at all: if not, the answer must be 415. */
        public boolean kindAccepted() {
            return body.kind() == (endpoint.takesUpload() ? Kind.UPLOAD : Kind.JSON);
        }

        @Override
        public String toString() {
            return endpoint + " with " + body + " -> " + status + " " + contentType + " " + text;
        }
    }

    private MalformedBodies() {
    }

    public static List<Body> all() {
        return List.of(
                new Body("form with invalid UTF-8", "application/x-www-form-urlencoded", NOT_UTF8, Kind.OTHER),
                new Body("form with invalid UTF-8 and an Idempotency-Key", "application/x-www-form-urlencoded", NOT_UTF8, Kind.OTHER, true, ""),
                new Body("JSON with a query string that is not UTF-8", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                        Kind.JSON, false, "?explanation=%C3%28&effectiveDate=%FF"),
                new Body("form with invalid UTF-8 declared as UTF-8", "application/x-www-form-urlencoded; charset=UTF-8", NOT_UTF8, Kind.OTHER),
                new Body("text/plain", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), Kind.OTHER),
                new Body("application/xml", "application/xml", "<a>b</a>".getBytes(StandardCharsets.UTF_8), Kind.OTHER),
                new Body("multipart/form-data", "multipart/form-data; boundary=" + BOUNDARY, multipart(), Kind.UPLOAD),
                new Body("multipart/form-data without boundary", "multipart/form-data", multipart(), Kind.UPLOAD),
                new Body("no content type", null, "{}".getBytes(StandardCharsets.UTF_8), Kind.OTHER),
                new Body("application/json with invalid UTF-8", "application/json",
                        concat("{\"title\":\"".getBytes(StandardCharsets.UTF_8), NOT_UTF8, "\"}".getBytes(StandardCharsets.UTF_8)), Kind.JSON));
    }

    /**
     * Sends every body to every command endpoint of the running application and answers what is wrong with the answers;
     * an expected path that the application does not map is a fault too, so that an empty list means something.
     */
    public static List<String> faultsOfEveryEndpoint(ApplicationContext context, String rootUri, String... expectedPaths) {
        List<CommandEndpoints.Endpoint> endpoints = CommandEndpoints.of(context);
        List<String> faults = new ArrayList<>();
        for (String path : expectedPaths) {
            if (endpoints.stream().noneMatch(endpoint -> endpoint.path().equals(path))) {
                faults.add("no command endpoint " + path + " among " + endpoints);
            }
        }
        faults.addAll(faults(send(URI.create(rootUri), endpoints)));
        return faults;
    }

    public static List<Answer> send(URI base, List<CommandEndpoints.Endpoint> endpoints) {
        List<Answer> answers = new ArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (CommandEndpoints.Endpoint endpoint : endpoints) {
                for (Body body : all()) {
                    answers.add(send(client, base, endpoint, body));
                }
            }
        }
        return answers;
    }

    /**
     * What is wrong with the answers: a 5xx, an error that is not problem+json, or a body of a kind the endpoint does not
     * take that is not refused with 415.
     */
    public static List<String> faults(List<Answer> answers) {
        List<String> faults = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.status() >= 500) {
                faults.add("server fault: " + answer);
            } else if (!answer.kindAccepted() && answer.status() != 415) {
                faults.add("not 415: " + answer);
            } else if (answer.status() >= 400 && (answer.contentType() == null
                    || !answer.contentType().startsWith("application/problem+json"))) {
                faults.add("not problem+json: " + answer);
            }
        }
        return faults;
    }

    private static Answer send(HttpClient client, URI base, CommandEndpoints.Endpoint endpoint, Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(endpoint.path() + body.query()))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .header("Authorization", "Bearer " + TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (body.keyed()) {
            request.header("Idempotency-Key", "probe-" + UUID.randomUUID());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(endpoint, body, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(endpoint + " with " + body + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart() {
        String text = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "title\r\nx\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
