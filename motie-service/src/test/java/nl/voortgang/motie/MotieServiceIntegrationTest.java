package nl.voortgang.motie;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import nl.voortgang.contracts.Topics;
import nl.voortgang.testsupport.TestInfrastructure;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port against the shared real PostgreSQL and Kafka broker, with a
 * clock the tests can move forward and the overdue scheduler polling twice a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "voortgang.deadlines.poll-interval=PT0.5S")
@AutoConfigureTestRestTemplate
@Import(MotieServiceIntegrationTest.MovableTime.class)
public abstract class MotieServiceIntegrationTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected MutableClock clock;

    /** Every request of {@link #http} carries a programme-admin's token unless it sets its own Authorization header. */
    @BeforeEach
    void signInAsProgrammeAdmin() {
        TestIssuer.shared().signIn(http.getRestTemplate(), TestUser.PROGRAMME_ADMIN);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry, "motie");
        createActivityTopic();
    }

    /** activity-service owns this topic; here it stands in for it, as the tests publish registrations on it. */
    static void createActivityTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(Topics.ACTIVITY_EVENTS)) {
                admin.createTopics(List.of(new NewTopic(Topics.ACTIVITY_EVENTS, 3, (short) 1))).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TestConfiguration
    static class MovableTime {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
