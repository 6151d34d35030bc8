package th.ita.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import th.ita.shared.CompletionInput;
import th.ita.shared.UserInputException;

import java.lang.reflect.Field;
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
 * <p>
 * A command interceptor, not a task listener: by the time the engine calls a listener it has already stored the
 * variables, and a listener cannot tell what this call brought from what was there. The engine's commands keep the
 * task id and variables in protected fields without getters, hence the reflection.
 */
class StepInputOnCompletion extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormDefinitions forms;

    StepInputOnCompletion(FormDefinitions forms) {
        this.forms = forms;
    }

    @Override
    public <T> T execute(Command<T> command) {
        String variablesField = command instanceof CompleteTaskCmd ? "variables"
                : command instanceof SubmitTaskFormCmd ? "properties" : null;
        if (variablesField == null) {
            return next.execute(command);
        }
        String taskId = (String) read(command, "taskId");
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        FormDefinition form = task == null || !context.getTenantManager().isAuthenticatedTenant(task.getTenantId())
                ? null : formOf(task);
        if (form == null) {
            return next.execute(command); // the engine answers for a missing task or another organisation's
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> carried = (Map<String, Object>) read(command, variablesField);
        Map<String, TypedValue> typed = typed(carried);
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
                submitted.put(field.key(), task.getVariableLocal(field.key()));
            } else {
                completeWith.putValue(field.key(), null);
            }
        }
        write(command, variablesField, completeWith);
        return CompletionInput.during(taskId, submitted, () -> next.execute(command));
    }

    private FormDefinition formOf(TaskEntity task) {
        if (task.getTaskDefinition() == null) {
            return null; // a standalone task, outside any process
        }
        Expression key = task.getTaskDefinition().getCamundaFormDefinitionKey();
        if (key == null) {
            return null;
        }
        return forms.find(key.getExpressionText()).orElseThrow(() ->
                new FormDefinitionException("No form with id " + key.getExpressionText() + " in " + FormDefinitions.LOCATION));
    }

    private static Map<String, TypedValue> typed(Map<String, Object> carried) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        if (carried == null) {
            return typed;
        }
        for (String name : carried.keySet()) {
            Object value = carried instanceof VariableMap map ? map.getValueTyped(name) : carried.get(name);
            typed.put(name, value instanceof TypedValue t ? t : Variables.untypedValue(value));
        }
        return typed;
    }

    /**
     * The option values of a select whose options are the JSON variable {@code valuesKey} (label/value pairs), read
     * as JSON text: only that variable, never deserialised into a Java type.
     */
    private static List<String> options(TaskEntity task, String valuesKey) {
        TypedValue variable = task.getVariableTyped(valuesKey, false);
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

    private static Object read(Object command, String name) {
        try {
            return field(command, name).get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static void write(Object command, String name, Object value) {
        try {
            field(command, name).set(command, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static Field field(Object command, String name) throws NoSuchFieldException {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass (ResolveTaskCmd keeps CompleteTaskCmd's fields)
            }
        }
        throw new NoSuchFieldException(name);
    }
}
