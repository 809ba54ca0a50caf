package nl.voortgang.command.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The cache an aggregate names with {@code @Aggregate(cache = AggregateCacheConfiguration.CACHE)}: a command then
 * does not replay the aggregate's whole history, nor create a new aggregate bean, unless the cache is behind the event
 * store (docs/adr/0017).
 */
@AutoConfiguration
public class AggregateCacheConfiguration {

    public static final String CACHE = "aggregateCache";

    /**
     * {@code voortgang.aggregate-cache=false} (VOORTGANG_AGGREGATE_CACHE) loads every aggregate from its events, to
     * compare; {@code voortgang.aggregate-cache-size} (VOORTGANG_AGGREGATE_CACHE_SIZE, 2,000) bounds the entries.
     */
    @Bean(CACHE)
    Cache aggregateCache(ObjectProvider<EventStorageEngine> storage, @Value("${voortgang.aggregate-cache:true}") boolean enabled,
            @Value("${voortgang.aggregate-cache-size:2000}") long maximumSize) {
        return enabled ? new CheckedAggregateCache(aggregateId -> storage.getObject().lastSequenceNumberFor(aggregateId), maximumSize)
                : NoCache.INSTANCE;
    }
}
