package th.ita.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRetentionTest {

    @Test
    void cleanupThatIsNotScheduledCannotRemoveAMeasure() {
        assertThat(HistoryRetention.problem(false, "removalTimeBased", "start", 30, 730)).isEmpty();
    }

    @Test
    void scheduledCleanupKeepsMeasuresTenYearsFromTheirEnd() {
        assertThat(HistoryRetention.problem(true, "removalTimeBased", "end", 3650, 730)).isEmpty();
        assertThat(HistoryRetention.problem(true, "endTimeBased", null, 3650, 730)).isEmpty();
    }

    @Test
    void scheduledCleanupIsRefusedWhenAMeasureCouldGoBeforeItsYearIsReported() {
        assertThat(HistoryRetention.problem(true, "removalTimeBased", "start", 3650, 730)).get().asString()
                .contains("history-removal-time-strategy=end");
        assertThat(HistoryRetention.problem(true, "removalTimeBased", "end", 180, 730)).get().asString()
                .contains("180 days");
        assertThat(HistoryRetention.problem(true, "endTimeBased", null, -1, 730)).get().asString()
                .contains("without a time to live");
    }
}
