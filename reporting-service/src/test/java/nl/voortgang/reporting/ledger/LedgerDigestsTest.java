package nl.voortgang.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.voortgang.contracts.Topics;
import nl.voortgang.ledger.Digest;
import nl.voortgang.ledger.DigestCodec;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LedgerDigestsTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();
    private static final String HASH = "ab".repeat(32);

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void everyReportAndTheAuditExportNameTheLatestDigestOfEachService() {
        publisher.send(Topics.LEDGER_DIGESTS, "digest-test-service", DigestCodec.encode(new Digest("digest-test-service", 41,
                "cd".repeat(32), Instant.parse("2024-03-18T08:00:00Z"))), Map.of());
        publisher.send(Topics.LEDGER_DIGESTS, "digest-test-service", DigestCodec.encode(new Digest("digest-test-service", 42,
                HASH, Instant.parse("2024-03-18T09:00:00Z"))), Map.of());
        publisher.send(Topics.LEDGER_DIGESTS, "digest-test-service", "not a digest".getBytes(StandardCharsets.UTF_8), Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM reporting_control.ledger_digest WHERE service = 'digest-test-service'")
                .query(Long.class).single() == 2);

        String citation = "Grootboek digest-test-service: positie 42, hash " + HASH;
        assertThat(http.getForObject("/api/reports/bijlage1?date=2024-03-18", String.class)).contains(citation)
                .doesNotContain("positie 41,");
        assertThat(http.getForObject("/api/reports/bijlage2?date=2024-03-18&format=csv", String.class))
                .contains("Grootboek;" + citation);
        assertThat(http.getForObject("/api/reports/changes?from=2024-01-01&to=2024-03-18", String.class)).contains(citation);
        assertThat(http.getForObject("/api/audit?format=csv", String.class)).contains("\"# ledger\",\"" + citation + "\"");
    }
}
