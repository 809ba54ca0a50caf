package nl.voortgang.reporting.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import nl.voortgang.reporting.ledger.LedgerDigests;
import nl.voortgang.reporting.web.BadRequestException;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress-report annexes for any date as known at any instant, and the changes between two
 * dates, as HTML, PDF, DOCX or CSV. The response names the instant the report was read at
 * (header Voortgang-Known-At), so the same report can be asked for again later.
 */
@RestController
class ReportController {

    static final String KNOWN_AT_HEADER = "Voortgang-Known-At";

    private final Bijlage1 bijlage1;
    private final Bijlage2 bijlage2;
    private final ChangesReport changes;
    private final ReportRenderers renderers;
    private final QueryTime time;
    private final LedgerDigests digests;

    ReportController(Bijlage1 bijlage1, Bijlage2 bijlage2, ChangesReport changes, ReportRenderers renderers,
            QueryTime time, LedgerDigests digests) {
        this.digests = digests;
        this.bijlage1 = bijlage1;
        this.bijlage2 = bijlage2;
        this.changes = changes;
        this.renderers = renderers;
        this.time = time;
    }

    @GetMapping("/api/reports/bijlage1")
    ResponseEntity<byte[]> bijlage1(@RequestParam(defaultValue = "NAP") String programme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) String format) {
        return annex(bijlage1::report, programme, date, knownAt, format);
    }

    @GetMapping("/api/reports/bijlage2")
    ResponseEntity<byte[]> bijlage2(@RequestParam(defaultValue = "NAP") String programme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) String format) {
        return annex(bijlage2::report, programme, date, knownAt, format);
    }

    @GetMapping("/api/reports/changes")
    ResponseEntity<byte[]> changes(@RequestParam(defaultValue = "NAP") String programme,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) String format) {
        ReportFormat chosen = ReportFormat.parse(format);
        if (to.isBefore(from)) {
            throw new BadRequestException("to", "Parameter 'to' (" + to + ") ligt voor 'from' (" + from
                    + "); kies een einddatum op of na de begindatum.");
        }
        Instant known = time.knownAtOrNow(knownAt);
        return respond(renderers.render(cited(changes.report(programme, from, to, known)), chosen), chosen, known);
    }

    private ResponseEntity<byte[]> annex(Function<ReportQuery, ReportDocument> annex, String programme, LocalDate date,
            Instant knownAt, String format) {
        ReportFormat chosen = ReportFormat.parse(format);
        ReportQuery query = new ReportQuery(programme, time.dateOrToday(date), time.knownAtOrNow(knownAt));
        return respond(renderers.render(cited(annex.apply(query)), chosen), chosen, query.knownAt());
    }

    private ReportDocument cited(ReportDocument report) {
        return report.citing(LedgerDigests.citation(digests.latest(time.knownAtOrNow(null))));
    }

    private static ResponseEntity<byte[]> respond(RenderedReport report, ReportFormat format, Instant knownAt) {
        String fileName = report.fileName() + "." + format.extension();
        ContentDisposition disposition = (format.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(KNOWN_AT_HEADER, knownAt.toString())
                .body(report.content());
    }
}
