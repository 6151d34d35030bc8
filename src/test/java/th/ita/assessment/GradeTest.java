package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.UserInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeTest {

    static final List<GradeBand> BANDS = List.of(band(Grade.AA, "95"), band(Grade.A, "85"), band(Grade.B, "75"),
            band(Grade.C, "65"), band(Grade.D, "55"), band(Grade.E, "50"), band(Grade.F, "0"));

    @Test
    void bandEdges() {
        assertThat(Grade.of(Score.of("84.99"), BANDS)).isEqualTo(Grade.B);
        assertThat(Grade.of(Score.of("85.00"), BANDS)).isEqualTo(Grade.A);
        assertThat(Grade.of(Score.of("94.99"), BANDS)).isEqualTo(Grade.A);
        assertThat(Grade.of(Score.of("95.00"), BANDS)).isEqualTo(Grade.AA);
        assertThat(Grade.of(Score.of("100"), BANDS)).isEqualTo(Grade.AA);
        assertThat(Grade.of(Score.of("49.99"), BANDS)).isEqualTo(Grade.F);
        assertThat(Grade.of(Score.of("0"), BANDS)).isEqualTo(Grade.F);
    }

    @Test
    void banTanOverallScoreIsGradeA() {
        assertThat(Grade.of(Score.of("85.62"), BANDS)).isEqualTo(Grade.A);
    }

    @Test
    void gradeTextIsCaseInsensitive_andUnknownGradesAreRejected() {
        assertThat(Grade.parse(" aa ", "assessment.field.grade")).isEqualTo(Grade.AA);
        assertThatThrownBy(() -> Grade.parse("A+", "assessment.field.grade"))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.error.grade"));
    }

    private static GradeBand band(Grade grade, String min) {
        return new GradeBand(grade, Score.of(min));
    }
}
