package nl.voortgang.motie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Moties and toezeggingen name bewindspersonen; an editor's token names ministries; SOCW belongs to OCW. */
class MinistryAuthorisationHttpTest extends MotieServiceIntegrationTest {

    private static final String MOTIE_OF_SOCW = """
            {"programme":"NAP","submitters":["Van der Laan c.s."],"adoptedDate":"2023-04-04",
             "parliamentaryYear":"2022/23","dossier":"34843","number":"80",
             "text":"De Tweede Kamer verzoekt de regering de GREVIO-aanbeveling uit te voeren.",
             "responsible":["SOCW"],"status":"NOT_STARTED","effectiveDate":"2023-04-04"}""";
    private static final String TOEZEGGING_OF_SOCW_AND_MJENV = """
            {"programme":"NAP","occasion":"Commissiedebat","occasionDate":"2023-05-10",
             "text":"De minister stuurt na de zomer een brief over daderprofielen.",
             "responsible":["SOCW","MJenV"],"dueText":"na de zomer","effectiveDate":"2023-05-10"}""";
    private static final String PROGRESS = """
            {"status":"IN_PROGRESS","text":"Het onderzoek is gestart.","effectiveDate":"2023-09-22"}""";

    @Test
    void anEditorOfTheBewindspersonsMinistryRecordsProgress() {
        String motie = register("/api/moties", MOTIE_OF_SOCW);

        assertThat(post("/api/moties/" + motie + "/progress", PROGRESS, TestUser.editorFor("OCW")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anEditorOfAnotherMinistryGets403SayingWhichMinistryTheMotieBelongsTo() {
        String motie = register("/api/moties", MOTIE_OF_SOCW);

        ResponseEntity<Map> refused = post("/api/moties/" + motie + "/progress", PROGRESS, TestUser.editorFor("VWS"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) refused.getBody().get("detail")).contains("hoort bij OCW").contains("VWS");
    }

    @Test
    void aToezeggingOfTwoMinistriesMayBeChangedByAnEditorOfEither() {
        String toezegging = register("/api/toezeggingen", TOEZEGGING_OF_SOCW_AND_MJENV);

        assertThat(post("/api/toezeggingen/" + toezegging + "/progress", PROGRESS, TestUser.editorFor("JenV")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("/api/toezeggingen/" + toezegging + "/progress", PROGRESS, TestUser.editorFor("SZW")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyTheProgrammeAdminRegistersMotiesAndToezeggingen() {
        assertThat(post("/api/moties", MOTIE_OF_SOCW, TestUser.editorFor("OCW")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/toezeggingen", TOEZEGGING_OF_SOCW_AND_MJENV, TestUser.VIEWER).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWriteWithoutATokenIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.stranger().token(TestUser.PROGRAMME_ADMIN));

        assertThat(post("/api/moties", MOTIE_OF_SOCW, headers).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String register(String path, String json) {
        ResponseEntity<Map> registered = post(path, json, TestUser.PROGRAMME_ADMIN);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) registered.getBody().get("id");
    }

    private ResponseEntity<Map> post(String path, String json, TestUser user) {
        return post(path, json, TestIssuer.shared().bearer(user));
    }

    private ResponseEntity<Map> post(String path, String json, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }
}
