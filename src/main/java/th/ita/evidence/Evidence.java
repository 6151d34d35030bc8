package th.ita.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Stored evidence, without its bytes (those are read only for download). */
public record Evidence(UUID id, String processInstanceId, String taskId, String divisionCode, String fileName,
                       String contentType, long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
