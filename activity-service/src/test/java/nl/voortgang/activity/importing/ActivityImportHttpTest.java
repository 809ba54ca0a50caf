package nl.voortgang.activity.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

class ActivityImportHttpTest extends ActivityServiceIntegrationTest {

    private static final String HEADER = "programme,actionLine,code,title,planning,originalPlanning,responsible,status,explanation,effectiveDate\r\n";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aGoodCsvFileImportsEveryRowOntoKafka() {
        ResponseEntity<Map> response = upload("activiteiten.csv", (HEADER
                + "OPV,1,OPV-1.01,Voorlichting op scholen,Q1 2024,,OCW,IN_PROGRESS,Gestart.,2024-01-15\r\n"
                + "OPV,1,OPV-1.02,\"Campagne, tweede ronde\",Q3 2024,Q1 2024,OCW;SZW,DELAYED,,2024-03-01\r\n"
                + "OPV,2,OPV-2.01,Wetsvoorstel,2025,,JenV,,,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("imported")).isEqualTo(3);
        List<String> ids = ((List<Map<String, Object>>) response.getBody().get("items")).stream()
                .map(activity -> (String) activity.get("id")).toList();
        List<ConsumerRecord<String, byte[]>> records = ActivityTopic.recordsOf(ids, Duration.ofSeconds(60), found -> found.size() >= 3);
        assertThat(records).extracting(record -> ActivityTopic.header(record, EventHeaders.EVENT_TYPE)).containsOnly("ActivityRegistered");
        assertThat(records).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .anySatisfy(json -> assertThat(json).contains("Campagne, tweede ronde"));
    }

    @Test
    void aGoodXlsxFileImportsEveryRow() throws IOException {
        ResponseEntity<Map> response = upload("activiteiten.xlsx", xlsx(List.of(
                List.of("programme", "actionLine", "title", "planning", "responsible", "status"),
                List.of("XLS", "3", "Handreiking voor werkgevers", "2023-2024", "RC", "ONGOING"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("imported")).isEqualTo(1);
    }

    @Test
    void aBrokenFileImportsNothingAndNamesEveryBadRowAndColumn() {
        long eventsBefore = storedEvents();

        ResponseEntity<Map> response = upload("kapot.csv", (HEADER
                + "BRK,1,BRK-1.01,Goede regel,Q1 2024,,OCW,IN_PROGRESS,,2024-01-15\r\n"
                + "BRK,zes,BRK-1.02,,binnenkort,,,KLAAR,,2999-01-01\r\n"
                + "BRK,1,BRK-1.01,Dubbele code,2024,,OCW,,,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("row") + ":" + error.get("column")).containsExactlyInAnyOrder(
                "3:actionLine", "3:title", "3:planning", "3:responsible", "3:status", "3:effectiveDate", "4:code");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aCellWithTextThatCannotBeStoredIsNamedByRowAndColumnAndNothingIsImported() {
        long eventsBefore = storedEvents();

        ResponseEntity<Map> response = upload("stuurteken.csv", (HEADER
                + "NUL,1,NUL-1.01,Goede regel,Q1 2024,,OCW,IN_PROGRESS,,2024-01-15\r\n"
                + "NUL,1,NUL-1.02,Goede regel,Q1 2024,,OCW,IN_PROGRESS,\"tab\tregel\nen dan a\0b\",2024-01-15\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("row", 3).containsEntry("column", "explanation");
            assertThat((String) error.get("message")).contains("U+0000").contains("positie 19");
        });
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anXlsxCellWithAControlCharacterIsNamedByRowAndColumn() throws IOException {
        // XLSX stores a control character as the escape _x0007_, which POI reads back as the character itself.
        ResponseEntity<Map> response = upload("stuurteken.xlsx", xlsx(List.of(
                List.of("programme", "actionLine", "title", "planning", "responsible"),
                List.of("XLS", "3", "Handreiking_x0007_ voor werkgevers", "2023-2024", "RC"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("row") + ":" + error.get("column")).containsExactly("2:title");
    }

    @Test
    void aFileWithAMissingColumnIsRefusedBeforeAnyRowIsRead() {
        ResponseEntity<Map> response = upload("kolommen.csv", "programme,title,wie\r\nNAP,Iets,OCW\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(error -> error.get("column"))
                .contains("actionLine", "planning", "responsible", "wie");
    }

    @Test
    void theTemplatesCanBeDownloadedAndImportedAsTheyAre() {
        ResponseEntity<byte[]> csv = http.getForEntity("/api/imports/template.csv", byte[].class);
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/imports/template.xlsx", byte[].class);

        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith("programme,actionLine,code,title");
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
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
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("activiteiten");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
