package th.ita.inbox;

import java.util.Map;

/**
 * How many open tasks a user's inbox holds: all of them, per step (BPMN task id) and those past their measure's due
 * date. What the side navigation's badges show.
 */
public record TaskCounts(long total, Map<String, Long> byStep, long overdue) {

    public static final TaskCounts NONE = new TaskCounts(0, Map.of(), 0);

    public TaskCounts {
        byStep = Map.copyOf(byStep);
    }

    /** The open tasks at one step, e.g. {@code Task_ExecutiveApproval}. */
    public long step(String taskKey) {
        return byStep.getOrDefault(taskKey, 0L);
    }
}
