package th.ita.report;

import java.time.OffsetDateTime;

/** One stored version of a plan's year-end report, without its bytes; signed-off fields are null until signed. */
public record StoredReport(long planId, int version, String docxSha256, String pdfSha256, String generatedBy,
                           OffsetDateTime generatedAt, String signedOffBy, OffsetDateTime signedOffAt) {

    public boolean isSignedOff() {
        return signedOffAt != null;
    }
}
