package th.ita.line;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each organisation's channel access token and channel secret: from the environment or properties first
 * ({@code ITA_LINE_TOKEN_<id>}, {@code ITA_LINE_SECRET_<id>}, {@code ita.line.organisations.<id>.token|secret}), else
 * as its administrator entered them. Only ever looked up by the organisation they belong to; never logged.
 */
@Component
class LineChannels {

    private static final Pattern BASIC_ID = Pattern.compile("@[0-9A-Za-z._-]{1,40}");

    private final LineProperties properties;
    private final Environment environment;
    private final LineChannelRepository repository;

    LineChannels(LineProperties properties, Environment environment, LineChannelRepository repository) {
        this.properties = properties;
        this.environment = environment;
        this.repository = repository;
    }

    Optional<String> token(long organisationId) {
        return configured(organisationId, "TOKEN").or(() -> repository.token(organisationId).map(LineChannels::blankToNull));
    }

    Optional<String> secret(long organisationId) {
        return configured(organisationId, "SECRET").or(() -> repository.secret(organisationId).map(LineChannels::blankToNull));
    }

    /**
     * The Official Account's basic id, as LINE shows it ({@code @} and letters, digits, {@code ._-}), from
     * {@code ita.line.organisations.<id>.basic-id} or {@code ITA_LINE_BASIC_ID_<id>}; the {@code @} may be left out.
     * Not a secret: it is what people search for in LINE to add the account.
     */
    Optional<String> basicId(long organisationId) {
        LineProperties.Channel channel = properties.organisations().get(organisationId);
        return Optional.ofNullable(blankToNull(channel == null ? null : channel.basicId()))
                .or(() -> Optional.ofNullable(blankToNull(environment.getProperty("ITA_LINE_BASIC_ID_" + organisationId))))
                .map(id -> id.startsWith("@") ? id : "@" + id)
                .filter(id -> BASIC_ID.matcher(id).matches());
    }

    /** Whether the token comes from the environment (then the admin screen cannot change it). */
    boolean configuredOutside(long organisationId) {
        return configured(organisationId, "TOKEN").isPresent();
    }

    /** Keeps what the administrator entered; a blank field keeps the value stored before. */
    void save(long organisationId, String token, String secret, String userId, OffsetDateTime now) {
        repository.save(organisationId, blankToNull(token), blankToNull(secret), userId, now);
    }

    private Optional<String> configured(long organisationId, String part) {
        LineProperties.Channel channel = properties.organisations().get(organisationId);
        String fromProperties = channel == null ? null : "TOKEN".equals(part) ? channel.token() : channel.secret();
        return Optional.ofNullable(blankToNull(fromProperties))
                .or(() -> Optional.ofNullable(blankToNull(environment.getProperty("ITA_LINE_" + part + "_" + organisationId))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What the admin screen may show of a secret: that it is there and, to tell one from another, its last four
     * characters, unless those would be a good part of it (a short value shows none).
     */
    static String masked(Optional<String> secret) {
        return secret.map(s -> s.length() < 12 ? "••••" : "••••" + s.substring(s.length() - 4)).orElse("");
    }
}
