package nl.voortgang.command.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.voortgang.problem.ProblemResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of an import endpoint: the rejection with every problem, and the templates to fill in. */
public final class ImportResponses {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ImportResponses() {
    }

    public static ResponseEntity<Object> rejected(List<ImportProblem> problems) {
        String detail = "Er is niets geïmporteerd: " + problems.size() + (problems.size() == 1 ? " fout" : " fouten")
                + " in het bestand. Herstel ze en upload het hele bestand opnieuw.";
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "import-rejected", "Import geweigerd", detail).errors(problems).response();
    }

    public static ResponseEntity<byte[]> csvTemplate(String fileName, List<String> columns, List<String> example) {
        String text = String.join(",", columns) + "\r\n" + String.join(",", example.stream().map(ImportResponses::quoted).toList()) + "\r\n";
        return attachment(fileName + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> xlsxTemplate(String fileName, List<String> columns, List<String> example) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(fileName);
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                row.createCell(c).setCellValue(example.get(c));
            }
            workbook.write(out);
            return attachment(fileName + ".xlsx", XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
