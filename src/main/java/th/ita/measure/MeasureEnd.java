package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Records how a measure ended for all its still-open division parts. The person is whoever's action ended it
 * (the executive approving, the coordinator withdrawing or closing the year); a timer ends it as {@link #SYSTEM}.
 */
@Component
class MeasureEnd {

    static final String SYSTEM = "system";

    private final PartOutcomeRepository outcomes;

    MeasureEnd(PartOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    void record(DelegateExecution execution, PartOutcome.Outcome outcome, String reason) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = authentication == null ? SYSTEM : authentication.getUserId();
        outcomes.decide(execution.getProcessInstanceId(), outcome,
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()), by, reason);
    }
}
