package th.ita.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.MovableClockConfig;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClockConfig.class)
class SignInProtectionOnH2IT extends AbstractSignInProtectionIT {
}
