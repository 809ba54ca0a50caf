package nl.voortgang.activity.web;

import static nl.voortgang.activity.ActivityTopic.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

class ActivityLifecycleHttpTest extends ActivityServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeIsItsOwnEventOnKafkaInOrderWithItsVersion() {
        String id = registerActivity();

        assertWritten(post(path(id, "status"), """
                {"status":"ONGOING","explanation":"Loopt het hele programma door.","effectiveDate":"2023-06-01"}"""), id, 1);
        assertWritten(post(path(id, "delay"), """
                {"newPlanning":"Q2 2024","reason":"De aanbesteding liep vertraging op.","effectiveDate":"2023-11-01"}"""), id, 2);
        assertWritten(post(path(id, "progress"), """
                {"period":"2023","text":"Workshops op scholen gegeven.","figures":{"deelnemers workshops":8320},
                 "effectiveDate":"2023-12-31"}"""), id, 3);
        assertWritten(post(path(id, "responsible"), """
                {"responsible":["OCW","VWS"],"explanation":"VWS draagt mede bij.","effectiveDate":"2024-01-10"}"""), id, 4);
        assertWritten(post(path(id, "details"), """
                {"title":"Campagne gewenste omgangsvormen op de werkvloer","explanation":"Titel verduidelijkt."}"""), id, 5);
        assertWritten(post(path(id, "completion"), """
                {"explanation":"De campagne is gelanceerd.","effectiveDate":"2024-03-21"}"""), id, 6);
        assertWritten(post(path(id, "reopen"), """
                {"status":"IN_PROGRESS","explanation":"Een tweede campagne volgt.","effectiveDate":"2024-09-01"}"""), id, 7);
        assertWritten(post(path(id, "abort"), """
                {"reason":"Geen doelmatige besteding van middelen.","effectiveDate":"2024-10-01"}"""), id, 8);

