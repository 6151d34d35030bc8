package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import th.ita.workflow.EngineCommands;
import th.ita.workflow.EngineUser;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Records how a measure ended for all its still-open division parts. The person is whoever's action ended it
 * (the executive approving, the coordinator withdrawing or closing the year); a timer ends it as the system.
 */
@Component
class MeasureEnd {

    private final PartOutcomeRepository outcomes;

    MeasureEnd(PartOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    void record(DelegateExecution execution, PartOutcome.Outcome outcome, String reason) {
        String by = EngineUser.actingUserId(execution.getProcessEngineServices());
        outcomes.decide(execution.getProcessInstanceId(), outcome,
                OffsetDateTime.ofInstant(EngineCommands.now(), ZoneId.systemDefault()), by, reason);
    }
}
