package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.workflow.Groups;

import java.util.List;

/** ServiceTask_SendReminder: the division's officers and head are reminded that the part is due soon. */
@Component
class SendReminderDelegate implements JavaDelegate {

    static final String MESSAGE = "notification.reminder";

    private final PartNotifications notifications;

    SendReminderDelegate(PartNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String division = MeasureVariables.division(execution);
        notifications.send(execution, List.of(Groups.divisionGroup(division), Groups.headGroup(division)), MESSAGE);
    }
}
