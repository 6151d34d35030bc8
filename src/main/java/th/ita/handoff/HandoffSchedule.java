package th.ita.handoff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the due hand-off messages every {@code ita.handoff.poll} on each node where {@code ita.handoff.enabled}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ita.handoff.enabled", havingValue = "true", matchIfMissing = true)
class HandoffSchedule {

    private static final Logger log = LoggerFactory.getLogger(HandoffSchedule.class);

    private final HandoffSender sender;

    HandoffSchedule(HandoffSender sender) {
        this.sender = sender;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${ita.handoff.poll:PT20S}")
    void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The next poll tries again; a failed run must not stop the schedule.
            log.warn("Sending hand-off messages failed, trying again at the next poll", e);
        }
    }
}
