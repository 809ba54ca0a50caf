package nl.voortgang.activity.web;

import static nl.voortgang.activity.ActivityTopic.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class RegisterActivityHttpTest extends ActivityServiceIntegrationTest {

    @Test
    void aRegisteredActivityIsStoredAndForwardedToKafkaWithItsHeaders() {
        ResponseEntity<Map> response = post("""
                {"programme":"NAP","actionLine":1,"code":"NAP-1.90","title":"Campagne werkvloer",
                 "planning":"Q1 2024","responsible":["OCW","SZW"],"status":"IN_PROGRESS","effectiveDate":"2023-01-13"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/activities/" + id);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"0\"");

        ConsumerRecord<String, byte[]> record = ActivityTopic.recordsOf(id, 1).getFirst();
        assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("ActivityRegistered");
        assertThat(header(record, EventHeaders.EVENT_REVISION)).isEqualTo("1");
        assertThat(header(record, EventHeaders.AGGREGATE_ID)).isEqualTo(id);
        assertThat(header(record, EventHeaders.SEQUENCE_NUMBER)).isEqualTo("0");
        assertThat(header(record, EventHeaders.ACTOR)).isEqualTo(TestUser.PROGRAMME_ADMIN.subject());
        assertThat(header(record, EventHeaders.EFFECTIVE_DATE)).isEqualTo("2023-01-13");
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"title\":\"Campagne werkvloer\"");
    }

    @Test
    void aPlanningThatCannotBeReadIsRefusedWithTheAcceptedForms() {
        ResponseEntity<Map> response = post("""
                {"programme":"NAP","actionLine":1,"title":"Iets","planning":"binnenkort","responsible":["OCW"]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("'binnenkort'").contains("Vanaf Q2 2023");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheAllowedValues() {
        ResponseEntity<Map> response = post("""
                {"programme":"NAP","actionLine":1,"title":"Iets","planning":"2024","responsible":["OCW"],"status":"KLAAR"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("KLAAR").contains("COMPLETED").contains("ABORTED");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerFault() {
        ResponseEntity<Map> response = post("{\"programme\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingTwice() {
        String body = """
                {"programme":"NAP","actionLine":2,"title":"Onderzoek","planning":"2024","responsible":["VWS"]}""";
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "register-onderzoek-" + System.nanoTime());

        ResponseEntity<Map> first = post(body, headers);
        ResponseEntity<Map> second = post(body, headers);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

        ResponseEntity<Map> reordered = post("""
                {"responsible":["VWS"],"planning":"2024","title":"Onderzoek","actionLine":2,"programme":"NAP"}""", headers);
        assertThat(reordered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(reordered.getBody()).isEqualTo(first.getBody());

        ResponseEntity<Map> other = post(body.replace("Onderzoek", "Ander onderzoek"), headers);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void anEffectiveDateInTheFutureIsRefused() {
        ResponseEntity<Map> response = post("""
                {"programme":"NAP","actionLine":1,"title":"Iets","planning":"2024","responsible":["OCW"],"effectiveDate":"2999-01-01"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("effectiveDate").contains("toekomst");
    }

    private ResponseEntity<Map> post(String json) {
        return post("/api/activities", json);
    }

    private ResponseEntity<Map> post(String json, HttpHeaders headers) {
        return post("/api/activities", json, headers);
    }
}
