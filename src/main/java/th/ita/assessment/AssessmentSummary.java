package th.ita.assessment;

import th.ita.shared.FiscalYear;

/**
 * An assessment without its indicators, for lists. Score and rating are null when not published or known;
 * the rating is named by its own year's rule.
 */
public record AssessmentSummary(long id, long organisationId, String organisationNameTh, FiscalYear fiscalYear,
                                Score overallScore, Rating rating) {
}
