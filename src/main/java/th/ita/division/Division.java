package th.ita.division;

import java.util.Locale;

/** A division (กอง) of the organisation, responsible for its part of a measure. */
public record Division(String code, String nameTh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }
}
