package th.ita.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import th.ita.shared.CompletionInput;
import th.ita.shared.UserInputException;
import th.ita.workflow.CompletionInputFilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what a task completion carries before the engine stores any of it, for every way a task is completed
 * (complete, resolve, submit-form — our screens, {@code /api}, {@code /engine-rest}, Camunda Tasklist): only the
 * fields of the step's own form ({@code camunda:formRef}), each plain and, where the form has options, one of them
 * ({@link SubmissionRules}). A field of the form the completion leaves out is cleared, so that nothing of an earlier
 * round is read as this completion's; what it submitted is then handed to the completion listeners
 * ({@link CompletionInput}), which make the decision record from it.
 */
@Component
class StepInputOnCompletion implements CompletionInputFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormDefinitions forms;

    StepInputOnCompletion(FormDefinitions forms) {
        this.forms = forms;
    }

    @Override
    public <T> T filter(CompletingTask task, Map<String, TypedValue> typed, Completion<T> completion) {
        FormDefinition form = forms.find(task.formKey()).orElseThrow(() ->
                new FormDefinitionException("No form with id " + task.formKey() + " in " + FormDefinitions.LOCATION));
        try {
            SubmissionRules.check(form, typed, valuesKey -> options(task, valuesKey));
        } catch (UserInputException refusal) {
            throw new ProcessEngineException(refusal.getMessage(), refusal);
        }
        Map<String, Object> submitted = new LinkedHashMap<>();
        VariableMap completeWith = Variables.createVariables();
        typed.forEach((name, value) -> {
            submitted.put(name, value == null ? null : value.getValue());
            completeWith.putValueTyped(name, value);
        });
        for (FormField field : form.fields()) {
            if (!field.isValidated() || typed.containsKey(field.key())) {
                continue;
            }
            if (task.hasVariableLocal(field.key())) {
                // Put on the task for this completion by the application (a division's report, local to its task).
                submitted.put(field.key(), task.variableLocal(field.key()));
            } else {
                completeWith.putValue(field.key(), null);
            }
        }
        return CompletionInput.during(task.id(), submitted, () -> completion.with(completeWith));
    }

    /**
     * The option values of a select whose options are the JSON variable {@code valuesKey} (label/value pairs), read
     * as JSON text: only that variable, never deserialised into a Java type.
     */
    private static List<String> options(CompletingTask task, String valuesKey) {
        TypedValue variable = task.variableSerialised(valuesKey);
        if (!(variable instanceof SerializableValue serialised) || serialised.getValueSerialized() == null) {
            return null;
        }
        try {
            List<String> values = new ArrayList<>();
            for (JsonNode option : JSON.readTree(serialised.getValueSerialized())) {
                values.add(option.path("value").asText());
            }
            return values;
        } catch (Exception notOptions) {
            return null;
        }
    }
}
