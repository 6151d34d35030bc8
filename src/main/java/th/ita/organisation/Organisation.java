package th.ita.organisation;

import java.util.Locale;

/** An assessed agency, e.g. a subdistrict municipality (เทศบาลตำบล). */
public record Organisation(long id, String nameTh, String nameEn, String district, String province,
                           String websiteDomain) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameTh;
    }
}
