package th.ita.plan;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The process variables of {@code improvement-plan}, typed. The only place that knows their names. */
final class PlanVariables {
    static final String PLAN_ID = "planId";
    /** The moment the fiscal year is over: the start of the day after its last day (30 September). */
    static final String YEAR_END = "yearEnd";
    static final String YEAR_CLOSED = "yearClosed";
    /** The multi-instance collection of CallActivity_Measures: one {@link MeasureToStart} (JSON) per measure. */
    static final String MEASURES_TO_START = "measuresToStart";
    /** Its element, local to each instance of the call activity. */
    static final String MEASURE_TO_START = "measureToStart";
    /**
     * The collection and element of improvement-plan versions deployed before measures started asynchronously: a
     * plan drafted on such a version is approved on it, and its call activity still reads these.
     */
    static final String LEGACY_MEASURE_IDS = "measureIds";
    static final String LEGACY_PLAN_MEASURE_ID = "planMeasureId";
    static final String DRAFT_NOTE = "draftNote";
    static final String PLAN_DECISION = "planDecision";
    static final String PLAN_REASON = "planReason";
    static final String REVIEW_NOTE = "reviewNote";
    static final String SIGN_OFF_DECISION = "signOffDecision";
    static final String SIGN_OFF_REASON = "signOffReason";
    /** The approving values of the two executive decisions (the radio values of their forms). */
    static final String APPROVE = "APPROVE";
    static final String SIGN = "SIGN";

    private PlanVariables() {
    }

    static VariableMap start(long planId, LocalDate lastDayOfYear) {
        VariableMap variables = Variables.createVariables().putValue(PLAN_ID, planId).putValue(YEAR_CLOSED, false);
        variables.putAll(yearEnd(lastDayOfYear));
        return variables;
    }

    static VariableMap yearEnd(LocalDate lastDayOfYear) {
        return Variables.createVariables().putValue(YEAR_END,
                Date.from(lastDayOfYear.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    static VariableMap drafted(String note) {
        return Variables.createVariables().putValue(DRAFT_NOTE, note);
    }

    /** The values Gateway_PlanDecision compares against (the radio values of forms/plan-approval.form). */
    static VariableMap approved() {
        return Variables.createVariables().putValue(PLAN_DECISION, APPROVE).putValue(PLAN_REASON, null);
    }

    static VariableMap returned(String reason) {
        return Variables.createVariables().putValue(PLAN_DECISION, "RETURN").putValue(PLAN_REASON, reason);
    }

    static VariableMap reviewed(String note) {
        return Variables.createVariables().putValue(REVIEW_NOTE, note);
    }

    /** SIGN or RETURN, as Gateway_SignOffDecision compares (the radio values of forms/year-end-sign-off.form). */
    static VariableMap signOff(boolean sign, String reason) {
        return Variables.createVariables().putValue(SIGN_OFF_DECISION, sign ? SIGN : "RETURN")
                .putValue(SIGN_OFF_REASON, reason);
    }

    /** An ArrayList of JSON strings, serialised by the engine, so the collection survives a restart. */
    static VariableMap measures(List<MeasureToStart> measures) {
        return Variables.createVariables()
                .putValue(MEASURES_TO_START, new ArrayList<>(measures.stream().map(MeasureToStart::toJson).toList()))
                .putValue(LEGACY_MEASURE_IDS, new ArrayList<>(measures.stream().map(MeasureToStart::planMeasureId).toList()));
    }

    static VariableMap closed() {
        return Variables.createVariables().putValue(YEAR_CLOSED, true);
    }

    static long planId(VariableScope scope) {
        return ((Number) scope.getVariable(PLAN_ID)).longValue();
    }

    /** The measure an instance of CallActivity_Measures starts (its element of the collection). */
    static MeasureToStart measureToStart(VariableScope scope) {
        return MeasureToStart.fromJson((String) scope.getVariable(MEASURE_TO_START));
    }

    /** Whether the call activity runs an older definition, whose element is only the plan measure's id. */
    static boolean legacyElement(VariableScope scope) {
        return scope.getVariable(MEASURE_TO_START) == null && scope.getVariable(LEGACY_PLAN_MEASURE_ID) != null;
    }

    static long legacyPlanMeasureId(VariableScope scope) {
        return ((Number) scope.getVariable(LEGACY_PLAN_MEASURE_ID)).longValue();
    }
}
