package th.ita.assessment;

import th.ita.shared.FiscalYear;

/** The real FY 2566 framework from its resource file, for tests without a database. */
final class TestFramework {

    private TestFramework() {
    }

    static Framework fy2566() {
        return FrameworkLoader.readAll().stream().filter(f -> f.fiscalYear().equals(FiscalYear.of(2566)))
                .findFirst().orElseThrow();
    }
}
