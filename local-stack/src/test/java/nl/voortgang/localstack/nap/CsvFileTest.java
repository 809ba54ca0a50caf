package nl.voortgang.localstack.nap;

import nl.voortgang.infra.TestDirectories;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    private final Path directory = TestDirectories.fresh("csv");

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaksAfterAByteOrderMark() throws IOException {
        CsvFile csv = read("quoted.csv", "\uFEFFcode , title,note\r\n"
                + "A,\"one, two\",\"says \"\"hi\"\"\"\r\n"
                + "B,\"first\nsecond\",\r\n");

        assertThat(csv.name()).isEqualTo("quoted.csv");
        assertThat(csv.rows()).hasSize(2);
        CsvFile.Row first = csv.rows().getFirst();
        assertThat(first.get("code")).isEqualTo("A");
        assertThat(first.get("title")).isEqualTo("one, two");
        assertThat(first.get("note")).isEqualTo("says \"hi\"");
        CsvFile.Row second = csv.rows().get(1);
        assertThat(second.get("title")).isEqualTo("first\nsecond");
        assertThat(second.optional("note")).isNull();
    }

    @Test
    void numbersEachRowByTheLineItStartsOnAndSkipsBlankLines() throws IOException {
        CsvFile csv = read("lines.csv", "code,text\n"
                + "A,\"two\nlines\"\n"
                + "\n"
                + "   \n"
                + "B,one line\n"
                + "C,no line break at the end");

        assertThat(csv.rows()).extracting(CsvFile.Row::line).containsExactly(2, 6, 7);
        assertThat(csv.rows().get(1)).hasToString("lines.csv line 6");
    }

    @Test
    void refusesARowWithAnotherNumberOfCellsThanTheHeader() throws IOException {
        Path file = write("short.csv", "code,title,status\nA,\"a\ntitle\",NEW\nB,forgot the status\n");

        assertThatThrownBy(() -> CsvFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short.csv line 4 has 2 cells, the header has 3");
    }

    @Test
    void stripsCellsSplitsListsOnSemicolonsAndNamesAMissingColumn() throws IOException {
        CsvFile.Row row = read("list.csv", "code,responsible\n A ,\"SOCW; MJenV;\"\n").rows().getFirst();

        assertThat(row.get("code")).isEqualTo("A");
        assertThat(row.cells().get("code")).isEqualTo(" A ");
        assertThat(row.list("responsible")).containsExactly("SOCW", "MJenV");
        assertThatThrownBy(() -> row.get("status"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("list.csv line 2 has no column status");
    }

    @Test
    void readsAColumnThatNoOneAsksForWithoutFailing() throws IOException {
        CsvFile.Row row = read("extra.csv", "code,status,statusEvidence,statusIcon\r\nA,IN_PROGRESS,icon,d- ?\r\n")
                .rows().getFirst();

        assertThat(row.get("code")).isEqualTo("A");
        assertThat(row.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(row.cells()).containsOnlyKeys("code", "status", "statusEvidence", "statusIcon");
    }

    @Test
    void readsEveryActivityOfTheNapDataFromTheLineWhereItStarts() throws IOException {
        Path file = NapLoader.dataDirectory(Path.of("..")).resolve("activities.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        List<CsvFile.Row> rows = CsvFile.read(file).rows();

        assertThat(rows).hasSize(83);
        assertThat(rows).allSatisfy(row -> assertThat(lines.get(row.line() - 1)).startsWith(row.get("code") + ","));
    }

    @Test
    void everyNapActivityNamesTheEvidenceOfItsStatusAndAnIconRowItsToken() throws IOException {
        List<CsvFile.Row> rows = CsvFile.read(NapLoader.dataDirectory(Path.of("..")).resolve("activities.csv")).rows();

        assertThat(rows).allSatisfy(row -> assertThat(row.get("statusEvidence")).as(row.toString())
                .isIn("icon", "text", "derived"));
        assertThat(rows).filteredOn(row -> row.get("statusEvidence").equals("icon"))
                .allSatisfy(row -> assertThat(row.optional("statusIcon")).as(row.toString()).isNotNull());
    }

    private CsvFile read(String name, String content) throws IOException {
        return CsvFile.read(write(name, content));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
