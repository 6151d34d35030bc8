package th.ita.inbox.ui;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.CountingDataSourceConfig;

/** The inbox navigation's statements on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(CountingDataSourceConfig.class)
class InboxNavigationOnH2IT extends AbstractInboxNavigationIT {
}
