package th.ita.assessment;

import java.util.Locale;

/** An indicator (ตัวชี้วัด) of one fiscal year's framework, measured by one instrument. */
public record Indicator(IndicatorCode code, String instrument, String nameTh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }
}
