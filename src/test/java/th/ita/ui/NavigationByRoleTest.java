package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.inbox.ui.InboxView;
import th.ita.support.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's side navigation lists exactly the screens it may open, in menu order; "LINE ของฉัน" only for people who
 * work for an organisation (not the platform administrator nor the province auditor); everybody's own password last.
 */
class NavigationByRoleTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "finance.officer; ภาพรวม|งานของฉัน|ประวัติมาตรการ|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|เปลี่ยนรหัสผ่าน",
            "works.head;      ภาพรวม|งานของฉัน|ประวัติมาตรการ|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|เปลี่ยนรหัสผ่าน",
            "coordinator;     ภาพรวม|งานของฉัน|มอบหมายมาตรการ|ประวัติมาตรการ|ผลการประเมิน ITA|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|เปลี่ยนรหัสผ่าน",
            "mayor;           ภาพรวม|งานของฉัน|รออนุมัติ|ประวัติมาตรการ|ผลการประเมิน ITA|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|เปลี่ยนรหัสผ่าน",
            "clerk;           ภาพรวม|งานของฉัน|รออนุมัติ|ประวัติมาตรการ|ผลการประเมิน ITA|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|เปลี่ยนรหัสผ่าน",
            "admin;           นำเข้าผลการประเมินทั้งจังหวัด|ภาพรวม|ประวัติมาตรการ|ผลการประเมิน ITA|แผนปรับปรุง|การแจ้งเตือน|จัดการหน่วยงาน|กรอบการประเมิน ITA|หน่วยงานของฉัน|เกี่ยวกับระบบ|เปลี่ยนรหัสผ่าน",
            "bantan.admin;    ภาพรวม|ประวัติมาตรการ|แผนปรับปรุง|ความพร้อม OIT|การแจ้งเตือน|LINE ของฉัน|หน่วยงานของฉัน|LINE ของหน่วยงาน|เปลี่ยนรหัสผ่าน",
            "auditor;         หน่วยงานในจังหวัด|นำเข้าผลการประเมินทั้งจังหวัด|ภาพรวม|ประวัติมาตรการ|แผนปรับปรุง|การแจ้งเตือน|เปลี่ยนรหัสผ่าน"})
    void sideNavigationListsOnlyWhatTheRoleMayOpen(String account, String expected) {
        login(account);
        UI.getCurrent().navigate(InboxView.class);

        // Nobody sees an entry that has nothing for them: no "งานของฉัน" for who gets no task, no OIT board without
        // an organisation. Top-level entries only: the inbox lists its steps with counts beneath itself.
        List<String> labels = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly(expected.split("\\|"));
    }
}
