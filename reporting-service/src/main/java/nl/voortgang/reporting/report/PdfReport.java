package nl.voortgang.reporting.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Renders a report as PDF from the same HTML as {@link HtmlReport}, with openhtmltopdf. The HTML is
 * parsed by jsoup into a W3C document, so nothing depends on the template being strict XHTML;
 * the text font is Liberation Sans, which PDFBox ships, so every letter and status icon is
 * embedded and the PDF looks the same on every machine.
 */
@Component
class PdfReport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final HtmlReport html;

    PdfReport(HtmlReport html) {
        this.html = html;
    }

    byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), "Liberation Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), "Liberation Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html.render(report))), "/");
            builder.withProducer("Voortgang");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + report.fileName() + " as PDF", e);
        }
        return out.toByteArray();
    }
}
