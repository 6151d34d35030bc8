package th.ita.assessment;

import th.ita.shared.FiscalYear;

/**
 * An assessment without its indicators, for lists. Score and grade are null when not published/known. The framework
 * version is the one of its year the result was recorded under: it stays judged by it when the year is corrected.
 */
public record AssessmentSummary(long id, long organisationId, String organisationNameTh, FiscalYear fiscalYear,
                                Score overallScore, Grade grade, int frameworkVersion) {
}
