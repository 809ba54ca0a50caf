package nl.voortgang.reporting.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live stream serves its clients.
 *
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 * @param sendTimeout how long one message may take to leave before the client counts as slow and is
 *     disconnected (it resumes with Last-Event-ID)
 * @param pageSize how many changes one client reads from the database at a time
 * @param senders the threads that read and send for all clients together
 */
@ConfigurationProperties("voortgang.live")
public record LiveStreamSettings(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("200") int pageSize,
        @DefaultValue("4") int senders) {
}
