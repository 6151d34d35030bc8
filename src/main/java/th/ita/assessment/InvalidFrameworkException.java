package th.ita.assessment;

import th.ita.shared.UserInputException;

import java.util.List;

/** A framework file that fails its checks, with every problem found; nothing has been saved. */
public class InvalidFrameworkException extends UserInputException {

    private final transient List<FrameworkProblem> problems;

    public InvalidFrameworkException(List<FrameworkProblem> problems) {
        super("framework.error.invalid", String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
