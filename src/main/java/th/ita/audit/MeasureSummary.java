package th.ita.audit;

import java.util.Date;

/** A measure process as the history lists it. */
public record MeasureSummary(String processInstanceId, String measureTitle, Date started, String startedBy,
                             Date ended, boolean done) {
}
