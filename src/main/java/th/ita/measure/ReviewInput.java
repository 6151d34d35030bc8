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

    /** The entries on the form of a reviewer's step ({@link MeasureStep#decides()}), by the step's field names. */
    public static ReviewInput of(MeasureStep step, Map<String, ?> values) {
        return of(values, step.decisionField(), step.divisionField(), step.reasonField());
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
