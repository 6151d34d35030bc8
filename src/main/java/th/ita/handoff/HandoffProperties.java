package th.ita.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * {@code ita.handoff.*}: when the e-mail and LINE side of hand-offs goes out.
 *
 * @param enabled  whether this node runs the scheduled sender (every node may; each notice is sent by one)
 * @param poll     how often a node looks for notices to send
 * @param quiet    a person's notices go out once none has been added for this long, combined into one message…
 * @param maxWait  …or once the oldest has waited this long, however busy the day
 * @param digestAt the time of day of the daily digest, for people who chose it
 * @param zone     the zone of {@code digestAt}
 * @param lease    how long a node holds the notices it claimed (another takes them over after a crash)
 * @param batch    recipients a node handles per poll
 */
@ConfigurationProperties("ita.handoff")
public record HandoffProperties(Boolean enabled, Duration poll, Duration quiet, Duration maxWait, LocalTime digestAt,
                                ZoneId zone, Duration lease, Integer batch) {

    public HandoffProperties {
        enabled = enabled == null || enabled;
        poll = poll == null ? Duration.ofSeconds(20) : poll;
        quiet = quiet == null ? Duration.ofMinutes(1) : quiet;
        maxWait = maxWait == null ? Duration.ofMinutes(10) : maxWait;
        digestAt = digestAt == null ? LocalTime.of(7, 0) : digestAt;
        zone = zone == null ? ZoneId.of("Asia/Bangkok") : zone;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        batch = batch == null ? 500 : batch;
    }
}
