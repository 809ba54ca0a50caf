package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text that PostgreSQL cannot hold or a reader cannot see is refused at the door, before any event is stored. */
class UnstorableTextHttpTest extends ActivityServiceIntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aNulInADescriptionIsRefusedNamingTheFieldAndNothingIsStored() {
        long eventsBefore = storedEvents();

        ResponseEntity<Map> response = register("\"description\":\"a\\u0000b\"");

        assertRefused(response, "description", "U+0000", "positie 2");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void halfOfASurrogatePairIsRefusedNamingTheField() {
        long eventsBefore = storedEvents();

        assertRefused(register("\"description\":\"emoji \\ud83d zonder tweede helft\""), "description", "U+D83D", "surrogaat");
        assertRefused(register("\"explanation\":\"\\udc00 eerst\""), "explanation", "U+DC00");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void otherControlCharactersAndDeleteAreRefusedInEveryTextFieldAlsoInListsAndMaps() {
        assertRefused(register("\"description\":\"bel\\u0007\""), "description", "U+0007");
        assertRefused(register("\"description\":\"weg\\u007f\""), "description", "U+007F");
        assertRefused(post("/api/activities", REGISTRATION.replace("\"SZW\"", "\"SZ\\u001bW\"")), "responsible[1]", "U+001B");
        String id = registerActivity();
        assertRefused(post("/api/activities/" + id + "/progress", "{\"period\":\"2024\",\"text\":\"stand\\u0000\"}"),
                "text", "U+0000");
        assertRefused(post("/api/activities/" + id + "/progress", "{\"period\":\"2024\",\"text\":\"stand\",\"figures\":{\"deel\\u0000nemers\":8}}"),
                "figures", "U+0000");
    }

    @Test
    void tabNewlineCarriageReturnAndWholeSurrogatePairsAreOrdinaryText() {
        ResponseEntity<Map> response = register("\"description\":\"regel 1\\r\\nregel 2\\tmet tab, en \\ud83d\\ude00\"");

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<Map> register(String extraField) {
        return post("/api/activities", REGISTRATION.replace("\"title\":", extraField + ",\"title\":"));
    }

    private static void assertRefused(ResponseEntity<Map> response, String field, String... mentions) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("'" + field + "'").contains(mentions);
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", field);
            assertThat(error.get("message")).isEqualTo(response.getBody().get("detail"));
        });
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
