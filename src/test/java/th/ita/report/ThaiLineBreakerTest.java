package th.ita.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiLineBreakerTest {

    /** One unit per character, marks included: enough to see where lines end. */
    private static double width(String s) {
        return s.length();
    }

    @Test
    void thaiBreaksBetweenWordsNotInsideThem() {
        List<String> lines = ThaiLineBreaker.wrap("มาตรการป้องกันการทุจริต", 12, ThaiLineBreakerTest::width);

        assertThat(String.join("", lines)).isEqualTo("มาตรการป้องกันการทุจริต");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(12));
        assertThat(lines.get(0)).isIn("มาตรการ", "มาตรการป้องกัน".substring(0, 7));
    }

    @Test
    void aWordLongerThanTheLineIsCutBetweenCharacters_neverBeforeAToneMark() {
        List<String> lines = ThaiLineBreaker.wrap("ที่นี่ที่นี่ที่นี่", 4, ThaiLineBreakerTest::width);

        assertThat(String.join("", lines)).isEqualTo("ที่นี่ที่นี่ที่นี่");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(0)).isNotIn('\u0E35', '\u0E48'));
    }

    @Test
    void spacesAtTheEndOfALineDoNotCountButSpacesInsideItDo() {
        assertThat(ThaiLineBreaker.wrap("ab cd  ", 5, ThaiLineBreakerTest::width)).containsExactly("ab cd");
        assertThat(ThaiLineBreaker.wrap("ab  cd", 5, ThaiLineBreakerTest::width)).containsExactly("ab", "cd");
        assertThat(ThaiLineBreaker.wrap("ab cd ef", 5, ThaiLineBreakerTest::width)).containsExactly("ab cd", "ef");
    }

    @Test
    void explicitLineBreaksAreKept() {
        assertThat(ThaiLineBreaker.wrap("ก\nข", 100, ThaiLineBreakerTest::width)).containsExactly("ก", "ข");
    }
}
