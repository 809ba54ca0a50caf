package nl.voortgang.motie.web;

import static nl.voortgang.motie.web.FollowUpHttpTest.MOTIE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** motie-service refuses text that cannot be stored faithfully, in bodies and in request parameters alike. */
class UnstorableTextHttpTest extends MotieServiceIntegrationTest {

    @Test
    void aNulInTheTextOfAMotieIsRefusedNamingTheField() {
        ResponseEntity<Map> response = post("/api/moties", MOTIE.replace("De Tweede Kamer", "De Tweede\\u0000Kamer"));

        FollowUpHttpTest.assertProblem(response, HttpStatus.BAD_REQUEST, "'text'", "U+0000");
        assertThat(response.getBody().get("errors")).asList().singleElement()
                .satisfies(error -> assertThat((Map<String, String>) error).containsEntry("field", "text"));
    }

    @Test
    void halfOfASurrogatePairInASubmitterIsRefusedNamingTheListEntry() {
        ResponseEntity<Map> response = post("/api/moties", MOTIE.replace("Van der Laan c.s.", "Van der Laan \\ud800"));

        FollowUpHttpTest.assertProblem(response, HttpStatus.BAD_REQUEST, "'submitters[0]'", "U+D800");
    }

    @Test
    void aControlCharacterInARequestParameterIsRefusedNamingTheParameter() {
        URI unlink = URI.create(http.getRootUri() + "/api/moties/m-1/links/a-1?explanation=weg%00ermee");

        ResponseEntity<Map> response = http.exchange(RequestEntity.delete(unlink).build(), Map.class);

        FollowUpHttpTest.assertProblem(response, HttpStatus.BAD_REQUEST, "'explanation'", "U+0000");
    }

    private ResponseEntity<Map> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }
}
