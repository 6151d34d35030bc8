package th.ita.province;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import th.ita.organisation.OrganisationAccess;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.security.UserProfiles;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The province page's service and the province auditors: who may read, what they read, and the log of it. */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceServiceTest {

    @Autowired ProvinceService service;
    @Autowired ProvinceAuditors auditors;
    @Autowired OrganisationAccess access;
    @Autowired TestOrganisations testOrganisations;
    @Autowired ProvinceFixtures fixtures;
    @Autowired UserProfiles profiles;

    @AfterEach
    void removeFigures() {
        fixtures.removeAll();
    }

    @Test
    void coordinatorsOfficersAndPlatformAdmins_areRefusedTheProvincePage() {
        TestOrganisation organisation = testOrganisations.onboard(ProvinceFixtures.newProvince());

        assertThatThrownBy(() -> service.overview(organisation.user("coordinator"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(organisation.user("finance.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(organisation.user("admin"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(TestOrganisations.PLATFORM_ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOverview_showsEachOrganisationsLatestResultAndPlanFigures_andIsLogged() {
        String province = ProvinceFixtures.newProvince();
        TestOrganisation withPlan = testOrganisations.onboard(province);
        TestOrganisation without = testOrganisations.onboard(province);
        fixtures.assessment(withPlan.id(), 2565, "70.00", "C");
        fixtures.assessment(withPlan.id(), 2566, "81.50", "IMPROVE");
        fixtures.plan(withPlan.id(), 2566, 2, 0, 0);
        long latestPlan = fixtures.plan(withPlan.id(), 2567, 5, 2, 1);
        CurrentUser auditor = ProvinceFixtures.auditorOf(province);

        var rows = service.overview(auditor);

        assertThat(rows).extracting(OrganisationStanding::organisationId).containsExactlyInAnyOrder(withPlan.id(), without.id());
        OrganisationStanding standing = rows.stream().filter(r -> r.organisationId() == withPlan.id()).findFirst().orElseThrow();
        assertThat(standing.assessmentYear()).isEqualTo(2566);
        assertThat(standing.overallScore()).isEqualByComparingTo("81.50");
        assertThat(standing.rating().nameTh()).isEqualTo("ต้องปรับปรุง");
        assertThat(standing.planId()).isEqualTo(latestPlan);
        assertThat(standing.planYear()).isEqualTo(2567);
        assertThat(standing.measuresDone()).isEqualTo(2);
        assertThat(standing.measuresTotal()).isEqualTo(5);
        assertThat(standing.partsOverdue()).isEqualTo(1);
        OrganisationStanding empty = rows.stream().filter(r -> r.organisationId() == without.id()).findFirst().orElseThrow();
        assertThat(empty.assessmentYear()).isNull();
        assertThat(empty.hasPlan()).isFalse();
        assertThat(fixtures.readLogRows(auditor.userId(), null)).isEqualTo(1);
    }

    @Test
    void anAuditorsReadOfAnOrganisation_isLogged_andOneOfAnotherProvinceIsRefusedUnlogged() {
        String province = ProvinceFixtures.newProvince();
        TestOrganisation ours = testOrganisations.onboard(province);
        TestOrganisation theirs = testOrganisations.onboard(ProvinceFixtures.newProvince());
        CurrentUser auditor = ProvinceFixtures.auditorOf(province);

        assertThat(access.mayRead(auditor, ours.id(), "dashboard")).isTrue();
        assertThat(access.mayRead(auditor, theirs.id(), "dashboard")).isFalse();
        assertThat(access.mayRead(ours.user("coordinator"), ours.id())).isTrue();

        assertThat(fixtures.readLogRows(auditor.userId(), ours.id())).isEqualTo(1);
        assertThat(fixtures.readLogRows(auditor.userId(), theirs.id())).isZero();
        assertThat(fixtures.readLogRows(ours.userId("coordinator"), ours.id())).isZero();
    }

    @Test
    void aPlatformAdminCreatesAProvinceAuditor_inTheGroupWithTheProvince_andNoOrganisation() {
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        String province = ProvinceFixtures.newProvince();

        auditors.create(new NewProvinceAuditor(id, "สมบัติ", "ตรวจสอบ", id + "@ita.example", TestOrganisations.PASSWORD,
                " " + province + " "), TestOrganisations.PLATFORM_ADMIN);

        CurrentUser created = profiles.of(id);
        assertThat(created.isProvinceAuditor()).isTrue();
        assertThat(created.province()).isEqualTo(province);
        assertThat(created.organisation()).isEmpty();
        assertThat(created.groupIds()).containsExactly(Groups.PROVINCE_AUDITOR);
    }

    @Test
    void onlyPlatformAdminsCreateAuditors_andTheirPasswordsFollowThePolicy() {
        TestOrganisation organisation = testOrganisations.onboard();
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> auditors.create(new NewProvinceAuditor(id, "ก", "ข", null, TestOrganisations.PASSWORD,
                "เชียงใหม่"), organisation.user("admin"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditors.create(new NewProvinceAuditor(id, "ก", "ข", null, "short",
                "เชียงใหม่"), TestOrganisations.PLATFORM_ADMIN))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("person.error.password"));
        assertThatThrownBy(() -> auditors.create(new NewProvinceAuditor(id, "ก", "ข", null, TestOrganisations.PASSWORD,
                " "), TestOrganisations.PLATFORM_ADMIN)).isInstanceOf(UserInputException.class);
        assertThat(profiles.of(id).groupIds()).isEmpty();
    }
}
