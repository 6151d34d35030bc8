package th.ita.admin.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.province.ProvinceFixtures;
import th.ita.province.ProvinceService;
import th.ita.support.KaribuTest;

import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform administrator onboards organisations on screen and sees what province auditors read. */
class OrganisationsViewTest extends KaribuTest {

    @Autowired OrganisationService organisations;
    @Autowired DivisionService divisions;
    @Autowired ProvinceService provinceService;

    /** Not Ban Tan's: the demo auditor's page stays as the demo shows it. */
    final String province = ProvinceFixtures.newProvince();

    @Test
    void anOrganisationOnboardedThroughTheForm_hasItsDivisions_andIsListed() {
        String name = "เทศบาลตำบลฟอร์ม " + UUID.randomUUID().toString().substring(0, 8);
        OnboardForm form = open().onboardForm;
        fill(form, name, "office, สำนักปลัด, Office of the Clerk\nfinance | กองคลัง\n\n");

        _click(form.save);

        Organisation created = organisations.find(name, "ฮอด", province).orElseThrow();
        assertThat(created.websiteDomain()).isEqualTo("form.example.go.th");
        assertThat(divisions.all(created.id())).extracting(Division::code, Division::nameTh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("office", "สำนักปลัด"),
                        org.assertj.core.groups.Tuple.tuple("finance", "กองคลัง"));
        OrganisationsView view = _get(OrganisationsView.class);
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).id()))
                .contains(created.id());
        assertThat(form.nameTh.getValue()).isEmpty();
    }

    @Test
    void aBadDivisionCode_showsTheThaiMessage_andSavesNothing() {
        String name = "เทศบาลตำบลรหัสผิด " + UUID.randomUUID().toString().substring(0, 8);
        OnboardForm form = open().onboardForm;
        fill(form, name, "office, สำนักปลัด\nFinance Dept, กองคลัง");

        _click(form.save);

        NotificationsKt.expectNotifications("รหัสกอง \"Finance Dept\" ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) "
                + "ขึ้นต้นด้วยตัวอักษร ไม่เกิน 40 ตัว");
        assertThat(organisations.find(name, "ฮอด", province)).isEmpty();
        assertThat(form.nameTh.getValue()).isEqualTo(name);
    }

    @Test
    void theReadLogShowsAProvinceAuditorsRead() {
        var auditor = ProvinceFixtures.auditorOf(ProvinceFixtures.newProvince());
        provinceService.overview(auditor);

        OrganisationsView view = open();

        assertThat(IntStream.range(0, GridKt._size(view.readLog)).mapToObj(i -> GridKt._get(view.readLog, i).userId()))
                .contains(auditor.userId());
    }

    private OrganisationsView open() {
        login("admin");
        UI.getCurrent().navigate(OrganisationsView.class);
        return _get(OrganisationsView.class);
    }

    private void fill(OnboardForm form, String name, String divisionLines) {
        _setValue(form.nameTh, name);
        _setValue(form.nameEn, "Form Test");
        _setValue(form.district, "ฮอด");
        _setValue(form.province, province);
        _setValue(form.websiteDomain, "form.example.go.th");
        _setValue(form.divisions, divisionLines);
    }
}
