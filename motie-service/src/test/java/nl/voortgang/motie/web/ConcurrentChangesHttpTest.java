package nl.voortgang.motie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.web.ConcurrentWrites;
import nl.voortgang.testsupport.web.ConcurrentWrites.Attempt;
import nl.voortgang.testsupport.web.ConcurrentWrites.StoredHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ConcurrentChangesHttpTest extends MotieServiceIntegrationTest {

    private static final int CLIENTS = 20;
    private static final int WRITES_EACH = 2;

    @Autowired
    DataSource store;

    @Test
    void twentyClientsWithIfMatchHaveEachWriteAppliedOrRefusedWith412AndNoneIsLost() {
        String id = registerMotie();

        List<Attempt> attempts = ConcurrentWrites.run(progressOf(id), token(), CLIENTS, WRITES_EACH, 0L, this::progress);

        assertThat(ConcurrentWrites.faults(attempts, true, CLIENTS * WRITES_EACH, StoredHistory.of(store, id))).isEmpty();
    }

    @Test
    void twentyClientsWithoutIfMatchHaveEveryWriteAppliedInSomeOrder() {
        String id = registerMotie();

        List<Attempt> attempts = ConcurrentWrites.run(progressOf(id), token(), CLIENTS, WRITES_EACH, null, this::progress);

        assertThat(attempts).hasSize(CLIENTS * WRITES_EACH);
        assertThat(ConcurrentWrites.faults(attempts, false, CLIENTS * WRITES_EACH, StoredHistory.of(store, id))).isEmpty();
    }

    private String registerMotie() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (String) http.postForEntity("/api/moties", new HttpEntity<>(FollowUpHttpTest.MOTIE, headers), Map.class).getBody().get("id");
    }

    private URI progressOf(String id) {
        return URI.create(http.getRootUri() + "/api/moties/" + id + "/progress");
    }

    private String progress(int write) {
        return "{\"status\":\"IN_PROGRESS\",\"text\":\"Stand van zaken " + write + " van een van twintig schrijvers.\"}";
    }

    private static String token() {
        return TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN);
    }
}
