package th.ita.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates as Thai users read them: in the Buddhist Era (พ.ศ.), whatever the UI language. */
public final class ThaiDates {

    /** Formatters are immutable and costly to build (a grid page formats a date per row); one per pattern and locale. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private ThaiDates() {
    }

    private static String format(String pattern, Date date, Locale locale) {
        if (date == null) {
            return "";
        }
        return FORMATTERS.computeIfAbsent(pattern + '|' + locale.toLanguageTag(),
                        key -> DateTimeFormatter.ofPattern(pattern, locale)
                                .withChronology(ThaiBuddhistChronology.INSTANCE)
                                .withZone(ZoneId.systemDefault()))
                .format(date.toInstant());
    }

    public static String date(Date date, Locale locale) {
        return format("d MMM yyyy", date, locale);
    }

    public static String dateTime(Date date, Locale locale) {
        return format("d MMM yyyy HH:mm", date, locale);
    }

    /** The application's own timestamps (evidence, checks, notices, reads) as {@link #date(Date, Locale)}. */
    public static String date(OffsetDateTime at, Locale locale) {
        return date(at == null ? null : Date.from(at.toInstant()), locale);
    }

    /** A calendar date (a due date) as {@link #date(Date, Locale)}. */
    public static String date(java.time.LocalDate day, Locale locale) {
        return date(day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), locale);
    }

    public static String dateTime(OffsetDateTime at, Locale locale) {
        return dateTime(at == null ? null : Date.from(at.toInstant()), locale);
    }
}
