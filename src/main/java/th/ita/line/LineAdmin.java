package th.ita.line;

import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final LineProperties properties;
    private final Clock clock;

    LineAdmin(LineChannels channels, LineOutbox outbox, JdbcClient jdbc, LineProperties properties, Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.jdbc = jdbc;
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
        return jdbc.sql("select d.code, d.name_th, g.line_group_id from division d left join line_division_group g "
                        + "on g.organisation_id = d.organisation_id and g.division_code = d.code "
                        + "where d.organisation_id = ? order by d.code")
                .param(organisationOf(user))
                .query((rs, n) -> new DivisionGroup(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Sets (or, blank, removes) a division's LINE group id ({@code C} and 32 hex digits, as LINE gives it). */
    @Transactional
    public void setDivisionGroup(CurrentUser user, String divisionCode, String lineGroupId) {
        long organisation = organisationOf(user);
        if (jdbc.sql("select count(*) from division where organisation_id = ? and code = ?")
                .params(organisation, divisionCode).query(Long.class).single() == 0) {
            throw new UserInputException("line.admin.noSuchDivision");
        }
        jdbc.sql("delete from line_division_group where organisation_id = ? and division_code = ?")
                .params(organisation, divisionCode).update();
        if (lineGroupId == null || lineGroupId.isBlank()) {
            return;
        }
        if (!GROUP_ID.matcher(lineGroupId.strip()).matches()) {
            throw new UserInputException("line.admin.groupInvalid");
        }
        jdbc.sql("insert into line_division_group (organisation_id, division_code, line_group_id) values (?, ?, ?)")
                .params(organisation, divisionCode, lineGroupId.strip()).update();
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
