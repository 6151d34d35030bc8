package th.ita.assessment;

import th.ita.shared.YamlErrors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.List;

/**
 * Reads a framework file with the same reader as the shipped files ({@link FrameworkLoader#YAML}: unknown keys are
 * refused) and turns what the reader refuses into a {@link FrameworkProblem} by path. Jackson's and SnakeYAML's own
 * messages name Java classes and records, which mean nothing to an administrator: only their location is kept.
 */
final class FrameworkYaml {

    private FrameworkYaml() {
    }

    /** The parsed file, or {@link InvalidFrameworkException} with the reader's one problem. */
    static FrameworkFile read(String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.empty")));
        }
        try {
            FrameworkFile file = FrameworkLoader.YAML.readValue(source, FrameworkFile.class);
            if (file == null) {
                throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.empty")));
            }
            return file;
        } catch (JacksonException e) {
            throw new InvalidFrameworkException(List.of(problem(e)));
        }
    }

    static FrameworkProblem problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return FrameworkProblem.of(path(unknown), "framework.problem.unknownKey", unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException format) {
            return FrameworkProblem.of(path(format), "framework.problem.badValue", String.valueOf(format.getValue()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return FrameworkProblem.of(path(mapping), "framework.problem.badInput");
        }
        if (e instanceof StreamReadException syntax) {
            return syntaxProblem(syntax);
        }
        return FrameworkProblem.of("", "framework.problem.badInput");
    }

    /** Where the text stops being YAML, with SnakeYAML's short description ("mapping values are not allowed here"). */
    private static FrameworkProblem syntaxProblem(StreamReadException e) {
        return FrameworkProblem.of("", "framework.problem.yamlSyntax", YamlErrors.syntax(e));
    }

    /** {@code oitItems[3].code}: the keys and list positions from the file's root to the refused value. */
    static String path(JsonMappingException e) {
        return YamlErrors.path(e);
    }
}
