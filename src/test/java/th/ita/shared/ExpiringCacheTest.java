package th.ita.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofSeconds(20), 3, now::get);

    private Integer load(String key) {
        return loads.incrementAndGet();
    }

    @Test
    void aValueIsKeptForItsTime_thenReadAgain() {
        assertThat(cache.get("a", this::load)).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(19).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo(2);
    }

    @Test
    void anEvictedKey_isReadAgain_theOthersAreKept() {
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.evict("a"::equals);
        assertThat(cache.get("a", this::load)).isEqualTo(3);
        assertThat(cache.get("b", this::load)).isEqualTo(2);
    }

    @Test
    void aValueLoadedWhileAnEvictionHappened_isReturnedButNotKept() {
        assertThat(cache.get("a", key -> {
            cache.evictAll();
            return 7;
        })).isEqualTo(7);
        assertThat(cache.get("a", this::load)).isEqualTo(1);
    }

    @Test
    void aFullCache_dropsTheExpiredFirst() {
        cache.get("a", this::load);
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        cache.get("b", this::load);
        cache.get("c", this::load);
        cache.get("d", this::load);
        assertThat(cache.get("b", this::load)).isEqualTo(2);
        assertThat(cache.get("d", this::load)).isEqualTo(4);
    }
}
