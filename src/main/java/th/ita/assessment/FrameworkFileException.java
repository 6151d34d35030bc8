package th.ita.assessment;

import java.util.List;

/** A framework file that cannot be used, with every problem found in it (not only the first). */
public class FrameworkFileException extends IllegalStateException {

    private final transient List<FrameworkProblem> problems;

    public FrameworkFileException(int fiscalYear, List<FrameworkProblem> problems) {
        super("ITA framework of FY " + fiscalYear + " has problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
