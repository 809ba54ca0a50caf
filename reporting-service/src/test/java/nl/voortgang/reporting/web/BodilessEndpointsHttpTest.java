package nl.voortgang.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two endpoints that read no body, the dead-letter replay and the container's error page, against the bodies a
 * client can send wrongly: never a 5xx, every refusal problem+json, a body too large refused before anything reads it.
 * Asked for directly, the error page is not there.
 */
class BodilessEndpointsHttpTest extends ReportingServiceIntegrationTest {

    private static final byte[] INVALID_UTF8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    @ParameterizedTest
    @ValueSource(strings = {"/api/admin/dead-letters/replay", "/error"})
    void badBodiesGetAProblemAndNeverAServerFault(String path) {
        byte[] huge = new byte[13 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        List<ResponseEntity<String>> answers = List.of(
                post(path, INVALID_UTF8, MediaType.APPLICATION_JSON),
                post(path, "status=AFGEROND".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED),
                post(path, "geen json".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN),
                post(path, huge, MediaType.APPLICATION_JSON),
                post(path, deep.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON));

        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode().is5xxServerError()).as(path + " answered " + answer).isFalse();
            if (answer.getStatusCode().isError()) {
                assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .as(path + " answered " + answer).isTrue();
            }
        }
        // The replay reads no body, so it ignores one it can read and runs (idempotently); the error page is not there.
        int ignored = path.equals("/error") ? 404 : 200;
        assertThat(answers.stream().map(answer -> answer.getStatusCode().value()).toList())
                .containsExactly(ignored, ignored, ignored, 413, ignored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE"})
    void theErrorPageAskedForDirectlyIsNotFound(String method) {
        ResponseEntity<String> answer = http.exchange("/error", HttpMethod.valueOf(method), null, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    private ResponseEntity<String> post(String path, byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
