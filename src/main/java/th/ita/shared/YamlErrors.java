package th.ita.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where a file a person uploaded (a framework, a plan) stops being what the reader expects, in terms of the file:
 * Jackson's and SnakeYAML's own messages name our Java classes and records, which mean nothing to the person.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /** {@code measures[3].dueDate}: the keys and list positions from the file's root to the refused value. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Whether the reader stopped because the text is not YAML (rather than a value of the wrong kind). */
    public static boolean isSyntax(JsonProcessingException e) {
        // A file cut short ("[a, b" never closed) comes from the mapper as a mismatched input at the end, not from the
        // parser: still the text's fault, not a value's.
        return e instanceof StreamReadException || marked(e) != null
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
    }

    /** Line, column and SnakeYAML's short description ("mapping values are not allowed here") of a syntax error. */
    public static Object[] syntax(JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        String what = marked != null && marked.getProblem() != null ? marked.getProblem() : "";
        if (marked != null && marked.getProblemMark() != null) {
            return new Object[] {marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1, what};
        }
        JsonLocation location = e.getLocation();
        return new Object[] {location == null ? "?" : location.getLineNr(), location == null ? "?" : location.getColumnNr(), what};
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }
}
