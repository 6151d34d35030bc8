package th.ita.measure;

import th.ita.workflow.Groups;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user tasks of {@code bpmn/improvement-measure.bpmn} and what the code needs to know of each: the form it names
 * in {@code camunda:formRef}, who it is offered to, the decisions it takes and the variables it writes. The task
 * screen, the API, the step rules, the inbox filters and the approval queue read a step from here instead of each
 * switching on task keys of its own. {@code MeasureStepTest} holds it to the BPMN and the forms: a step per user task,
 * the same form, the same candidate groups, the form's fields and decision values.
 */
public enum MeasureStep {

    /** A division does the work and submits its report with evidence. */
    DIVISION_WORK(ImprovementMeasureProcess.TASK_DIVISION_WORK, "evidence-submission", "work", Candidates.DIVISION,
            null, List.of(), null, null, MeasureVariables.WORK_COMMENT),
    /** The division's head accepts the division's part or returns it. */
    HEAD_REVIEW(ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-review", "review", Candidates.HEAD_OF_DIVISION,
            MeasureVariables.HEAD_DECISION, List.of(Decision.ACCEPT, Decision.RETURN), null,
            MeasureVariables.HEAD_REASON, null),
    /** The ITA coordinator finds the measure complete or sends one division's part back. */
    COORDINATOR_CHECK(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "coordinator-check", "check",
            Candidates.COORDINATOR, MeasureVariables.COORDINATOR_DECISION, List.of(Decision.COMPLETE, Decision.SEND_BACK),
            MeasureVariables.SEND_BACK_DIVISION, MeasureVariables.COORDINATOR_REASON, null),
    /** An executive approves, returns to divisions, or returns to the coordinator. */
    EXECUTIVE_APPROVAL(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, "executive-approval", "approval",
            Candidates.EXECUTIVE, MeasureVariables.EXECUTIVE_DECISION,
            List.of(Decision.APPROVE, Decision.RETURN, Decision.RETURN_TO_COORDINATOR),
            MeasureVariables.RETURN_DIVISIONS, MeasureVariables.EXECUTIVE_REASON, null);

    /** Who a step is offered to, as the BPMN's {@code camunda:candidateGroups} names them. */
    public enum Candidates {
        DIVISION(Groups.DIVISION_PREFIX),
        HEAD_OF_DIVISION(Groups.HEAD_PREFIX),
        COORDINATOR(null),
        EXECUTIVE(null);

        private final String divisionPrefix;

        Candidates(String divisionPrefix) {
            this.divisionPrefix = divisionPrefix;
        }

        /** Offered per division (one task for each division of the measure), not to one organisation-wide group. */
        public boolean perDivision() {
            return divisionPrefix != null;
        }

        /** The candidate group of the step's task for that division ({@code div-finance}); the fixed group otherwise. */
        public String group(String division) {
            return switch (this) {
                case DIVISION, HEAD_OF_DIVISION -> divisionPrefix + division;
                case COORDINATOR -> Groups.COORDINATOR;
                case EXECUTIVE -> Groups.EXECUTIVE;
            };
        }
    }

    private final String taskKey;
    private final String formId;
    private final String filterName;
    private final Candidates candidates;
    private final String decisionField;
    private final List<Decision> decisions;
    private final String divisionField;
    private final String reasonField;
    private final String reportField;

    MeasureStep(String taskKey, String formId, String filterName, Candidates candidates, String decisionField,
                List<Decision> decisions, String divisionField, String reasonField, String reportField) {
        this.taskKey = taskKey;
        this.formId = formId;
        this.filterName = filterName;
        this.candidates = candidates;
        this.decisionField = decisionField;
        this.decisions = decisions;
        this.divisionField = divisionField;
        this.reasonField = reasonField;
        this.reportField = reportField;
    }

    /** The step of a task key, or empty for a task of another process (the plan's own steps). */
    public static Optional<MeasureStep> of(String taskKey) {
        return Arrays.stream(values()).filter(step -> step.taskKey.equals(taskKey)).findFirst();
    }

    /** The step named so in a URL ({@code ?step=review}): readable, and independent of the diagram's ids. */
    public static Optional<MeasureStep> byFilterName(String name) {
        return Arrays.stream(values()).filter(step -> step.filterName.equals(name)).findFirst();
    }

    /** The BPMN id of the step's user task. */
    public String taskKey() {
        return taskKey;
    }

    /** The form of the step, the one its user task names in {@code camunda:formRef} (forms/&lt;id&gt;.form). */
    public String formId() {
        return formId;
    }

    public String filterName() {
        return filterName;
    }

    public Candidates candidates() {
        return candidates;
    }

    /** A reviewer's step: it takes one of {@link #decisions()}. The division's work takes none. */
    public boolean decides() {
        return !decisions.isEmpty();
    }

    /** The decisions the step's form offers, in its order. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** Whether the step's own division may be handed to one of its members by the division's head. */
    public boolean handedOutInDivision() {
        return candidates == Candidates.DIVISION;
    }

    /** The variables the step writes: its form's fields, in the form's order. */
    public List<String> fields() {
        return Stream.of(reportField, decisionField, divisionField, reasonField)
                .filter(Objects::nonNull).toList();
    }

    String decisionField() {
        return decisionField;
    }

    String reasonField() {
        return reasonField;
    }

    /** The field naming the division(s) a decision sends back, or null when the step names none. */
    String divisionField() {
        return divisionField;
    }
}
