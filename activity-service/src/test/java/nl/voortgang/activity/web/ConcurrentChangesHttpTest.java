package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.web.ConcurrentWrites;
import nl.voortgang.testsupport.web.ConcurrentWrites.Attempt;
import nl.voortgang.testsupport.web.ConcurrentWrites.StoredHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConcurrentChangesHttpTest extends ActivityServiceIntegrationTest {

    private static final int CLIENTS = 20;
    private static final int WRITES_EACH = 3;

    @Autowired
    DataSource store;

    @Test
    void twentyClientsWithIfMatchHaveEachWriteAppliedOrRefusedWith412AndNoneIsLost() {
        String id = registerActivity();

        List<Attempt> attempts = ConcurrentWrites.run(progressOf(id), token(), CLIENTS, WRITES_EACH, 0L, this::progress);

        assertThat(ConcurrentWrites.faults(attempts, true, CLIENTS * WRITES_EACH, StoredHistory.of(store, id))).isEmpty();
    }

    @Test
    void twentyClientsWithoutIfMatchHaveEveryWriteAppliedInSomeOrder() {
        String id = registerActivity();

        List<Attempt> attempts = ConcurrentWrites.run(progressOf(id), token(), CLIENTS, WRITES_EACH, null, this::progress);

        assertThat(attempts).hasSize(CLIENTS * WRITES_EACH);
        assertThat(ConcurrentWrites.faults(attempts, false, CLIENTS * WRITES_EACH, StoredHistory.of(store, id))).isEmpty();
    }

    private URI progressOf(String id) {
        return URI.create(http.getRootUri() + "/api/activities/" + id + "/progress");
    }

    private String progress(int write) {
        return "{\"period\":\"2024\",\"text\":\"Voortgangsbericht " + write + " van een van twintig schrijvers.\"}";
    }

    private static String token() {
        return TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN);
    }
}
