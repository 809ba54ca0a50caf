package nl.voortgang.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The annexes and the changes report of a small programme of its own, in every format, read back
 * with PDFBox, POI, jsoup and a CSV parser and compared with golden files of their text. A missing
 * golden file is written (review it, then commit it); an existing one is never overwritten.
 */
class ReportTest extends ReportingServiceIntegrationTest {

    private static final String PROGRAMME = "RAPPORTTEST";
    private static final Path GOLDEN = Path.of("src/test/resources/golden-reports");
    private static final LocalDate REPORT_DATE = LocalDate.of(2024, 3, 18);
    private static final Instant KNOWN_AT_REPORT = Instant.parse("2024-06-01T00:00:00Z");
    private static final Instant KNOWN_AFTER_CORRECTION = Instant.parse("2024-10-01T00:00:00Z");
    private static final String DELAYED = "a1-" + UUID.randomUUID();
    private static final String COMPLETED = "a2-" + UUID.randomUUID();
    private static final String NOT_STARTED = "a3-" + UUID.randomUUID();
    private static final String MOTIE = "m1-" + UUID.randomUUID();
    private static final String TOEZEGGING = "t1-" + UUID.randomUUID();
    private static final EventPublisher publisher = new EventPublisher();

    @BeforeAll
    static void programmeOfItsOwn() {
        Planning q4 = new Planning("Q4 2023", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));
        Planning q1 = new Planning("Q1 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("deelnemers workshops", new BigDecimal("8320"));
        figures.put("bereik in procenten", new BigDecimal("12.5"));
        publishAll(Topics.ACTIVITY_EVENTS, List.of(
                new ActivityRegisteredEvent(DELAYED, PROGRAMME, 1, "RT-1.01",
                        "Campagne \"Tot waar is het leuk?\" & <b>het gesprek</b> op de werkvloer", null, q4, null,
                        List.of("OCW", "SZW"), ActivityStatus.IN_PROGRESS, "De voorbereiding is gestart.", "import",
                        Instant.parse("2023-01-13T10:00:00Z"), LocalDate.of(2023, 1, 13)),
                new ActivityDelayedEvent(DELAYED, ActivityStatus.IN_PROGRESS, q4, q1, q4,
                        "De voorbereiding vroeg meer tijd; de campagne start rond de conferentie van 21 maart 2024.",
                        "j.jansen", Instant.parse("2024-01-10T09:00:00Z"), LocalDate.of(2024, 1, 10)),
                new ActivityProgressReportedEvent(DELAYED, "2024", "Workshops over ‘Tot waar is het leuk voor allebei?’ – "
                        + "één per regio, bij de Arbeidsongeschiktheidsverzekeringsmaatschappijenvertegenwoordigersbijeenkomst.",
                        figures, "j.jansen", Instant.parse("2024-03-01T09:00:00Z"), LocalDate.of(2024, 3, 1))), 0);
        publishAll(Topics.ACTIVITY_EVENTS, List.of(
                new ActivityRegisteredEvent(COMPLETED, PROGRAMME, 3, "RT-3.01", "Onderzoek naar meldpunten", null, q4, null,
                        List.of("VWS"), ActivityStatus.IN_PROGRESS, null, "import", Instant.parse("2023-01-13T10:00:00Z"),
                        LocalDate.of(2023, 1, 13)),
                new ActivityCompletedEvent(COMPLETED, ActivityStatus.IN_PROGRESS, "Het onderzoek is afgerond op 1 februari 2024.",
                        "p.devries", Instant.parse("2024-02-02T09:00:00Z"), LocalDate.of(2024, 2, 1))), 0);
        publishAll(Topics.ACTIVITY_EVENTS, List.of(
                new ActivityRegisteredEvent(NOT_STARTED, PROGRAMME, 3, "RT-3.02", "Handreiking voor sportbonden", null, q1,
                        null, List.of("VWS", "RC"), ActivityStatus.NOT_STARTED, null, "import",
                        Instant.parse("2023-01-13T10:00:00Z"), LocalDate.of(2023, 1, 13))), 0);
        publishAll(Topics.MOTIE_EVENTS, List.of(new MotieRegisteredEvent(MOTIE, PROGRAMME, List.of("Van der Laan c.s."),
                LocalDate.of(2023, 4, 4), new Kamerstuk("2022/23", "34843", "80"),
                "De Tweede Kamer verzoekt de regering de digitale dimensie van geweld in beeld te brengen.", false,
                List.of("SOCW"), "eind januari 2024", LocalDate.of(2024, 1, 31), FollowUpStatus.IN_PROGRESS, "import",
                Instant.parse("2023-04-04T10:00:00Z"), LocalDate.of(2023, 4, 4))), 0);
        publishAll(Topics.MOTIE_EVENTS, List.of(
                new ToezeggingRegisteredEvent(TOEZEGGING, PROGRAMME, "Commissiedebat emancipatie", LocalDate.of(2023, 5, 10),
                        "De minister stuurt na de zomer een brief over daderprofielen straatintimidatie.", List.of("SOCW", "MJenV"),
                        "na de zomer", LocalDate.of(2023, 9, 30), FollowUpStatus.IN_PROGRESS, "import",
                        Instant.parse("2023-05-10T10:00:00Z"), LocalDate.of(2023, 5, 10)),
                new FollowUpFulfilledEvent(TOEZEGGING, FollowUpKind.TOEZEGGING, FollowUpStatus.IN_PROGRESS,
                        "Kamerstukken II 2023/24, 34843, nr. 100", "Hiermee is de toezegging gestand gedaan.", "p.devries",
                        Instant.parse("2024-02-15T09:00:00Z"), LocalDate.of(2024, 2, 15))), 0);
    }

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void bijlage1ListsEveryActivityUnderItsActionLineInEveryFormat() throws IOException {
        awaitApplied(9);
        String query = "/api/reports/bijlage1?programme=" + PROGRAMME + "&date=" + REPORT_DATE + "&knownAt=" + KNOWN_AT_REPORT;

        ResponseEntity<byte[]> html = get(query + "&format=html");
        assertThat(html.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
        assertThat(html.getHeaders().getContentDisposition().getFilename()).isEqualTo("RAPPORTTEST-bijlage1-2024-03-18.html");
        List<ReportFiles.Table> tables = ReportFiles.htmlTables(html.getBody());
        assertThat(tables).hasSize(2);
        assertThat(tables.getFirst().header()).containsExactly("Nr.", "Activiteit", "Status", "Wanneer", "Wie", "Toelichting");
        assertThat(tables.getFirst().rows().getFirst()).satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Campagne \"Tot waar is het leuk?\" & <b>het gesprek</b> op de werkvloer");
            assertThat(row.get(2)).isEqualTo("\u25B2 In uitvoering met vertraging");
            assertThat(row.get(3)).isEqualTo("Q1 2024 Oorspronkelijke planning: Q4 2023");
            assertThat(row.get(4)).isEqualTo("OCW, SZW");
            assertThat(row.get(5)).contains("Voortgang (2024), 1 maart 2024: Workshops")
                    .contains("Bereik: bereik in procenten: 12,5; deelnemers workshops: 8.320");
        });
        assertThat(tables.get(1).rows()).extracting(row -> row.get(0) + " " + row.get(2))
                .containsExactly("RT-3.01 \u25CF Afgerond", "RT-3.02 \u25CB Nog niet begonnen of afgebroken");
        matchesGolden("bijlage1.html.txt", ReportFiles.htmlText(html.getBody()));

        byte[] docx = get(query + "&format=docx").getBody();
        List<ReportFiles.Table> wordTables = ReportFiles.docxTables(docx);
        assertThat(wordTables).extracting(ReportFiles.Table::headerRepeats).containsOnly(true);
        assertThat(wordTables).extracting(ReportFiles.Table::rows).extracting(List::size).containsExactly(1, 2);
        assertThat(ReportFiles.docxIsLandscape(docx)).isTrue();
        matchesGolden("bijlage1.docx.txt", tablesAsText(wordTables));

        byte[] pdf = get(query + "&format=pdf").getBody();
        String pdfText = ReportFiles.pdfText(pdf);
        assertThat(pdfText.replaceAll("\\s+", " ")).contains("Bijlage 1: voortgang van de activiteiten").contains("Oorspronkelijke planning: Q4 2023")
                .contains("Arbeidsongeschiktheidsverzekeringsmaatschappijenvertegenwoordigersbijeenkomst".substring(0, 20))
                .contains("‘Tot waar is het leuk voor allebei?’ – één");
        matchesGolden("bijlage1.pdf.txt", pdfText);

        List<CSVRecord> csv = ReportFiles.csvRecords(get(query + "&format=csv").getBody());
        assertThat(csv.getFirst().values()).containsExactly("Onderdeel", "Nr.", "Activiteit", "Status", "Wanneer", "Wie",
                "Toelichting");
        assertThat(csv).filteredOn(record -> record.get(0).startsWith("Actielijn")).hasSize(3);
        matchesGolden("bijlage1.csv.txt", new String(get(query + "&format=csv").getBody(), StandardCharsets.UTF_8));
    }

    @Test
    void bijlage2ListsTheMotiesThenTheToezeggingenAndMarksTheOverdueOnes() throws IOException {
        awaitApplied(9);
        String query = "/api/reports/bijlage2?programme=" + PROGRAMME + "&date=" + REPORT_DATE + "&knownAt=" + KNOWN_AT_REPORT;

        List<ReportFiles.Table> tables = ReportFiles.htmlTables(get(query).getBody());
        assertThat(tables).hasSize(2);
        assertThat(tables.getFirst().rows().getFirst()).satisfies(row -> {
            assertThat(row.get(2)).contains("Van der Laan c.s.").contains("Kamerstukken II 2022/23, 34843, nr. 80");
            assertThat(row.get(3)).contains("In uitvoering").contains("Termijn verstreken");
            assertThat(row.get(4)).isEqualTo("SOCW");
        });
        assertThat(tables.get(1).rows().getFirst()).satisfies(row -> {
            assertThat(row.get(3)).contains("Wordt invulling gegeven aan").doesNotContain("verstreken");
            assertThat(row.get(5)).contains("Invulling gegeven met: Kamerstukken II 2023/24, 34843, nr. 100");
        });
        matchesGolden("bijlage2.html.txt", ReportFiles.htmlText(get(query).getBody()));
        matchesGolden("bijlage2.docx.txt", tablesAsText(ReportFiles.docxTables(get(query + "&format=docx").getBody())));
        matchesGolden("bijlage2.pdf.txt", ReportFiles.pdfText(get(query + "&format=pdf").getBody()));
        matchesGolden("bijlage2.csv.txt", new String(get(query + "&format=csv").getBody(), StandardCharsets.UTF_8));
    }

    @Test
    void aReportAsKnownOnItsDateStaysTheSameAfterABackDatedCorrectionWhichTheChangesReportMarks() throws IOException {
        awaitApplied(9);
        String asSent = "/api/reports/bijlage1?programme=" + PROGRAMME + "&date=" + REPORT_DATE + "&format=csv&knownAt=";
        byte[] before = get(asSent + KNOWN_AT_REPORT).getBody();

        publisher.publish(Topics.ACTIVITY_EVENTS, new ActivityStatusChangedEvent(NOT_STARTED, ActivityStatus.NOT_STARTED,
                ActivityStatus.IN_PROGRESS, "Gestart op 1 maart; pas later doorgegeven.", "p.devries",
                Instant.parse("2024-09-01T09:00:00Z"), LocalDate.of(2024, 3, 1)), 1);
        awaitApplied(10);

        assertThat(get(asSent + KNOWN_AT_REPORT).getBody()).isEqualTo(before);
        assertThat(new String(get(asSent + KNOWN_AFTER_CORRECTION).getBody(), StandardCharsets.UTF_8))
                .contains("RT-3.02;Handreiking voor sportbonden;In uitvoering");
        String changes = ReportFiles.htmlText(get("/api/reports/changes?programme=" + PROGRAMME + "&from=" + REPORT_DATE
                + "&to=2025-03-31&knownAt=" + KNOWN_AFTER_CORRECTION).getBody());
        assertThat(changes).contains("Status: Nog niet begonnen of afgebroken \u2192 In uitvoering")
                .contains("Correctie met terugwerkende kracht").contains("p.devries");
    }

    @Test
    void theChangesReportShowsStatusChangesDelaysCompletionsAndFulfilmentsWithWhoRecordedThem() throws IOException {
        awaitApplied(9);
        String report = ReportFiles.htmlText(get("/api/reports/changes?programme=" + PROGRAMME
                + "&from=2023-12-31&to=2024-03-18&knownAt=" + KNOWN_AT_REPORT).getBody());

        assertThat(report).contains("Vertraagd: planning Q4 2023 \u2192 Q1 2024")
                .contains("Status: In uitvoering \u2192 Afgerond")
                .contains("Invulling gegeven met Kamerstukken II 2023/24, 34843, nr. 100")
                .contains("j.jansen").contains("10 januari 2024")
                .doesNotContain("Nieuwe activiteit");
    }

    @Test
    void aBadDateOrFormatIsAClientMistakeThatSaysWhatToChange() {
        ResponseEntity<String> format = http.getForEntity("/api/reports/bijlage1?format=xls", String.class);
        assertThat(format.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(format.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(format.getBody()).contains("html, pdf, docx, csv");

        assertThat(http.getForEntity("/api/reports/bijlage2?date=18-03-2024", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/reports/changes?from=2025-01-01&to=2024-01-01", String.class).getBody())
                .contains("'to'");
        assertThat(http.getForEntity("/api/reports/changes?from=2025-01-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void awaitApplied(long events) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM audit_entry WHERE entity_id = ANY(:ids)")
                .param("ids", new String[] {DELAYED, COMPLETED, NOT_STARTED, MOTIE, TOEZEGGING})
                .query(Long.class).single() >= events);
    }

    private ResponseEntity<byte[]> get(String path) {
        ResponseEntity<byte[]> response = http.getForEntity(path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response;
    }

    private static String tablesAsText(List<ReportFiles.Table> tables) {
        return tables.stream().map(table -> String.join(" | ", table.header()) + "\n" + table.rows().stream()
                .map(row -> String.join(" | ", row)).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n\n"));
    }

    private static void matchesGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        String normalised = actual.replace("\r\n", "\n").lines().filter(line -> !line.contains("Grootboek"))
                .collect(Collectors.joining("\n")).strip() + "\n";
        if (Files.notExists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, normalised);
        }
        assertThat(normalised).as(name).isEqualTo(Files.readString(file));
    }

    private static void publishAll(String topic, List<DomainEvent> events, long firstSequence) {
        List<Long> sequences = java.util.stream.LongStream.range(firstSequence, firstSequence + events.size()).boxed().toList();
        publisher.publishAll(topic, events, sequences);
    }
}
