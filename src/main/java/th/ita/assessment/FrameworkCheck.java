package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.util.List;
import java.util.Optional;

/**
 * A framework file checked for a year, before it is saved: its problems (none when it may be saved), its changes
 * against the previous year's framework, and what saving would do.
 *
 * @param framework  the parsed framework, null when there are problems
 * @param comparedWith the year compared with (the latest stored year before this one), null when none
 * @param diff       the changes against that year, null when there is none to compare with
 * @param outcome    what saving would do, null when there are problems
 * @param version    the version saving would store (or replace)
 */
public record FrameworkCheck(FiscalYear fiscalYear, List<FrameworkProblem> problems, Framework framework,
                             FiscalYear comparedWith, FrameworkDiff diff, Outcome outcome, int version) {

    /** What a save does to the year's frameworks. */
    public enum Outcome {
        /** The year had no framework: version 1. */
        FIRST,
        /** The current version is used by no result, plan or OIT board: replaced, same version number. */
        REPLACED,
        /** The current version is used: the file becomes the next version, the used one stays as it was. */
        NEW_VERSION
    }

    public FrameworkCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<FrameworkDiff> comparison() {
        return Optional.ofNullable(diff);
    }
}
