/**
 * The Camunda Forms of the user tasks ({@code forms/*.form}), read once at start-up: their fields and rules
 * checked on the server when a task completes ({@code conditional.hide} with Camunda's FEEL), and rendered with
 * Vaadin fields by {@link th.ita.forms.ui.CamundaFormView}. The same files Camunda Tasklist renders. On the doors
 * floor: it knows forms, not which capability a task belongs to.
 * <p>Floor: Doors (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.forms;
