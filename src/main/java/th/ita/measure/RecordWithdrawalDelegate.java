package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordWithdrawal: the coordinator withdrew the measure; its parts are withdrawn with the reason. */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

    private final MeasureEnd measureEnd;

    RecordWithdrawalDelegate(MeasureEnd measureEnd) {
        this.measureEnd = measureEnd;
    }

    @Override
    public void execute(DelegateExecution execution) {
        measureEnd.record(execution, PartOutcome.Outcome.WITHDRAWN,
                MeasureVariables.withdrawReason(execution));
    }
}
