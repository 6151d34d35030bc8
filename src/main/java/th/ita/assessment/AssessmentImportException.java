package th.ita.assessment;

import th.ita.shared.UserInputException;

import java.util.List;

/**
 * A file that cannot be imported because of bad rows; nothing was saved. Carries the first problems (enough
 * to fix the file without drowning the user) and how many more there were.
 */
public class AssessmentImportException extends UserInputException {

    private final List<ImportProblem> problems;
    private final int notShown;

    AssessmentImportException(List<ImportProblem> problems, int notShown) {
        super("assessment.import.error.rows", String.valueOf(problems.size() + notShown));
        this.problems = List.copyOf(problems);
        this.notShown = notShown;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Problems found but not listed in {@link #problems()}. */
    public int notShown() {
        return notShown;
    }
}
