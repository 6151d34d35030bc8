package th.ita.assessment;

import th.ita.shared.UserInputException;

import java.util.List;

/**
 * A province's result file that cannot be imported; nothing was saved. Carries the first problems, by row and
 * column, and how many more there were.
 */
public class ProvinceImportException extends UserInputException {

    private final List<ProvinceImportProblem> problems;
    private final int notShown;

    ProvinceImportException(List<ProvinceImportProblem> problems, int notShown) {
        super("assessment.import.error.rows", String.valueOf(problems.size() + notShown));
        this.problems = List.copyOf(problems);
        this.notShown = notShown;
    }

    public List<ProvinceImportProblem> problems() {
        return problems;
    }

    /** Problems found but not listed in {@link #problems()}. */
    public int notShown() {
        return notShown;
    }
}
