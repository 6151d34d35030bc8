package th.ita.forms;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import th.ita.shared.UserInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionRulesTest {

    private static final FormDefinitions FORMS = new FormDefinitions(new FormConditions());
    private static final FormDefinition COORDINATOR = FORMS.find("coordinator-check").orElseThrow();
    private static final FormDefinition EXECUTIVE = FORMS.find("executive-approval").orElseThrow();

    @Test
    void theFormsOwnFields_withPlainValuesAndOfferedOptions_pass() {
        assertThatNoException().isThrownBy(() -> check(COORDINATOR, Map.of("coordinatorDecision", "SEND_BACK",
                "sendBackDivision", "finance", "coordinatorReason", "ขาดเอกสาร")));
        assertThatNoException().isThrownBy(() -> check(EXECUTIVE, Map.of("executiveDecision", "RETURN",
                "returnDivisions", new ArrayList<>(List.of("finance", "works")), "executiveReason", "แก้ไข")));
        Map<String, Object> cleared = new LinkedHashMap<>();
        cleared.put("executiveDecision", "APPROVE");
        cleared.put("returnDivisions", null);
        assertThatNoException().isThrownBy(() -> check(EXECUTIVE, cleared));
    }

    @Test
    void anotherStepsField_isRefusedByName() {
        assertRefused(() -> check(COORDINATOR, Map.of("coordinatorDecision", "COMPLETE", "executiveDecision", "APPROVE")),
                "form.error.notOnForm", "executiveDecision");
        assertRefused(() -> check(COORDINATOR, Map.of("divisions", "finance")), "form.error.notOnForm", "divisions");
    }

    @Test
    void objectsFilesJsonAndMaps_areRefused_evenUnderAFormsOwnName() {
        assertRefused(() -> checkTyped(COORDINATOR, Map.of("coordinatorReason",
                Variables.serializedObjectValue("[]").objectTypeName("java.util.ArrayList")
                        .serializationDataFormat("application/json").create())), "form.error.type", null);
        assertRefused(() -> checkTyped(COORDINATOR, Map.of("coordinatorReason",
                Variables.fileValue("x.txt").file(new byte[] {1}).create())), "form.error.type", null);
        assertRefused(() -> check(COORDINATOR, Map.of("coordinatorReason", Map.of("a", 1))), "form.error.type", null);
        assertRefused(() -> check(COORDINATOR, Map.of("coordinatorDecision", List.of(1))), "form.error.type", null);
    }

    @Test
    void aValueOutsideTheOptions_isRefused_staticOrFromTheOptionsVariable() {
        assertRefused(() -> check(COORDINATOR, Map.of("coordinatorDecision", "APPROVE")), "form.error.option", null);
        assertRefused(() -> check(COORDINATOR, Map.of("coordinatorDecision", "SEND_BACK", "sendBackDivision", "nowhere")),
                "form.error.option", null);
        assertRefused(() -> check(EXECUTIVE, Map.of("executiveDecision", "RETURN",
                "returnDivisions", List.of("finance", "nowhere"))), "form.error.option", null);
    }

    private static void check(FormDefinition form, Map<String, ?> values) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> typed.put(k, Variables.untypedValue(v)));
        SubmissionRules.check(form, typed, key -> List.of("finance", "works"));
    }

    private static void checkTyped(FormDefinition form, Map<String, TypedValue> values) {
        SubmissionRules.check(form, values, key -> List.of("finance", "works"));
    }

    private static void assertRefused(Runnable call, String messageKey, String argument) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserInputException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(messageKey);
            if (argument != null) {
                org.assertj.core.api.Assertions.assertThat(e.arguments()).contains(argument);
            }
        });
    }
}
