package th.ita.plan;

import th.ita.workflow.ProcessKeys;

/** The ids of {@code bpmn/improvement-plan.bpmn} that the Java code depends on, in one place. */
public final class PlanProcess {
    public static final String KEY = ProcessKeys.IMPROVEMENT_PLAN;
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String TASK_SIGN_OFF_REPORT = "Task_SignOffReport";
    public static final String END_PLAN_CLOSED = "EndEvent_PlanClosed";
    /** One instance per measure, each started by a job of its own. */
    public static final String CALL_ACTIVITY_MEASURES = "CallActivity_Measures";
    static final String MESSAGE_CLOSE_YEAR = "ita.plan.closeYear";

    private PlanProcess() {
    }

    static String businessKey(long planId) {
        return "plan-" + planId;
    }
}
