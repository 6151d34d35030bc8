package th.ita.preferences;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/**
 * Per-user settings kept with the user in Camunda's identity (user info), so they follow the user to any
 * device and need no table of their own.
 */
@Service
public class UserPreferences {

    static final String LANGUAGE = "ita.language";
    static final String NOTICE_EMAIL = "ita.notice.email";
    static final String NOTICE_LINE = "ita.notice.line";
    static final String NOTICE_DIGEST = "ita.notice.digest";

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

    /** The person's channels for hand-off notices; {@link NoticePreferences#DEFAULT} for what they never chose. */
    public NoticePreferences notices(String userId) {
        NoticePreferences d = NoticePreferences.DEFAULT;
        return new NoticePreferences(flag(userId, NOTICE_EMAIL, d.email()), flag(userId, NOTICE_LINE, d.line()),
                flag(userId, NOTICE_DIGEST, d.dailyDigest()));
    }

    /** Only for the person themself (the screen passes the signed-in user's id). All three or none. */
    @Transactional
    public void saveNotices(String userId, NoticePreferences preferences) {
        identityService.setUserInfo(userId, NOTICE_EMAIL, Boolean.toString(preferences.email()));
        identityService.setUserInfo(userId, NOTICE_LINE, Boolean.toString(preferences.line()));
        identityService.setUserInfo(userId, NOTICE_DIGEST, Boolean.toString(preferences.dailyDigest()));
    }

    private boolean flag(String userId, String key, boolean otherwise) {
        String value = identityService.getUserInfo(userId, key);
        return value == null ? otherwise : Boolean.parseBoolean(value);
    }
}
