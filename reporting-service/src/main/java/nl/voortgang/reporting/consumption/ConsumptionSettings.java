package nl.voortgang.reporting.consumption;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the consumer treats failures.
 *
 * @param attempts how often a batch that fails deterministically is tried before its records are
 *     applied one by one and the refused ones dead-lettered
 * @param firstRetryInterval the pause before the second attempt; it doubles each time
 * @param maxRetryInterval the longest pause between attempts while a transient failure lasts
 * @param stalledAfter how long the consumer may fail, or work on one batch, before readiness says
 *     it is stalled; also how long records may wait while the consumer does not advance
 * @param maxWaiting how many records may wait for the consumer group (end offsets minus committed offsets) before the
 *     consumer counts as behind; behind and not advancing for {@code stalledAfter} is not ready
 * @param lagRefresh how often the group's waiting records are read from the broker
 */
@ConfigurationProperties("voortgang.consumption")
public record ConsumptionSettings(
        @DefaultValue("3") int attempts,
        @DefaultValue("200ms") Duration firstRetryInterval,
        @DefaultValue("10s") Duration maxRetryInterval,
        @DefaultValue("60s") Duration stalledAfter,
        @DefaultValue("0") long maxWaiting,
        @DefaultValue("5s") Duration lagRefresh) {
}
