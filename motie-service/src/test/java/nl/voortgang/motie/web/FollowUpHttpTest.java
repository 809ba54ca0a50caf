package nl.voortgang.motie.web;

import static nl.voortgang.motie.MotieTopic.eventTypes;
import static nl.voortgang.motie.MotieTopic.header;
import static nl.voortgang.motie.MotieTopic.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.motie.MotieTopic;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class FollowUpHttpTest extends MotieServiceIntegrationTest {

    static final String MOTIE = """
            {"programme":"NAP","submitters":["Van der Laan c.s."],"adoptedDate":"2023-04-04",
             "parliamentaryYear":"2022/23","dossier":"34843","number":"80",
             "text":"De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren.",
             "responsible":["SOCW"],"status":"NOT_STARTED","effectiveDate":"2023-04-04"}""";
    static final String TOEZEGGING = """
            {"programme":"NAP","occasion":"Commissiedebat seksuele intimidatie","occasionDate":"2023-05-10",
             "text":"De minister stuurt na de zomer een brief over daderprofielen straatintimidatie.",
             "responsible":["SOCW","MJenV"],"dueText":"na de zomer","effectiveDate":"2023-05-10"}""";

    @Test
    void aMotieIsFollowedFromRegistrationToFulfilmentAndEveryChangeReachesKafkaInOrder() {
        ResponseEntity<Map> registered = post("/api/moties", MOTIE);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) registered.getBody().get("id");
        assertThat(registered.getHeaders().getLocation()).hasPath("/api/moties/" + id);
        assertThat(registered.getHeaders().getETag()).isEqualTo("\"0\"");

        assertWritten(post(path(id, "progress"), """
                {"status":"IN_PROGRESS","text":"Het onderzoek is gestart.","effectiveDate":"2023-09-22"}"""), id, 1);
        assertWritten(post(path(id, "progress"), """
                {"status":"IN_PROGRESS","text":"De resultaten zijn gedeeld (Kamerstukken II 2023/24, 28345, nr. 269).","effectiveDate":"2024-01-10"}"""), id, 2);
        assertWritten(post(path(id, "responsibility"), """
                {"responsible":["SLMZ"],"explanation":"Kabinetswissel","effectiveDate":"2024-07-02"}"""), id, 3);
        assertWritten(post(path(id, "text"), """
                {"text":"De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is en de Kamer te informeren.","explanation":"Volledige tekst"}"""), id, 4);
        assertWritten(post(path(id, "due-date"), """
                {"dueText":"eind 2099","explanation":"Nieuwe termijn"}"""), id, 5);
        assertWritten(post(path(id, "fulfilment"), """
                {"document":"Kamerstukken II 2024/25, 28345, nr. 281","explanation":"Hiermee is invulling gegeven aan de motie.","effectiveDate":"2024-12-19"}"""), id, 6);

        List<ConsumerRecord<String, byte[]>> records = MotieTopic.awaitRecords(id, found -> found.size() >= 7, Duration.ofSeconds(90));
        assertThat(eventTypes(records)).containsExactly("MotieRegistered", "FollowUpProgressRecorded", "FollowUpProgressRecorded",
                "FollowUpResponsibilityReassigned", "FollowUpTextCorrected", "FollowUpDueDateChanged", "FollowUpFulfilled");
        assertThat(records).extracting(r -> header(r, EventHeaders.SEQUENCE_NUMBER)).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(records).extracting(r -> header(r, EventHeaders.ACTOR)).containsOnly(TestUser.PROGRAMME_ADMIN.subject());
        assertThat(header(records.get(1), EventHeaders.EFFECTIVE_DATE)).isEqualTo("2023-09-22");
        assertThat(value(records.get(3))).contains("\"previousResponsible\":[\"SOCW\"]").contains("\"responsible\":[\"SLMZ\"]");
        assertThat(value(records.get(5))).contains("\"dueText\":\"eind 2099\"").contains("\"dueDate\":\"2099-12-31\"");
        assertThat(value(records.get(6))).contains("\"previousStatus\":\"IN_PROGRESS\"").contains("28345, nr. 281");
    }

    @Test
    void aToezeggingKeepsItsDueTextAndTheDateReadFromIt() {
        ResponseEntity<Map> registered = post("/api/toezeggingen", TOEZEGGING);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) registered.getBody().get("id");
        assertThat(registered.getHeaders().getLocation()).hasPath("/api/toezeggingen/" + id);

        ConsumerRecord<String, byte[]> record = MotieTopic.awaitEventType(id, "ToezeggingRegistered").getFirst();
        assertThat(value(record)).contains("\"dueText\":\"na de zomer\"").contains("\"dueDate\":\"2023-09-30\"");
        assertThat(header(record, EventHeaders.AGGREGATE_TYPE)).isEqualTo("FollowUp");
    }

    @Test
    void aToezeggingWhoseDueTextCannotBeReadIsKeptWithoutADueDate() {
        String id = register("/api/toezeggingen", TOEZEGGING.replace("\"na de zomer\"", "\"na afronding van het onderzoek\""));

        ConsumerRecord<String, byte[]> record = MotieTopic.awaitEventType(id, "ToezeggingRegistered").getFirst();
        assertThat(value(record)).contains("\"dueText\":\"na afronding van het onderzoek\"").contains("\"dueDate\":null");
    }

    @Test
    void aToezeggingCanBeHandledTogetherWithAMotieWithoutEitherBeingDeleted() {
        String motie = register("/api/moties", MOTIE);
        String toezegging = register("/api/toezeggingen", TOEZEGGING.replace("\"na de zomer\"", "\"eind 2099\""));

        assertWritten(post("/api/toezeggingen/" + toezegging + "/merge", """
                {"withId":"%s","explanation":"Wordt geïntegreerd met bovenstaande motie opgepakt."}""".formatted(motie)), toezegging, 1);
        assertWritten(post(path(motie, "progress"), """
                {"status":"IN_PROGRESS","text":"Samen met de toezegging opgepakt."}"""), motie, 1);

        ConsumerRecord<String, byte[]> merged = MotieTopic.awaitFirstOfType(toezegging, "FollowUpMerged");
        assertThat(value(merged)).contains("\"mergedWithId\":\"" + motie + "\"").contains("\"mergedWithKind\":\"MOTIE\"");

        ResponseEntity<Map> unknown = post(path(motie, "merge"), "{\"withId\":\"bestaat-niet\"}");
        assertProblem(unknown, HttpStatus.UNPROCESSABLE_CONTENT, "bestaat-niet");
    }

    @Test
    void aWriteAgainstAStaleVersionIsRefusedWithTheCurrentVersion() {
        String id = register("/api/moties", MOTIE);
        assertWritten(post(path(id, "progress"), progress("Gestart."), ifMatch("0")), id, 1);

        ResponseEntity<Map> stale = post(path(id, "progress"), progress("Nog een stand."), ifMatch("0"));

        assertProblem(stale, HttpStatus.PRECONDITION_FAILED, "versie 1");
        assertThat(stale.getBody().get("currentVersion")).isEqualTo(1);
        assertThat(stale.getHeaders().getETag()).isEqualTo("\"1\"");
        assertWritten(post(path(id, "progress"), progress("Nog een stand."), ifMatch("\"1\"")), id, 2);
        assertProblem(post(path(id, "progress"), progress("Nog een stand."), ifMatch("1")), HttpStatus.PRECONDITION_FAILED,
                "versie 2");
        assertProblem(post(path(id, "progress"), progress("Derde."), ifMatch("versie-twee")), HttpStatus.BAD_REQUEST, "If-Match");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingTwice() {
        String id = register("/api/moties", MOTIE);
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "progress-" + UUID.randomUUID());

        ResponseEntity<Map> first = post(path(id, "progress"), progress("Gestart."), headers);
        ResponseEntity<Map> retry = post(path(id, "progress"), progress("Gestart."), headers);

        assertWritten(first, id, 1);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertWritten(post(path(id, "progress"), progress("Volgende stand.")), id, 2);
        assertThat(post(path(id, "progress"), progress("Iets anders."), headers).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aChangeThatChangesNothingIsAConflictThatSaysSo() {
        String id = register("/api/moties", MOTIE);
        assertWritten(post(path(id, "progress"), progress("Gestart.")), id, 1);

        assertProblem(post(path(id, "progress"), progress("Gestart.")), HttpStatus.CONFLICT, "er verandert niets");
        assertProblem(post(path(id, "responsibility"), "{\"responsible\":[\"SOCW\"]}"), HttpStatus.CONFLICT, "er verandert niets");
        assertProblem(post(path(id, "progress"), "{\"status\":\"FULFILLED\",\"text\":\"Klaar.\"}"), HttpStatus.CONFLICT, "fulfilment");
        assertProblem(delete(path(id, "links/activiteit-1")), HttpStatus.CONFLICT, "niet gekoppeld");
    }

    @Test
    void aFulfilledMotieTakesNoStandVanZakenUnlessItIsReopened() {
        String id = register("/api/moties", MOTIE);
        assertWritten(post(path(id, "fulfilment"), "{\"document\":\"Kamerstukken II 2024/25, 28345, nr. 281\"}"), id, 1);

        assertProblem(post(path(id, "progress"), progress("Toch niet af.")), HttpStatus.CONFLICT, "reopen");
        assertProblem(post(path(id, "fulfilment"), "{\"document\":\"Kamerstukken II 2024/25, 28345, nr. 282\"}"), HttpStatus.CONFLICT, "al invulling gegeven");
        assertWritten(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\",\"text\":\"De Kamer vraagt om meer.\",\"reopen\":true}"), id, 2);
    }

    @Test
    void clientMistakesAreProblemsNamingTheFieldNeverServerFaults() {
        String id = register("/api/moties", MOTIE);

        assertProblem(post(path(id, "progress"), "{\"status\":\"KLAAR\",\"text\":\"x\"}"), HttpStatus.BAD_REQUEST, "KLAAR", "FULFILLED", "ABORTED");
        assertProblem(post(path(id, "progress"), "{\"status\": "), HttpStatus.BAD_REQUEST, "JSON");
        assertProblem(post(path(id, "progress"), "{\"status\":3,\"text\":\"x\"}"), HttpStatus.BAD_REQUEST, "status");
        assertProblem(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\",\"text\":\"" + "a".repeat(10_001) + "\"}"),
                HttpStatus.BAD_REQUEST, "text");
        assertProblem(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\",\"text\":\"x\",\"effectiveDate\":\"2999-01-01\"}"),
                HttpStatus.BAD_REQUEST, "effectiveDate", "toekomst");
        assertProblem(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\",\"text\":\"x\",\"effectiveDate\":\"2020-01-01\"}"),
                HttpStatus.BAD_REQUEST, "effectiveDate", "registratie");
        assertProblem(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\"}"), HttpStatus.BAD_REQUEST, "text");
        assertProblem(post(path(id, "fulfilment"), "{\"explanation\":\"zonder document\"}"), HttpStatus.BAD_REQUEST, "document");
        assertProblem(post(path(id, "progress"), "{\"status\":\"IN_PROGRESS\",\"text\":\"x\",\"onbekend\":1}"), HttpStatus.BAD_REQUEST, "onbekend");
        assertProblem(post(path("bestaat-niet", "progress"), progress("x")), HttpStatus.NOT_FOUND, "bestaat-niet");
        assertProblem(post("/api/toezeggingen/" + id + "/progress", progress("x")), HttpStatus.NOT_FOUND, id);
        assertProblem(post("/api/moties", MOTIE.replace("[\"SOCW\"]", "[]")), HttpStatus.BAD_REQUEST, "responsible");
        assertProblem(post("/api/toezeggingen", "{\"programme\":\"NAP\",\"responsible\":[\"SOCW\"]}"), HttpStatus.BAD_REQUEST, "text");
    }

    @Test
    void theApiIsDescribedWithDutchExamples() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/moties/{id}/fulfilment", "/api/toezeggingen/{id}/links/{activityId}",
                "Kamerstukken II 2024/25, 28345, nr. 281", "voor de zomer van 2025", "Stand van zaken vastleggen");
    }

    private String register(String path, String json) {
        ResponseEntity<Map> response = post(path, json);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    private static String path(String id, String action) {
        return "/api/moties/" + id + "/" + action;
    }

    private static String progress(String text) {
        return "{\"status\":\"IN_PROGRESS\",\"text\":\"" + text + "\"}";
    }

    private static HttpHeaders ifMatch(String version) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(version.startsWith("\"") || !version.matches("\\d+") ? version : "\"" + version + "\"");
        return headers;
    }

    private ResponseEntity<Map> post(String path, String json) {
        return post(path, json, new HttpHeaders());
    }

    private ResponseEntity<Map> post(String path, String json, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    private ResponseEntity<Map> delete(String path) {
        return http.exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class);
    }

    static void assertWritten(ResponseEntity<Map> response, String id, int version) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("id", id).containsEntry("version", version);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"" + version + "\"");
    }

    static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String... detailMentions) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains(detailMentions);
    }
}
