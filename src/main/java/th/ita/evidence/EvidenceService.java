package th.ita.evidence;

import org.apache.tika.Tika;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.UserInputException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
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

    private static final Set<String> OFFICE_TYPES = Set.of(
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
    private final Clock clock;
    private final Tika tika = new Tika();

    public EvidenceService(EvidenceRepository repository, EvidenceProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
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
        if (file.size() > maxFileSizeBytes()) {
            throw new UserInputException("evidence.error.tooLarge", file.fileName(), properties.maxFileSize().toMegabytes());
        }
        String type = tika.detect(file.content(), file.fileName());
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
                    file.fileName(), types.get(i), file.size(), sha256(file.content()), uploadedBy,
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            repository.insert(evidence, file.content());
            return evidence;
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<Evidence> forProcessInstance(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId);
    }

    @Transactional(readOnly = true)
    public byte[] content(UUID evidenceId) {
        return repository.content(evidenceId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
