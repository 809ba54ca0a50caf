package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.voortgang.activity.ActivityServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class OpenApiTest extends ActivityServiceIntegrationTest {

    @Test
    void theApiIsDescribedInDutchDomainTermsWithExamples() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody())
                .contains("/api/activities/{id}/status", "/api/activities/{id}/delay", "/api/activities/{id}/completion",
                        "/api/activities/{id}/progress", "/api/activities/{id}/abort", "/api/activities/{id}/reopen",
                        "/api/activities/{id}/responsible", "/api/activities/{id}/details")
                .contains("Status wijzigen", "Vertraging vastleggen", "Activiteit afronden", "Voortgang rapporteren")
                .contains("If-Match", "deelnemers workshops", "De aanbesteding van de campagne liep vertraging op.");
    }

    @Test
    void swaggerUiIsServed() {
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is4xxClientError()).isFalse();
    }
}
