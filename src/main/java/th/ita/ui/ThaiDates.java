package th.ita.ui;

import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates as Thai users read them: in the Buddhist Era (พ.ศ.), whatever the UI language. */
public final class ThaiDates {

    private ThaiDates() {
    }

    public static String date(Date date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale)
                .withChronology(ThaiBuddhistChronology.INSTANCE)
                .withZone(ZoneId.systemDefault())
                .format(date.toInstant());
    }

    public static String dateTime(Date date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale)
                .withChronology(ThaiBuddhistChronology.INSTANCE)
                .withZone(ZoneId.systemDefault())
                .format(date.toInstant());
    }
}
