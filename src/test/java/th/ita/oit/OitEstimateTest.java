package th.ita.oit;

import org.junit.jupiter.api.Test;
import th.ita.assessment.Framework;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.OitItem;
import th.ita.assessment.OitScoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.oit.OitFrameworks.item;

/** The estimated OIT score from the board's states by the framework's scoring data. */
class OitEstimateTest {

    static final OitScoring ALIKE = new OitScoring(BigDecimal.ONE, Map.of(), false, List.of());

    @Test
    void itemsCountAlike_enteredAndAliveCount_missingAndBrokenAreTheGains() {
        Framework framework = OitFrameworks.of(2569, ALIKE, item("O1", 9, "a"), item("O2", 9, "b"), item("O3", 9, "c"),
                item("O4", 10, "d"));
        List<OitBoardItem> items = List.of(board("O1", 9, OitState.ALIVE), board("O2", 9, OitState.ENTERED),
                board("O3", 9, OitState.BROKEN), board("O4", 10, OitState.MISSING));

        OitEstimate estimate = OitEstimate.of(framework, items, false).orElseThrow();

        assertThat(estimate.score()).isEqualByComparingTo("50.00");
        assertThat(estimate.indicators()).extracting(i -> i.indicator() + ":" + i.score() + " " + i.counted() + "/" + i.items())
                .containsExactly("9:66.67 2/3", "10:0.00 0/1");
        assertThat(estimate.gains()).extracting(g -> g.code() + " +" + g.points()).containsExactly("O3 +25.00", "O4 +25.00");
        assertThat(estimate.provisional()).isFalse();
    }

    @Test
    void indicatorWeightsAndItemPoints_decideWhichItemRaisesTheScoreMost() {
        OitScoring weighted = new OitScoring(BigDecimal.ONE,
                Map.of(IndicatorCode.of(9), BigDecimal.valueOf(40), IndicatorCode.of(10), BigDecimal.valueOf(60)), true,
                List.of("test"));
        Framework framework = OitFrameworks.of(2569, weighted, item("O1", 9, "a"), item("O2", 9, "b"),
                new OitItem("O3", "c", IndicatorCode.of(9), null, null, BigDecimal.valueOf(2)),
                item("O4", 10, "d"), item("O5", 10, "e"));
        List<OitBoardItem> items = List.of(board("O1", 9, OitState.ALIVE), board("O2", 9, OitState.MISSING),
                board("O3", 9, OitState.MISSING), board("O4", 10, OitState.ALIVE), board("O5", 10, OitState.BROKEN));

        OitEstimate estimate = OitEstimate.of(framework, items, false).orElseThrow();

        // Indicator 9: 1 of 4 points = 25.00, weighs 40; indicator 10: 1 of 2 points = 50.00, weighs 60.
        assertThat(estimate.score()).isEqualByComparingTo("40.00");
        assertThat(estimate.gains()).extracting(g -> g.code() + " +" + g.points())
                .containsExactly("O5 +30.00", "O3 +20.00", "O2 +10.00");
        assertThat(estimate.provisional()).isTrue();
    }

    @Test
    void noScoringRuleInTheFramework_noEstimate_andAStandInBoardIsProvisional() {
        assertThat(OitEstimate.of(OitFrameworks.of(2569, null, item("O1", 9, "a")),
                List.of(board("O1", 9, OitState.ALIVE)), false)).isEmpty();
        assertThat(OitEstimate.of(OitFrameworks.of(2569, ALIKE, item("O1", 9, "a")),
                List.of(board("O1", 9, OitState.ALIVE)), true).orElseThrow().provisional()).isTrue();
    }

    static OitBoardItem board(String code, int indicator, OitState state) {
        return new OitBoardItem(code, "ข้อ " + code, indicator, null, null, List.of(), null, state, null, null, null,
                false, null);
    }
}
