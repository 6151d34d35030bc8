package th.ita.preferences;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.Optional;

/**
 * Per-user settings kept with the user in Camunda's identity (user info), so they follow the user to any
 * device and need no table of their own.
 */
@Service
public class UserPreferences {

    static final String LANGUAGE = "ita.language";

    private final IdentityService identityService;

    public UserPreferences(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<Locale> language(String userId) {
        return Optional.ofNullable(identityService.getUserInfo(userId, LANGUAGE)).map(Locale::forLanguageTag);
    }

    public void saveLanguage(String userId, Locale locale) {
        identityService.setUserInfo(userId, LANGUAGE, locale.toLanguageTag());
    }
}
