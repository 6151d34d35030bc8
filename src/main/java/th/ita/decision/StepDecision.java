package th.ita.decision;

import java.util.List;

/**
 * What a completed approval step decided, read by the feature that owns the step from the task's form variables:
 * the decision value (as the gateway compares it), the reason, the division (head steps only) and the evidence
 * the decider had before them.
 */
public record StepDecision(String decision, String reason, String division, List<CoveredEvidence> evidence) {

    public StepDecision {
        evidence = List.copyOf(evidence);
    }
}
