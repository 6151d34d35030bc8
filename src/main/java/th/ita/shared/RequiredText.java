package th.ita.shared;

/** Server-side checks of free text, the same whatever screen or API the text came from. */
public final class RequiredText {

    private RequiredText() {
    }

    /** The trimmed text; {@link UserInputException} with {@code fieldKey} when blank or longer than {@code maxLength}. */
    public static String require(String value, String fieldKey, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new UserInputException("error.required", new FieldName(fieldKey));
        }
        return limit(trimmed, fieldKey, maxLength);
    }

    /** The trimmed text or null when blank; {@link UserInputException} when longer than {@code maxLength}. */
    public static String optional(String value, String fieldKey, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : limit(trimmed, fieldKey, maxLength);
    }

    private static String limit(String trimmed, String fieldKey, int maxLength) {
        if (trimmed.length() > maxLength) {
            throw new UserInputException("error.tooLong", new FieldName(fieldKey), maxLength);
        }
        return trimmed;
    }

    /** A message argument that is itself a message key, translated when the message is shown. */
    public record FieldName(String key) {
    }
}
