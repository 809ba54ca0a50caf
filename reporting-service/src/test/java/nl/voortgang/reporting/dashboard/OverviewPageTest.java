package nl.voortgang.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class OverviewPageTest extends ReportingServiceIntegrationTest {

    @Test
    void theOverviewOffersTheAnnexesOfTheViewedDateInEveryFormat() {
        ResponseEntity<String> page = http.getForEntity("/?date=2025-03-31", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Downloaden")
                .contains("/api/reports/bijlage1?date=2025-03-31&amp;format=pdf")
                .contains("/api/reports/bijlage2?date=2025-03-31&amp;format=docx")
                .contains("/api/reports/changes?from=2024-03-18&amp;to=2025-03-31&amp;format=csv")
                .contains("Eerste voortgangsrapportage");
    }
}
