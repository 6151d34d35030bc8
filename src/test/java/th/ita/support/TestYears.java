package th.ita.support;

import th.ita.shared.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The fiscal year the tests run in. A plan is approved (and its measures run) only in a year that has not ended, so the
 * tests' plans are of the current fiscal year by the application's clock ({@code Clock.systemDefaultZone()} unless a
 * test replaces it), never of a fixed year that time leaves behind.
 */
public final class TestYears {

    private TestYears() {
    }

    public static FiscalYear current() {
        return current(Clock.systemDefaultZone());
    }

    public static FiscalYear current(Clock clock) {
        return FiscalYear.of(LocalDate.now(clock));
    }

    /**
     * Files a plan approved in the current year under a past fiscal year, as if it had run then: its year and its link to
     * the results of the year before. For the tests whose subject is tied to a past year's framework or texts (the FY 2566
     * OIT items, a report's headings), since a plan of an ended year is never approved. The processes and the measures'
     * due dates are left as they are (a step checks its due date against the plan's).
     */
    public static void fileUnder(JdbcClient jdbc, long planId, FiscalYear year) {
        jdbc.sql("update improvement_plan set fiscal_year = ?, assessment_id = (select a.id from assessment a "
                        + "where a.organisation_id = improvement_plan.organisation_id and a.fiscal_year = ?) where id = ?")
                .params(year.buddhistYear(), year.previous().buddhistYear(), planId).update();
    }
}