        List<ConsumerRecord<String, byte[]>> records = ActivityTopic.recordsOf(id, 9);
        assertThat(records).extracting(r -> header(r, EventHeaders.EVENT_TYPE)).containsExactly(
                "ActivityRegistered", "ActivityStatusChanged", "ActivityDelayed", "ActivityProgressReported",
                "ActivityResponsibleChanged", "ActivityDetailsCorrected", "ActivityCompleted", "ActivityReopened",
                "ActivityAborted");
        assertThat(records).extracting(r -> header(r, EventHeaders.SEQUENCE_NUMBER))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(records).allSatisfy(r -> assertThat(header(r, EventHeaders.ACTOR)).isEqualTo(TestUser.PROGRAMME_ADMIN.subject()));
        assertThat(header(records.get(2), EventHeaders.EFFECTIVE_DATE)).isEqualTo("2023-11-01");
        assertThat(payload(records.get(2))).contains("\"previousStatus\":\"ONGOING\"")
                .contains("\"originalPlanning\":{\"text\":\"Q4 2023\"").contains("\"newPlanning\":{\"text\":\"Q2 2024\"");
        assertThat(payload(records.get(3))).contains("\"deelnemers workshops\":8320");
    }

    @Test
    void completionAndReopeningNeedNoBody() {
        String id = registerActivity();

        assertWritten(http.postForEntity(path(id, "completion"), null, Map.class), id, 1);
        assertWritten(http.postForEntity(path(id, "reopen"), null, Map.class), id, 2);
    }

    @Test
    void aWriteWithTheCurrentVersionInIfMatchIsAccepted() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "status"), "{\"status\":\"ONGOING\"}", ifMatch("\"0\""));

        assertWritten(response, id, 1);
    }

    @Test
    void aWriteWithAStaleVersionInIfMatchIsRefusedWithTheCurrentVersionAndOverwritesNothing() {
        String id = registerActivity();
        post(path(id, "status"), "{\"status\":\"ONGOING\"}");

        ResponseEntity<Map> stale = post(path(id, "delay"), """
                {"newPlanning":"Q2 2024","reason":"Later."}""", ifMatch("\"0\""));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale.getBody().get("currentVersion")).isEqualTo(1);
        assertThat(stale.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsReportedBeforeARuleTheClientCouldNotHaveSeen() {
        String id = registerActivity();
        post(path(id, "completion"), "{}");

        ResponseEntity<Map> stale = post(path(id, "status"), "{\"status\":\"ONGOING\"}", ifMatch("\"0\""));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void anIfMatchThatIsNoVersionIsABadRequest() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "status"), "{\"status\":\"ONGOING\"}", ifMatch("\"abc\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("If-Match");
    }

    @Test
    void aRetriedStatusChangeWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresOneEvent() {
        String id = registerActivity();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "status-" + id);

        ResponseEntity<Map> first = post(path(id, "status"), "{\"status\":\"ONGOING\"}", headers);
        ResponseEntity<Map> retry = post(path(id, "status"), "{\"status\":\"ONGOING\"}", headers);

        assertWritten(first, id, 1);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aChangeThatChangesNothingIsAConflictWithASentence() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "status"), "{\"status\":\"IN_PROGRESS\"}");

        assertProblem(response, HttpStatus.CONFLICT, "Dit verandert niets");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aClosedActivityOnlyChangesStatusThroughReopening() {
        String id = registerActivity();
        post(path(id, "completion"), "{}");

        assertProblem(post(path(id, "status"), "{\"status\":\"ONGOING\"}"), HttpStatus.CONFLICT, "heropen haar eerst");
        assertProblem(post(path(id, "delay"), "{\"newPlanning\":\"2025\",\"reason\":\"Later.\"}"), HttpStatus.CONFLICT,
                "heropen haar eerst");
    }

    @Test
    void aDelayThatDoesNotEndLaterIsAConflict() {
        String id = registerActivity();

        assertProblem(post(path(id, "delay"), "{\"newPlanning\":\"Q3 2023\",\"reason\":\"Eerder?\"}"), HttpStatus.CONFLICT,
                "eindigt niet later dan 'Q4 2023'");
    }

    @Test
    void aDelayToAPlanningThatCannotBeReadNamesTheFieldAndTheAcceptedForms() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "delay"), "{\"newPlanning\":\"na de zomer\",\"reason\":\"Later.\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "Vanaf Q2 2023");
        assertThat(fields(response)).containsExactly("newPlanning");
    }

    @Test
    void anUnknownActivityIsNotFound() {
        assertProblem(post(path("no-such-activity", "status"), "{\"status\":\"ONGOING\"}"), HttpStatus.NOT_FOUND,
                "no-such-activity");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheAllowedValues() {
        String id = registerActivity();

        assertProblem(post(path(id, "status"), "{\"status\":\"KLAAR\"}"), HttpStatus.BAD_REQUEST,
                "toegestaan zijn: COMPLETED, IN_PROGRESS, ONGOING, DELAYED, NOT_STARTED, ABORTED, UNKNOWN");
    }

    @Test
    void completingThroughAStatusChangeIsRefusedWithTheEndpointToUse() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "status"), "{\"status\":\"COMPLETED\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "/completion");
        assertThat(fields(response)).containsExactly("status");
    }

    @Test
    void aTitleOver300CharactersIsRefusedNamingTheField() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "details"), "{\"title\":\"" + "t".repeat(301) + "\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "title");
        assertThat(fields(response)).containsExactly("title");
    }

    @Test
    void aTextOver10000CharactersIsRefusedNamingTheField() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "progress"), "{\"period\":\"2024\",\"text\":\"" + "t".repeat(10_001) + "\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "text");
        assertThat(fields(response)).containsExactly("text");
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingTheField() {
        String id = registerActivity();

        ResponseEntity<Map> response = post(path(id, "abort"), "{}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "reason");
        assertThat(fields(response)).containsExactly("reason");
    }

    @Test
    void anEffectiveDateInTheFutureIsRefused() {
        String id = registerActivity();

        assertProblem(post(path(id, "status"), "{\"status\":\"ONGOING\",\"effectiveDate\":\"2999-01-01\"}"),
                HttpStatus.BAD_REQUEST, "in de toekomst");
    }

    @Test
    void anEffectiveDateBeforeTheRegistrationIsRefused() {
        String id = registerActivity();

        assertProblem(post(path(id, "status"), "{\"status\":\"ONGOING\",\"effectiveDate\":\"2022-12-31\"}"),
                HttpStatus.BAD_REQUEST, "ligt voor de registratie");
    }

    @Test
    void clientMistakesInTheBodyAreBadRequestsNeverServerFaults() {
        String id = registerActivity();

        assertProblem(post(path(id, "status"), "{\"status\": "), HttpStatus.BAD_REQUEST, "geen geldige JSON");
        assertProblem(post(path(id, "status"), ""), HttpStatus.BAD_REQUEST, "geen inhoud");
        assertProblem(post(path(id, "status"), "[1, 2]"), HttpStatus.BAD_REQUEST, "");
        assertProblem(post(path(id, "responsible"), "{\"responsible\":\"OCW\"}"), HttpStatus.BAD_REQUEST, "responsible");
        assertProblem(post(path(id, "progress"), "{\"period\":\"2024\",\"text\":\"t\",\"figures\":{\"deelnemers\":\"veel\"}}"),
                HttpStatus.BAD_REQUEST, "figures");
        assertProblem(post(path(id, "status"), "{\"status\":\"ONGOING\",\"effectiveDate\":\"1 maart\"}"),
                HttpStatus.BAD_REQUEST, "jjjj-mm-dd");
        assertProblem(post(path(id, "status"), "{\"status\":\"ONGOING\",\"actor\":\"iemand anders\"}"),
                HttpStatus.BAD_REQUEST, "Veld 'actor' hoort niet bij dit verzoek; de velden zijn: effectiveDate, explanation, status");
        assertProblem(post(path(id, "status"), "{\"status\":3}"), HttpStatus.BAD_REQUEST, "status");
        assertThat(http.postForEntity(path(id, "status"), new HttpEntity<>("status=ONGOING", textPlain()), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    private static String path(String id, String change) {
        return "/api/activities/" + id + "/" + change;
    }

    private static void assertWritten(ResponseEntity<Map> response, String id, int version) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("id", id).containsEntry("version", version);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"" + version + "\"");
    }

    private static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains(detail);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private int storedEvents(String id) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", id).query(Integer.class).single();
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static HttpHeaders textPlain() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        return headers;
    }
}
