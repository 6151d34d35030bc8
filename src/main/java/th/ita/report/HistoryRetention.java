package th.ita.report;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.workflow.HistoryCleanup;

import java.util.Objects;
import java.util.Optional;

/**
 * Issue 6: history cleanup, if enabled, must not remove a measure of a fiscal year that is not closed and
 * reported. The measure process declares {@code historyTimeToLive} 3650 days and Camunda's default removal
 * time is end + TTL, so a measure stays ten years after it ends; its fiscal year closes at most a year after
 * it ends and the report is made at closing. This check refuses to start an engine whose scheduled cleanup
 * could remove a measure within {@code ita.report.min-history-days} (default 730: the year, and a year more for
 * the report) of its end: a shorter TTL, removal time counted from the start, or no TTL at all.
 * <p>
 * Not guarded: a year left unreported for longer than the TTL, and cleanup started by hand (e.g. in Cockpit).
 */
@Component
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    HistoryRetention(ProcessEngine engine, @Value("${ita.report.min-history-days:730}") int minDays) {
        Integer shortestTtl = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY).list().stream()
                .map(ProcessDefinition::getHistoryTimeToLive)
                .map(ttl -> ttl == null ? -1 : ttl)
                .min(Integer::compare).orElse(null);
        HistoryCleanup cleanup = HistoryCleanup.of(engine);
        problem(cleanup.scheduled(), cleanup.strategy(), cleanup.removalTimeStrategy(), shortestTtl, minDays)
                .ifPresent(problem -> {
                    log.error("Refusing to start: {}", problem);
                    throw new IllegalStateException(problem);
                });
    }

    /**
     * Why scheduled cleanup could remove a measure less than {@code minDays} after it ended; empty when it cannot.
     * {@code measureTtlDays}: the shortest TTL of the deployed measure process versions, -1 for none, null when
     * none is deployed yet.
     */
    static Optional<String> problem(boolean cleanupScheduled, String cleanupStrategy, String removalTimeStrategy,
                                    Integer measureTtlDays, int minDays) {
        if (!cleanupScheduled) {
            return Optional.empty();
        }
        if (HistoryCleanup.REMOVAL_TIME_BASED.equals(cleanupStrategy)
                && !Objects.equals(HistoryCleanup.REMOVAL_TIME_FROM_END, removalTimeStrategy)) {
            return Optional.of("history cleanup is scheduled with history-removal-time-strategy=" + removalTimeStrategy
                    + "; measures must be kept from their end, not their start, until their fiscal year is closed "
                    + "and reported: use history-removal-time-strategy=end");
        }
        if (measureTtlDays != null && measureTtlDays < minDays) {
            return Optional.of("history cleanup is scheduled and the " + ImprovementMeasureProcess.KEY
                    + " process keeps its history " + (measureTtlDays < 0 ? "without a time to live" : measureTtlDays + " days")
                    + "; at least " + minDays + " days (ita.report.min-history-days) are needed so that a measure is "
                    + "not removed before its fiscal year is closed and reported");
        }
        return Optional.empty();
    }
}
