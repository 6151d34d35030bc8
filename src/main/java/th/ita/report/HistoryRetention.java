package th.ita.report;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Issue 6: history cleanup, if enabled, never removes a measure of a fiscal year that is not closed and
 * reported. The engine runs with {@code history-removal-time-strategy=none}, so Camunda gives no history a
 * removal time on its own (the measure process's {@code historyTimeToLive} of 3650 days is then only a
 * declaration); when an executive signs off a plan's year-end report, its ended measures get a removal time
 * {@code ita.report.history-retention-days} after the sign-off. Cleanup deletes only what has a removal time,
 * so an unreported year is kept. At start-up this refuses a configuration under which scheduled cleanup would
 * delete by end time or TTL instead.
 */
@Component
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final HistoryService history;
    private final int retentionDays;

    HistoryRetention(ProcessEngine engine, @Value("${ita.report.history-retention-days:3650}") int retentionDays) {
        this.history = engine.getHistoryService();
        this.retentionDays = retentionDays;
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        problem(configuration.isHistoryCleanupEnabled(), configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupStrategy(), configuration.getHistoryRemovalTimeStrategy())
                .ifPresent(problem -> {
                    log.error("Refusing to start: {}", problem);
                    throw new IllegalStateException(problem);
                });
    }

    /** Why this engine configuration could delete the history of an unreported year; empty when it cannot. */
    static Optional<String> problem(boolean cleanupEnabled, String batchWindowStart, String cleanupStrategy,
                                    String removalTimeStrategy) {
        boolean scheduled = cleanupEnabled && batchWindowStart != null && !batchWindowStart.isBlank();
        if (!scheduled) {
            return Optional.empty();
        }
        if (ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED.equals(cleanupStrategy)) {
            return Optional.of("history cleanup is scheduled with history-cleanup-strategy=endTimeBased, which deletes "
                    + "measures by end time and TTL whether or not their fiscal year is reported; use removalTimeBased "
                    + "with history-removal-time-strategy=none");
        }
        if (!ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_NONE.equals(removalTimeStrategy)) {
            return Optional.of("history cleanup is scheduled with history-removal-time-strategy=" + removalTimeStrategy
                    + ", which gives every measure a removal time from its TTL whether or not its fiscal year is "
                    + "reported; set camunda.bpm.generic-properties.properties.history-removal-time-strategy=none "
                    + "(the year-end report sets removal times at sign-off)");
        }
        return Optional.empty();
    }

    /** The plan's report is signed off: its ended measures may leave the history after the retention period. */
    void planReported(List<String> processInstanceIds, OffsetDateTime signedOffAt) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        List<String> ended = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(processInstanceIds)).finished().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (ended.isEmpty()) {
            return;
        }
        Date removal = Date.from(signedOffAt.plusDays(retentionDays).toInstant());
        history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(removal)
                .byIds(ended.toArray(String[]::new)).hierarchical().executeAsync();
        log.info("Year-end report signed off: {} ended measures may be removed from the history after {}", ended.size(), removal);
    }
}
