package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import th.ita.workflow.Tenants;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.notification.NotificationService;
import th.ita.shared.BuddhistDates;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Notifies groups about one division's part of a measure: its title, the division's Thai name and the due date. */
@Component
class PartNotifications {

    private final NotificationService notifications;
    private final DivisionService divisions;

    PartNotifications(NotificationService notifications, DivisionService divisions) {
        this.notifications = notifications;
        this.divisions = divisions;
    }

    void send(DelegateExecution execution, Collection<String> groups, String messageKey) {
        Map<String, Object> variables = MeasureVariables.partInput(execution);
        String division = MeasureVariables.division(variables);
        long organisation = Tenants.requireOrganisation(execution.getTenantId());
        String divisionName = divisions.find(organisation, division).map(Division::nameTh).orElse(division);
        String due = BuddhistDates.format(MeasureVariables.dueDate(variables).toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate());
        notifications.notifyGroups(organisation, groups, messageKey,
                List.of(MeasureVariables.measureTitle(variables), divisionName, due), execution.getProcessInstanceId());
    }
}
