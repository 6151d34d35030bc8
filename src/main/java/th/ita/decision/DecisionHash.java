package th.ita.decision;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash that chains decision records. Canonical form: every field but {@code row_hash}, in a fixed order, one
 * per line as {@code name:length:value} (or {@code name:-} for null), so no value can imitate a field boundary;
 * the time as an ISO-8601 instant in milliseconds; {@code acting_for} last, and only when the decider was acting. The SHA-256 of that text (UTF-8) is the row hash.
 */
final class DecisionHash {

    /** The previous hash of the first record of a process instance. */
    static final String GENESIS = "0".repeat(64);

    private DecisionHash() {
    }

    static String of(DecisionRecord record) {
        return Sha256.hex(canonical(record).getBytes(StandardCharsets.UTF_8));
    }

    static String canonical(DecisionRecord r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", r.id().toString());
        fields.put("process_instance_id", r.processInstanceId());
        fields.put("task_id", r.taskId());
        fields.put("step", r.step());
        fields.put("seq", Integer.toString(r.seq()));
        fields.put("decided_by", r.decidedBy());
        fields.put("role", r.role());
        fields.put("division", r.division());
        fields.put("decided_at", r.decidedAt().toString());
        fields.put("decision", r.decision());
        fields.put("reason", r.reason());
        fields.put("evidence", r.evidence());
        fields.put("prev_hash", r.prevHash());
        // Only when set: the rows written before acting existed keep the hashes they were chained with.
        if (r.actingFor() != null) {
            fields.put("acting_for", r.actingFor());
        }
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append(':')
                .append(value == null ? "-" : value.length() + ":" + value).append('\n'));
        return text.toString();
    }
}
