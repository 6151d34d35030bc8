package th.ita.oit;

import java.util.UUID;

/** A URL that answers an OIT item; from a measure's evidence link when {@code evidenceId} is set. */
public record OitUrl(String url, UUID evidenceId, LastCheck lastCheck) {

    public boolean fromEvidence() {
        return evidenceId != null;
    }
}
