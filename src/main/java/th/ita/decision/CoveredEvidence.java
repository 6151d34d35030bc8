package th.ita.decision;

import th.ita.evidence.Evidence;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * One item of evidence a decision covers, as it is written into the decision record: the evidence id, its kind,
 * its file name or URL, and its SHA-256. The kind says what the hash is of: the file's bytes ({@link #FILE}), the
 * link's URL string as stored with the link ({@link #LINK}), the URL string hashed here because the link had no
 * hash ({@link #LINK_URL_HASHED_HERE}), or a stored report version's file ({@link #REPORT_DOCX}, {@link #REPORT_PDF}).
 */
public record CoveredEvidence(String id, String kind, String name, String sha256) {

    public static final String FILE = "file";
    public static final String LINK = "link";
    public static final String LINK_URL_HASHED_HERE = "link-url-sha256";
    public static final String REPORT_DOCX = "report-docx";
    public static final String REPORT_PDF = "report-pdf";

    /** The order items are written in, so the same evidence always serialises to the same text. */
    static final Comparator<CoveredEvidence> ORDER = Comparator.comparing(CoveredEvidence::kind)
            .thenComparing(CoveredEvidence::name).thenComparing(CoveredEvidence::id);

    public static CoveredEvidence of(Evidence evidence) {
        if (!evidence.isLink()) {
            return new CoveredEvidence(evidence.id().toString(), FILE, evidence.fileName(), evidence.sha256());
        }
        if (evidence.sha256() != null && !evidence.sha256().isBlank()) {
            return new CoveredEvidence(evidence.id().toString(), LINK, evidence.url(), evidence.sha256());
        }
        return new CoveredEvidence(evidence.id().toString(), LINK_URL_HASHED_HERE, evidence.url(),
                Sha256.hex(evidence.url().getBytes(StandardCharsets.UTF_8)));
    }
}
