package th.ita.assessment;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.ita.shared.FiscalYear;

import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which framework version each year has, and its stamp (changed by every save), read in one query. Frameworks are
 * cached by stamp ({@link FrameworkRepository}), so a node only has to notice that a stamp changed. It re-reads the
 * stamps on a thread of its own every {@code ita.frameworks.recheck} (1 s): a save through another node shows on
 * this one within that time, and no request pays a query for it (the screens' statement counts stay fixed). A save
 * through this node forgets them at once and again after its commit.
 */
@Component
class FrameworkStamps {

    record Stamp(int version, long stamp, boolean provisional) {
    }

    private static final Logger log = LoggerFactory.getLogger(FrameworkStamps.class);

    private final FrameworkStampRepository stampRepository;
    private final Duration recheck;
    private final AtomicLong changes = new AtomicLong();
    private volatile SortedMap<FiscalYear, Stamp> current;
    private ScheduledExecutorService poller;

    FrameworkStamps(FrameworkStampRepository stampRepository, @Value("${ita.frameworks.recheck:PT1S}") Duration recheck) {
        this.stampRepository = stampRepository;
        this.recheck = recheck;
    }

    SortedMap<FiscalYear, Stamp> all() {
        SortedMap<FiscalYear, Stamp> stamps = current;
        return stamps != null ? stamps : refresh();
    }

    /** Read again now; kept unless a save of this node happened meanwhile (then the next read reads again). */
    SortedMap<FiscalYear, Stamp> refresh() {
        long before = changes.get();
        SortedMap<FiscalYear, Stamp> stamps = stampRepository.all();
        if (changes.get() == before) {
            current = stamps;
        }
        return stamps;
    }

    /** A save of this node: forget the stamps now and when its transaction ends. */
    void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        changes.incrementAndGet();
        current = null;
    }

    /** Started once the tables exist and hold the frameworks (after the first load). */
    synchronized void startWatching() {
        if (poller != null || recheck.isZero() || recheck.isNegative()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "framework-stamps");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, recheck.toMillis(), recheck.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database away for a moment: the cached stamps stay, the next poll tries again.
            log.debug("Could not re-read the framework stamps", e);
        }
    }

    @PreDestroy
    synchronized void stopWatching() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
