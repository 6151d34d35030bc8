package th.ita.workflow;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.util.Map;

/**
 * Looks at what a task completion carries before the engine stores any of it, for every way a task is completed
 * (complete, resolve, submit-form — our screens, {@code /api}, {@code /engine-rest}, Camunda Tasklist). Called only
 * for a task of a process that has a form key, in an organisation the caller may act in; everything else goes to the
 * engine as it came. A Spring bean; the engine plug-in {@code workflow.engine.CompletionInputPlugin} calls it inside
 * the engine's command, in the command's transaction.
 * <p>
 * Not a task listener: by the time the engine calls a listener it has already stored the variables, and a listener
 * cannot tell what this call brought from what was there.
 */
public interface CompletionInputFilter {

    /**
     * Decides what the completion goes on with: {@link Completion#asCarried()}, {@link Completion#with} other
     * variables, or an exception that refuses it (the transaction rolls back).
     */
    <T> T filter(CompletingTask task, Map<String, TypedValue> carried, Completion<T> completion);

    /** The task being completed, as the filter may read it. */
    interface CompletingTask {

        String id();

        /** The {@code camunda:formKey} (or {@code formRef}) expression text of its step; never null here. */
        String formKey();

        boolean hasVariableLocal(String name);

        Object variableLocal(String name);

        /** A variable as the engine stores it, a serialised value left serialised (never deserialised into a type). */
        TypedValue variableSerialised(String name);
    }

    /** The rest of the completion, run by the engine. */
    interface Completion<T> {

        T asCarried();

        /** Completes with these variables instead of those carried. */
        T with(VariableMap variables);
    }
}
