package th.ita.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test: the application on a random port in production mode, as users get it (the bundle built by
 * "package", no dev tools, no live reload), with the browser's state saved when the test fails
 * ({@link BrowserFailureCapture}) and its sessions closed after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@ExtendWith(BrowserFailureCapture.class)
@interface BrowserTest {
}
