package th.ita.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text for the UI and the API from {@code messages_th.properties} (the default) and {@code messages_en.properties}. */
@Component
public class I18n implements I18NProvider {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : THAI;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            // Visible but harmless: a missing key shows itself instead of breaking the screen.
            return "!" + key;
        }
    }
}
