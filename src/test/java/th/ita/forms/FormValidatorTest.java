package th.ita.forms;

import org.junit.jupiter.api.Test;
import th.ita.shared.I18n;
import th.ita.shared.UserInputException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The rules of src/test/resources/forms-test/validation-rules.form, as the server checks them on completion. */
class FormValidatorTest {

    private static final FormConditions CONDITIONS = new FormConditions();
    private static final FormDefinitions FORMS = new FormDefinitions("classpath*:forms-test/*.form", CONDITIONS);
    private static final FormDefinition FORM = FORMS.find("validation-rules").orElseThrow();

    private final FormValidator validator = new FormValidator(FORMS, CONDITIONS);

    @Test
    void validValues_breakNoRule() {
        assertThat(validator.validate(FORM, valid())).isEmpty();
        assertThatNoException().isThrownBy(() -> validator.requireValid("validation-rules", valid()));
    }

    @Test
    void missingRequiredValue_isRefusedNamingTheLabel() {
        Map<String, Object> values = valid();
        values.put("projectName", "  ");

        assertThatThrownBy(() -> validator.requireValid("validation-rules", values))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("form.error.required");
                    assertThat(e.arguments()).containsExactly("ชื่อโครงการ");
                });
    }

    @Test
    void everyMissingRequiredValue_isReported_exceptReadOnlyOnes() {
        assertThat(validator.validate(FORM, Map.of())).extracting(FormViolation::fieldKey)
                .containsExactly("projectName", "budget", "decision", "division", "confirmed");
    }

    @Test
    void uncheckedRequiredCheckbox_isMissing() {
        assertThat(violations("confirmed", false)).containsExactly(
                new FormViolation("confirmed", "form.error.required", List.of("รับรองว่าข้อมูลถูกต้อง")));
    }

    @Test
    void textShorterOrLongerThanAllowed_isRefused() {
        assertThat(violations("projectName", "ก")).containsExactly(
                new FormViolation("projectName", "form.error.minLength", List.of("ชื่อโครงการ", "2")));
        assertThat(violations("projectName", "โครงการยาวเกินสิบตัว")).containsExactly(
                new FormViolation("projectName", "form.error.maxLength", List.of("ชื่อโครงการ", "10")));
        assertThat(violations("projectName", "ก".repeat(10))).isEmpty();
    }

    @Test
    void numberOutsideMinAndMax_isRefused() {
        assertThat(violations("budget", 0)).containsExactly(
                new FormViolation("budget", "form.error.min", List.of("งบประมาณ (ล้านบาท)", "1")));
        assertThat(violations("budget", 100.5)).extracting(FormViolation::messageKey)
                .contains("form.error.max");
        assertThat(violations("budget", 1L)).isEmpty();
    }

    @Test
    void numberTypedWithThaiDigits_isAccepted_andCheckedAgainstItsBounds() {
        assertThat(violations("budget", "๓๐")).isEmpty();
        assertThat(violations("budget", "๐.๕")).extracting(FormViolation::messageKey).containsExactly("form.error.min");
        assertThat(violations("budget", "สามสิบ")).contains(
                new FormViolation("budget", "form.error.number", List.of("งบประมาณ (ล้านบาท)")));
    }

    @Test
    void patternMustMatchTheWholeValue() {
        assertThat(violations("projectCode", "IT-123")).isEmpty();
        assertThat(violations("projectCode", "IT-1234")).containsExactly(
                new FormViolation("projectCode", "form.error.pattern", List.of("รหัสโครงการ")));
        // Optional and empty: no pattern to match.
        assertThat(violations("projectCode", "")).isEmpty();
    }

    @Test
    void valueOutsideTheStaticOptions_isRefused() {
        assertThat(violations("decision", "MAYBE")).containsExactly(
                new FormViolation("decision", "form.error.option", List.of("ผลการตรวจสอบ")));
        assertThat(violations("priority", "URGENT")).extracting(FormViolation::messageKey).containsExactly("form.error.option");
    }

    @Test
    void optionsFromAValuesKey_areNotCheckedAgainstTheForm() {
        assertThat(violations("division", "any-division-id")).isEmpty();
    }

    @Test
    void fieldHiddenByItsFeelCondition_isNotValidated() {
        Map<String, Object> accepted = valid();
        accepted.put("decision", "ACCEPT");
        accepted.remove("reason");
        assertThat(validator.validate(FORM, accepted)).isEmpty();
        assertThat(validator.hiddenFields(FORM, accepted)).contains("reason");

        Map<String, Object> returned = valid();
        returned.put("decision", "RETURN");
        returned.remove("reason");
        assertThat(validator.validate(FORM, returned)).containsExactly(
                new FormViolation("reason", "form.error.required", List.of("เหตุผลที่ส่งกลับ")));
        assertThat(validator.hiddenFields(FORM, returned)).doesNotContain("reason");
    }

    @Test
    void hideConditionSeesThaiDigitNumbersAsNumbers() {
        Map<String, Object> values = valid();
        values.put("budget", "๘๐");

        assertThat(validator.validate(FORM, values)).containsExactly(
                new FormViolation("budgetReason", "form.error.required", List.of("คำชี้แจงงบประมาณเกิน 50 ล้านบาท")));

        values.put("budgetReason", "โครงการก่อสร้างอาคาร");
        assertThat(validator.validate(FORM, values)).isEmpty();
    }

    @Test
    void dateMustBeAnIsoDate_asFormJsSubmitsIt() {
        assertThat(violations("dueDate", "2024-09-30")).isEmpty();
        assertThat(violations("dueDate", LocalDate.of(2024, 9, 30))).isEmpty();
        assertThat(violations("dueDate", "31/02/2567")).extracting(FormViolation::messageKey).containsExactly("form.error.date");
    }

    @Test
    void unknownFormId_isAProgrammingError() {
        assertThatThrownBy(() -> validator.requireValid("no-such-form", Map.of()))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("no-such-form");
    }

    @Test
    void everyMessageOfTheValidator_isInThaiAndEnglish() {
        I18n i18n = new I18n();
        for (String key : List.of("required", "minLength", "maxLength", "min", "max", "pattern", "option", "number", "date")) {
            assertThat(i18n.getTranslation("form.error." + key, I18n.THAI, "ชื่อ", "1")).doesNotStartWith("!").contains("ชื่อ");
            assertThat(i18n.getTranslation("form.error." + key, I18n.ENGLISH, "name", "1")).doesNotStartWith("!").contains("name");
        }
        assertThat(i18n.getTranslation("form.error.required", I18n.THAI, "ชื่อโครงการ")).isEqualTo("กรุณากรอก \"ชื่อโครงการ\"");
    }

    private List<FormViolation> violations(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return validator.validate(FORM, values);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("projectName", "ถนนสะอาด");
        values.put("projectCode", "IT-001");
        values.put("budget", 30L);
        values.put("decision", "ACCEPT");
        values.put("priority", "HIGH");
        values.put("division", "finance");
        values.put("dueDate", "2024-09-30");
        values.put("confirmed", true);
        return values;
    }
}
