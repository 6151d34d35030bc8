package th.ita.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureOpened;

/** Records which process runs each plan measure, as soon as the measure's process opens its parts. */
@Component
class MeasureProcessLink {

    private final PlanRepository repository;

    MeasureProcessLink(PlanRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(MeasureOpened event) {
        if (event.planMeasureId() != null) {
            repository.setProcessInstance(event.planMeasureId(), event.processInstanceId());
        }
    }
}
