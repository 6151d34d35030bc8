package th.ita.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import th.ita.inbox.TaskComment;
import th.ita.inbox.TaskCommentService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;

import java.util.List;

/** The measure's comments (oldest first, newest last, beside the box to add one) and adding a remark to the task. */
class CommentThread extends VerticalLayout {

    private final TaskCommentService comments;
    private final String taskId;
    private final CurrentUser user;
    final Div list = new Div();
    final TextArea text = new TextArea();
    final Button add = new Button();

    CommentThread(TaskCommentService comments, String taskId, CurrentUser user) {
        this.comments = comments;
        this.taskId = taskId;
        this.user = user;
        setPadding(false);
        setId("comment-thread");
        list.setId("comment-list");
        list.setWidthFull();
        text.setId("comment-text");
        text.setLabel(getTranslation("comment.field.text"));
        text.setMaxLength(TaskCommentService.MAX_COMMENT_LENGTH);
        text.setWidthFull();
        add.setId("comment-add");
        add.setText(getTranslation("comment.add"));
        add.addClickListener(click -> addComment());
        add(new H3(getTranslation("comment.title")), list, text, add);
        refresh();
    }

    private void addComment() {
        try {
            comments.add(taskId, text.getValue(), user);
            text.clear();
            text.setInvalid(false);
            Messages.success("comment.added");
            refresh();
        } catch (UserInputException e) {
            text.setErrorMessage(Messages.text(e));
            text.setInvalid(true);
        }
    }

    private void refresh() {
        list.removeAll();
        List<TaskComment> thread = comments.thread(taskId, user);
        if (thread.isEmpty()) {
            list.add(new Paragraph(getTranslation("comment.none")));
            return;
        }
        thread.forEach(comment -> list.add(entry(comment)));
    }

    private Div entry(TaskComment comment) {
        String heading = comment.taskName() == null
                ? getTranslation("comment.heading", comment.author(), ThaiDates.dateTime(comment.time(), getLocale()))
                : getTranslation("comment.headingOnTask", comment.author(),
                        ThaiDates.dateTime(comment.time(), getLocale()), comment.taskName());
        Span meta = new Span(heading);
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph message = new Paragraph(comment.message());
        message.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        Div entry = new Div(meta, message);
        entry.addClassName("comment");
        entry.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return entry;
    }
}
