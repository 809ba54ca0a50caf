package nl.voortgang.command.axon;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Axon's aggregate cache, checked against the event store on every hit: an entry whose version is not the stream's
 * last sequence number (another instance appended since) is dropped, and the command loads the aggregate from its
 * events as without a cache. So a command is never judged against a stale state, whatever instance handles it; the
 * unique (aggregate id, sequence number) key still refuses a concurrent append (docs/adr/0017).
 */
public final class CheckedAggregateCache implements Cache {

    private static final VarHandle ENTRY_VERSION = entryVersion();

    private final Cache entries = new WeakReferenceCache();
    private final Function<String, Optional<Long>> lastSequenceNumber;

    /** @param lastSequenceNumber the event store's last sequence number of an aggregate, empty when it has no events */
    public CheckedAggregateCache(Function<String, Optional<Long>> lastSequenceNumber) {
        this.lastSequenceNumber = lastSequenceNumber;
    }

    @Override
    public <K, V> V get(K key) {
        V entry = entries.get(key);
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
        return entries.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T cached = get(key);
        if (cached != null) {
            return cached;
        }
        return entries.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return entries.registerCacheEntryListener(cacheEntryListener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        if (get(key) != null) {
            entries.computeIfPresent(key, update);
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
