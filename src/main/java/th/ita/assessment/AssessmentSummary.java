package th.ita.assessment;

import th.ita.shared.FiscalYear;

/** An assessment without its indicators, for lists. Score and grade are null when not published/known. */
public record AssessmentSummary(long id, long organisationId, String organisationNameTh, FiscalYear fiscalYear,
                                Score overallScore, Grade grade) {
}
