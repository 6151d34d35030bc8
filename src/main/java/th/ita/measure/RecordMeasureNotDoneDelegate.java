package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordNotDone: the fiscal year closed before the executive approved the measure. Its parts are
 * not done (ยังไม่ได้ดำเนินการ); each keeps the progress its division reached.
 */
@Component
class RecordMeasureNotDoneDelegate implements JavaDelegate {

    private final MeasureEnd measureEnd;

    RecordMeasureNotDoneDelegate(MeasureEnd measureEnd) {
        this.measureEnd = measureEnd;
    }

    @Override
    public void execute(DelegateExecution execution) {
        measureEnd.record(execution, PartOutcome.Outcome.NOT_DONE, null);
    }
}
