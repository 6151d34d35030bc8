package th.ita.assessment;

import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ITA result levels (ระดับผลการประเมิน). Where each starts is data of the year's framework. */
public enum Grade {
    AA, A, B, C, D, E, F;

    /** The grade whose band holds the score: the band with the highest lower bound not above it. */
    public static Grade of(Score score, List<GradeBand> bands) {
        return bands.stream()
                .filter(band -> band.minScore().compareTo(score) <= 0)
                .max(Comparator.comparing(GradeBand::minScore))
                .map(GradeBand::grade)
                .orElseThrow(() -> new IllegalStateException("no grade band holds " + score + ": " + bands));
    }

    public static Grade parse(String text, String fieldKey) {
        String stripped = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (stripped.isEmpty()) {
            throw new UserInputException("error.required", new RequiredText.FieldName(fieldKey));
        }
        try {
            return valueOf(stripped);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("assessment.error.grade", new RequiredText.FieldName(fieldKey), text.strip());
        }
    }

    public static Grade parseOptional(String text, String fieldKey) {
        return text == null || text.isBlank() ? null : parse(text, fieldKey);
    }
}
