package th.ita.assessment;

import th.ita.shared.RequiredText;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An ITA score as NACC publishes it: 0.00–100.00 with at most two decimals. A third decimal is refused, not
 * rounded, because rounding 84.995 decides between grade A and B and is not ours to do.
 */
public record Score(BigDecimal value) implements Comparable<Score> {

    static final String FIELD = "assessment.field.score";
    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Score {
        value = checked(value, FIELD, value == null ? "" : value.toPlainString());
    }

    public static Score of(String decimal) {
        return new Score(new BigDecimal(decimal));
    }

    /** Text from a form or a file (Thai digits accepted); {@link UserInputException} naming {@code fieldKey}. */
    public static Score parse(String text, String fieldKey) {
        BigDecimal parsed = ThaiNumbers.parseDecimal(text, fieldKey);
        return new Score(checked(parsed, fieldKey, text.strip()));
    }

    /** Blank text is an unknown score (null), as the published reports leave most indicators unstated. */
    public static Score parseOptional(String text, String fieldKey) {
        return text == null || text.isBlank() ? null : parse(text, fieldKey);
    }

    private static BigDecimal checked(BigDecimal value, String fieldKey, String text) {
        if (value == null) {
            throw new UserInputException("error.required", new RequiredText.FieldName(fieldKey));
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new UserInputException("assessment.error.scoreRange", new RequiredText.FieldName(fieldKey), text);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new UserInputException("assessment.error.scoreDecimals", new RequiredText.FieldName(fieldKey), text);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public boolean isBelow(Score other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
