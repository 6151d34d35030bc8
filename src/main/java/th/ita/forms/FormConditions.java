package th.ita.forms;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code conditional.hide} expressions of the forms, evaluated by the Scala FEEL engine that Camunda
 * itself ships (it comes with camunda-engine-dmn), so a field is hidden here exactly when FEEL says so.
 */
@Component
public class FormConditions {

    private static final Logger LOG = LoggerFactory.getLogger(FormConditions.class);

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

    /** Empty when {@code expression} is valid FEEL; otherwise the parser's explanation. */
    public Optional<String> parseProblem(String expression) {
        ParseResult result = feel.parseExpression(expression);
        return result.isSuccess() ? Optional.empty() : Optional.of(result.failure().message());
    }

    /** Whether the field's hide condition is true for these values; a condition that cannot be evaluated hides nothing. */
    public boolean isHidden(FormField field, Map<String, ?> values) {
        if (!field.hasHideCondition()) {
            return false;
        }
        EvaluationResult result = feel.evaluate(expression(field.hideCondition()), new HashMap<>(values));
        if (result.isFailure()) {
            // Shown and validated rather than silently skipped: the safer side for a required field.
            LOG.warn("Hide condition '{}' of field {} failed: {}", field.hideCondition(), field.key(),
                    result.failure().message());
            return false;
        }
        return Boolean.TRUE.equals(result.result());
    }

    private ParsedExpression expression(String expression) {
        return parsed.computeIfAbsent(expression, e -> {
            ParseResult result = feel.parseExpression(e);
            if (!result.isSuccess()) {
                throw new FormDefinitionException("Invalid FEEL expression '" + e + "': " + result.failure().message());
            }
            return result.parsedExpression();
        });
    }
}
