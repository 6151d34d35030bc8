package th.ita.assessment;

import th.ita.shared.RequiredText;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

/**
 * The number of an ITA indicator (ตัวชี้วัดที่ 1–10 in the FY 2563–2567 layout). Which codes exist is the
 * framework's business ({@link Framework#indicator(IndicatorCode)}), since NACC is revising the framework;
 * this type only refuses what can never be an indicator number.
 */
public record IndicatorCode(int value) implements Comparable<IndicatorCode> {

    static final int MAX = 99;

    public IndicatorCode {
        if (value < 1 || value > MAX) {
            throw new UserInputException("assessment.error.unknownIndicator", String.valueOf(value));
        }
    }

    public static IndicatorCode of(int value) {
        return new IndicatorCode(value);
    }

    /** "2", "๒" or "ตัวชี้วัดที่ ๒" as written in NACC reports. */
    public static IndicatorCode parse(String text, String fieldKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.startsWith("ตัวชี้วัดที่")) {
            stripped = stripped.substring("ตัวชี้วัดที่".length());
        }
        if (stripped.isBlank()) {
            throw new UserInputException("error.required", new RequiredText.FieldName(fieldKey));
        }
        return new IndicatorCode(ThaiNumbers.parseInt(stripped, fieldKey));
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
