package th.ita.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import th.ita.security.DivisionMembers;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import th.ita.people.PersonName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A division head hands the task to a member of the division. */
class AssignForm extends HorizontalLayout {

    final ComboBox<String> member = new ComboBox<>();
    final Button assign = new Button();

    AssignForm(TaskRow task, InboxService inboxService, DivisionMembers members, CurrentUser head, Runnable onAssigned) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        member.setId("assign-member");
        member.setLabel(getTranslation("task.assignTo"));
        // Offered by name and position; the value stays the account id the engine assigns to.
        Map<String, String> names = members.named(head.requireOrganisation(), task.divisionCode()).stream()
                .collect(Collectors.toMap(PersonName::userId, PersonName::label, (a, b) -> a, LinkedHashMap::new));
        member.setItems(names.keySet());
        member.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        member.setValue(task.assignee());
        assign.setId("assign-task");
        assign.setText(getTranslation("task.assign"));
        assign.addClickListener(click -> {
            try {
                inboxService.assign(task.taskId(), member.getValue(), head);
                Messages.success("task.assigned", names.getOrDefault(member.getValue(), member.getValue()));
                onAssigned.run();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(member, assign);
    }
}
