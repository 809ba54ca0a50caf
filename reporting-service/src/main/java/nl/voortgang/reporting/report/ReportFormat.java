package nl.voortgang.reporting.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voortgang.reporting.web.BadRequestException;
import org.springframework.http.MediaType;

/** The four forms a report comes in; HTML opens in the browser, the others download. */
enum ReportFormat {
    HTML("html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8), true),
    PDF("pdf", MediaType.APPLICATION_PDF, false),
    DOCX("docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), false),
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), false);

    private final String extension;
    private final MediaType mediaType;
    private final boolean inline;

    ReportFormat(String extension, MediaType mediaType, boolean inline) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.inline = inline;
    }

    static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return HTML;
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new BadRequestException("format", "Parameter 'format' is '" + value
                        + "'; kies een van: " + Arrays.stream(values()).map(f -> f.extension)
                        .collect(Collectors.joining(", ")) + "."));
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    boolean inline() {
        return inline;
    }
}
