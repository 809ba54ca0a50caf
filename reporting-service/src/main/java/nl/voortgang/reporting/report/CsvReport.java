package nl.voortgang.reporting.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Renders a report as CSV the way Dutch Excel opens it: UTF-8 with a byte order mark, semicolons,
 * CRLF, quotes where needed. One header row; the first column names the section (the action
 * line, or Moties and Toezeggingen), the status column holds the report's word for it. The last
 * records name the ledger digests the data rests on (first column "Grootboek").
 */
@Component
class CsvReport {

    private static final CSVFormat DUTCH_EXCEL = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    byte[] render(ReportDocument report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, DUTCH_EXCEL)) {
            if (!report.sections().isEmpty()) {
                List<String> header = new ArrayList<>();
                header.add("Onderdeel");
                report.sections().getFirst().columns().forEach(column -> header.add(column.name()));
                csv.printRecord(header);
            }
            for (ReportDocument.Section section : report.sections()) {
                for (List<ReportDocument.Cell> row : section.rows()) {
                    List<String> record = new ArrayList<>();
                    record.add(section.heading());
                    row.forEach(cell -> record.add(cell.plain()));
                    csv.printRecord(record);
                }
            }
            for (String digest : report.ledger()) {
                csv.printRecord("Grootboek", digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + report.fileName() + " as CSV", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
