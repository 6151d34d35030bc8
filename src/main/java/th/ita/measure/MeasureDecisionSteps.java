package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import th.ita.decision.CoveredEvidence;
import th.ita.decision.DecidingSteps;
import th.ita.decision.StepDecision;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.EvidenceVersion;
import th.ita.shared.CompletionInput;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The measure's approval steps, for the decision records: the head's review covers the latest submission of
 * that head's division; the coordinator's check and the executive's decision cover the latest submission of
 * every division of the measure. Decision and reason are the step's form fields as this completion submitted them.
 */
@Component
class MeasureDecisionSteps implements DecidingSteps {

    private final EvidenceService evidence;

    MeasureDecisionSteps(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public Optional<StepDecision> decisionAt(DelegateTask task) {
        return MeasureStep.of(task.getTaskDefinitionKey()).filter(MeasureStep::decides).map(step -> {
            if (step.candidates().perDivision()) {
                String division = MeasureVariables.division(task);
                return decided(task, step.decisionField(), step.reasonField(), division,
                        latestRound(task.getProcessInstanceId(), division::equals));
            }
            return decided(task, step.decisionField(), step.reasonField(), null, everyDivision(task));
        });
    }

    private static StepDecision decided(DelegateTask task, String decision, String reason, String division,
                                        List<CoveredEvidence> covered) {
        // What this completion submitted: a decision variable an earlier step left behind is not this one's.
        return new StepDecision((String) CompletionInput.value(task, decision), (String) CompletionInput.value(task, reason),
                division, covered);
    }

    private List<CoveredEvidence> everyDivision(DelegateTask task) {
        List<String> divisions = MeasureVariables.divisions(task);
        return latestRound(task.getProcessInstanceId(), divisions::contains);
    }

    /** The newest submission of each division the filter lets through. */
    List<CoveredEvidence> latestRound(String processInstanceId, Predicate<String> division) {
        return evidence.versions(processInstanceId).stream()
                .filter(EvidenceVersion::latestRound)
                .map(EvidenceVersion::evidence)
                .filter(e -> e.divisionCode() != null && division.test(e.divisionCode()))
                .map(CoveredEvidence::of)
                .toList();
    }
}
