package nl.voortgang.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemResponseTest {

    @Test
    void aProblemHasAStableTypeAndCodeWithTheDutchTitleAndDetail() {
        ResponseEntity<Object> response = ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-value", "Ongeldige waarde",
                "title is verplicht.").field("title").response();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail body = (ProblemDetail) response.getBody();
        assertThat(body.getType()).isEqualTo(URI.create("https://voortgang.nl/problems/invalid-value"));
        assertThat(body.getTitle()).isEqualTo("Ongeldige waarde");
        assertThat(body.getDetail()).isEqualTo("title is verplicht.");
        assertThat(body.getProperties()).containsEntry("code", "invalid-value")
                .containsEntry("errors", List.of(new ProblemResponse.FieldProblem("title", "title is verplicht.")));
    }

    @Test
    void aBrokenRuleNamesItsOwnCodeAndExtraProperties() {
        ProblemDetail body = ProblemResponse.of(HttpStatus.CONFLICT, "rule-violated", "Niet toegestaan", "Dit verandert niets.")
                .code("nothing-changes").with("currentVersion", 3L).body();

        assertThat(body.getProperties()).containsEntry("code", "nothing-changes").containsEntry("currentVersion", 3L)
                .doesNotContainKey("errors");
    }
}
