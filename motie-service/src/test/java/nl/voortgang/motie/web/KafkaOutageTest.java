package nl.voortgang.motie.web;

import static nl.voortgang.motie.MotieTopic.eventTypes;
import static nl.voortgang.motie.MotieTopic.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.motie.MotieTopic;
import nl.voortgang.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class KafkaOutageTest extends MotieServiceIntegrationTest {

    private static final int PROGRESS_UPDATES = 5;

    @Test
    void commandsAreAcceptedWhileKafkaIsDownAndEveryEventArrivesInOrderOnceItIsBack() {
        List<String> items = new ArrayList<>();
        long stoppedAt = System.nanoTime();
        TestInfrastructure.get().kafka().stop();
        try {
            for (String path : List.of("/api/moties", "/api/toezeggingen")) {
                String body = path.endsWith("moties")
                        ? "{\"programme\":\"NAP\",\"submitters\":[\"Kuik\"],\"text\":\"Verzoekt de regering.\",\"responsible\":[\"MJenV\"]}"
                        : "{\"programme\":\"NAP\",\"text\":\"De minister informeert de Kamer.\",\"responsible\":[\"SOCW\"]}";
                ResponseEntity<Map> registered = post(path, body);
                assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                String id = (String) registered.getBody().get("id");
                items.add(path + "/" + id);
                for (int update = 1; update <= PROGRESS_UPDATES; update++) {
                    ResponseEntity<Map> progress = post(path + "/" + id + "/progress",
                            "{\"status\":\"IN_PROGRESS\",\"text\":\"Stand van zaken " + update + "\"}");
                    assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
                }
                assertThat(post(path + "/" + id + "/fulfilment", "{\"document\":\"Kamerstukken II 2024/25, 34843, nr. 116\"}")
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            TestInfrastructure.get().kafka().start();
        }
        System.out.printf("Kafka was down for %d ms while %d commands were accepted%n",
                Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis(), items.size() * (PROGRESS_UPDATES + 2));

        int expected = PROGRESS_UPDATES + 2;
        for (String item : items) {
            String id = item.substring(item.lastIndexOf('/') + 1);
            List<ConsumerRecord<String, byte[]>> records = MotieTopic.awaitRecords(id,
                    found -> found.stream().map(r -> header(r, EventHeaders.SEQUENCE_NUMBER)).distinct().count() >= expected,
                    Duration.ofSeconds(180));
            List<Long> sequence = records.stream().map(r -> Long.parseLong(header(r, EventHeaders.SEQUENCE_NUMBER))).toList();
            assertThat(sequence.stream().distinct().toList()).containsExactlyElementsOf(
                    IntStream.range(0, expected).mapToObj(Long::valueOf).toList());
            assertThat(sequence).isSorted();
            assertThat(eventTypes(records).getLast()).isEqualTo("FollowUpFulfilled");
        }
    }

    private ResponseEntity<Map> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }
}
