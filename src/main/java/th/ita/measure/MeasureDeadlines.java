package th.ita.measure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Date;

/** The reminder timer's date, read by the BPMN as {@code ${measureDeadlines.reminderAt(dueDate)}}. */
@Component
public class MeasureDeadlines {

    private final Duration reminderLead;

    public MeasureDeadlines(@Value("${ita.reminders.days-before-due:7}") int daysBeforeDue) {
        this.reminderLead = Duration.ofDays(daysBeforeDue);
    }

    public Date reminderAt(Date dueDate) {
        return Date.from(dueDate.toInstant().minus(reminderLead));
    }
}
