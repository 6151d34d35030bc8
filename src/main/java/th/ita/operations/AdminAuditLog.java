package th.ita.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Administrators' actions as audit events on a logger of their own, {@code ita.audit}, so that an operator can keep
 * them longer than the rest of the log and search them (docs/OPERATIONS.md, "Logs"): onboarding an organisation, adding
 * its people, loading or correcting a year's framework, acting appointments. One line per action, written only once
 * its transaction has committed (an action refused or rolled back is no event). Each line carries the action, the
 * administrator and the details as key-value pairs (fields of their own in the JSON log), and the request's id, user and
 * organisation from {@link RequestLogContext}. Details are ids and names, never a password or a token: callers pass
 * only what an auditor may read.
 */
@Component
public class AdminAuditLog {

    public static final String LOGGER = "ita.audit";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /**
     * Records {@code action} (a dotted name such as {@code organisation.onboarded}) by {@code actor} with its details.
     */
    public void record(String action, String actor, Map<String, ?> details) {
        Map<String, Object> sorted = new TreeMap<>(details);
        Runnable write = () -> write(action, actor, sorted);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    private static void write(String action, String actor, Map<String, Object> details) {
        LoggingEventBuilder event = log.atInfo()
                .addKeyValue("audit.action", action)
                .addKeyValue("audit.actor", actor);
        details.forEach((key, value) -> event.addKeyValue("audit." + key, String.valueOf(value)));
        // The plain-text log shows no key-value pairs: the message repeats them.
        event.log("{} by {}{}", action, actor, details.isEmpty() ? "" : details.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", ": ", "")));
    }
}
