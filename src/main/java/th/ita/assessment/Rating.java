package th.ita.assessment;

import java.util.Locale;

/**
 * A rating (ระดับผลการประเมิน) as one fiscal year's rule names it: a letter grade ({@code AA}…{@code F}) under the
 * rule by the overall score, a level ({@code EXCELLENT} ผ่านดีเยี่ยม …) under the rule with instrument minimums.
 */
public record Rating(String code, String nameTh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    /** A code as typed or found in a file: stripped and upper-case; null when blank. The year's rule decides if it exists. */
    public static String normaliseCode(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
