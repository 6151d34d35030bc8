package th.ita.workflow;

/**
 * The keys of the deployed processes that code outside the BPMN names (a process key is its file name in
 * {@code bpmn/}). One home, so the features that start, grant or guard a process name the same one.
 */
public final class ProcessKeys {

    /** {@code bpmn/improvement-measure.bpmn}: one measure, worked by its division and decided by its head. */
    public static final String IMPROVEMENT_MEASURE = "improvement-measure";

    /** {@code bpmn/improvement-plan.bpmn}: a fiscal year's plan, from draft to approval and the year-end report. */
    public static final String IMPROVEMENT_PLAN = "improvement-plan";

    private ProcessKeys() {
    }
}
