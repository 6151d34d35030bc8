package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The versioned framework files parse and hold what ITA-REFERENCE.md says; files of the older schema still read. */
class FrameworkFilesTest {

    @Test
    void frameworks2565And2566_areLoadedFromTheResourceFiles() {
        List<Framework> frameworks = FrameworkLoader.readAll().stream()
                .filter(f -> f.fiscalYear().buddhistYear() <= 2566).toList();
        assertThat(frameworks).extracting(Framework::fiscalYear).containsExactly(FiscalYear.of(2565), FiscalYear.of(2566));
        for (Framework framework : frameworks) {
            assertThat(framework.passMark()).isEqualTo(Score.of("85"));
            assertThat(framework.indicators()).hasSize(10);
            assertThat(framework.indicator(IndicatorCode.of(4)).orElseThrow().nameTh()).isEqualTo("การใช้ทรัพย์สินของราชการ");
            assertThat(framework.indicator(IndicatorCode.of(10)).orElseThrow().instrument()).isEqualTo("OIT");
            assertThat(framework.instruments()).extracting(Instrument::code, i -> i.weight().intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("IIT", 30),
                            org.assertj.core.groups.Tuple.tuple("EIT", 30), org.assertj.core.groups.Tuple.tuple("OIT", 40));
            assertThat(framework.instruments().stream().map(Instrument::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
            assertThat(framework.oitItems()).hasSize(43);
            assertThat(framework.oitItems().get(42).code()).isEqualTo("o43");
            assertThat(framework.oitItems().get(42).indicator()).isEqualTo(IndicatorCode.of(10));
            assertThat(framework.sources()).isNotEmpty();
        }
    }

    @Test
    void everyYearFrom2565To2569_ships_withItsSources_andOneItemForEachRole() {
        List<Framework> frameworks = FrameworkLoader.readAll();
        assertThat(frameworks).extracting(f -> f.fiscalYear().buddhistYear()).containsExactly(2565, 2566, 2567, 2568, 2569);
        for (Framework framework : frameworks) {
            assertThat(framework.sources()).as("sources of %s", framework.fiscalYear()).isNotEmpty();
            for (OitRole role : OitRole.values()) {
                assertThat(framework.itemWithRole(role)).as("%s of %s", role, framework.fiscalYear()).isPresent();
            }
            assertThat(framework.ratingRule().problems("rating", List.of("IIT", "EIT", "OIT"))).isEmpty();
        }
    }

    @Test
    void theYearsWithASingleSource_areProvisional() {
        for (int year : new int[]{2567, 2568, 2569}) {
            assertThat(year(year).provisional()).as("provisional %s", year).isTrue();
        }
    }

    @Test
    void the2568List_has28Items_withO27O28CarryingThePlanAndItsReport() {
        Framework fy2568 = year(2568);
        assertThat(fy2568.oitItems()).hasSize(28);
        assertThat(fy2568.oitItems().get(0).code()).isEqualTo("O1");
        assertThat(fy2568.itemWithRole(OitRole.MEASURES)).map(OitItem::code).contains("O27");
        assertThat(fy2568.itemWithRole(OitRole.MEASURES_REPORT)).map(OitItem::code).contains("O28");
        // The case NACC published: 94.64 overall rose, but an EIT under 85 keeps it at ผ่าน.
        assertThat(fy2568.rate(Score.of("94.64"), RatingRuleTest.instruments("93", "84", "99")))
                .map(Rating::code).contains("PASS");
    }

    @Test
    void the2569List_has26Items_withO25O26CarryingThePlanAndItsReport() {
        Framework fy2569 = year(2569);
        assertThat(fy2569.oitItems()).hasSize(26);
        assertThat(fy2569.itemWithRole(OitRole.MEASURES)).map(OitItem::code).contains("O25");
        assertThat(fy2569.itemWithRole(OitRole.MEASURES_REPORT)).map(OitItem::code).contains("O26");
    }

    @Test
    void the2567List_keepsThe2566Layout() {
        Framework fy2567 = year(2567);
        assertThat(fy2567.oitItems()).hasSize(43);
        assertThat(fy2567.itemWithRole(OitRole.MEASURES_REPORT)).map(OitItem::code).contains("o43");
        assertThat(fy2567.ratingRule().kind()).isEqualTo(RatingRule.Kind.LEVELS);
    }

    @Test
    void theSeeds2565Result_isAnA_byThe2565Bands() {
        Framework fy2565 = year(2565);
        assertThat(fy2565.ratingRule().kind()).isEqualTo(RatingRule.Kind.BANDS);
        assertThat(fy2565.rate(Score.of("85.62"), java.util.Map.of())).map(Rating::code).contains("A");
    }

    @Test
    void from2566_theRuleAsksEachInstrumentsMinimum_andO42O43CarryThePlanAndItsReport() {
        Framework fy2566 = year(2566);
        assertThat(fy2566.ratingRule().kind()).isEqualTo(RatingRule.Kind.LEVELS);
        assertThat(fy2566.ratingRule().ratings()).extracting(Rating::code)
                .containsExactly("EXCELLENT", "GOOD", "PASS", "IMPROVE", "URGENT");
        assertThat(fy2566.rate(Score.of("94.64"), RatingRuleTest.instruments("90", "84", "99")))
                .map(Rating::nameTh).contains("ผ่าน");
        assertThat(fy2566.itemWithRole(OitRole.MEASURES)).map(OitItem::code).contains("o42");
        assertThat(fy2566.itemWithRole(OitRole.MEASURES_REPORT)).map(OitItem::code).contains("o43");
        assertThat(fy2566.oitItems().stream().filter(i -> i.role() != null)).hasSize(2);
    }

    @Test
    void aFileOfTheOlderSchema_withGradeBands_stillReads() throws Exception {
        String old = """
                fiscalYear: 2564
                passMark: 85
                instruments:
                  - {code: IIT, nameTh: ภายใน, nameEn: Internal, weight: 30}
                  - {code: EIT, nameTh: ภายนอก, nameEn: External, weight: 30}
                  - {code: OIT, nameTh: เปิดเผย, nameEn: Open data, weight: 40}
                indicators:
                  - {code: 9, instrument: OIT, nameTh: การเปิดเผยข้อมูล, nameEn: Information disclosure}
                gradeBands:
                  - {grade: AA, minScore: 95.00}
                  - {grade: A, minScore: 85.00}
                  - {grade: F, minScore: 0.00}
                oitItems:
                  - {code: o1, indicator: 9, titleTh: "โครงสร้าง"}
                """;
        Framework framework = FrameworkLoader.YAML.readValue(old, FrameworkFile.class).toFramework();

        assertThat(framework.ratingRule().kind()).isEqualTo(RatingRule.Kind.BANDS);
        assertThat(framework.rate(Score.of("85.62"), java.util.Map.of())).map(Rating::code).contains("A");
        assertThat(framework.provisional()).isFalse();
        assertThat(framework.sources()).isEmpty();
        assertThat(framework.oitItems().get(0).role()).isNull();
    }

    @Test
    void aFileWithABrokenRule_listsEveryProblemByPath() throws Exception {
        String broken = """
                fiscalYear: 2599
                provisional: true
                sources: ["a test"]
                passMark: 85
                instruments:
                  - {code: IIT, nameTh: ภายใน, nameEn: Internal, weight: 100}
                indicators:
                  - {code: 1, instrument: IIT, nameTh: หนึ่ง, nameEn: One}
                rating:
                  levels:
                    - {code: PASS, nameTh: ผ่าน, nameEn: Pass, minOverall: 85}
                    - {code: GOOD, nameTh: ผ่านดี, nameEn: Good, minOverall: 85, minInstruments: {IIT: 85, EIT: 85}}
                    - {code: IMPROVE, nameTh: ต้องปรับปรุง, nameEn: Needs improvement, minOverall: 70}
                oitItems:
                  - {code: O1, indicator: 1, titleTh: "หนึ่ง", role: MEASURES}
                  - {code: O2, indicator: 1, titleTh: "สอง", role: MEASURES}
                """;
        FrameworkFile file = FrameworkLoader.YAML.readValue(broken, FrameworkFile.class);

        assertThatThrownBy(file::toFramework).isInstanceOfSatisfying(FrameworkFileException.class, e ->
                assertThat(e.problems()).extracting(FrameworkProblem::path, FrameworkProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rating[GOOD].minInstruments.EIT", "framework.problem.rating.unknownInstrument"),
                        org.assertj.core.groups.Tuple.tuple("rating[GOOD]", "framework.problem.rating.overlap"),
                        org.assertj.core.groups.Tuple.tuple("rating", "framework.problem.rating.gap"),
                        org.assertj.core.groups.Tuple.tuple("oitItems", "framework.problem.duplicateRole")));
    }

    @Test
    void bothKindsOfRule_orNone_isAProblem() throws Exception {
        String both = """
                fiscalYear: 2599
                passMark: 85
                instruments: [{code: IIT, nameTh: ภายใน, nameEn: Internal, weight: 100}]
                indicators: [{code: 1, instrument: IIT, nameTh: หนึ่ง, nameEn: One}]
                rating:
                  bands: [{code: A, minScore: 0}]
                  levels: [{code: PASS, nameTh: ผ่าน, nameEn: Pass, minOverall: 0}]
                oitItems: []
                """;
        assertThatThrownBy(() -> FrameworkLoader.YAML.readValue(both, FrameworkFile.class).toFramework())
                .isInstanceOfSatisfying(FrameworkFileException.class, e -> assertThat(e.problems())
                        .extracting(FrameworkProblem::messageKey).containsExactly("framework.problem.rating.kind"));
        String none = both.replaceAll("(?s)rating:.*oitItems", "oitItems");
        assertThatThrownBy(() -> FrameworkLoader.YAML.readValue(none, FrameworkFile.class).toFramework())
                .isInstanceOfSatisfying(FrameworkFileException.class, e -> assertThat(e.problems())
                        .extracting(FrameworkProblem::messageKey).containsExactly("framework.problem.rating.kind"));
    }

    static Framework year(int year) {
        return FrameworkLoader.readAll().stream().filter(f -> f.fiscalYear().equals(FiscalYear.of(year)))
                .findFirst().orElseThrow();
    }
}
