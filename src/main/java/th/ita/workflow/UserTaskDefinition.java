package th.ita.workflow;

/**
 * What a feature may read of a BPMN {@code userTask} when it puts its listeners on it ({@link UserTaskListeners}):
 * the task definition key (the element id, e.g. {@code Task_DivisionWork}), its {@code camunda:formKey} and its
 * {@code camunda:formRef} (the id of a Camunda form), each null when the element has none. The application's own type
 * instead of the engine's parsed XML element, which lives in the engine's internals.
 */
public record UserTaskDefinition(String key, String formKey, String formRef) {
}
