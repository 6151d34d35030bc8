package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.workflow.EngineCommands;
import th.ita.workflow.Groups;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * ServiceTask_EscalateOverdue: the due date passed with the division's part unfinished. The part is marked
 * overdue (for the report and the dashboard) and its head and the ITA coordinator are told.
 */
@Component
class EscalateOverdueDelegate implements JavaDelegate {

    static final String MESSAGE = "notification.overdue";

    private final PartOutcomeRepository outcomes;
    private final PartNotifications notifications;

    EscalateOverdueDelegate(PartOutcomeRepository outcomes, PartNotifications notifications) {
        this.outcomes = outcomes;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String division = MeasureVariables.division(execution);
        // The engine's clock, not the wall clock: timers fire by it, and tests move it.
        outcomes.overdue(execution.getProcessInstanceId(), division,
                OffsetDateTime.ofInstant(EngineCommands.now(), ZoneId.systemDefault()));
        notifications.send(execution, List.of(Groups.headGroup(division), Groups.COORDINATOR), MESSAGE);
    }
}
