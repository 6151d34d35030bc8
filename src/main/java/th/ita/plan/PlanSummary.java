package th.ita.plan;

import th.ita.shared.FiscalYear;

/** A plan as listed: whose, which fiscal year, and its state. */
public record PlanSummary(long id, String organisation, FiscalYear fiscalYear, PlanStatus status) {
}
