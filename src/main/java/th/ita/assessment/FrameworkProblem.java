package th.ita.assessment;

import java.util.List;

/**
 * One problem of a framework file: where ({@code oitItems[3].code}, empty for the file as a whole) and what, as a
 * message key with its arguments, so that the screen and the API show it in the reader's language.
 */
public record FrameworkProblem(String path, String messageKey, List<String> arguments) {

    public FrameworkProblem {
        path = path == null ? "" : path;
        arguments = List.copyOf(arguments);
    }

    static FrameworkProblem of(String path, String messageKey, Object... arguments) {
        return new FrameworkProblem(path, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
