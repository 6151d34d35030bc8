package th.ita.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuddhistDatesTest {

    @Test
    void thaiDigitsAndBuddhistYearAreRead() {
        assertThat(BuddhistDates.parse("๓๐/๙/๒๕๖๖", "f")).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(BuddhistDates.parse(" 1/10/2565 ", "f")).isEqualTo(LocalDate.of(2022, 10, 1));
    }

    @Test
    void formatIsTheInverseOfParse() {
        assertThat(BuddhistDates.format(LocalDate.of(2023, 9, 30))).isEqualTo("30/9/2566");
        assertThat(BuddhistDates.parse(BuddhistDates.format(LocalDate.of(2024, 2, 29)), "f")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void blankIsNoDate_andNonsenseIsRejected() {
        assertThat(BuddhistDates.parse("  ", "f")).isNull();
        assertThatThrownBy(() -> BuddhistDates.parse("31/2/2566", "f")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> BuddhistDates.parse("พรุ่งนี้", "f")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> BuddhistDates.parse("30-9-2566", "f")).isInstanceOf(UserInputException.class);
    }
}
