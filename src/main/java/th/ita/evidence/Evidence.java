package th.ita.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Stored evidence, without its bytes (those are read only for download); a link has a url and no bytes. */
public record Evidence(UUID id, String processInstanceId, String taskId, String divisionCode, String fileName,
                       String contentType, long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt,
                       String url) {

    public static final String LINK_TYPE = "text/uri-list";

    public boolean isLink() {
        return url != null;
    }
}
