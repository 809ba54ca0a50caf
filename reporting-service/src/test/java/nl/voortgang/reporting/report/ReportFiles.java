package nl.voortgang.reporting.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a rendered report back with the tools its readers use (a browser's DOM, PDFBox, POI, a CSV parser). */
final class ReportFiles {

    /** A table as read back: its header cells and its rows of cell texts, and whether the header repeats. */
    record Table(List<String> header, List<List<String>> rows, boolean headerRepeats) {
    }

    private ReportFiles() {
    }

    static List<Table> htmlTables(byte[] html) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        List<Table> tables = new ArrayList<>();
        for (Element table : page.select("table")) {
            List<String> header = table.select("thead th").eachText();
            List<List<String>> rows = new ArrayList<>();
            for (Element row : table.select("tbody tr")) {
                rows.add(row.select("td").eachText());
            }
            tables.add(new Table(header, rows, !table.select("thead").isEmpty()));
        }
        return tables;
    }

    static String htmlText(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8)).body().wholeText().replaceAll("[ \\t]+", " ")
                .replaceAll("\\s*\\n\\s*", "\n").strip();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Table> docxTables(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Table> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<XWPFTableRow> rows = table.getRows();
                List<String> header = rows.getFirst().getTableCells().stream().map(c -> c.getText().strip()).toList();
                List<List<String>> body = rows.subList(1, rows.size()).stream()
                        .map(row -> row.getTableCells().stream().map(c -> c.getText().strip()).toList()).toList();
                tables.add(new Table(header, body, rows.getFirst().isRepeatHeader()));
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean docxIsLandscape(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return "landscape".equals(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CSVRecord> csvRecords(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new IllegalStateException("the CSV has no byte order mark");
        }
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
