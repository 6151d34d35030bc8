package th.ita.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the test moves by hand (it starts at the real now). */
@TestConfiguration
public class MovableClockConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.startingNow();
    }
}
