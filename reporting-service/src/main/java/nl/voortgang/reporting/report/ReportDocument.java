package nl.voortgang.reporting.report;

import java.util.Arrays;
import java.util.List;

/**
 * A report as every renderer sees it, in no file format yet: a title, the lines under it, an
 * optional status legend, and sections that each hold one table. HTML, PDF, DOCX and CSV are
 * all written from this, so they can never tell different stories.
 *
 * @param fileName the download's name without extension, e.g. NAP-bijlage1-2024-03-18
 * @param about the lines under the title: the date, the "as known on" instant, the data's source
 * @param ledger the ledger digests the data rests on, one line per command service
 */
record ReportDocument(String fileName, String title, List<String> about, List<StatusMark> legend,
        List<Section> sections, List<String> notes, List<String> ledger) {

    ReportDocument(String fileName, String title, List<String> about, List<StatusMark> legend, List<Section> sections,
            List<String> notes) {
        this(fileName, title, about, legend, sections, notes, List.of());
    }

    /** The same report naming the ledger digests its data rests on. */
    ReportDocument citing(List<String> digests) {
        return new ReportDocument(fileName, title, about, legend, sections, notes, List.copyOf(digests));
    }

    /** One heading with one table under it; every row has one cell per column. */
    record Section(String heading, List<Column> columns, List<List<Cell>> rows) {
    }

    /** A column with its relative width, so that long texts get the room they need in every format. */
    record Column(String name, int width) {
    }

    /** A table cell: text (paragraphs separated by blank lines), a status shown by icon and word, or both. */
    record Cell(String text, StatusMark status) {

        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        static Cell status(StatusMark status, String note) {
            return new Cell(note == null ? "" : note, status);
        }

        /** The text's paragraphs (separated by a blank line), each as its lines. */
        public List<List<String>> paragraphs() {
            if (text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(p -> List.of(p.split("\n"))).toList();
        }

        /** The cell as one piece of plain text, for CSV and for comparing formats. */
        public String plain() {
            if (status == null) {
                return text;
            }
            return text.isEmpty() ? status.label() : status.label() + "\n" + text;
        }
    }

    /** A status as the reports' legend shows it: an icon and its word, never colour alone. */
    record StatusMark(String icon, String label, String cssClass) {
    }
}
