package th.ita.measure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Read side of the outcome per division per measure, for the year-end report and the dashboard. The process
 * writes the rows (see the delegates in this package); nothing else changes them.
 */
@Service
public class MeasureOutcomes {

    private final PartOutcomeRepository repository;

    public MeasureOutcomes(PartOutcomeRepository repository) {
        this.repository = repository;
    }

    /** Every division part of every measure of the plan, ordered by plan measure then division. */
    @Transactional(readOnly = true)
    public List<PartOutcome> ofPlan(long planId) {
        return repository.findByPlan(planId);
    }

    @Transactional(readOnly = true)
    public List<PartOutcome> ofMeasure(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId);
    }
}
