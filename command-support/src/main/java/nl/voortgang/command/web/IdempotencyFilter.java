package nl.voortgang.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import nl.voortgang.problem.DatabaseUnavailable;
import nl.voortgang.problem.ProblemResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write sent with an Idempotency-Key runs in one transaction with the storing of its first
 * successful answer; the events the command stores join that transaction. A retry with the same
 * key and body gets the stored answer and stores nothing; a concurrent retry waits on the key's
 * row until the first has committed. The same key with another request is refused with 422.
 * Failed writes keep nothing, so they may be retried with the same key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonMapper canonicalJson = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public IdempotencyFilter(IdempotencyStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod())
                || (contentType != null && contentType.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            writeProblem(response, ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Ongeldige Idempotency-Key", HEADER + " moet 1 tot en met " + MAX_KEY_LENGTH
                            + " tekens lang zijn, bijvoorbeeld een UUID.").field(HEADER).response());
            return;
        }
        BufferedRequest buffered = new BufferedRequest(request);
        String hash = hash(request.getMethod(), request.getRequestURI(), canonical(buffered.body));
        ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> handle(key, hash, buffered, caching, chain, status));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            ResponseEntity<Object> unavailable = ProblemResponses.storeUnavailable();
            unavailable.getHeaders().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
            writeProblem(response, unavailable);
            return;
        }
        switch (outcome) {
            case Outcome.Replay replay -> replay(replay.answer(), response);
            case Outcome.Mismatch mismatch -> writeProblem(response, ProblemResponse.of(
                    HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key al gebruikt",
                    "Deze " + HEADER + " is al gebruikt voor een ander verzoek (" + mismatch.answer().method() + " "
                            + mismatch.answer().path() + "); gebruik een nieuwe sleutel voor een nieuw verzoek.").response());
            case Outcome.Executed executed -> caching.copyBodyToResponse();
        }
    }

    private Outcome handle(String key, String hash, BufferedRequest request, ContentCachingResponseWrapper response,
                           FilterChain chain, TransactionStatus status) {
        Optional<IdempotencyStore.Answer> earlier = store.claim(key, hash, request.getMethod(), request.getRequestURI());
        if (earlier.isPresent()) {
            return earlier.get().requestHash().equals(hash) ? new Outcome.Replay(earlier.get()) : new Outcome.Mismatch(earlier.get());
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
        int code = response.getStatus();
        if (code >= 200 && code < 300 && !status.isRollbackOnly()) {
            store.complete(key, code, response.getContentType(), response.getHeader(HttpHeaders.LOCATION),
                    response.getHeader(HttpHeaders.ETAG), response.getContentAsByteArray());
        } else {
            status.setRollbackOnly();
        }
        return new Outcome.Executed();
    }

    private static void replay(IdempotencyStore.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private void writeProblem(HttpServletResponse response, ResponseEntity<Object> problem) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
    }

    /** The same JSON with its fields in another order is the same request. */
    private byte[] canonical(byte[] body) {
        try {
            return canonicalJson.writeValueAsBytes(canonicalJson.readValue(body, Object.class));
        } catch (JacksonException e) {
            return body;
        }
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private sealed interface Outcome {
        record Replay(IdempotencyStore.Answer answer) implements Outcome {
        }

        record Mismatch(IdempotencyStore.Answer answer) implements Outcome {
        }

        record Executed() implements Outcome {
        }
    }

    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
