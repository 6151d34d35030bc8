package th.ita.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ITA framework of each fiscal year that has one. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The version a result, a plan or an OIT board was recorded under (they keep it when the year is corrected). */
    public Optional<Framework> find(FiscalYear fiscalYear, int version) {
        return repository.find(fiscalYear, version);
    }

    /** The year's current version, under which what is recorded now is recorded; 0 when the year has none. */
    public int version(FiscalYear fiscalYear) {
        return repository.stamp(fiscalYear).map(FrameworkStamps.Stamp::version).orElse(0);
    }

    /** The text of the year's current framework file, as it was saved: the start of a correction. */
    public Optional<String> source(FiscalYear fiscalYear) {
        return repository.stamp(fiscalYear).flatMap(stamp -> repository.source(fiscalYear, stamp.version()));
    }

    /** Every stored year's current framework, oldest first. */
    public List<FrameworkSummary> list() {
        List<FrameworkSummary> summaries = new ArrayList<>();
        repository.years().forEach(year -> repository.stamp(year).ifPresent(stamp -> repository.find(year)
                .ifPresent(framework -> summaries.add(new FrameworkSummary(year.buddhistYear(), stamp.version(),
                        stamp.provisional(), framework.indicators().size(), framework.oitItems().size())))));
        return summaries;
    }

    /**
     * The year's current framework as the JSON of its file, with its version: every field of the file, those added
     * to the file's format later included. Empty when the year has none.
     */
    public Optional<ObjectNode> json(FiscalYear fiscalYear) {
        return repository.stamp(fiscalYear).map(stamp -> {
            ObjectNode json = repository.source(fiscalYear, stamp.version())
                    .map(source -> JSON.<ObjectNode>valueToTree(FrameworkYaml.read(source)))
                    .orElseGet(JSON::createObjectNode);
            json.put("fiscalYear", fiscalYear.buddhistYear());
            json.put("version", stamp.version());
            json.put("provisional", stamp.provisional());
            return json;
        });
    }
}
