package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import nl.voortgang.localstack.Endpoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The programme on several dates, as effective and as known then, for a history built through the
 * real command services that includes a back-dated correction: the report as it was known before
 * the correction can still be reproduced, and the state as known now includes the correction.
 */
class BackDatedCorrectionScenarioIT {

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void anActivityOnSeveralDatesAsEffectiveAndAsKnownBeforeAndAfterABackDatedDelay() {
        String id = created(Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":3,"code":"NAP-9.31","title":"Onderzoek naar seksueel geweld in de zorg",
                 "planning":"Q4 2023","responsible":["VWS"],"status":"NOT_STARTED","effectiveDate":"2023-01-13"}"""));
        write(Http.post(stack.activityService(), "/api/activities/" + id + "/status", """
                {"status":"IN_PROGRESS","explanation":"Het onderzoek is gestart.","effectiveDate":"2023-06-01"}"""));
        awaitVersion("/api/activities/" + id, 1);
        Instant beforeCorrection = Instant.now();
        awaitVersion("/api/activities/" + id + "?knownAt=" + beforeCorrection, 1);

        write(Http.post(stack.activityService(), "/api/activities/" + id + "/delay", """
                {"newPlanning":"Q1 2024","reason":"De aanbesteding duurde langer; de planning is daarom bijgesteld.",
                 "effectiveDate":"2023-03-01"}"""));
        write(Http.post(stack.activityService(), "/api/activities/" + id + "/completion", """
                {"explanation":"Het onderzoek is afgerond op 28 februari 2024.","effectiveDate":"2024-02-28"}"""));
        awaitVersion("/api/activities/" + id, 3);

        JsonNode april2023Now = activity(id, "date=2023-04-01");
        assertThat(april2023Now.get("status").asString()).isEqualTo("DELAYED");
        assertThat(april2023Now.get("planning").get("text").asString()).isEqualTo("Q1 2024");
        assertThat(april2023Now.get("originalPlanning").get("text").asString()).isEqualTo("Q4 2023");

        JsonNode april2023AsKnownBefore = activity(id, "date=2023-04-01&knownAt=" + beforeCorrection);
        assertThat(april2023AsKnownBefore.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(april2023AsKnownBefore.get("planning").get("text").asString()).isEqualTo("Q4 2023");

        JsonNode july2023Now = activity(id, "date=2023-07-01");
        assertThat(july2023Now.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(july2023Now.get("planning").get("text").asString()).isEqualTo("Q1 2024");
        JsonNode july2023AsKnownBefore = activity(id, "date=2023-07-01&knownAt=" + beforeCorrection);
        assertThat(july2023AsKnownBefore.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(july2023AsKnownBefore.get("planning").get("text").asString()).isEqualTo("Q4 2023");

        JsonNode march2024 = activity(id, "date=2024-03-18");
        assertThat(march2024.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(march2024.get("statusLabel").asString()).isEqualTo("Afgerond");
        assertThat(activity(id, "date=2024-03-18&knownAt=" + beforeCorrection).get("status").asString())
                .isEqualTo("IN_PROGRESS");

        assertThat(Http.get(stack.reportingService(), "/api/activities/" + id + "?date=2022-12-31").status()).isEqualTo(404);
        JsonNode history = Http.get(stack.reportingService(), "/api/activities/" + id + "/history").body();
        assertThat(history.toString()).contains("DELAYED").contains("COMPLETED");
    }

    @Test
    void aMotieFulfilledWithABackDatedDocumentIsFulfilledFromThatDateAndOpenAsKnownBefore() {
        String id = created(Http.post(stack.motieService(), "/api/moties", """
                {"programme":"NAP","submitters":["Mutluer"],"parliamentaryYear":"2022/23","dossier":"34843","number":"81",
                 "text":"De Tweede Kamer verzoekt de regering een onderzoek te doen naar een doorlopende lijn van relationele en seksuele vorming.",
                 "responsible":["SOCW"],"status":"IN_PROGRESS","effectiveDate":"2023-04-04"}"""));
        awaitVersion("/api/moties/" + id, 0);
        Instant beforeFulfilment = Instant.now();
        awaitVersion("/api/moties/" + id + "?knownAt=" + beforeFulfilment, 0);

        write(Http.post(stack.motieService(), "/api/moties/" + id + "/fulfilment", """
                {"document":"Kamerstukken II 2023/24, 34843, nr. 100","explanation":"Hiermee is invulling gegeven aan de motie.",
                 "effectiveDate":"2024-01-15"}"""));
        awaitVersion("/api/moties/" + id, 1);

        JsonNode february2024 = Http.get(stack.reportingService(), "/api/moties/" + id + "?date=2024-02-01").body();
        assertThat(february2024.get("status").asString()).isEqualTo("FULFILLED");
        assertThat(february2024.get("fulfilledBy").asString()).isEqualTo("Kamerstukken II 2023/24, 34843, nr. 100");
        JsonNode december2023 = Http.get(stack.reportingService(), "/api/moties/" + id + "?date=2023-12-01").body();
        assertThat(december2023.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode february2024AsKnownBefore = Http.get(stack.reportingService(),
                "/api/moties/" + id + "?date=2024-02-01&knownAt=" + beforeFulfilment).body();
        assertThat(february2024AsKnownBefore.get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as("answer %s", response.body()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    private static void write(Http.Response response) {
        assertThat(response.status()).as("answer %s", response.body()).isEqualTo(200);
    }

    private static JsonNode activity(String id, String query) {
        Http.Response response = Http.get(stack.reportingService(), "/api/activities/" + id + "?" + query);
        assertThat(response.status()).as("answer %s", response.body()).isEqualTo(200);
        return response.body();
    }

    private static void awaitVersion(String path, long version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Http.Response response = Http.get(stack.reportingService(), path);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("version").asLong()).isEqualTo(version);
        });
    }
}
