package th.ita.oit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link AbstractOitYearIT} on H2. */
@SpringBootTest
@ActiveProfiles("test")
class OitYearIT extends AbstractOitYearIT {
}
