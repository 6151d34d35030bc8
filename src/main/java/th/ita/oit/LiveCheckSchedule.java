package th.ita.oit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the live checks every {@code ita.oit.checks.poll} on each node where {@code ita.oit.checks.enabled} is true.
 * Nodes need not agree on who runs: each URL is claimed by one of them ({@link LiveChecks}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ita.oit.checks.enabled", havingValue = "true")
class LiveCheckSchedule {

    private static final Logger log = LoggerFactory.getLogger(LiveCheckSchedule.class);

    private final LiveChecks checks;

    LiveCheckSchedule(LiveChecks checks) {
        this.checks = checks;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${ita.oit.checks.poll:PT5M}")
    void run() {
        try {
            int checked = checks.runDue();
            if (checked > 0) {
                log.info("Checked {} website addresses", checked);
            }
        } catch (RuntimeException e) {
            // The next poll tries again; a failed run must not stop the schedule.
            log.warn("Website checks failed, trying again at the next poll", e);
        }
    }
}
