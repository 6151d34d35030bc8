package th.ita.plan;

import org.springframework.stereotype.Component;
import th.ita.evidence.EvidenceWebsite;

import java.util.Optional;

/** A measure's evidence links belong on the website of the organisation whose plan the measure is in. */
@Component
class PlanEvidenceWebsite implements EvidenceWebsite {

    private final PlanRepository repository;

    PlanEvidenceWebsite(PlanRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<String> domainFor(String processInstanceId) {
        return repository.websiteDomainOfMeasureProcess(processInstanceId);
    }
}
