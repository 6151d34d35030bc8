package th.ita.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * How the engine is set to clean up its history, read from its configuration: whether cleanup runs on a schedule
 * (enabled, with a batch window), its strategy ({@value #REMOVAL_TIME_BASED} or {@code endTimeBased}) and, for the
 * removal-time strategy, from when the removal time is counted ({@value #REMOVAL_TIME_FROM_END}, start, none).
 */
public record HistoryCleanup(boolean scheduled, String strategy, String removalTimeStrategy) {

    public static final String REMOVAL_TIME_BASED = ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED;
    public static final String REMOVAL_TIME_FROM_END = ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END;

    public static HistoryCleanup of(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new HistoryCleanup(configuration.isHistoryCleanupEnabled()
                && configuration.getHistoryCleanupBatchWindowStartTime() != null,
                configuration.getHistoryCleanupStrategy(), configuration.getHistoryRemovalTimeStrategy());
    }
}
