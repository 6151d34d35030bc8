package th.ita.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.security.CurrentUser;
import th.ita.shared.FileTypes;
import th.ita.shared.UserInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's emblem (ตราสัญลักษณ์) for the cover of its year-end report: a PNG or JPEG, uploaded by the
 * organisation's administrator or a platform administrator, on the screen or over {@code /api}. The type is read from
 * the bytes (a PDF named emblem.png is refused), and the picture's size from its header before it is decoded, so
 * that a small file that unpacks to a huge bitmap never reaches the report writers.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationEmblems {

    public static final int MAX_BYTES = 1024 * 1024;
    /** Far more than a cover needs (a 300 dpi scan of a 10 cm emblem is some 1,200 pixels). */
    static final int MAX_PIXELS_PER_SIDE = 4000;
    static final Set<String> TYPES = Set.of("image/png", "image/jpeg");

    /** A stored emblem: its media type ({@code image/png} or {@code image/jpeg}) and bytes as uploaded. */
    public record Emblem(String contentType, byte[] content, String sha256) {
    }

    private final OrganisationEmblemRepository repository;
    private final OrganisationService organisations;
    private final OrganisationAccess access;
    private final Clock clock;

    OrganisationEmblems(OrganisationEmblemRepository repository, OrganisationService organisations, OrganisationAccess access, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    /** Replaces the organisation's emblem; the whole check comes before anything is written. */
    @Transactional
    public void put(long organisationId, byte[] content, CurrentUser actor) {
        requireManage(organisationId, actor);
        String type = check(content);
        repository.replace(organisationId, type, content, sha256(content), actor.userId(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional
    public void remove(long organisationId, CurrentUser actor) {
        requireManage(organisationId, actor);
        repository.remove(organisationId);
    }

    /** For those who may read the organisation or manage it; anyone else is told it does not exist. */
    public Optional<Emblem> find(long organisationId, CurrentUser reader) {
        if (!OrganisationPeople.mayManage(reader, organisationId) && !access.mayRead(reader, organisationId, "emblem")) {
            throw new UserInputException("organisation.error.notFound", String.valueOf(organisationId));
        }
        return find(organisationId);
    }

    /** The emblem as the report prints it; the report has checked who reads. */
    public Optional<Emblem> find(long organisationId) {
        return repository.find(organisationId);
    }

    private void requireManage(long organisationId, CurrentUser actor) {
        if (!OrganisationPeople.mayManage(actor, organisationId)) {
            throw new AccessDeniedException(actor.userId() + " may not change the emblem of organisation " + organisationId);
        }
        organisations.find(organisationId).orElseThrow(() ->
                new UserInputException("organisation.error.notFound", String.valueOf(organisationId)));
    }

    /** The media type, if the bytes are a PNG or JPEG of sensible size that Java can read; else a Thai refusal. */
    static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserInputException("emblem.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserInputException("emblem.error.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String type = FileTypes.detect(content);
        if (!TYPES.contains(type)) {
            throw new UserInputException("emblem.error.type", type);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UserInputException("emblem.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
                    throw new UserInputException("emblem.error.dimensions", MAX_PIXELS_PER_SIDE);
                }
                // Decoded once here, so that what the report writers meet is known to be readable (a CMYK JPEG is not).
                if (reader.read(0) == null) {
                    throw new UserInputException("emblem.error.unreadable");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserInputException refusal) {
                throw refusal;
            }
            throw new UserInputException("emblem.error.unreadable");
        }
        return type;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
