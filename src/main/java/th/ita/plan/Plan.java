package th.ita.plan;

import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An improvement plan with everything the report shows: guidelines, sections and measures. */
public record Plan(long id, long organisationId, String organisation, FiscalYear fiscalYear, Long assessmentId,
                   PlanStatus status, String approvedBy, OffsetDateTime approvedAt,
                   Map<Integer, List<String>> guidelines, List<PlanSection> sections, List<PlanMeasure> measures) {

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }
}
