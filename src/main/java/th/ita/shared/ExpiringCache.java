package th.ita.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A small in-memory cache for what a page reads again and again but rarely changes (reference data, badge counts).
 * An entry lives for a fixed time, so that what another node of a cluster changed shows up after it at the latest;
 * the writer of this node evicts at once, and again when its transaction ends, so that no reader keeps a value
 * read before the commit. A value loaded while an eviction happened is returned but not kept.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public ExpiringCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        long before = evictions.get();
        V value = loader.apply(key);
        if (evictions.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.values().removeIf(e -> now - e.expiresAt() >= 0);
                if (entries.size() >= maxEntries) {
                    entries.clear();
                }
            }
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    /** Forgets the entries whose key matches, now and when the current transaction (if any) ends. */
    public void evict(Predicate<? super K> keys) {
        evictNow(keys);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evictNow(keys);
                }
            });
        }
    }

    public void evictAll() {
        evict(key -> true);
    }

    private void evictNow(Predicate<? super K> keys) {
        evictions.incrementAndGet();
        entries.keySet().removeIf(keys);
    }
}
