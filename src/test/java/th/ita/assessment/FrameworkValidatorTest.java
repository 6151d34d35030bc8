package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A bad framework file gets every problem by path, in Thai; a good one (the shipped files) none. */
class FrameworkValidatorTest {

    static final FiscalYear YEAR = FiscalYear.of(2570);
    final I18n i18n = new I18n();
    final String good = FrameworkFixtures.yaml(2570);

    @Test
    void theShippedFiles_haveNoProblem() {
        for (FrameworkLoader.ShippedFramework shipped : FrameworkLoader.readShipped()) {
            Framework framework = FrameworkValidator.parse(shipped.source(), shipped.framework().fiscalYear());
            assertThat(framework).isEqualTo(shipped.framework());
        }
        assertThat(FrameworkValidator.parse(good, YEAR).oitItems()).hasSize(43);
    }

    @Test
    void aDuplicateOitCode_isNamedByPath() {
        assertThat(problems(good.replace("{code: o5, indicator: 9", "{code: o4, indicator: 9")))
                .containsExactly("oitItems[4].code: รหัสซ้ำ \"o4\"");
    }

    @Test
    void codesDifferingOnlyInCase_areDuplicates() {
        assertThat(problems(good.replace("{code: o5, indicator: 9", "{code: O4, indicator: 9")))
                .containsExactly("oitItems[4].code: รหัสซ้ำ \"O4\"");
    }

    @Test
    void anItemUnderAnUnknownIndicator_isNamedByPath() {
        assertThat(problems(good.replace("{code: o1, indicator: 9", "{code: o1, indicator: 11")))
                .containsExactly("oitItems[0].indicator: ไม่มีตัวชี้วัด 11 ในกรอบการประเมินนี้");
    }

    @Test
    void aDuplicateIndicator_andAnUnknownInstrument_areNamedByPath() {
        assertThat(problems(good.replace("{code: 2, instrument: IIT", "{code: 1, instrument: XIT")))
                .containsExactly("indicators[1].code: รหัสซ้ำ \"1\"",
                        "indicators[1].instrument: ไม่มีแบบวัด \"XIT\" ในกรอบการประเมินนี้");
    }

    @Test
    void weightsNotSummingTo100_areRefused() {
        assertThat(problems(good.replace("weight: 40", "weight: 30")))
                .containsExactly("instruments: น้ำหนักของแบบวัดรวมกันได้ 90 ต้องรวมกันได้ 100");
    }

    @Test
    void ratingBandsWithAGap_areRefused() {
        // The rule's own checks (RatingRule#problems), by the rule's path in the file.
        String lastLevel = "{code: URGENT, nameTh: ต้องปรับปรุงโดยด่วน, nameEn: Needs urgent improvement, minOverall: 0.00}";
        assertThat(good).contains(lastLevel);
        assertThat(problems(good.replace(lastLevel, lastLevel.replace("minOverall: 0.00", "minOverall: 10.00"))))
                .singleElement().asString().startsWith("rating");
    }

    @Test
    void ratingBandsThatOverlap_areRefused() {
        // PASS asks less than GOOD at the same overall minimum: GOOD could never be reached after an easier level.
        assertThat(problems(good.replace("{code: PASS, nameTh: ผ่าน, nameEn: Pass, minOverall: 85.00}",
                "{code: PASS, nameTh: ผ่าน, nameEn: Pass, minOverall: 85.00}\n    - {code: GOOD, nameTh: ผ่านดี, nameEn: Good, minOverall: 80.00}")))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("rating"));
        assertThat(problems(good.replace("minOverall: 95.00", "minOverall: 101")))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("rating.levels[0]"));
    }

    @Test
    void anUnknownKey_isNamedByPath() {
        assertThat(problems(good.replace("{code: o3, indicator: 9,", "{code: o3, colour: red, indicator: 9,")))
                .containsExactly("oitItems[2].colour: ไม่รู้จักคีย์นี้");
    }

    @Test
    void aValueOfTheWrongKind_isNamedByPath() {
        assertThat(problems(good.replace("minOverall: 70.00", "minOverall: seventy")))
                .containsExactly("rating.levels[3].minOverall: ค่า \"seventy\" ไม่ถูกต้อง");
    }

    @Test
    void aYamlSyntaxError_givesItsLine_andNoJavaClassName() {
        List<String> problems = problems(good.replace("passMark: 85", "passMark: 85\ninstruments: : -"));

        assertThat(problems).singleElement().asString().startsWith("บรรทัด ").contains("รูปแบบ YAML ไม่ถูกต้อง")
                .doesNotContain("com.", "java.", "Exception", "FrameworkFile", "th.ita");
    }

    @Test
    void anEmptyFile_andAnotherYearsFile_areRefused() {
        assertThat(problems("  \n")).containsExactly("ไฟล์ว่าง");
        assertThat(problems(FrameworkFixtures.yaml(2569)))
                .containsExactly("fiscalYear: ปีงบประมาณในไฟล์ (2569) ไม่ตรงกับปีที่จะบันทึก (2570)");
    }

    @Test
    void everyProblemIsListed_notOnlyTheFirst() {
        String bad = good.replace("weight: 40", "weight: 41").replace("{code: o5, indicator: 9", "{code: o4, indicator: 9")
                .replace("{code: o43, indicator: 10", "{code: o43, indicator: 12").replace("titleTh: \"Q&A\"", "titleTh: \"\"");

        assertThat(problems(bad)).containsExactly("instruments: น้ำหนักของแบบวัดรวมกันได้ 101 ต้องรวมกันได้ 100",
                "oitItems[4].code: รหัสซ้ำ \"o4\"", "oitItems[7].titleTh: ต้องระบุ",
                "oitItems[42].indicator: ไม่มีตัวชี้วัด 12 ในกรอบการประเมินนี้");
    }

    @Test
    void nothingIsParsedFromABadFile() {
        assertThatThrownBy(() -> FrameworkValidator.parse(good.replace("weight: 40", "weight: 30"), YEAR))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasFieldOrPropertyWithValue("messageKey", "framework.error.invalid");
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
