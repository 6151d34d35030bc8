package th.ita.screens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.CountingDataSourceConfig;

/** The screens' statement counts on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(CountingDataSourceConfig.class)
class ScreenReadsOnH2IT extends AbstractScreenReadsIT {
}
