package th.ita.assessment;

import th.ita.organisation.Organisation;
import th.ita.shared.FiscalYear;

/**
 * One checked row of a province's result file: whose results of which year, as the file gives them, the rating they
 * get by that year's own rule (or as published), and whether they replace results already recorded.
 */
public record ProvinceResultRow(int row, Organisation organisation, FiscalYear fiscalYear, Results results,
                                Score overallScore, Rating rating, boolean replaces) {
}
