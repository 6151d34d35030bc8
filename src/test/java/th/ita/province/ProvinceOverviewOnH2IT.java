package th.ita.province;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The province page's statement count on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceOverviewOnH2IT extends AbstractProvinceOverviewIT {
}
