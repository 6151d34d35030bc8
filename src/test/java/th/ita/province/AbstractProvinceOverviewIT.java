package th.ita.province;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.division.DivisionService;
import th.ita.organisation.OrganisationAccess;
import th.ita.organisation.OrganisationWiring;
import th.ita.security.CurrentUser;
import th.ita.support.StatementCounter;
import th.ita.support.TestOrganisations;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province page reads with a fixed number of SQL statements: as many for a province of 10 organisations as for
 * one of 2, each organisation with a result and a plan. The service is built over a counting data source (the same
 * database), so every statement of the read, the log's insert included, is counted.
 */
abstract class AbstractProvinceOverviewIT {

    @Autowired DataSource dataSource;
    @Autowired IdentityService identityService;
    @Autowired DivisionService divisions;
    @Autowired TestOrganisations testOrganisations;
    @Autowired ProvinceFixtures fixtures;
    @Autowired Clock clock;
    @Autowired ProvinceService provinceService;
    @Autowired OrganisationAccess access;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterEach
    void removeFigures() {
        fixtures.removeAll();
    }

    @Test
    void theOverviewOf10Organisations_takesAsManyStatementsAsThatOf2() {
        String small = province(2);
        String large = province(10);
        StatementCounter counter = new StatementCounter(dataSource);
        JdbcClient counted = JdbcClient.create(counter.dataSource());
        ProvinceService service = new ProvinceService(
                new ProvinceOverviewReadModel(counted, OrganisationWiring.organisationService(counted, identityService, divisions, th.ita.outbound.TestPolicies.publicOnly(), new th.ita.operations.AdminAuditLog())),
                OrganisationWiring.provinceReadLog(counted, clock));

        List<OrganisationStanding> smallRows = service.overview(ProvinceFixtures.auditorOf(small));
        int smallCount = counter.reset();
        List<OrganisationStanding> largeRows = service.overview(ProvinceFixtures.auditorOf(large));
        int largeCount = counter.reset();

        assertThat(smallRows).hasSize(2);
        assertThat(largeRows).hasSize(10).allSatisfy(row -> {
            assertThat(row.rating()).extracting(r -> r.code(), r -> r.nameTh()).containsExactly("IMPROVE", "ต้องปรับปรุง");
            assertThat(row.measuresDone()).isEqualTo(1);
            assertThat(row.measuresTotal()).isEqualTo(3);
            assertThat(row.partsOverdue()).isEqualTo(1);
        });
        assertThat(largeCount).isEqualTo(smallCount);
        // The organisations, one query per figure, and the log's row.
        assertThat(smallCount).isEqualTo(6);
    }

    @Test
    void anEmptyProvince_readsOnlyItsOrganisations() {
        StatementCounter counter = new StatementCounter(dataSource);
        JdbcClient counted = JdbcClient.create(counter.dataSource());
        ProvinceService service = new ProvinceService(
                new ProvinceOverviewReadModel(counted, OrganisationWiring.organisationService(counted, identityService, divisions, th.ita.outbound.TestPolicies.publicOnly(), new th.ita.operations.AdminAuditLog())),
                OrganisationWiring.provinceReadLog(counted, clock));
        CurrentUser auditor = ProvinceFixtures.auditorOf(ProvinceFixtures.newProvince());

        assertThat(service.overview(auditor)).isEmpty();
        assertThat(counter.reset()).isEqualTo(2);
    }

    /**
     * The pages an auditor opens read in read-only transactions, where PostgreSQL refuses an insert: the log writes
     * in a transaction of its own, and so is there.
     */
    @Test
    void readsInsideReadOnlyTransactions_areLoggedAllTheSame() {
        String province = ProvinceFixtures.newProvince();
        long organisation = testOrganisations.onboard(province).id();
        CurrentUser auditor = ProvinceFixtures.auditorOf(province);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            assertThat(provinceService.overview(auditor)).hasSize(1);
            assertThat(access.mayRead(auditor, organisation, "dashboard")).isTrue();
        });

        assertThat(fixtures.readLogRows(auditor.userId(), null)).isEqualTo(1);
        assertThat(fixtures.readLogRows(auditor.userId(), organisation)).isEqualTo(1);
    }

    private String province(int organisations) {
        String province = ProvinceFixtures.newProvince();
        for (int i = 0; i < organisations; i++) {
            long id = testOrganisations.onboard(province).id();
            fixtures.assessment(id, 2565, "60.00", "D");
            fixtures.assessment(id, 2566, "82.00", "IMPROVE");
            fixtures.plan(id, 2566, 2, 2, 0);
            fixtures.plan(id, 2567, 3, 1, 1);
        }
        return province;
    }
}
