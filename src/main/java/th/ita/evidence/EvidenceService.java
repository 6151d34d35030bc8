package th.ita.evidence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationAccess;
import th.ita.outbound.OutboundPolicy;
import th.ita.security.CurrentUser;
import th.ita.shared.FileTypes;
import th.ita.shared.UserInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks and stores evidence files: size limit, a type detected from the bytes (not trusted from the name),
 * SHA-256 for the audit, uploader and time. Runs inside the caller's transaction so that evidence and the
 * task completion it belongs to are saved together or not at all.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceService {

    /** The evidence table's {@code file_name} and {@code url} columns (V1, V4): longer values are refused, not cut. */
    public static final int MAX_FILE_NAME_LENGTH = 255;
    public static final int MAX_LINK_LENGTH = 2000;

    static final Set<String> OFFICE_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "text/plain",
            "text/csv");

    private final EvidenceRepository repository;
    private final EvidenceProperties properties;
    private final EvidenceWebsite website;
    private final Clock clock;
    private final OrganisationAccess access;
    private final OutboundPolicy outbound;

    @Autowired
    public EvidenceService(EvidenceRepository repository, EvidenceProperties properties, EvidenceWebsite website,
                           Clock clock, OrganisationAccess access, OutboundPolicy outbound) {
        this.access = access;
        this.outbound = outbound;
        this.repository = repository;
        this.properties = properties;
        this.website = website;
        this.clock = clock;
    }

    public long maxFileSizeBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** Throws {@link UserInputException} for a file that may not be stored; stores nothing then. */
    public String checkAcceptable(EvidenceFile file) {
        if (file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            throw new UserInputException("evidence.error.empty", String.valueOf(file.fileName()));
        }
        if (file.fileName().length() > MAX_FILE_NAME_LENGTH) {
            throw new UserInputException("evidence.error.nameTooLong", abbreviated(file.fileName()),
                    String.valueOf(MAX_FILE_NAME_LENGTH));
        }
        if (file.size() > maxFileSizeBytes()) {
            throw new UserInputException("evidence.error.tooLarge", file.fileName(), properties.maxFileSize().toMegabytes());
        }
        String type = FileTypes.detect(file.content(), file.fileName());
        if (!(OFFICE_TYPES.contains(type) || type.startsWith("image/"))) {
            throw new UserInputException("evidence.error.type", file.fileName(), type);
        }
        return type;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Evidence> store(String processInstanceId, String taskId, String divisionCode, List<EvidenceFile> files,
                                String uploadedBy) {
        List<String> types = files.stream().map(this::checkAcceptable).toList();
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> {
            EvidenceFile file = files.get(i);
            Evidence evidence = new Evidence(UUID.randomUUID(), processInstanceId, taskId, divisionCode,
                    file.fileName(), types.get(i), file.size(), sha256(file.content()), uploadedBy, now(), null);
            repository.insert(evidence, file.content());
            return evidence;
        }).toList();
    }

    /**
     * Stores links to pages of the organisation's website. A link to another host is refused, saying which
     * host is expected; when no domain is configured the link is accepted (and the UI says it was not checked).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Evidence> storeLinks(String processInstanceId, String taskId, String divisionCode, List<String> links,
                                     String uploadedBy) {
        if (links.isEmpty()) {
            return List.of();
        }
        Optional<String> domain = website.domainFor(processInstanceId);
        List<URI> checked = links.stream().map(link -> checkLink(link, domain)).toList();
        return checked.stream().map(uri -> {
            // A link's name is its address, cut to the name column; the whole address is in url.
            String name = uri.toString().substring(0, Math.min(uri.toString().length(), MAX_FILE_NAME_LENGTH));
            Evidence evidence = new Evidence(UUID.randomUUID(), processInstanceId, taskId, divisionCode, name,
                    Evidence.LINK_TYPE, 0, sha256(uri.toString().getBytes(StandardCharsets.UTF_8)), uploadedBy, now(),
                    uri.toString());
            repository.insert(evidence, null);
            return evidence;
        }).toList();
    }

    /** The website domain links must be on, if the organisation has one configured. */
    public Optional<String> websiteDomain(String processInstanceId) {
        return website.domainFor(processInstanceId);
    }

    /**
     * A web address the checker may fetch: http or https, on the domain or one of its sub-domains, a public name on a
     * standard port (see {@link OutboundPolicy#siteUrl}); throws otherwise.
     */
    public URI checkLink(String link, Optional<String> domain) {
        if (link != null && link.strip().length() > MAX_LINK_LENGTH) {
            throw new UserInputException("evidence.error.linkTooLong", abbreviated(link.strip()),
                    String.valueOf(MAX_LINK_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(link == null ? "" : link.strip());
        } catch (URISyntaxException e) {
            throw new UserInputException("evidence.error.url", String.valueOf(link));
        }
        return outbound.siteUrl(uri, domain);
    }

    /** The start of an over-long value, enough for the user to recognise it in a message. */
    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    /**
     * In milliseconds, the engine's precision: the audit trail orders evidence among the engine's comments and
     * completions by time. With microseconds, evidence stored before a comment in the same millisecond sorted after
     * it (the comment's time is cut to the millisecond), and the history showed the steps out of order.
     */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The measure's evidence in upload order. Not scoped: for the processes and for callers that checked the user
     * first; a screen with a user calls {@link #forProcessInstance(String, CurrentUser)}.
     */
    @Transactional(readOnly = true)
    public List<Evidence> forProcessInstance(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId);
    }

    /**
     * The measure's evidence if it is of an organisation the user may read; none otherwise, as for a measure without
     * evidence, so that the caller cannot forget the check.
     */
    @Transactional(readOnly = true)
    public List<Evidence> forProcessInstance(String processInstanceId, CurrentUser user) {
        boolean readable = repository.organisationOfProcess(processInstanceId)
                .map(organisation -> access.mayRead(user, organisation, "evidence of " + processInstanceId))
                .orElse(false);
        return readable ? repository.findByProcessInstance(processInstanceId) : List.of();
    }

    /** The measure's evidence in upload order, each with its submission round (per division) and file version. */
    @Transactional(readOnly = true)
    public List<EvidenceVersion> versions(String processInstanceId) {
        return EvidenceRounds.of(repository.findByProcessInstance(processInstanceId));
    }

    /** The evidence of each of the process instances, by process instance id, each list in upload order. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<Evidence>> forProcessInstances(java.util.Collection<String> processInstanceIds) {
        java.util.Map<String, List<Evidence>> byInstance = new java.util.HashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(processInstanceIds));
        // Chunks keep the IN list well below any database's limit on parameters.
        for (int from = 0; from < ids.size(); from += 500) {
            repository.findByProcessInstances(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(e ->
                    byInstance.computeIfAbsent(e.processInstanceId(), k -> new java.util.ArrayList<>()).add(e));
        }
        return byInstance;
    }

    @Transactional(readOnly = true)
    public byte[] content(UUID evidenceId) {
        return repository.content(evidenceId);
    }

    /** Without the organisation check: for the upload and link rules' own tests, which read nothing. */
    public EvidenceService(EvidenceRepository repository, EvidenceProperties properties, EvidenceWebsite website,
                           Clock clock, OutboundPolicy outbound) {
        this(repository, properties, website, clock, null, outbound);
    }

    /**
     * A file's bytes with the type found in them now, which decides how it may be served; empty when there is no
     * such file or it is evidence of an organisation whose work the user may not read (the same answer, so that
     * ids cannot be probed).
     */
    @Transactional(readOnly = true)
    public Optional<EvidenceContent> download(UUID evidenceId, CurrentUser user) {
        if (evidenceId == null || repository.organisationOf(evidenceId).filter(o -> access.mayRead(user, o)).isEmpty()) {
            return Optional.empty();
        }
        return repository.find(evidenceId).map(e -> EvidenceContent.of(e.fileName(), repository.content(evidenceId)));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
