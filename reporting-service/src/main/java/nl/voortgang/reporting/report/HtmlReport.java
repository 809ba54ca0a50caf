package nl.voortgang.reporting.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a report as one printable HTML page (A4 landscape when printed), from one Thymeleaf template. */
@Component
class HtmlReport {

    private final ITemplateEngine templates;
    private final String css;

    HtmlReport(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = HtmlReport.class.getResourceAsStream("/templates/report/annex.css")) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report style sheet is missing", e);
        }
    }

    String render(ReportDocument report) {
        Context context = new Context();
        context.setVariable("report", report);
        context.setVariable("css", css);
        return templates.process("report/annex", context);
    }
}
