package th.ita.measure;

import th.ita.workflow.ProcessKeys;

/** The ids of {@code bpmn/improvement-measure.bpmn} that the Java code depends on, in one place. */
public final class ImprovementMeasureProcess {
    public static final String KEY = ProcessKeys.IMPROVEMENT_MEASURE;
    public static final String TASK_DIVISION_WORK = "Task_DivisionWork";
    public static final String TASK_HEAD_REVIEW = "Task_HeadReview";
    public static final String TASK_COORDINATOR_CHECK = "Task_CoordinatorCheck";
    public static final String TASK_EXECUTIVE_APPROVAL = "Task_ExecutiveApproval";
    public static final String END_DONE = "EndEvent_MeasureDone";
    public static final String END_WITHDRAWN = "EndEvent_MeasureWithdrawn";
    public static final String END_NOT_DONE = "EndEvent_MeasureNotDone";
    static final String PART_ACCEPTED = "EndEvent_DivisionPartAccepted";
    static final String FLOW_EXECUTIVE_RETURNED_TO_DIVISIONS = "Flow_ExecutiveReturnedToDivisions";
    static final String MESSAGE_WITHDRAW = "ita.measure.withdraw";
    static final String MESSAGE_CLOSE_YEAR = "ita.measure.closeYear";

    private ImprovementMeasureProcess() {
    }
}
