package nl.voortgang.motie.activity;

import static nl.voortgang.motie.MotieTopic.eventTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.EventCodec;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.motie.MotieTopic;
import nl.voortgang.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class LinkToActivityHttpTest extends MotieServiceIntegrationTest {

    @Test
    void aMotieCanBeLinkedToAnActivityOnceItsRegistrationArrivedFromTheActivityTopic() throws Exception {
        String motie = registerMotie();
        String activity = UUID.randomUUID().toString();
        publishActivityRegistered(activity);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> link(motie, activity).getStatusCode() == HttpStatus.OK);
        ResponseEntity<Map> unlinked = http.exchange("/api/moties/" + motie + "/links/" + activity + "?explanation=Hoort elders",
                HttpMethod.DELETE, HttpEntity.EMPTY, Map.class);

        assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unlinked.getBody()).containsEntry("version", 2);
        assertThat(eventTypes(MotieTopic.awaitEventType(motie, "FollowUpUnlinkedFromActivity")))
                .containsExactly("MotieRegistered", "FollowUpLinkedToActivity", "FollowUpUnlinkedFromActivity");
    }

    @Test
    void aLinkToAnActivityMotieServiceHasNotSeenIsRefusedSayingItMayTakeAMoment() {
        String motie = registerMotie();

        ResponseEntity<Map> response = link(motie, "onbekende-activiteit");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("onbekende-activiteit", "een paar seconden");
        assertThat(response.getBody().get("errors").toString()).contains("activityId");
    }

    private ResponseEntity<Map> link(String motie, String activity) {
        return http.postForEntity("/api/moties/" + motie + "/links", json("{\"activityId\":\"" + activity + "\"}"), Map.class);
    }

    private String registerMotie() {
        ResponseEntity<Map> response = http.postForEntity("/api/moties", json("""
                {"programme":"NAP","submitters":["Mutluer"],"text":"Verzoekt de regering een campagne te starten.","responsible":["SOCW"]}"""),
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    private static void publishActivityRegistered(String activityId) throws Exception {
        ActivityRegisteredEvent event = new ActivityRegisteredEvent(activityId, "NAP", 1, "NAP-1.27", "Onderzoek digitale dimensie",
                null, new Planning("Q3 2024", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)), null, List.of("OCW"),
                ActivityStatus.IN_PROGRESS, null, "programmabureau", Instant.now(), LocalDate.of(2024, 7, 1));
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ACTIVITY_EVENTS, activityId, EventCodec.encode(event));
            record.headers().add(EventHeaders.EVENT_TYPE, "ActivityRegistered".getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.AGGREGATE_ID, activityId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
