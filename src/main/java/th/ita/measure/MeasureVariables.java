package th.ita.measure;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The process variables of {@code improvement-measure}, typed. The only place that knows their names.
 * {@code headDecision}/{@code headReason} are local to each division's instance of the multi-instance
 * subprocess (the BPMN declares them there), so one head's decision never leaks into another division.
 */
public final class MeasureVariables {
    static final String MEASURE_TITLE = "measureTitle";
    static final String DIVISIONS = "divisions";
    static final String DIVISION = "division";
    static final String HEAD_DECISION = "headDecision";
    static final String HEAD_REASON = "headReason";
    static final String EXECUTIVE_DECISION = "executiveDecision";
    static final String EXECUTIVE_REASON = "executiveReason";
    static final String STARTED_BY = "startedBy";
    static final String PLAN_ID = "planId";
    static final String PLAN_MEASURE_ID = "planMeasureId";
    static final String DUE_DATE = "dueDate";

    /** Names to fetch for an inbox row; visible from any task of the process. */
    public static final List<String> SUMMARY = List.of(MEASURE_TITLE, DIVISION, DUE_DATE, PLAN_MEASURE_ID);

    private MeasureVariables() {
    }

    public static VariableMap start(String measureTitle, List<String> divisionCodes, String startedBy) {
        return Variables.createVariables()
                .putValue(MEASURE_TITLE, measureTitle)
                // An ArrayList, serialised by the engine, so the multi-instance collection survives a restart.
                .putValue(DIVISIONS, new ArrayList<>(divisionCodes))
                .putValue(STARTED_BY, startedBy);
    }

    /** Links the process to the plan's measure; the due date is the measure's (end of the fiscal year by default). */
    public static VariableMap fromPlan(long planId, long measureId, LocalDate dueDate) {
        return Variables.createVariables()
                .putValue(PLAN_ID, planId)
                .putValue(PLAN_MEASURE_ID, measureId)
                .putValue(DUE_DATE, toDate(dueDate));
    }

    /** The officer's report goes into a task comment, not a variable: parallel divisions would overwrite it. */
    public static VariableMap workDone() {
        return Variables.createVariables();
    }

    public static VariableMap headReviewed(Decision decision, String reason) {
        return Variables.createVariables()
                .putValue(HEAD_DECISION, decision.name())
                .putValue(HEAD_REASON, reason);
    }

    public static VariableMap executiveDecided(Decision decision, String reason) {
        return Variables.createVariables()
                .putValue(EXECUTIVE_DECISION, decision.name())
                .putValue(EXECUTIVE_REASON, reason);
    }

    public static String measureTitle(Map<String, Object> variables) {
        return (String) variables.get(MEASURE_TITLE);
    }

    public static String division(Map<String, Object> variables) {
        return (String) variables.get(DIVISION);
    }

    /** The plan measure this process runs, or null for a measure assigned outside a plan. */
    public static Long planMeasureId(Map<String, Object> variables) {
        return (Long) variables.get(PLAN_MEASURE_ID);
    }

    public static Date dueDate(Map<String, Object> variables) {
        return (Date) variables.get(DUE_DATE);
    }

    /** The name of the due-date variable, for queries that filter on it (overdue tasks). */
    public static String measureTitleName() {
        return MEASURE_TITLE;
    }

    public static String dueDateName() {
        return DUE_DATE;
    }

    /** The name of the head's decision, for reading it back from the history (the dashboard's accepted parts). */
    public static String headDecisionName() {
        return HEAD_DECISION;
    }

    public static VariableMap due(LocalDate dueDate) {
        return Variables.createVariables().putValue(DUE_DATE, toDate(dueDate));
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
