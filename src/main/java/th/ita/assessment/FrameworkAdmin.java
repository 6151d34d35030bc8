package th.ita.assessment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.operations.AdminAuditLog;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform administrator loads or corrects a year's framework, from the screen or {@code PUT /api/frameworks/…}:
 * the file is checked ({@link FrameworkValidator}) and compared with the previous year's, then stored. A version
 * already used by a result, a plan or an OIT board is never changed: the file becomes the next version. Every node
 * sees the save within {@link FrameworkStamps}' recheck, without a restart.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkAdmin {

    /** Far above a real framework file (about 8 KB): the limit only keeps a wrong upload out of memory. */
    public static final int MAX_BYTES = 512 * 1024;

    private final FrameworkRepository repository;
    private final Clock clock;
    private final AdminAuditLog audit;

    FrameworkAdmin(FrameworkRepository repository, Clock clock, AdminAuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.clock = clock;
    }

    /** The file checked for the year and compared with the previous year's framework; nothing is saved. */
    public FrameworkCheck check(FiscalYear fiscalYear, String source, CurrentUser user) {
        requireAdmin(user);
        Optional<FiscalYear> previous = repository.years().stream().filter(y -> y.compareTo(fiscalYear) < 0)
                .reduce((a, b) -> b);
        Framework framework;
        try {
            framework = parse(source, fiscalYear);
        } catch (InvalidFrameworkException e) {
            return new FrameworkCheck(fiscalYear, e.problems(), null, previous.orElse(null), null, null, 0);
        }
        FrameworkDiff diff = previous.flatMap(repository::find).map(p -> FrameworkDiff.between(p, framework))
                .orElse(null);
        Optional<FrameworkStamps.Stamp> stamp = repository.stamp(fiscalYear);
        FrameworkCheck.Outcome outcome = stamp.isEmpty() ? FrameworkCheck.Outcome.FIRST
                : repository.isUsed(fiscalYear, stamp.get().version()) ? FrameworkCheck.Outcome.NEW_VERSION
                : FrameworkCheck.Outcome.REPLACED;
        int version = stamp.map(s -> outcome == FrameworkCheck.Outcome.NEW_VERSION ? s.version() + 1 : s.version())
                .orElse(1);
        return new FrameworkCheck(fiscalYear, List.of(), framework, previous.orElse(null), diff, outcome, version);
    }

    /** Stores the file as the year's framework; {@link InvalidFrameworkException} (nothing saved) when it is bad. */
    @Transactional
    public FrameworkCheck save(FiscalYear fiscalYear, String source, CurrentUser user) {
        requireAdmin(user);
        Framework framework = parse(source, fiscalYear);
        boolean provisional = provisional(source);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<FrameworkStamps.Stamp> stamp = repository.freshStamp(fiscalYear);
        FrameworkCheck.Outcome outcome;
        int version;
        if (stamp.isEmpty()) {
            repository.insertFirst(framework, source, provisional, user.userId(), now);
            outcome = FrameworkCheck.Outcome.FIRST;
            version = 1;
        } else {
            int current = stamp.get().version();
            boolean used = repository.isUsed(fiscalYear, current);
            boolean saved = used
                    ? repository.insertNextVersion(framework, current, source, provisional, user.userId(), now)
                    : repository.replaceVersion(framework, current, source, provisional, user.userId(), now);
            if (!saved) {
                throw new UserInputException("framework.error.changedMeanwhile", fiscalYear.toString());
            }
            outcome = used ? FrameworkCheck.Outcome.NEW_VERSION : FrameworkCheck.Outcome.REPLACED;
            version = used ? current + 1 : current;
        }
        audit.record("framework.saved", user.userId(), Map.of("fiscalYear", fiscalYear.toString(), "version", version,
                "outcome", outcome.name(), "provisional", provisional));
        return new FrameworkCheck(fiscalYear, List.of(), framework, null, null, outcome, version);
    }

    /** The file checked alone, then its {@code carriedFrom} codes against the framework of the newest earlier year. */
    private Framework parse(String source, FiscalYear fiscalYear) {
        Framework framework = FrameworkValidator.parse(source, fiscalYear);
        List<FrameworkProblem> problems = repository.years().stream().filter(y -> y.compareTo(fiscalYear) < 0)
                .reduce((a, b) -> b).flatMap(repository::find)
                .map(previous -> FrameworkValidator.checkCarriedFrom(framework, previous)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        return framework;
    }

    /** The body of an upload or a request as text; a file that is not UTF-8 text is a problem of the file. */
    public static String text(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.empty")));
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.tooLarge",
                    MAX_BYTES / 1024)));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.notUtf8")));
        }
    }

    /**
     * Whether the file marks itself {@code provisional: true} (not yet confirmed against NACC's manual of the year).
     * Read from the YAML tree rather than from {@link FrameworkFile}, which gains the field on its own branch.
     */
    static boolean provisional(String source) {
        try {
            JsonNode tree = FrameworkLoader.YAML.readTree(source);
            return tree != null && tree.path("provisional").asBoolean(false);
        } catch (JacksonException e) {
            return false;
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isPlatformAdmin()) {
            throw new AccessDeniedException((user == null ? "nobody" : user.userId())
                    + " is not a platform administrator");
        }
    }
}
