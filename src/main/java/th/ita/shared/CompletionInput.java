package th.ita.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the completion of a user task submitted — the fields of the step's form that this call carried, plus those
 * the application put on the task itself for it — as opposed to the process variables, which may still hold what an
 * earlier step or round left there. The form check puts it here for the duration of the completion command; the
 * completion listeners (form rules, step rules, decision records) read it, so a decision is always this one's.
 */
public final class CompletionInput {

    private static final ThreadLocal<Map<String, Map<String, Object>>> BY_TASK = ThreadLocal.withInitial(HashMap::new);

    private CompletionInput() {
    }

    /** The values the completion of {@code task} submitted; empty when it submitted none. */
    public static Map<String, Object> of(DelegateTask task) {
        return BY_TASK.get().getOrDefault(task.getId(), Map.of());
    }

    /** One submitted value, or null. */
    public static Object value(DelegateTask task, String name) {
        return of(task).get(name);
    }

    /** Runs the completion of {@code taskId} with {@code submitted} readable by its listeners. */
    public static <T> T during(String taskId, Map<String, Object> submitted, Supplier<T> completion) {
        Map<String, Map<String, Object>> open = BY_TASK.get();
        Map<String, Object> previous = open.put(taskId, Collections.unmodifiableMap(new HashMap<>(submitted)));
        try {
            return completion.get();
        } finally {
            if (previous == null) {
                open.remove(taskId);
            } else {
                open.put(taskId, previous);
            }
            if (open.isEmpty()) {
                BY_TASK.remove();
            }
        }
    }
}
