package th.ita.oit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.notification.NotificationService;
import th.ita.workflow.Groups;
import th.ita.outbound.OutboundPolicy;
import th.ita.shared.I18n;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fetches the organisations' OIT URLs and evidence links and records what the websites answer. Any number of nodes
 * may run it: each URL is claimed by one node (a conditional update), fetched outside any transaction, and its
 * result written in a short transaction of its own. A URL that stops answering, leaves the main website or (once
 * approved) shows another page is flagged, and the divisions that gave it and the coordinator are told once, until
 * it answers again.
 */
@Service
@EnableConfigurationProperties(LinkCheckProperties.class)
public class LiveChecks {

    private static final Logger log = LoggerFactory.getLogger(LiveChecks.class);

    private final WebCheckRuns runs;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final LinkCheckProperties properties;
    private final Clock clock;
    private final I18n i18n;
    private final CheckPool pool;
    /** This node's name in {@code lease_owner}, for whoever looks at a stuck lease. */
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    @org.springframework.beans.factory.annotation.Autowired
    LiveChecks(WebCheckRuns runs, NotificationService notifications, TransactionTemplate transaction,
               LinkCheckProperties properties, Clock clock, I18n i18n, OutboundPolicy policy) {
        this(runs, notifications, transaction, properties, clock, i18n, new HostPacer(properties.perHostDelay(), clock,
                duration -> Thread.sleep(duration.toMillis())), policy);
    }

    LiveChecks(WebCheckRuns runs, NotificationService notifications, TransactionTemplate transaction,
               LinkCheckProperties properties, Clock clock, I18n i18n, HostPacer pacer, OutboundPolicy policy) {
        this.i18n = i18n;
        this.runs = runs;
        this.notifications = notifications;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.pool = new CheckPool(new PageFetcher(properties, pacer, policy), properties.threads());
    }

    /**
     * The URLs of every organisation that are due, batch after batch until fewer than a batch are left (a national
     * run is hundreds of batches); returns how many this node checked.
     */
    public int runDue() {
        int total = 0;
        int checked;
        do {
            checked = run(null, false);
            total += checked;
        } while (checked >= properties.batch() && !Thread.currentThread().isInterrupted());
        return total;
    }

    /** Every URL of one organisation now, due or not (those another node is checking are left to it). */
    public int checkNow(long organisationId) {
        return run(organisationId, true);
    }

    private int run(Long organisationId, boolean anyTime) {
        transaction.executeWithoutResult(s -> runs.sync(now()));
        List<WebCheckRuns.Target> claimed = new ArrayList<>();
        for (Long id : runs.candidates(organisationId, anyTime, now(), properties.batch())) {
            OffsetDateTime now = now();
            Boolean ok = transaction.execute(s -> runs.claim(id, node, now, now.plus(properties.lease())));
            if (Boolean.TRUE.equals(ok)) {
                runs.target(id).ifPresent(claimed::add);
            }
        }
        try {
            pool.run(claimed, WebCheckRuns.Target::url, WebCheckRuns.Target::websiteDomain, this::recordAlone);
        } catch (InterruptedException e) {
            // Stopping: what was not checked stays claimed until its lease ends, then another node takes it.
            Thread.currentThread().interrupt();
        }
        return claimed.size();
    }

    /** One URL's result in its own transaction, so that a failure to record it leaves the others' results. */
    private void recordAlone(WebCheckRuns.Target target, FetchResult result) {
        try {
            transaction.executeWithoutResult(s -> record(target, result));
        } catch (RuntimeException e) {
            log.warn("Could not record the check of {} (organisation {})", target.url(), target.organisationId(), e);
        }
    }

    private void record(WebCheckRuns.Target target, FetchResult result) {
        OffsetDateTime now = now();
        CheckStatus status = result.status();
        String baseline = target.baselineSha256();
        if (status == CheckStatus.ALIVE && target.approvedAt() != null) {
            if (baseline == null) {
                baseline = result.sha256();
            } else if (!baseline.equals(result.sha256())) {
                status = CheckStatus.CHANGED;
            }
        }
        boolean problem = status.isProblem();
        boolean newProblem = problem && target.flaggedAt() == null;
        OffsetDateTime flaggedAt = problem ? (newProblem ? now : target.flaggedAt()) : null;
        runs.record(target.id(), status, result, baseline, flaggedAt, now,
                now.plus(problem ? properties.retry() : properties.interval()));
        if (newProblem) {
            log.info("Website check of {} (organisation {}): {} {}", target.url(), target.organisationId(), status,
                    Objects.toString(result.detail(), ""));
            notifyBroken(target, status);
        }
    }

    /** The coordinator and each division that gave the URL, as an OIT item's answer or as a measure's evidence. */
    private void notifyBroken(WebCheckRuns.Target target, CheckStatus status) {
        // Notices are kept as text with their arguments and mailed in Thai: the reason goes in Thai too.
        String reason = i18n.getTranslation("oit.check." + status, I18n.THAI);
        List<WebCheckRuns.ItemUse> items = runs.items(target.organisationId(), target.url());
        if (!items.isEmpty()) {
            Set<String> groups = groups(items.stream().map(WebCheckRuns.ItemUse::divisionCode).toList());
            String codes = items.stream().map(WebCheckRuns.ItemUse::code).collect(Collectors.joining(", "));
            notifications.notifyGroups(target.organisationId(), groups, "oit.notify.brokenItem",
                    List.of(target.url(), codes, reason), null);
        }
        runs.evidence(target.organisationId(), target.url()).stream()
                .collect(Collectors.groupingBy(WebCheckRuns.EvidenceUse::processInstanceId,
                        java.util.LinkedHashMap::new, Collectors.mapping(WebCheckRuns.EvidenceUse::divisionCode, Collectors.toList())))
                .forEach((process, divisions) -> notifications.notifyGroups(target.organisationId(), groups(divisions),
                        "oit.notify.brokenEvidence", List.of(target.url(), reason), process));
    }

    private static Set<String> groups(List<String> divisions) {
        Set<String> groups = new LinkedHashSet<>(List.of(Groups.COORDINATOR));
        new ArrayList<>(divisions).stream().filter(Objects::nonNull).map(Groups::divisionGroup).forEach(groups::add);
        return groups;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
