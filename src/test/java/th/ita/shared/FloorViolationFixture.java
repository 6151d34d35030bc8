package th.ita.shared;

import th.ita.plan.PlanService;

/**
 * A deliberate breach of the floors, for {@code th.ita.ArchitectureTest} only: a class on the lowest floor (kernel)
 * that uses the process floor. The main rule imports production classes only, so this never fails the build.
 */
public class FloorViolationFixture {

    boolean reachesUp(PlanService plans) {
        return plans.yearEnded(FiscalYear.of(2567));
    }
}
