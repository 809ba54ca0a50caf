package nl.voortgang.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The report, stream and query endpoints answer a malformed query as a client's mistake, never with 5xx, quoting the trace id. */
class MalformedQueryTest extends ReportingServiceIntegrationTest {

    @Test
    void aQueryThatIsNotUtf8IsAClientMistake() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        for (String path : List.of("/api/reports/bijlage1?format=%FF", "/api/reports/bijlage2?programme=%FF%FE",
                "/api/reports/changes?from=%FF&to=2024-01-01", "/api/events/stream?responsible=%FF",
                "/api/audit?actor=%FF", "/api/activities?responsible=%C3")) {
            ResponseEntity<String> response = http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode().is5xxServerError()).as(path + " answered " + response.getStatusCode())
                    .isFalse();
        }
    }

    @Test
    void aProblemAnswerQuotesTheTraceIdOfItsRequest() {
        ResponseEntity<Map> refused = http.getForEntity("/api/activities?date=01-03-2024", Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("traceId")).matches("[0-9a-f]{32}");
    }
}
