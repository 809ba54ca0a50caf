package nl.voortgang.command.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voortgang.command.domain.StorableText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded CSV (UTF-8, comma-separated, header line) or XLSX file (first sheet, header row) as rows of named,
 * trimmed cells. Row numbers are those a person sees in the file: the header is row 1.
 */
public record ImportTable(List<String> columns, List<ImportRow> rows) {

    public static ImportTable read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            return readCsv(content);
        }
        throw new ImportRejectedException(List.of(new ImportProblem(0, "file",
                "Het bestand '" + fileName + "' is geen CSV of XLSX; gebruik het sjabloon van GET /api/imports/template.csv of .xlsx.")));
    }

    private static ImportTable readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "file",
                    "Het bestand is geen UTF-8; sla het op als CSV UTF-8 (in Excel: CSV UTF-8 (door komma's gescheiden)).")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> columns = parser.getHeaderNames().stream().map(String::strip).toList();
            List<ImportRow> rows = new ArrayList<>();
            int rowNumber = 1;
            for (CSVRecord record : parser) {
                rowNumber++;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.put(columns.get(i), i < record.size() ? record.get(i).strip() : "");
                }
                if (cells.values().stream().anyMatch(value -> !value.isEmpty())) {
                    rows.add(new ImportRow(rowNumber, cells));
                }
            }
            return new ImportTable(columns, rows);
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "file",
                    "Het CSV-bestand kan niet gelezen worden: " + e.getMessage())));
        }
    }

    private static ImportTable readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> columns = new ArrayList<>();
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                columns.add(text(header.getCell(c), formatter));
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    cells.put(columns.get(c), row == null ? "" : text(row.getCell(c), formatter));
                }
                if (cells.values().stream().anyMatch(value -> !value.isEmpty())) {
                    rows.add(new ImportRow(r + 1, cells));
                }
            }
            return new ImportTable(columns, rows);
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "file",
                    "Het XLSX-bestand kan niet gelezen worden: " + e.getMessage())));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** A problem for every cell that holds text which cannot be stored faithfully (see {@link StorableText}). */
    public List<ImportProblem> checkStorableText() {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : rows) {
            row.cells().forEach((column, value) -> StorableText.check(value).ifPresent(unstorable ->
                    problems.add(new ImportProblem(row.number(), column, unstorable.forColumn(column)))));
        }
        return problems;
    }

    /** The problems with the header: required columns that are missing and columns nobody asked for. */
    public List<ImportProblem> checkColumns(List<String> required, List<String> known) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : required) {
            if (!columns.contains(column)) {
                problems.add(new ImportProblem(1, column, "De verplichte kolom '" + column + "' ontbreekt."));
            }
        }
        for (String column : columns) {
            if (!known.contains(column)) {
                problems.add(new ImportProblem(1, column, "Onbekende kolom '" + column + "'; toegestaan zijn: "
                        + String.join(", ", known) + "."));
            }
        }
        return problems;
    }
}
