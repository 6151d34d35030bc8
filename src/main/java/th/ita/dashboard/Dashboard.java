package th.ita.dashboard;

import th.ita.assessment.Assessment;
import th.ita.division.Division;
import th.ita.oit.FlaggedLink;

import java.util.List;

/**
 * Where a plan stands, for everyone: overall, by indicator, by division, what is overdue, and the ITA scores
 * the plan sets out to improve ({@code scores} null when no assessment is recorded). {@code divisions} are the
 * organisation's, in its order, so the page names the overdue tasks' divisions without reading them again.
 * {@code flaggedLinks} are the organisation's website addresses (OIT answers, evidence links) that the live checker
 * found failing, with where each is used.
 */
public record Dashboard(DashboardPlan plan, Progress measures, Progress divisionParts, List<IndicatorProgress> byIndicator,
                        List<DivisionProgress> byDivision, List<OverdueTask> overdue, Assessment scores,
                        List<Division> divisions, List<FlaggedLink> flaggedLinks) {
}
