package th.ita.oit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitService;
import th.ita.oit.OitState;
import th.ita.oit.OitUrl;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.Map;
import com.vaadin.flow.router.QueryParameters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The board screen: the year's items, the coordinator's assignment, a division filling in its own item. */
class OitBoardViewTest extends KaribuTest {

    @Autowired TestOrganisations organisations;
    @Autowired OitService service;

    @Test
    void theCoordinatorSeesEveryItem_andGivesOneToADivision() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(OitBoardView.class, QueryParameters.simple(Map.of("year", "2566")));

        OitBoardView view = _get(OitBoardView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(43);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("o1", "โครงสร้าง", "ยังไม่ได้มอบหมาย");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-summary")).getText())
                .isEqualTo("พร้อม 0 จาก 43 ข้อ · กรอกแล้วรอตรวจ 0 · มีปัญหา 0 · ยังไม่มีข้อมูล 43");
        assertThat(view.download.getText()).isEqualTo("ดาวน์โหลด CSV สำหรับกรอกใน ITAS");

        view.grid.select(row(view, "o12"));
        _setValue(view.form.division, "finance");
        _click(view.form.assign);

        NotificationsKt.expectNotifications("มอบหมายข้อ o12 แล้ว");
        assertThat(row(view, "o12").divisionName()).isEqualTo("กองคลัง");
        assertThat(GridKt._findAll(view.divisions)).filteredOn(d -> "finance".equals(d.divisionCode()))
                .singleElement().satisfies(d -> assertThat(d.items()).isEqualTo(1));
    }

    @Test
    void onAPhoneTheBoardShowsCodeTitleAndState_theRestInTheItemsForm() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(OitBoardView.class, QueryParameters.simple(Map.of("year", "2566")));
        OitBoardView view = _get(OitBoardView.class);

        view.adaptToWidth(390);
        assertThat(view.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey())
                .containsExactly("code", "title", "state");
        assertThat(view.divisions.getMaxWidth()).isEqualTo("100%");

        view.adaptToWidth(1366);
        assertThat(view.grid.getColumns()).allMatch(c -> c.isVisible());
    }

    @Test
    void aDivisionFillsItsOwnItem_andReadsTheOthers() {
        TestOrganisation org = organisations.onboard();
        service.assign(org.id(), FiscalYear.of(2566), "o19", "finance", org.user("coordinator"));
        login(org.userId("finance.officer"));
        UI.getCurrent().navigate(OitBoardView.class, QueryParameters.simple(Map.of("year", "2566")));
        OitBoardView view = _get(OitBoardView.class);

        view.grid.select(row(view, "o19"));
        _setValue(view.form.urls, "ftp://nowhere");
        _click(view.form.save);
        NotificationsKt.expectNotifications("\"ftp://nowhere\" ไม่ใช่ที่อยู่เว็บไซต์ (ต้องขึ้นต้นด้วย http:// หรือ https://)");
        assertThat(row(view, "o19").urls()).isEmpty();

        _setValue(view.form.urls, "https://example.go.th/procurement-plan-2566\n\nhttps://example.go.th/egp");
        _setValue(view.form.explanation, "แผนจัดซื้อจัดจ้างประจำปี 2566");
        _click(view.form.save);

        NotificationsKt.expectNotifications("บันทึกข้อ o19 แล้ว");
        OitBoardItem saved = row(view, "o19");
        assertThat(saved.urls()).extracting(OitUrl::url)
                .containsExactly("https://example.go.th/procurement-plan-2566", "https://example.go.th/egp");
        assertThat(saved.state()).isEqualTo(OitState.ENTERED);
        assertThat(GridKt._getFormattedRow(view.grid, 18)).anyMatch(cell -> cell.contains("text='กรอกแล้ว รอตรวจ'"));

        view.grid.select(row(view, "o20"));
        assertThat(_find(view.detail, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("คุณดูได้อย่างเดียว: กรอกข้อมูลได้เฉพาะข้อของกองตนเอง");
        assertThat(view.form.division.isAttached()).isFalse();
    }

    @Test
    void noOrganisation_orAnotherOne_showsNoBoard() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        login(other.userId("coordinator"));
        UI.getCurrent().navigate(OitBoardView.class, QueryParameters.simple(Map.of("organisation", String.valueOf(org.id()))));
        assertThat(_find(_get(OitBoardView.class), Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("ไม่พบหน่วยงานรหัส " + org.id());

        login("admin");
        UI.getCurrent().navigate(OitBoardView.class);
        assertThat(_find(_get(OitBoardView.class), Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("บัญชีนี้ไม่ได้สังกัดหน่วยงาน จึงไม่มีข้อ OIT ให้แสดง");
    }

    private static OitBoardItem row(OitBoardView view, String code) {
        List<OitBoardItem> items = GridKt._findAll(view.grid);
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
