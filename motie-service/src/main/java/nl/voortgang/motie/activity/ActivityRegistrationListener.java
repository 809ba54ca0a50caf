package nl.voortgang.motie.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.voortgang.contracts.EventCatalogue;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads voortgang.activity.events from the beginning in its own consumer group and remembers every
 * registered activity id. Only the headers are read, so a new revision of the payload does not matter.
 */
@Component
class ActivityRegistrationListener {

    static final String REGISTERED = EventCatalogue.forClass(ActivityRegisteredEvent.class).orElseThrow().name();

    private final KnownActivities activities;

    ActivityRegistrationListener(KnownActivities activities) {
        this.activities = activities;
    }

    @KafkaListener(id = "known-activities", topics = Topics.ACTIVITY_EVENTS,
            groupId = "${voortgang.known-activities.group-id:motie-service-known-activities}",
            containerFactory = KnownActivitiesConfiguration.CONTAINER_FACTORY, batch = "true")
    @Transactional
    void on(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (REGISTERED.equals(header(record, EventHeaders.EVENT_TYPE)) && record.key() != null) {
                activities.remember(record.key(), header(record, EventHeaders.EVENT_ID));
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
