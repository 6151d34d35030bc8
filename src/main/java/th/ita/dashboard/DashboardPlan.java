package th.ita.dashboard;

import th.ita.plan.PlanStatus;
import th.ita.shared.FiscalYear;

/** The header of the plan a dashboard shows: all the dashboard needs of it, without its sections and texts. */
public record DashboardPlan(long id, long organisationId, FiscalYear fiscalYear, Long assessmentId, PlanStatus status) {
}
