package th.ita.handoff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class HandoffOnH2IT extends AbstractHandoffIT {
}
