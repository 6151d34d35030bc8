package th.ita.decision;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step that acts on a decision (record the measure done, freeze the plan, keep the signed report) found no
 * such decision on record: it was reached some other way (a process-instance modification, a migration). Thrown
 * inside the engine, so the whole transaction rolls back and nothing is recorded.
 */
public class DecisionNotOnRecordException extends ProcessEngineException {

    public DecisionNotOnRecordException(String processInstanceId, String requirement) {
        super("No decision on record for process instance " + processInstanceId + ": " + requirement);
    }
}
