package th.ita.assessment;

import java.util.List;

/**
 * One thing wrong in a framework file, by its path in the file ({@code rating.levels[2].code}), as a message key
 * and arguments, so that an administrator gets the whole list in Thai and nothing is saved.
 */
public record FrameworkProblem(String path, String messageKey, List<String> arguments) {

    public FrameworkProblem {
        path = path == null ? "" : path;
        arguments = List.copyOf(arguments);
    }

    public FrameworkProblem(String path, String messageKey, String... arguments) {
        this(path, messageKey, List.of(arguments));
    }

    static FrameworkProblem of(String path, String messageKey, Object... arguments) {
        return new FrameworkProblem(path, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    @Override
    public String toString() {
        return path + ": " + messageKey + " " + arguments;
    }
}
