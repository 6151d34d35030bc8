package th.ita.decision;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DecisionsOnH2IT extends AbstractDecisionIT {
}
