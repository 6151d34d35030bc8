package th.ita.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Thai users type them: day/month/Buddhist year, in Thai or Arabic digits ("๓๐/๙/๒๕๖๖"). */
public final class BuddhistDates {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private BuddhistDates() {
    }

    /** Null for blank input; {@link UserInputException} naming the field for anything else that is not a date. */
    public static LocalDate parse(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(ThaiNumbers.toArabicDigits(text.strip()));
        if (!m.matches()) {
            throw new UserInputException("error.date", new RequiredText.FieldName(fieldKey));
        }
        try {
            return LocalDate.from(ThaiBuddhistDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            throw new UserInputException("error.date", new RequiredText.FieldName(fieldKey));
        }
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        ThaiBuddhistDate thai = ThaiBuddhistDate.from(date);
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + thai.get(java.time.temporal.ChronoField.YEAR);
    }
}
