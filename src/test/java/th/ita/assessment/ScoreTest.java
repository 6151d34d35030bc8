package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreTest {

    @Test
    void thaiDigitsAndTwoDecimals() {
        assertThat(Score.parse("๘๕.๖๒", "assessment.field.score")).isEqualTo(Score.of("85.62"));
        assertThat(Score.of("85").toString()).isEqualTo("85.00");
        assertThat(Score.of("84.990")).isEqualTo(Score.of("84.99"));
    }

    @Test
    void outOfRange_orThirdDecimal_isRejectedNotRounded() {
        assertThatThrownBy(() -> Score.parse("100.01", "assessment.field.score"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.error.scoreRange"));
        assertThatThrownBy(() -> Score.parse("-1", "assessment.field.score"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.error.scoreRange"));
        assertThatThrownBy(() -> Score.parse("84.995", "assessment.field.score"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.error.scoreDecimals"));
    }

    @Test
    void blankIsUnknown() {
        assertThat(Score.parseOptional("  ", "assessment.field.score")).isNull();
    }
}
