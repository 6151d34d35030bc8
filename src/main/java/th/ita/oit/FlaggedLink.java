package th.ita.oit;

import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A URL of the organisation's website whose latest check found a problem, since when ({@code since}: when it was first
 * seen failing), and where the organisation uses it: as the answer to OIT items and as evidence of measures.
 */
public record FlaggedLink(String url, LastCheck check, OffsetDateTime since, List<OitUse> items,
                          List<MeasureUse> measures) {

    public FlaggedLink {
        items = List.copyOf(items);
        measures = List.copyOf(measures);
    }

    /** An OIT item of a fiscal year whose answer names the URL. */
    public record OitUse(String code, FiscalYear fiscalYear) {
    }

    /** A measure (its process) whose evidence links to the URL. */
    public record MeasureUse(String processInstanceId, int seq, String text, FiscalYear fiscalYear) {
    }
}
