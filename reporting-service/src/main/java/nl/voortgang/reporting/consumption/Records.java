package nl.voortgang.reporting.consumption;

import java.nio.charset.StandardCharsets;
import nl.voortgang.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** How a consumed record is named in logs and headers: where it is and which event it carries. */
final class Records {

    private Records() {
    }

    static String describe(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " (event " + eventId(record) + ")";
    }

    static String eventId(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_ID);
        return header == null || header.value() == null ? "without id" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
