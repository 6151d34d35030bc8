package th.ita.province;

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

    /** The rating named by its own year's rule (read with the result, in SQL: this module does not call the assessments'). */
    public record Rating(String code, String nameTh, String nameEn) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
        }
    }

    public boolean hasPlan() {
        return planId != null;
    }
}
