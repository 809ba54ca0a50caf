package nl.voortgang.reporting.report;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Chooses the renderer for a format. */
@Component
class ReportRenderers {

    private final HtmlReport html;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final CsvReport csv;

    ReportRenderers(HtmlReport html, PdfReport pdf, DocxReport docx, CsvReport csv) {
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.csv = csv;
    }

    RenderedReport render(ReportDocument report, ReportFormat format) {
        byte[] content = switch (format) {
            case HTML -> html.render(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(report);
            case DOCX -> docx.render(report);
            case CSV -> csv.render(report);
        };
        return new RenderedReport(report.fileName(), content);
    }
}
