package th.ita.measure;

/** The ids of {@code bpmn/improvement-measure.bpmn} that the Java code depends on, in one place. */
public final class ImprovementMeasureProcess {
    public static final String KEY = "improvement-measure";
    public static final String TASK_DIVISION_WORK = "Task_DivisionWork";
    public static final String TASK_HEAD_REVIEW = "Task_HeadReview";
    public static final String TASK_EXECUTIVE_APPROVAL = "Task_ExecutiveApproval";
    public static final String END_DONE = "EndEvent_MeasureDone";

    private ImprovementMeasureProcess() {
    }
}
