package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordDone: the executive approved; every division's part is done (ดำเนินการแล้ว). */
@Component
class RecordMeasureDoneDelegate implements JavaDelegate {

    private final MeasureEnd measureEnd;

    RecordMeasureDoneDelegate(MeasureEnd measureEnd) {
        this.measureEnd = measureEnd;
    }

    @Override
    public void execute(DelegateExecution execution) {
        measureEnd.record(execution, PartOutcome.Outcome.DONE, MeasureVariables.reason(execution));
    }
}
