package nl.voortgang.motie.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.motie.MotieTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

class FollowUpImportHttpTest extends MotieServiceIntegrationTest {

    private static final String HEADER = "kind,programme,submitters,parliamentaryYear,dossier,number,text,responsible,dueText,status,effectiveDate\r\n";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aGoodFileImportsEveryMotieAndToezeggingOntoKafka() {
        ResponseEntity<Map> response = upload("moties.csv", (HEADER
                + "MOTIE,OPV,Mutluer;Westerveld,2022/23,34843,78,De Tweede Kamer verzoekt de regering een onderzoek te doen.,SOCW,,IN_PROGRESS,2023-04-04\r\n"
                + "TOEZEGGING,OPV,,,,,\"De minister stuurt na de zomer een brief, samen met JenV.\",SOCW;MJenV,na de zomer,,2023-05-10\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("imported")).isEqualTo(2);
        List<Map<String, Object>> items = (List<Map<String, Object>>) response.getBody().get("items");
        assertThat(items).extracting(item -> item.get("kind")).containsExactly("MOTIE", "TOEZEGGING");
        for (Map<String, Object> item : items) {
            assertThat(MotieTopic.awaitRecords((String) item.get("id"), found -> !found.isEmpty(), Duration.ofSeconds(60)))
                    .extracting(record -> MotieTopic.header(record, EventHeaders.EVENT_TYPE))
                    .containsAnyOf("MotieRegistered", "ToezeggingRegistered");
        }
    }

    @Test
    void aBrokenFileImportsNothingAndNamesEveryBadRowAndColumn() {
        long eventsBefore = storedEvents();

        ResponseEntity<Map> response = upload("kapot.csv", (HEADER
                + "MOTIE,BRK,Mutluer,2022/23,34843,79,Goede regel.,SOCW,,,2023-04-04\r\n"
                + "MOTIE,BRK,,2022/23,34843,80,Geen indiener.,,,KLAAR,morgen\r\n"
                + "TOEZEGGING,BRK,,,,,,MVWS,,,\r\n"
                + "AMENDEMENT,BRK,X,,,,Tekst,SOCW,,,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("row") + ":" + error.get("column")).containsExactlyInAnyOrder(
                        "3:responsible", "3:submitters", "3:status", "3:effectiveDate", "4:text", "5:kind");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void theTemplatesCanBeDownloaded() {
        assertThat(new String(http.getForEntity("/api/imports/template.csv", byte[].class).getBody(), StandardCharsets.UTF_8))
                .startsWith("kind,programme,submitters");
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/imports/template.xlsx", byte[].class);
        assertThat(upload("sjabloon.xlsx", xlsx.getBody()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<Map> upload(String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/imports", new HttpEntity<>(parts, headers), Map.class);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%RegisteredEvent'")
                .query(Long.class).single();
    }
}
