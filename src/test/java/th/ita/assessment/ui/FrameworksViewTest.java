package th.ita.assessment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkFixtures;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.FrameworkSummary;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform administrator's framework page: a pasted file is checked and compared with the previous year's before
 * anything is saved; save saves exactly what was checked. Uses the years 2558–2560 only.
 */
class FrameworksViewTest extends KaribuTest {

    @Autowired FrameworkAdmin admin;
    @Autowired FrameworkService frameworks;

    @BeforeEach
    @AfterEach
    void noFrameworksOfTheTestYears() {
        FrameworkFixtures.remove(context, 2558, 2559, 2560);
    }

    @Test
    void aPastedFile_isComparedWithThePreviousYear_beforeItIsSaved() {
        admin.save(FiscalYear.of(2558), FrameworkFixtures.yaml(2558), TestOrganisations.PLATFORM_ADMIN);
        FrameworksView view = open();
        String next = FrameworkFixtures.yaml(2559)
                .replace("  - {code: o1, indicator: 9, titleTh: \"โครงสร้าง\"}\n", "")
                .replace("titleTh: \"Q&A\"", "titleTh: \"ถาม-ตอบ\"")
                .replace("{code: o30, indicator: 9", "{code: o30, indicator: 10")
                + "  - {code: o44, indicator: 10, titleTh: \"ข้อใหม่\"}\n";

        _setValue(view.yaml, next);
        _click(view.check);

        assertThat(view.fiscalYear.getValue()).isEqualTo(2559);
        assertThat(_get(view.result, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("framework-outcome")).getText())
                .isEqualTo("ไฟล์ถูกต้อง — บันทึกเป็นกรอบการประเมินฉบับที่ 1 ของปีนี้ (ปีนี้ยังไม่มีกรอบ)");
        assertThat(items("framework-diff-added")).containsExactly("o44 ข้อใหม่ (ตัวชี้วัดที่ 10)");
        assertThat(items("framework-diff-removed")).containsExactly("o1 โครงสร้าง (ตัวชี้วัดที่ 9)");
        assertThat(items("framework-diff-renamed")).containsExactly("o8: \"Q&A\" → \"ถาม-ตอบ\"");
        assertThat(items("framework-diff-moved")).containsExactly("o30 การเปิดโอกาสให้เกิดการมีส่วนร่วม: ตัวชี้วัดที่ 9 → 10");
        assertThat(frameworks.find(FiscalYear.of(2559))).isEmpty();
        assertThat(view.save.isEnabled()).isTrue();

        _click(view.save);

        assertThat(frameworks.require(FiscalYear.of(2559)).oitItems()).hasSize(43);
        assertThat(frameworks.source(FiscalYear.of(2559))).contains(next);
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .map(FrameworkSummary::fiscalYear)).contains(2558, 2559);
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void aBadFile_listsItsProblemsInThai_andCannotBeSaved() {
        FrameworksView view = open();
        _setValue(view.fiscalYear, 2560);
        _setValue(view.yaml, FrameworkFixtures.yaml(2560).replace("weight: 40", "weight: 30")
                .replace("{code: o5, indicator: 9", "{code: o4, indicator: 9"));

        _click(view.check);

        assertThat(items("framework-problems")).containsExactly(
                "instruments: น้ำหนักของแบบวัดรวมกันได้ 90 ต้องรวมกันได้ 100", "oitItems[4].code: รหัสซ้ำ \"o4\"");
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(frameworks.find(FiscalYear.of(2560))).isEmpty();
    }

    @Test
    void changingTheTextAfterTheCheck_asksForAnotherCheck() {
        FrameworksView view = open();
        _setValue(view.yaml, FrameworkFixtures.yaml(2560));
        _click(view.check);
        assertThat(view.save.isEnabled()).isTrue();

        _setValue(view.yaml, FrameworkFixtures.yaml(2560).replace("weight: 40", "weight: 30"));

        assertThat(view.save.isEnabled()).isFalse();
        assertThat(frameworks.find(FiscalYear.of(2560))).isEmpty();
    }

    @Test
    void aCoordinator_cannotOpenThePage() {
        login("coordinator");

        UI.getCurrent().navigate("admin/frameworks");

        assertThatThrownBy(() -> _assertNone(FrameworksView.class)).hasMessageContaining("AccessDeniedException");
    }

    private FrameworksView open() {
        login("admin");
        UI.getCurrent().navigate(FrameworksView.class);
        return _get(FrameworksView.class);
    }

    private List<String> items(String listId) {
        return _get(UnorderedList.class, spec -> spec.withId(listId)).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
    }
}
