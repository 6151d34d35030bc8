package th.ita.support;

import th.ita.shared.FiscalYear;

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
}
