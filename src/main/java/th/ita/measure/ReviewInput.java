package th.ita.measure;

import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Map;

/**
 * A reviewer's entries on one of the review forms (head-review, coordinator-check, executive-approval), read from
 * the form's values by the variable names the forms and the BPMN share: the decision, the division(s) it names
 * and the reason. Screens that render the forms pass their values through here instead of naming the fields.
 */
public record ReviewInput(Decision decision, List<String> divisions, String reason) {

    public static ReviewInput headReview(Map<String, ?> values) {
        return of(values, MeasureVariables.HEAD_DECISION, null, MeasureVariables.HEAD_REASON);
    }

    public static ReviewInput coordinatorCheck(Map<String, ?> values) {
        return of(values, MeasureVariables.COORDINATOR_DECISION, MeasureVariables.SEND_BACK_DIVISION,
                MeasureVariables.COORDINATOR_REASON);
    }

    public static ReviewInput executiveApproval(Map<String, ?> values) {
        return of(values, MeasureVariables.EXECUTIVE_DECISION, MeasureVariables.RETURN_DIVISIONS,
                MeasureVariables.EXECUTIVE_REASON);
    }

    /** The one division named, or null (the coordinator sends back exactly one). */
    public String division() {
        return divisions.isEmpty() ? null : divisions.get(0);
    }

    private static ReviewInput of(Map<String, ?> values, String decisionKey, String divisionKey, String reasonKey) {
        Object division = divisionKey == null ? null : values.get(divisionKey);
        return new ReviewInput(decision(values.get(decisionKey)),
                division == null || division.toString().isBlank() ? List.of() : List.of(division.toString()),
                values.get(reasonKey) == null ? null : values.get(reasonKey).toString());
    }

    /** The form's radio holds the decision's name; anything else is the user's to fix, not an error page. */
    private static Decision decision(Object value) {
        try {
            return value == null ? null : Decision.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("review.error.noDecision");
        }
    }
}
