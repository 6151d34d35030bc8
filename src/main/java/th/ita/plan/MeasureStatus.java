package th.ita.plan;

/** Where a measure of the plan stands: not started (plan still a draft), running, or ended. */
public enum MeasureStatus {
    PLANNED, RUNNING, DONE, ENDED_NOT_DONE
}
