package nl.voortgang.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change that alters the JSON of a published event breaks these tests: published events are
 * read back by consumers long after they were written. A missing golden file (a new event or a
 * new revision) is written from the sample; an existing one is never overwritten, so a changed
 * event needs a new revision.
 */
class EventGoldenFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<DomainEvent> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventMatchesItsGoldenFileBothWays(DomainEvent sample) throws IOException {
        EventType type = EventCatalogue.forEvent(sample);
        Path file = GOLDEN.resolve(type.name() + ".v" + type.revision() + ".json");
        if (Files.notExists(file)) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(EventCodec.encode(sample))) + "\n");
        }
        byte[] golden = Files.readAllBytes(file);

        assertThat(JSON.readTree(EventCodec.encode(sample))).isEqualTo(JSON.readTree(golden));
        assertThat(EventCodec.decode(type.name(), type.revision(), golden)).isEqualTo(sample);
    }

    @Test
    void everyCatalogueEntryHasASampleAndAGoldenFile() {
        List<String> sampled = SampleEvents.all().stream().map(e -> e.getClass().getName()).toList();
        List<String> catalogued = EventCatalogue.all().stream().map(t -> t.javaType().getName()).toList();
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(catalogued);
        EventCatalogue.all().forEach(type ->
                assertThat(GOLDEN.resolve(type.name() + ".v" + type.revision() + ".json")).exists());
    }

    @Test
    void anUnknownTypeOrRevisionIsRefusedByName() {
        assertThatThrownBy(() -> EventCodec.decode("ActivityRegistered", 99, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("ActivityRegistered revision 99");
    }

    @Test
    void malformedJsonIsRefusedWithTheReason() {
        assertThatThrownBy(() -> EventCodec.decode("ActivityStatusChanged", 1, "{\"status\":\"BOGUS\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ActivityStatusChanged revision 1 cannot be read");
    }

    @Test
    void theEventCatalogueDocumentListsEveryEvent() throws IOException {
        String catalogue = Files.readString(Path.of("../docs/events.md"));
        EventCatalogue.all().forEach(type ->
                assertThat(catalogue).contains("`" + type.name() + "` (" + type.revision() + ")"));
    }
}
