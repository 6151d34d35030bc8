package th.ita.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ita.demo.*}: whether the demo accounts exist, and their shared password. */
@ConfigurationProperties("ita.demo")
public record DemoProperties(boolean enabled, String password) {
}
