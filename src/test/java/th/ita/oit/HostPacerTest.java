package th.ita.oit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Politeness per host: a second request to the same host waits, one to another host does not. */
class HostPacerTest {

    @Test
    void theSameHostWaitsTheDelay_anotherHostDoesNot() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        HostPacer pacer = new HostPacer(Duration.ofSeconds(2), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                waits::add);

        pacer.await("www.bantan.go.th");
        pacer.await("nonghoi.go.th");
        pacer.await("WWW.BANTAN.GO.TH");

        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }
}
