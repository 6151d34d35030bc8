package th.ita.dashboard;

import th.ita.assessment.Assessment;
import th.ita.plan.Plan;

import java.util.List;

/**
 * Where a plan stands, for everyone: overall, by indicator, by division, what is overdue, and the ITA scores
 * the plan sets out to improve ({@code scores} null when no assessment is recorded).
 */
public record Dashboard(Plan plan, Progress measures, Progress divisionParts, List<IndicatorProgress> byIndicator,
                        List<DivisionProgress> byDivision, List<OverdueTask> overdue, Assessment scores) {
}
