package th.ita.oit;

import java.time.OffsetDateTime;

/**
 * A link evidence of a measure with what the live checker found at its last visit ({@code check} null before the
 * first) and since when a problem stands ({@code flaggedAt}, null while it answers).
 */
public record LinkState(String url, LastCheck check, OffsetDateTime flaggedAt) {

    public boolean isProblem() {
        return check != null && check.isProblem();
    }
}
