package th.ita.notification;

import java.util.List;

/**
 * Published inside the transaction that recorded the notifications, so that other channels (LINE) can queue theirs
 * in the same transaction: they are kept or rolled back with the notification itself.
 *
 * @param userIds  the people notified (members of the groups who work for the organisation)
 * @param groupIds the groups as asked for ({@code div-finance}, {@code ita-coordinator}…)
 */
public record NotificationsSent(long organisationId, List<String> userIds, List<String> groupIds,
                                String messageKey, List<String> args, String processInstanceId) {

    public NotificationsSent {
        userIds = List.copyOf(userIds);
        groupIds = List.copyOf(groupIds);
        args = List.copyOf(args);
    }
}
