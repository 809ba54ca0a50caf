package nl.voortgang.command.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Axon's aggregate cache, checked against the event store on every hit: an entry whose version is not the stream's
 * last sequence number (another instance appended since) is dropped, and the command loads the aggregate from its
 * events as without a cache. So a command is never judged against a stale state, whatever instance handles it; the
 * unique (aggregate id, sequence number) key still refuses a concurrent append (docs/adr/0017). Entries are held
 * strongly, at most {@code maximumSize} of them, the least recently used going first (Caffeine): weak references were
 * cleared by every young collection, so almost every command replayed its aggregate's history.
 */
public final class CheckedAggregateCache implements Cache {

    private static final VarHandle ENTRY_VERSION = entryVersion();

    private final ConcurrentMap<Object, Object> entries;
    private final Function<String, Optional<Long>> lastSequenceNumber;

    /**
     * @param lastSequenceNumber the event store's last sequence number of an aggregate, empty when it has no events
     * @param maximumSize        how many aggregates the cache keeps at most
     */
    public CheckedAggregateCache(Function<String, Optional<Long>> lastSequenceNumber, long maximumSize) {
        this.lastSequenceNumber = lastSequenceNumber;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V entry = (V) entries.get(key);
        if (entry instanceof AggregateCacheEntry<?> cached && !current(key, cached)) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    private boolean current(Object key, AggregateCacheEntry<?> cached) {
        Long version = (Long) ENTRY_VERSION.get(cached);
        return version != null && Objects.equals(lastSequenceNumber.apply(key.toString()).orElse(null), version);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T cached = get(key);
        if (cached != null) {
            return cached;
        }
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache notifies no listeners; Axon's aggregate repositories register none");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        if (get(key) != null) {
            entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
        }
    }

    /** AggregateCacheEntry keeps the version it was cached at in a private field and offers no getter. */
    private static VarHandle entryVersion() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry no longer has the version field this cache checks", e);
        }
    }
}
