package nl.voortgang.reporting.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.reporting.web.BadRequestException;
import nl.voortgang.reporting.ledger.LedgerDigests;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail. from/to bound the recorded time by default (period=recorded; a date means that
 * whole day in Europe/Amsterdam, an instant is exact; from inclusive, to exclusive for instants and
 * inclusive for dates) or the effective date (period=effective, dates, both inclusive).
 */
@RestController
class AuditController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int MAX_SIZE = 1000;

    record AuditPage(int page, int size, long total, List<AuditEntry> entries) {
    }

    private final AuditRepository audit;
    private final LedgerDigests digests;
    private final QueryTime time;

    AuditController(AuditRepository audit, LedgerDigests digests, QueryTime time) {
        this.audit = audit;
        this.digests = digests;
        this.time = time;
    }

    @GetMapping(value = "/api/audit", params = "format=csv")
    ResponseEntity<StreamingResponseBody> auditCsv(@RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String responsible,
            @RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "recorded") String period) {
        return csv(query(entityId, actor, responsible, type, from, to, period, 0, MAX_SIZE));
    }

    @GetMapping("/api/audit")
    AuditPage audit(@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String responsible, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "recorded") String period, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "json") String format) {
        if (page < 0) {
            throw new BadRequestException("page", "Parameter 'page' begint bij 0; geef 0 of meer.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "Parameter 'size' moet tussen 1 en " + MAX_SIZE + " liggen.");
        }
        if (!format.equals("json")) {
            throw new BadRequestException("format", "Parameter 'format' moet 'json' of 'csv' zijn.");
        }
        AuditQuery query = query(entityId, actor, responsible, type, from, to, period, page, size);
        return new AuditPage(page, size, audit.count(query), audit.page(query));
    }

    private ResponseEntity<StreamingResponseBody> csv(AuditQuery query) {
        List<String> ledger = LedgerDigests.citation(digests.latest(time.knownAtOrNow(null)));
        StreamingResponseBody body = stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            AuditCsv csv = new AuditCsv(writer);
            audit.each(query, csv::write);
            ledger.forEach(csv::ledger);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"").body(body);
    }

    private static AuditQuery query(String entityId, String actor, String responsible, String type, String from,
            String to, String period, int page, int size) {
        return periodQuery(blankToNull(entityId), blankToNull(actor),
                responsible == null || responsible.isBlank() ? null : responsible.trim().toUpperCase(Locale.ROOT),
                blankToNull(type), from, to, period, page, size);
    }

    private static AuditQuery periodQuery(String entityId, String actor, String responsible, String type, String from,
            String to, String period, int page, int size) {
        return switch (period) {
            case "recorded" -> new AuditQuery(entityId, actor, responsible, type, instant(from, "from", 0),
                    instant(to, "to", 1), null, null, page, size);
            case "effective" -> new AuditQuery(entityId, actor, responsible, type, null, null, date(from, "from"),
                    date(to, "to"), page, size);
            default -> throw new BadRequestException("period", "Parameter 'period' moet 'recorded' zijn (from/to begrenzen "
                    + "het moment van vastleggen) of 'effective' (from/to begrenzen de datum waarop het gebeurde).");
        };
    }

    private static Instant instant(String value, String name, int daysAfterDate) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).plusDays(daysAfterDate).atStartOfDay(ProgrammeTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, "Parameter '" + name + "' heeft de waarde '" + value
                    + "'; geef een datum zoals 2024-03-01 of een tijdstip zoals 2024-03-15T12:00:00Z.");
        }
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, "Parameter '" + name + "' heeft de waarde '" + value
                    + "'; geef bij period=effective een datum zoals 2024-03-01.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
