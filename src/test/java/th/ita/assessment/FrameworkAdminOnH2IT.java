package th.ita.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Frameworks loaded and corrected on the embedded H2 database (the default profile's database). */
@SpringBootTest
@ActiveProfiles("test")
class FrameworkAdminOnH2IT extends AbstractFrameworkAdminIT {
}
