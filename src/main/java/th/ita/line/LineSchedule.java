package th.ita.line;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the queued LINE messages every {@code ita.line.poll} on each node where {@code ita.line.enabled} is true
 * (the default: nothing is queued for an organisation without linked people, so an idle sender costs one query).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ita.line.enabled", havingValue = "true", matchIfMissing = true)
class LineSchedule {

    private static final Logger log = LoggerFactory.getLogger(LineSchedule.class);

    private final LineSender sender;

    LineSchedule(LineSender sender) {
        this.sender = sender;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${ita.line.poll:PT30S}")
    void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The next poll tries again; a failed run must not stop the schedule.
            log.warn("Sending LINE messages failed, trying again at the next poll", e);
        }
    }
}
