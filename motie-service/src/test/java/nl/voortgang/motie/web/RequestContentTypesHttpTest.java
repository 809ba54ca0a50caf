package nl.voortgang.motie.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.testsupport.web.MalformedBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class RequestContentTypesHttpTest extends MotieServiceIntegrationTest {

    @Test
    void everyCommandEndpointRefusesWhatItDoesNotTakeWithoutAServerFault(@Autowired ApplicationContext context) {
        assertThat(MalformedBodies.faultsOfEveryEndpoint(context, http.getRootUri(), "/api/moties", "/api/toezeggingen", "/api/imports")).isEmpty();
    }
}
