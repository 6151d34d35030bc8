package th.ita.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Thai people type and publish them: Thai digits (๐–๙), Arabic digits or a mix, as in a NACC
 * report's "๘๕.๖๒". Anything else is refused with a message that names the field, never guessed at:
 * no thousands separators, no exponents, no comma as decimal point.
 */
public final class ThaiNumbers {

    static final String INVALID_KEY = "assessment.error.number";
    private static final char THAI_ZERO = '๐';
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private ThaiNumbers() {
    }

    /** The text with each Thai digit replaced by its Arabic digit; other characters unchanged. */
    public static String toArabicDigits(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            result.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return result.toString();
    }

    /** The text with each Arabic digit replaced by its Thai digit, as official documents print numbers. */
    public static String toThaiDigits(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            result.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return result.toString();
    }

    /** The decimal number in {@code text}; {@link UserInputException} naming {@code fieldKey} when it is none. */
    public static BigDecimal parseDecimal(String text, String fieldKey) {
        String normalised = normalise(text, fieldKey);
        if (!DECIMAL.matcher(normalised).matches()) {
            throw invalid(text, fieldKey);
        }
        return new BigDecimal(normalised);
    }

    /** The whole number in {@code text}; {@link UserInputException} naming {@code fieldKey} when it is none. */
    public static int parseInt(String text, String fieldKey) {
        String normalised = normalise(text, fieldKey);
        if (!INTEGER.matcher(normalised).matches()) {
            throw invalid(text, fieldKey);
        }
        return Integer.parseInt(normalised);
    }

    private static String normalise(String text, String fieldKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new UserInputException("error.required", new RequiredText.FieldName(fieldKey));
        }
        // Only ASCII digits are accepted after conversion: \d in Java's default mode means [0-9].
        return toArabicDigits(stripped);
    }

    private static UserInputException invalid(String text, String fieldKey) {
        return new UserInputException(INVALID_KEY, new RequiredText.FieldName(fieldKey), text.strip());
    }
}
