package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The versioned framework files parse and hold what ITA-REFERENCE.md says. */
class FrameworkFilesTest {

    @Test
    void frameworks2565And2566_areLoadedFromTheResourceFiles() {
        List<Framework> frameworks = FrameworkLoader.readAll();
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
            assertThat(framework.grade(Score.of("85.62"))).isEqualTo(Grade.A);
        }
    }
}
