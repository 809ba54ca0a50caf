package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.testsupport.web.MalformedBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class RequestContentTypesHttpTest extends ActivityServiceIntegrationTest {

    @Test
    void everyCommandEndpointRefusesWhatItDoesNotTakeWithoutAServerFault(@Autowired ApplicationContext context) {
        assertThat(MalformedBodies.faultsOfEveryEndpoint(context, http.getRootUri(), "/api/activities", "/api/imports")).isEmpty();
    }

    @Test
    void aRefusedContentTypeIsToldWhatIsAccepted() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<Map> json = http.postForEntity("/api/activities", new HttpEntity<>("hallo", headers), Map.class);
        ResponseEntity<Map> upload = http.postForEntity("/api/imports", new HttpEntity<>("hallo", headers), Map.class);

        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) json.getBody().get("detail")).contains("text/plain").contains("application/json");
        assertThat(json.getBody().get("accepted")).isEqualTo(List.of("application/json"));
        assertThat(json.getHeaders().getFirst("Accept-Post")).isEqualTo("application/json");
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(upload.getBody().get("accepted")).isEqualTo(List.of("multipart/form-data"));
    }
}
