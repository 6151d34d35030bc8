package th.ita.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void fiscalYear2566_runsFromOctober2022ToSeptember2023() {
        FiscalYear year = FiscalYear.of(2566);
        assertThat(year.start()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(year).hasToString("2566");
    }

    @Test
    void octoberFirstStartsTheNextFiscalYear() {
        assertThat(FiscalYear.of(LocalDate.of(2022, 9, 30))).isEqualTo(FiscalYear.of(2565));
        assertThat(FiscalYear.of(LocalDate.of(2022, 10, 1))).isEqualTo(FiscalYear.of(2566));
        assertThat(FiscalYear.of(LocalDate.of(2023, 9, 30))).isEqualTo(FiscalYear.of(2566));
    }

    @Test
    void nextAndContains() {
        assertThat(FiscalYear.of(2565).next()).isEqualTo(FiscalYear.of(2566));
        assertThat(FiscalYear.of(2566).contains(LocalDate.of(2023, 1, 15))).isTrue();
        assertThat(FiscalYear.of(2566).contains(LocalDate.of(2023, 10, 1))).isFalse();
    }

    @Test
    void gregorianYearOrNonsense_isRejected() {
        assertThatThrownBy(() -> FiscalYear.of(2023)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("assessment.error.fiscalYear");
        assertThatThrownBy(() -> FiscalYear.of(9999)).isInstanceOf(UserInputException.class);
    }

    @Test
    void parsesThaiDigits() {
        assertThat(FiscalYear.parse("๒๕๖๖", "assessment.field.fiscalYear")).isEqualTo(FiscalYear.of(2566));
    }
}
