package th.ita.measure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The measure journey on the embedded H2 database (the default profile's database). */
@SpringBootTest
@ActiveProfiles("test")
class MeasureJourneyOnH2IT extends AbstractMeasureJourneyIT {
}
