package nl.voortgang.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

/**
 * Renders a report as a Word document with Apache POI, for the ministries' letters: A4 landscape,
 * and every section a real Word table whose header row repeats on each page and whose rows do
 * not break across pages, so the annex can be edited and restyled like one typed by hand.
 */
@Component
class DocxReport {

    private static final String FONT = "Arial";
    private static final String RIJKSBLAUW = "154273";
    private static final int TEXT_WIDTH_TWIPS = 16838 - 2 * 850;

    byte[] render(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            document.getProperties().getCoreProperties().setTitle(report.title());
            document.getProperties().getCoreProperties().setCreator("Voortgang");
            document.getProperties().getCoreProperties().setCreated(Optional.empty());
            text(document.createParagraph(), report.title(), 16, true, RIJKSBLAUW);
            report.about().forEach(line -> text(document.createParagraph(), line, 9, false, null));
            if (!report.legend().isEmpty()) {
                XWPFParagraph legend = document.createParagraph();
                run(legend, "Legenda: ", 9, true, null);
                for (ReportDocument.StatusMark mark : report.legend()) {
                    run(legend, mark.icon() + " " + mark.label() + "    ", 9, false, null);
                }
            }
            for (ReportDocument.Section section : report.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                heading.setKeepNext(true);
                run(heading, section.heading(), 12, true, RIJKSBLAUW);
                if (section.rows().isEmpty()) {
                    text(document.createParagraph(), "Geen.", 9, false, null);
                } else {
                    table(document, section);
                }
            }
            report.notes().forEach(note -> text(document.createParagraph(), note, 8, false, null));
            report.ledger().forEach(digest -> text(document.createParagraph(), digest, 7, false, null));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + report.fileName() + " as DOCX", e);
        }
    }

    private static void table(XWPFDocument document, ReportDocument.Section section) {
        List<ReportDocument.Column> columns = section.columns();
        int totalWidth = columns.stream().mapToInt(ReportDocument.Column::width).sum();
        XWPFTable table = document.createTable(section.rows().size() + 1, columns.size());
        table.setWidth(TEXT_WIDTH_TWIPS);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            width(cell, TEXT_WIDTH_TWIPS * columns.get(c).width() / totalWidth);
            cell.setColor(RIJKSBLAUW);
            run(cell.getParagraphs().getFirst(), columns.get(c).name(), 9, true, "FFFFFF");
        }
        for (int r = 0; r < section.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            row.setHeightRule(TableRowHeightRule.AUTO);
            List<ReportDocument.Cell> cells = section.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                width(cell, TEXT_WIDTH_TWIPS * columns.get(c).width() / totalWidth);
                fill(cell, cells.get(c));
            }
        }
    }

    private static void fill(XWPFTableCell cell, ReportDocument.Cell content) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        boolean first = true;
        if (content.status() != null) {
            run(paragraph, content.status().icon() + " " + content.status().label(), 9, true, null);
            first = false;
        }
        for (List<String> lines : content.paragraphs()) {
            if (!first) {
                paragraph = cell.addParagraph();
            }
            first = false;
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun run = run(paragraph, lines.get(i), 9, false, null);
                if (i < lines.size() - 1) {
                    run.addBreak();
                }
            }
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(twips));
        cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
    }

    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold, String color) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        run(paragraph, text, size, bold, color);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        run.setText(text);
        return run;
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(850));
        margins.setBottom(BigInteger.valueOf(850));
        margins.setLeft(BigInteger.valueOf(850));
        margins.setRight(BigInteger.valueOf(850));
    }
}
