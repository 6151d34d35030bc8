package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordDone: the executive approved; every division's part is done (ดำเนินการแล้ว). Only if that
 * approval is on record ({@link ExecutiveApprovalOnRecord}): otherwise the step throws and nothing is recorded.
 */
@Component
class RecordMeasureDoneDelegate implements JavaDelegate {

    private final MeasureEnd measureEnd;
    private final ExecutiveApprovalOnRecord approval;

    RecordMeasureDoneDelegate(MeasureEnd measureEnd, ExecutiveApprovalOnRecord approval) {
        this.measureEnd = measureEnd;
        this.approval = approval;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approval.require(execution);
        measureEnd.record(execution, PartOutcome.Outcome.DONE, MeasureVariables.reason(execution));
    }
}
