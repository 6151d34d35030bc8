package th.ita.admin.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import th.ita.admin.Member;
import th.ita.admin.OrganisationAdmin;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.organisation.PersonRole;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.security.UserProfiles;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "My organisation": an organisation's administrator adds divisions and people to their own organisation only. */
class OrganisationAdminViewTest extends KaribuTest {

    @Autowired TestOrganisations testOrganisations;
    @Autowired UserProfiles profiles;
    @Autowired DivisionService divisionService;
    @Autowired OrganisationAdmin admin;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired th.ita.security.DivisionMembers divisionMembers;
    @Autowired th.ita.organisation.OrganisationEmblems emblems;

    @Test
    void anOrganisationAdminAddsAnOfficerToADivision_whoThenWorksForTheOrganisation() {
        TestOrganisation organisation = testOrganisations.onboard();
        OrganisationAdminView view = open(organisation.userId("admin"), null);
        String id = organisation.prefix() + ".new.officer";
        AddPersonForm form = view.personForm;
        _setValue(form.id, id);
        _setValue(form.firstName, "ใหม่");
        _setValue(form.lastName, "กองคลัง");
        _setValue(form.position, "นักวิชาการเงินและบัญชีปฏิบัติการ");
        _setValue(form.email, id + "@ita.example");
        _setValue(form.password, TestOrganisations.PASSWORD);
        _setValue(form.role, PersonRole.OFFICER);
        _setValue(form.division, divisionService.find(organisation.id(), "finance").orElseThrow());

        _click(form.save);

        CurrentUser added = profiles.of(id);
        assertThat(added.organisation()).contains(organisation.id());
        assertThat(added.groupIds()).containsExactly(Groups.divisionGroup("finance"));
        Map<String, Member> people = people(_get(OrganisationAdminView.class));
        assertThat(people.get(id).roles()).containsExactly("officer");
        assertThat(people.get(id).division()).isEqualTo("finance");
        assertThat(people.get(id).position()).isEqualTo("นักวิชาการเงินและบัญชีปฏิบัติการ");
        // Listed with the division's name, not its code.
        int row = IntStream.range(0, GridKt._size(view.people))
                .filter(i -> GridKt._get(view.people, i).id().equals(id)).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(view.people, row)).contains("นักวิชาการเงินและบัญชีปฏิบัติการ", "กองคลัง")
                .doesNotContain("finance");
        assertThat(people.get(organisation.userId("works.head")).roles()).containsExactly("head");
    }

    /** The emblem for the report's cover: a PNG is taken and shown; a PDF named .png is refused and changes nothing. */
    @Test
    void anOrganisationAdminUploadsTheEmblem_andAPdfNamedPngIsRefused() {
        TestOrganisation organisation = testOrganisations.onboard();
        OrganisationAdminView view = open(organisation.userId("admin"), null);
        assertThat(view.emblemForm.preview.isVisible()).isFalse();
        byte[] png = th.ita.support.TestImages.emblemWithAlpha();

        com.github.mvysny.kaributesting.v10.UploadKt._upload(view.emblemForm.upload, "ตรา.png", "image/png", png);

        assertThat(emblems.find(organisation.id())).hasValueSatisfying(e -> assertThat(e.content()).isEqualTo(png));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("บันทึกตราสัญลักษณ์แล้ว");
        EmblemForm shown = _get(OrganisationAdminView.class).emblemForm;
        assertThat(shown.preview.isVisible()).isTrue();
        assertThat(shown.preview.getSrc()).startsWith("data:image/png;base64,");

        com.github.mvysny.kaributesting.v10.UploadKt._upload(shown.upload, "ตรา.png", "image/png",
                th.ita.support.TestPdf.minimal("not an image"));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "ตราสัญลักษณ์ต้องเป็นไฟล์ภาพ PNG หรือ JPEG (ไฟล์ที่ส่งเป็น application/pdf)");
        assertThat(emblems.find(organisation.id())).hasValueSatisfying(e -> assertThat(e.content()).isEqualTo(png));
        assertThatThrownBy(() -> emblems.put(organisation.id(), png, organisation.user("coordinator")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganisationAdminAddsADivision() {
        TestOrganisation organisation = testOrganisations.onboard();
        AddDivisionForm form = open(organisation.userId("admin"), null).divisionForm;
        _setValue(form.code, "planning");
        _setValue(form.nameTh, "กองวิชาการและแผนงาน");

        _click(form.save);

        assertThat(divisionService.all(organisation.id())).extracting(Division::code).endsWith("planning");
    }

    @Test
    void anOrganisationAdminAskingForAnotherOrganisation_stillManagesTheirOwn_andTheServiceRefusesTheOther() {
        TestOrganisation ours = testOrganisations.onboard();
        TestOrganisation other = testOrganisations.onboard();

        OrganisationAdminView view = open(ours.userId("admin"), other.id());

        assertThat(people(view)).containsKey(ours.userId("coordinator")).doesNotContainKey(other.userId("coordinator"));
        assertThatThrownBy(() -> admin.people(other.id(), ours.user("admin"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.addDivision(other.id(), "planning", "กองแผน", null, ours.user("admin")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.people(ours.id(), ours.user("coordinator"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlatformAdminOpensTheOrganisationChosenOnTheOrganisationsPage() {
        TestOrganisation organisation = testOrganisations.onboard();

        OrganisationAdminView view = open("admin", organisation.id());

        assertThat(view.organisationSelect.getValue().id()).isEqualTo(organisation.id());
        assertThat(people(view)).containsKey(organisation.userId("mayor"));
        assertThat(people(view).get(organisation.userId("mayor")).roles()).containsExactly("executive");
    }

    @Test
    void theAdministratorCorrectsANameAndDisablesAnAccount_whoseHistoryStays() {
        TestOrganisation organisation = testOrganisations.onboard();
        String officer = organisation.userId("finance.officer");
        OrganisationAdminView view = open(organisation.userId("admin"), null);
        // Nobody is offered to disable themselves.
        assertThat(rowButton(view, organisation.userId("admin"), "admin-person-disable-")).isNull();

        _click(rowButton(view, officer, "admin-person-edit-"));
        EditPersonDialog dialog = _get(EditPersonDialog.class);
        _setValue(dialog.firstName, "สมหญิง");
        _setValue(dialog.position, "นักวิชาการเงินและบัญชีชำนาญการ");
        _setValue(dialog.email, "somying@ita.example");
        _click(dialog.save);

        assertThat(people(view).get(officer).position()).isEqualTo("นักวิชาการเงินและบัญชีชำนาญการ");
        assertThat(identityService.createUserQuery().userId(officer).singleResult().getFirstName()).isEqualTo("สมหญิง");
        assertThat(identityService.createUserQuery().userId(officer).singleResult().getEmail()).isEqualTo("somying@ita.example");

        _click(rowButton(view, officer, "admin-person-disable-"));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(identityService.createUserQuery().userId(officer).count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupMember(officer).count()).isZero();
        assertThat(identityService.checkPassword(officer, TestOrganisations.PASSWORD)).isFalse();
        assertThat(divisionMembers.of(organisation.id(), "finance")).doesNotContain(officer);
        assertThat(people(view).get(officer).roles()).isEmpty();
        assertThat(people(view).get(officer).firstName()).isEqualTo("สมหญิง");
    }

    /** The button of a person's row (the actions column renders components, not children of the grid). */
    private static com.vaadin.flow.component.button.Button rowButton(OrganisationAdminView view, String userId, String idPrefix) {
        int row = IntStream.range(0, GridKt._size(view.people))
                .filter(i -> GridKt._get(view.people, i).id().equals(userId)).findFirst().orElseThrow();
        return GridKt._getCellComponent(view.people, row, "actions").getChildren()
                .filter(c -> c.getId().filter((idPrefix + userId)::equals).isPresent())
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElse(null);
    }

    private OrganisationAdminView open(String userId, Long organisationId) {
        login(userId);
        if (organisationId == null) {
            UI.getCurrent().navigate(OrganisationAdminView.class);
        } else {
            UI.getCurrent().navigate(OrganisationAdminView.class,
                    QueryParameters.of(OrganisationAdminView.ORGANISATION, String.valueOf(organisationId)));
        }
        return _get(OrganisationAdminView.class);
    }

    private static Map<String, Member> people(OrganisationAdminView view) {
        List<Member> members = IntStream.range(0, GridKt._size(view.people)).mapToObj(i -> GridKt._get(view.people, i)).toList();
        return members.stream().collect(java.util.stream.Collectors.toMap(Member::id, m -> m));
    }
}
