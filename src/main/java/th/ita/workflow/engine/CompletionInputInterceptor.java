package th.ita.workflow.engine;

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
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import th.ita.workflow.CompletionInputFilter;
import th.ita.workflow.CompletionInputFilter.CompletingTask;
import th.ita.workflow.CompletionInputFilter.Completion;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands what a task completion carries (complete, resolve, submit-form) to the {@link CompletionInputFilter} before
 * the engine stores any of it. The engine's commands keep the task id and variables in protected fields without
 * getters, hence the reflection.
 */
class CompletionInputInterceptor extends CommandInterceptor {

    private final ObjectProvider<CompletionInputFilter> filters;
    /** Looked up on the first completion, once the application is up; every command passes through here. */
    private volatile CompletionInputFilter filter;

    CompletionInputInterceptor(ObjectProvider<CompletionInputFilter> filters) {
        this.filters = filters;
    }

    @Override
    public <T> T execute(Command<T> command) {
        String variablesField = command instanceof CompleteTaskCmd ? "variables"
                : command instanceof SubmitTaskFormCmd ? "properties" : null;
        CompletionInputFilter filter = variablesField == null ? null : filter();
        if (filter == null) {
            return next.execute(command);
        }
        String taskId = (String) read(command, "taskId");
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        String formKey = task == null || !context.getTenantManager().isAuthenticatedTenant(task.getTenantId())
                ? null : formKeyOf(task);
        if (formKey == null) {
            return next.execute(command); // the engine answers for a missing task or another organisation's
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> carried = (Map<String, Object>) read(command, variablesField);
        return filter.filter(completing(task, formKey), typed(carried), new Completion<>() {
            @Override
            public T asCarried() {
                return next.execute(command);
            }

            @Override
            public T with(VariableMap variables) {
                write(command, variablesField, variables);
                return next.execute(command);
            }
        });
    }

    private CompletionInputFilter filter() {
        CompletionInputFilter found = filter;
        if (found == null) {
            found = filters.getIfAvailable();
            filter = found;
        }
        return found;
    }

    private static String formKeyOf(TaskEntity task) {
        if (task.getTaskDefinition() == null) {
            return null; // a standalone task, outside any process
        }
        Expression key = task.getTaskDefinition().getCamundaFormDefinitionKey();
        return key == null ? null : key.getExpressionText();
    }

    private static CompletingTask completing(TaskEntity task, String formKey) {
        return new CompletingTask() {
            @Override
            public String id() {
                return task.getId();
            }

            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public boolean hasVariableLocal(String name) {
                return task.hasVariableLocal(name);
            }

            @Override
            public Object variableLocal(String name) {
                return task.getVariableLocal(name);
            }

            @Override
            public TypedValue variableSerialised(String name) {
                return task.getVariableTyped(name, false);
            }
        };
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
