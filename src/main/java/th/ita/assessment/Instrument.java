package th.ita.assessment;

import java.math.BigDecimal;
import java.util.Locale;

/** A measuring instrument (แบบวัด): IIT, EIT or OIT, with its weight in the overall score. */
public record Instrument(String code, String nameTh, String nameEn, BigDecimal weight) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }
}
