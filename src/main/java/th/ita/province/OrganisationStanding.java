package th.ita.province;

import th.ita.assessment.Rating;

import java.math.BigDecimal;

/**
 * One organisation of a province as its auditor sees it: its latest ITA result (score and rating by
 * that year's own rule, either may be unknown), and its latest plan (null fields when it has none) with the measures done of all and the division parts
 * that are overdue and still open.
 */
public record OrganisationStanding(long organisationId, String nameTh, String nameEn, String district,
                                   Integer assessmentYear, BigDecimal overallScore, Rating rating,
                                   Long planId, Integer planYear, String planStatus,
                                   int measuresDone, int measuresTotal, int partsOverdue) {

    public boolean hasPlan() {
        return planId != null;
    }
}
