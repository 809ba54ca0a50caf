package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.voortgang.localstack.Endpoints;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report annexes of the real NAP programme, loaded by the local stack: Bijlage 1 of the first
 * report lists the 83 activities of Annex 1 under their action lines, Bijlage 2 of the second
 * report the 12 moties and 2 toezeggingen, and the changes report between the two report dates
 * what changed. Rows written by other system tests into the same stack are left out by code.
 */
class NapReportsIT {

    private static final int AUDIT_PAGE = 100;

    private static final String FIRST_REPORT = "2024-03-18";
    private static final String SECOND_REPORT = "2025-03-31";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Endpoints stack;
    private static Map<String, CSVRecord> napActivities;
    private static Set<String> motieCitations;

    @BeforeAll
    static void startStack() throws IOException {
        stack = RunningStack.endpoints();
        napActivities = read(Path.of("..", "data", "nap", "activities.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r));
        motieCitations = read(Path.of("..", "data", "nap", "moties.csv")).stream()
                .map(r -> "Kamerstukken II " + r.get("kamerstukYear") + ", " + r.get("kamerstukDossier") + ", nr. "
                        + r.get("kamerstukNumber"))
                .collect(Collectors.toSet());
    }

    @Test
    void bijlage1OfTheFirstReportListsTheActivitiesOfAnnex1UnderTheirActionLines() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<CSVRecord> rows = csv("/api/reports/bijlage1?date=" + FIRST_REPORT + "&format=csv").stream()
                    .filter(r -> napActivities.containsKey(r.get("Nr."))).toList();
            Map<String, Long> perLine = new TreeMap<>(rows.stream().collect(Collectors.groupingBy(
                    r -> r.get("Onderdeel").substring(0, "Actielijn 1".length()), Collectors.counting())));
            assertThat(perLine).containsExactlyEntriesOf(new TreeMap<>(Map.of("Actielijn 1", 27L, "Actielijn 2", 7L,
                    "Actielijn 3", 31L, "Actielijn 4", 6L, "Actielijn 5", 12L)));
            for (CSVRecord row : rows) {
                CSVRecord source = napActivities.get(row.get("Nr."));
                assertThat(row.get("Onderdeel")).startsWith("Actielijn " + source.get("actionLine") + ": ");
                assertThat(row.get("Wanneer")).startsWith(source.get("planning"));
                assertThat(row.get("Wie")).isEqualTo(String.join(", ", source.get("responsible").split(";")));
            }
            CSVRecord delayed = rows.stream().filter(r -> r.get("Nr.").equals("NAP-1.02")).findFirst().orElseThrow();
            assertThat(delayed.get("Status")).isEqualTo("In uitvoering met vertraging");
            assertThat(delayed.get("Wanneer")).contains("Oorspronkelijke planning: Q4 2023");
        });
    }

    @Test
    void bijlage2OfTheSecondReportListsTheTwelveMotiesAndTheTwoToezeggingen() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<CSVRecord> rows = csv("/api/reports/bijlage2?date=" + SECOND_REPORT + "&knownAt=" + napLoaded()
                    + "&format=csv");
            assertThat(rows.stream().filter(r -> r.get("Onderdeel").equals("Moties"))).hasSize(12)
                    .filteredOn(r -> motieCitations.stream().anyMatch(r.get("Indieners en Kamerstuk")::contains))
                    .hasSize(11);
            assertThat(rows.stream().filter(r -> r.get("Onderdeel").equals("Toezeggingen"))).hasSize(2)
                    .anySatisfy(r -> assertThat(r.get("Verzoek")).contains("daderprofielen straatintimidatie"));
        });
    }

    /**
     * When the local stack's NAP loader wrote its last event: the NAP data as known then, before other tests wrote theirs.
     * The latest recording time of all its audit entries, not the last entry's: a rebuild (the benchmark's smoke run)
     * renumbers the positions the audit trail is ordered by.
     */
    private static String napLoaded() {
        Instant latest = Instant.MIN;
        long imported = Http.get(stack.reportingService(), "/api/audit?actor=import&size=1").body().get("total").asLong();
        for (long page = 0; page * AUDIT_PAGE < imported; page++) {
            for (var entry : Http.get(stack.reportingService(), "/api/audit?actor=import&size=" + AUDIT_PAGE + "&page=" + page)
                    .body().get("entries")) {
                Instant recordedAt = Instant.parse(entry.get("recordedAt").asString());
                latest = recordedAt.isAfter(latest) ? recordedAt : latest;
            }
        }
        return latest.toString();
    }

    @Test
    void theChangesBetweenTheTwoReportDatesShowTheCompletionsAndStatusChanges() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<CSVRecord> rows = csv("/api/reports/changes?from=" + FIRST_REPORT + "&to=" + SECOND_REPORT + "&format=csv");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("Onderdeel")).startsWith("NAP-3.04 ");
                assertThat(r.get("Wijziging")).contains("\u2192 Afgerond");
                assertThat(r.get("Vastgelegd door")).isEqualTo("import");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("Onderdeel")).startsWith("NAP-1.02 ");
                assertThat(r.get("Wijziging")).contains("In uitvoering met vertraging \u2192 In uitvoering");
            });
            assertThat(rows).anySatisfy(r -> assertThat(r.get("Wijziging")).startsWith("Invulling gegeven"));
        });
    }

    @Test
    void thePdfAndTheWordDocumentOpenWithTheirTables() throws IOException {
        byte[] pdf = bytes("/api/reports/bijlage1?date=" + FIRST_REPORT + "&format=pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            assertThat(new PDFTextStripper().getText(document)).contains("Actielijn 5").contains("Publiekscommunicatie");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                bytes("/api/reports/bijlage2?date=" + SECOND_REPORT + "&format=docx")))) {
            assertThat(word.getTables()).hasSize(2);
            assertThat(word.getTables().getFirst().getRow(0).isRepeatHeader()).isTrue();
        }
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        String text = new String(bytes(path), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return parse(new StringReader(text.substring(1)), ';');
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        return parse(Files.newBufferedReader(file, StandardCharsets.UTF_8), ',');
    }

    private static List<CSVRecord> parse(Reader reader, char delimiter) throws IOException {
        try (reader) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    private static byte[] bytes(String path) {
        URI uri = stack.reportingService().resolve(path);
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + LocalTokens.testClient()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
