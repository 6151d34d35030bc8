package th.ita.organisation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The readers' organisation filters on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class ScopedQueriesOnH2IT extends AbstractScopedQueriesIT {
}
