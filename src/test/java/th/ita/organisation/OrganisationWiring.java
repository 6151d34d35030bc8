package th.ita.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.division.DivisionService;
import th.ita.operations.AdminAuditLog;
import th.ita.outbound.OutboundPolicy;

import java.time.Clock;

/** The organisation package's services on a database client of the test's choosing (a counted one), for other packages' tests. */
public final class OrganisationWiring {

    private OrganisationWiring() {
    }

    public static OrganisationService organisationService(JdbcClient jdbc, IdentityService identityService,
                                                          DivisionService divisions, OutboundPolicy outbound,
                                                          AdminAuditLog audit) {
        return new OrganisationService(new OrganisationRepository(jdbc), identityService, divisions, outbound, audit);
    }

    public static ProvinceReadLog provinceReadLog(JdbcClient jdbc, Clock clock) {
        return new ProvinceReadLog(new ProvinceReadLogRepository(jdbc), clock);
    }
}
