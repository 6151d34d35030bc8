package th.ita.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThaiNumbersTest {

    @Test
    void thaiDigitsParseAsTheSameNumber() {
        assertThat(ThaiNumbers.parseDecimal("๘๕.๖๒", "f")).isEqualByComparingTo(new BigDecimal("85.62"));
        assertThat(ThaiNumbers.parseDecimal(" 83.09 ", "f")).isEqualByComparingTo(new BigDecimal("83.09"));
        assertThat(ThaiNumbers.parseDecimal("๖8.7๕", "f")).isEqualByComparingTo(new BigDecimal("68.75"));
        assertThat(ThaiNumbers.parseInt("๑๐", "f")).isEqualTo(10);
    }

    @Test
    void garbage_isRejectedNamingTheField() {
        for (String garbage : new String[]{"abc", "85,62", "1e3", "85.", "๘๕ คะแนน", "--1"}) {
            assertThatThrownBy(() -> ThaiNumbers.parseDecimal(garbage, "assessment.field.score"))
                    .as(garbage)
                    .isInstanceOfSatisfying(UserInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("assessment.error.number");
                        assertThat(e.arguments()[0]).isEqualTo(new RequiredText.FieldName("assessment.field.score"));
                    });
        }
    }

    @Test
    void blank_isRequired() {
        assertThatThrownBy(() -> ThaiNumbers.parseInt("  ", "assessment.field.indicator"))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.required"));
    }

    @Test
    void integerRejectsDecimals() {
        assertThatThrownBy(() -> ThaiNumbers.parseInt("2.5", "f")).isInstanceOf(UserInputException.class);
    }

    @Test
    void arabicDigitsPrintAsThaiDigits_otherCharactersUnchanged() {
        assertThat(ThaiNumbers.toThaiDigits("พ.ศ. 2566 คะแนน 85.62")).isEqualTo("พ.ศ. ๒๕๖๖ คะแนน ๘๕.๖๒");
        assertThat(ThaiNumbers.toArabicDigits(ThaiNumbers.toThaiDigits("0123456789"))).isEqualTo("0123456789");
    }
}
