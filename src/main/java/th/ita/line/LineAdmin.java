package th.ita.line;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The LINE settings of an organisation, for its own administrator only: the channel (token and secret, shown back
 * only as their last four characters), the divisions' LINE groups, and the latest deliveries.
 */
@Service
public class LineAdmin {

    private static final int DELIVERIES_SHOWN = 200;
    private static final Pattern GROUP_ID = Pattern.compile("C[0-9a-f]{32}");
    /** LINE's tokens are long and Base64-like; anything else (a space, a Thai letter) cannot even go in a header. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{20,}");

    private final LineChannels channels;
    private final LineOutbox outbox;
    private final LineDivisionGroupRepository divisionGroups;
    private final LineProperties properties;
    private final Clock clock;

    LineAdmin(LineChannels channels, LineOutbox outbox, LineDivisionGroupRepository divisionGroups, LineProperties properties,
              Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.divisionGroups = divisionGroups;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What the screen shows of the channel: masked token and secret, where the token comes from, and the webhook at
     * the application's configured address, else at the one the administrator opened the page with.
     */
    public record ChannelState(String tokenMasked, String secretMasked, boolean fromEnvironment, String webhookPath,
                               Optional<String> configuredBaseUrl) {

        public String webhookUrl(Supplier<String> requestBaseUrl) {
            return configuredBaseUrl.orElseGet(requestBaseUrl) + webhookPath;
        }
    }

    public record DivisionGroup(String divisionCode, String divisionName, String lineGroupId) {
    }

    @Transactional(readOnly = true)
    public ChannelState channel(CurrentUser user) {
        long organisation = organisationOf(user);
        return new ChannelState(LineChannels.masked(channels.token(organisation)),
                LineChannels.masked(channels.secret(organisation)), channels.configuredOutside(organisation),
                "/api/line/webhook/" + organisation, properties.configuredAppBaseUrl());
    }

    /** Saves what was entered; a blank field keeps what was there. */
    @Transactional
    public void saveChannel(CurrentUser user, String token, String secret) {
        long organisation = organisationOf(user);
        if (token != null && !token.isBlank() && !TOKEN.matcher(token.strip()).matches()) {
            throw new UserInputException("line.admin.tokenInvalid");
        }
        channels.save(organisation, token, secret, user.userId(), OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public List<DivisionGroup> divisionGroups(CurrentUser user) {
        return divisionGroups.divisionGroups(organisationOf(user));
    }

    /** Sets (or, blank, removes) a division's LINE group id ({@code C} and 32 hex digits, as LINE gives it). */
    @Transactional
    public void setDivisionGroup(CurrentUser user, String divisionCode, String lineGroupId) {
        long organisation = organisationOf(user);
        if (!divisionGroups.divisionExists(organisation, divisionCode)) {
            throw new UserInputException("line.admin.noSuchDivision");
        }
        divisionGroups.remove(organisation, divisionCode);
        if (lineGroupId == null || lineGroupId.isBlank()) {
            return;
        }
        if (!GROUP_ID.matcher(lineGroupId.strip()).matches()) {
            throw new UserInputException("line.admin.groupInvalid");
        }
        divisionGroups.insert(organisation, divisionCode, lineGroupId.strip());
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(CurrentUser user) {
        return outbox.latest(organisationOf(user), DELIVERIES_SHOWN);
    }

    private static long organisationOf(CurrentUser user) {
        if (user.organisationId() == null || !user.groupIds().contains(Groups.ORGANISATION_ADMIN)) {
            throw new AccessDeniedException("only an organisation's administrator manages its LINE channel");
        }
        return user.organisationId();
    }
}
