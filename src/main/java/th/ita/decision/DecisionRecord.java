package th.ita.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code decision_record}: who decided what at which step, in which role, on which evidence, chained
 * to the row before it by {@code prevHash}. {@code evidence} is the stored JSON text exactly as hashed.
 * {@code actingFor} is the person whose role the decider held by acting for them (ผู้รักษาราชการแทน), else null.
 */
public record DecisionRecord(UUID id, String processInstanceId, String taskId, String step, int seq, String decidedBy,
                             String role, String division, Instant decidedAt, String decision, String reason,
                             String evidence, String prevHash, String rowHash, String actingFor) {

    /** A decision taken in one's own role. */
    public DecisionRecord(UUID id, String processInstanceId, String taskId, String step, int seq, String decidedBy,
                          String role, String division, Instant decidedAt, String decision, String reason,
                          String evidence, String prevHash, String rowHash) {
        this(id, processInstanceId, taskId, step, seq, decidedBy, role, division, decidedAt, decision, reason, evidence,
                prevHash, rowHash, null);
    }

    public boolean isActing() {
        return actingFor != null;
    }

    /** The evidence items the decision covered, read back from the stored JSON. */
    public List<CoveredEvidence> evidenceItems() {
        return EvidenceJson.read(evidence);
    }
}
