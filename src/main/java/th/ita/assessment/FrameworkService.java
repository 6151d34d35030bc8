package th.ita.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Optional;

/** The ITA framework of each fiscal year that has one. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final FrameworkRepository repository;

    FrameworkService(FrameworkRepository repository) {
        this.repository = repository;
    }

    public Optional<Framework> find(FiscalYear fiscalYear) {
        return repository.find(fiscalYear);
    }

    /** {@link UserInputException} when no framework is configured for the year (a typo, or a file to add). */
    public Framework require(FiscalYear fiscalYear) {
        return find(fiscalYear).orElseThrow(() -> new UserInputException("assessment.error.noFramework", fiscalYear.toString()));
    }

    public List<FiscalYear> years() {
        return repository.years();
    }
}
