package th.ita.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DecisionRaceOnH2IT extends AbstractDecisionRaceIT {
}
