package th.ita.measure;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

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
    static final String WORK_COMMENT = "workComment";
    /** The divisions the multi-instance part runs for next: all at first, then only those sent back. */
    static final String DIVISIONS_TO_WORK = "divisionsToWork";
    static final String COORDINATOR_DECISION = "coordinatorDecision";
    static final String COORDINATOR_REASON = "coordinatorReason";
    /** The one division the coordinator sends back (a String, as the form's select sets it). */
    static final String SEND_BACK_DIVISION = "sendBackDivision";
    /** The divisions the executive returns the measure to: a String (one, from the form) or a list; empty = all. */
    static final String RETURN_DIVISIONS = "returnDivisions";
    static final String WITHDRAW_REASON = "withdrawReason";
    /** Options of the forms' division selects (valuesKey): the measure's divisions as label/value pairs. */
    static final String DIVISION_OPTIONS = "divisionOptions";

    /** Names to fetch for an inbox row; visible from any task of the process. */
    public static final List<String> SUMMARY = List.of(MEASURE_TITLE, DIVISION, DUE_DATE, PLAN_MEASURE_ID, PLAN_ID);

    private MeasureVariables() {
    }

    public static VariableMap start(String measureTitle, List<String> divisionCodes, String startedBy) {
        return Variables.createVariables()
                .putValue(MEASURE_TITLE, measureTitle)
                // An ArrayList, serialised by the engine, so the multi-instance collection survives a restart.
                .putValue(DIVISIONS, new ArrayList<>(divisionCodes))
                .putValue(DIVISIONS_TO_WORK, new ArrayList<>(divisionCodes))
                .putValue(STARTED_BY, startedBy);
    }

    /** Links the process to the plan's measure; the due date is the measure's (end of the fiscal year by default). */
    public static VariableMap fromPlan(long planId, long measureId, LocalDate dueDate) {
        return Variables.createVariables()
                .putValue(PLAN_ID, planId)
                .putValue(PLAN_MEASURE_ID, measureId)
                .putValue(DUE_DATE, toDate(dueDate));
    }

    /**
     * The officer's report, as a variable local to the officer's task (and as a task comment for the timeline):
     * a process variable would be overwritten by the parallel divisions.
     */
    public static VariableMap workDone(String workComment) {
        return Variables.createVariables().putValue(WORK_COMMENT, workComment);
    }

    public static VariableMap headReviewed(Decision decision, String reason) {
        return Variables.createVariables()
                .putValue(HEAD_DECISION, decision.name())
                .putValue(HEAD_REASON, reason);
    }

    /** The coordinator's check; {@code sendBackDivision} only with {@link Decision#SEND_BACK}. */
    public static VariableMap coordinatorChecked(Decision decision, String sendBackDivision, String reason) {
        return Variables.createVariables()
                .putValue(COORDINATOR_DECISION, decision.name())
                .putValue(SEND_BACK_DIVISION, decision == Decision.SEND_BACK ? sendBackDivision : null)
                .putValue(COORDINATOR_REASON, reason);
    }

    /** The executive's decision; {@code returnDivisions} only with {@link Decision#RETURN} (empty = all divisions). */
    public static VariableMap executiveDecided(Decision decision, List<String> returnDivisions, String reason) {
        return Variables.createVariables()
                .putValue(EXECUTIVE_DECISION, decision.name())
                .putValue(RETURN_DIVISIONS, decision == Decision.RETURN ? new ArrayList<>(returnDivisions) : null)
                .putValue(EXECUTIVE_REASON, reason);
    }

    public static VariableMap withdrawn(String reason) {
        return Variables.createVariables().putValue(WITHDRAW_REASON, reason);
    }

    @SuppressWarnings("unchecked")
    public static List<String> divisions(Map<String, Object> variables) {
        return List.copyOf((List<String>) variables.get(DIVISIONS));
    }

    /**
     * Only the named variables of the scope: reading all of them would deserialise every variable, one of a type
     * nobody here knows (stored by an administrator) included, and fail the step for it.
     */
    static Map<String, Object> named(VariableScope scope, String... names) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (String name : names) {
            values.put(name, scope.getVariable(name));
        }
        return values;
    }

    /** What {@link #divisionsToRedo} reads. */
    static Map<String, Object> redoInput(VariableScope scope) {
        return named(scope, SEND_BACK_DIVISION, RETURN_DIVISIONS, DIVISIONS);
    }

    /** What opening a measure's parts reads. */
    static Map<String, Object> openingInput(VariableScope scope) {
        return named(scope, DIVISIONS, PLAN_ID, PLAN_MEASURE_ID);
    }

    /** What a notification about a division's part reads. */
    static Map<String, Object> partInput(VariableScope scope) {
        return named(scope, DIVISION, DUE_DATE, MEASURE_TITLE);
    }

    /** What a hand-off names as the task's subject: the measure's title, or the plan of a plan's own step. */
    public static Map<String, Object> subjectInput(VariableScope scope) {
        return named(scope, MEASURE_TITLE, PLAN_ID);
    }

    /** The divisions a send-back (the coordinator's) or a return (the executive's) sends the work back to. */
    public static List<String> divisionsSentBack(VariableScope scope, boolean byExecutive) {
        return divisionsToRedo(redoInput(scope), byExecutive);
    }

    /** The measure's divisions, reading only that variable. */
    static List<String> divisions(VariableScope scope) {
        return divisions(Map.of(DIVISIONS, scope.getVariable(DIVISIONS)));
    }

    /**
     * Which divisions redo their part after a send-back: the coordinator's one division, or the executive's
     * named divisions (all of them when none is named). The last decision taken decides, so the caller says
     * whose it is.
     */
    static List<String> divisionsToRedo(Map<String, Object> variables, boolean byExecutive) {
        if (!byExecutive) {
            return List.of((String) variables.get(SEND_BACK_DIVISION));
        }
        Object named = variables.get(RETURN_DIVISIONS);
        List<String> divisions = named instanceof String one && !one.isBlank() ? List.of(one)
                : named instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return divisions.isEmpty() ? divisions(variables) : divisions;
    }

    /** Label/value pairs as JSON, the shape a Camunda Forms select reads through {@code valuesKey}. */
    static VariableMap divisionOptions(Map<String, String> namesByCode) {
        SpinJsonNode options = Spin.JSON("[]");
        namesByCode.forEach((code, name) -> options.append(Spin.JSON("{}").prop("label", name).prop("value", code)));
        return Variables.createVariables().putValue(DIVISION_OPTIONS, SpinValues.jsonValue(options).create());
    }

    static VariableMap toWork(List<String> divisions) {
        return Variables.createVariables().putValue(DIVISIONS_TO_WORK, new ArrayList<>(divisions));
    }

    static String withdrawReason(VariableScope scope) {
        return (String) scope.getVariable(WITHDRAW_REASON);
    }

    static String reason(VariableScope scope) {
        return (String) scope.getVariable(EXECUTIVE_REASON);
    }

    /** The division of the multi-instance part the task or execution belongs to (one variable, not all of them). */
    static String division(VariableScope scope) {
        return (String) scope.getVariable(DIVISION);
    }

    /** The plan of a measure's process, or of a plan's own process (the same variable name in both). */
    public static Long planId(Map<String, Object> variables) {
        return (Long) variables.get(PLAN_ID);
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
