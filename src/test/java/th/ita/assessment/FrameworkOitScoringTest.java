package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The framework file's OIT scoring data ({@code oitScoring}, an item's {@code points}) and explicit map
 * ({@code carriedFrom}): read from the shipped files, checked strictly like the rest of the file.
 */
class FrameworkOitScoringTest {

    static final FiscalYear YEAR = FiscalYear.of(2570);
    final I18n i18n = new I18n();
    final String good = FrameworkFixtures.yaml(2570);

    @Test
    void everyShippedYear_hasAProvisionalScoringRule_with_itsSources() {
        List<Framework> shipped = FrameworkLoader.readShipped().stream().map(FrameworkLoader.ShippedFramework::framework)
                .toList();
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(5).allSatisfy(framework -> {
            OitScoring scoring = framework.scoring().orElseThrow();
            assertThat(scoring.provisional()).isTrue();
            assertThat(scoring.sources()).isNotEmpty();
            assertThat(scoring.pointsOf(framework.oitItems().get(0))).isEqualByComparingTo(BigDecimal.ONE);
        });
    }

    @Test
    void the2569Files_carriedFrom_namesItemsOf2568() {
        Framework fy2568 = shipped(2568);
        Framework fy2569 = shipped(2569);

        assertThat(FrameworkValidator.checkCarriedFrom(fy2569, fy2568)).isEmpty();
        assertThat(fy2569.oitItems()).filteredOn(i -> i.code().equals("O13")).singleElement()
                .satisfies(i -> assertThat(i.carriedFrom()).isEqualTo("O14"));
        Framework withoutO14 = new Framework(fy2568.fiscalYear(), fy2568.passMark(), fy2568.instruments(),
                fy2568.indicators(), fy2568.ratingRule(), fy2568.oitItems().stream().filter(i -> !i.code().equals("O14"))
                .toList(), true, List.of());
        assertThat(FrameworkValidator.checkCarriedFrom(fy2569, withoutO14)).extracting(FrameworkProblem::path)
                .containsExactly("oitItems[12].carriedFrom");
    }

    @Test
    void weightsAndPoints_areData_read_andChecked() {
        String weighted = good.replace("  itemPoints: 1\n", "  itemPoints: 1\n  indicatorWeights: {9: 70, 10: 30}\n")
                .replace("{code: o1, indicator: 9, titleTh: \"โครงสร้าง\"", "{code: o1, indicator: 9, titleTh: \"โครงสร้าง\", points: 2.5");
        Framework framework = FrameworkValidator.parse(weighted, YEAR);

        assertThat(framework.scoring().orElseThrow().weightOf(IndicatorCode.of(9))).contains(BigDecimal.valueOf(70));
        assertThat(framework.scoring().orElseThrow().pointsOf(framework.oitItems().get(0))).isEqualByComparingTo("2.5");
    }

    @Test
    void badScoringData_isRefusedByPath() {
        assertThat(problems(good.replace("  itemPoints: 1\n", "  itemPoints: 0\n  indicatorWeights: {1: 50, 9: 20, 10: 20}\n")))
                .containsExactly("oitScoring.itemPoints: ต้องเป็นจำนวนบวกไม่เกิน 1000 มีทศนิยมไม่เกิน 2 ตำแหน่ง",
                        "oitScoring.indicatorWeights.1: ตัวชี้วัด 1 ไม่มีข้อ OIT จึงให้น้ำหนักใน OIT ไม่ได้");
        assertThat(problems(good.replace("  itemPoints: 1\n", "  itemPoints: 1\n  indicatorWeights: {9: 50, 10: 40}\n")))
                .containsExactly("oitScoring.indicatorWeights: น้ำหนักของตัวชี้วัดใน OIT รวมกันได้ 90 ต้องรวมกันได้ 100");
        assertThat(problems(good.replace("  itemPoints: 1\n", "  itemPoints: 1\n  indicatorWeights: {9: 100}\n")))
                .containsExactly("oitScoring.indicatorWeights: ตัวชี้วัด 10 มีข้อ OIT แต่ยังไม่ได้กำหนดน้ำหนัก");
        assertThat(problems(good.replace("  itemPoints: 1\n", "  itemPoints: 1\n  itemPonts: 2\n")))
                .containsExactly("oitScoring.itemPonts: ไม่รู้จักคีย์นี้");
    }

    @Test
    void carriedFrom_isStrict_oneEarlierItemToOneItem_andATypoOfTheKeyIsRefused() {
        String twice = good.replace("{code: o1, indicator: 9, titleTh: \"โครงสร้าง\"", "{code: o1, indicator: 9, titleTh: \"โครงสร้าง\", carriedFrom: O7")
                .replace("{code: o2, indicator: 9,", "{code: o2, indicator: 9, carriedFrom: o7,");
        assertThat(problems(twice)).containsExactly("oitItems[1].carriedFrom: รหัสซ้ำ \"o7\"");
        assertThat(problems(good.replace("{code: o2, indicator: 9,", "{code: o2, indicator: 9, carriedFron: o7,")))
                .containsExactly("oitItems[1].carriedFron: ไม่รู้จักคีย์นี้");
    }

    private static Framework shipped(int year) {
        return FrameworkLoader.readShipped().stream().map(FrameworkLoader.ShippedFramework::framework)
                .filter(f -> f.fiscalYear().buddhistYear() == year).findFirst().orElseThrow();
    }

    private List<String> problems(String source) {
        InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
                () -> FrameworkValidator.parse(source, YEAR));
        assertThat(e).as("problems of the file").isNotNull();
        return e.problems().stream().map(p -> {
            String message = i18n.getTranslation(p.messageKey(), I18n.THAI, p.argumentArray());
            return p.path().isEmpty() ? message : p.path() + ": " + message;
        }).toList();
    }
}
