package th.ita.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A whole province's ITA results from one CSV or XLSX file (docs/RESULTS-IMPORT.md), by the province auditor of that
 * province or a platform administrator. The file is checked whole and saved all or nothing; each row is rated by its
 * own year's rule. A result already recorded for an organisation and year is refused unless the caller chose
 * {@code replace}: a province's file overwriting what a coordinator entered must be a decision, not an accident.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceResultImport {

    /** The largest file taken: the reader's own limit, which a screen's upload applies before reading. */
    public static final int MAX_BYTES = ResultFileReader.MAX_BYTES;

    private final ResultFileReader fileReader;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final AssessmentRepository repository;
    private final AssessmentService assessments;

    ProvinceResultImport(ResultFileReader fileReader, FrameworkService frameworks, OrganisationService organisations,
                         AssessmentRepository repository, AssessmentService assessments) {
        this.fileReader = fileReader;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.repository = repository;
        this.assessments = assessments;
    }

    /** One organisation's results saved by an import. */
    public record Saved(ProvinceResultRow row, long assessmentId) {
    }

    /** The file's rows as they would be saved; {@link ProvinceImportException} listing every problem. Saves nothing. */
    public List<ProvinceResultRow> check(String province, String fileName, byte[] content, boolean replace,
                                         CurrentUser user) {
        String checkedProvince = requireImporter(province, user);
        return ProvinceResultTable.check(fileReader.rows(fileName, content), checkedProvince, replace, lookups());
    }

    /** Checks the file as {@link #check} does and saves every row, or nothing when any row is wrong. */
    @Transactional
    public List<Saved> importFile(String province, String fileName, byte[] content, boolean replace, CurrentUser user) {
        List<Saved> saved = new ArrayList<>();
        for (ProvinceResultRow row : check(province, fileName, content, replace, user)) {
            long id = assessments.store(row.organisation().id(), row.fiscalYear(), row.results(), user.userId())
                    .assessmentId();
            saved.add(new Saved(row, id));
        }
        return saved;
    }

    /** The provinces the user may import for: their own as auditor, every province with organisations as administrator. */
    public List<String> provinces(CurrentUser user) {
        if (user.isPlatformAdmin()) {
            return organisations.all().stream().map(Organisation::province).filter(p -> p != null && !p.isBlank())
                    .distinct().sorted().toList();
        }
        return user.isProvinceAuditor() && user.province() != null ? List.of(user.province()) : List.of();
    }

    /** The province's organisations with their ids, which a file may name them by; the same access as the import. */
    public List<Organisation> organisations(String province, CurrentUser user) {
        return organisations.ofProvince(requireImporter(province, user));
    }

    /**
     * Before the file is read: who may not import learns nothing from it. An auditor imports for their own province
     * only; the administrator for a province that has organisations.
     */
    private String requireImporter(String province, CurrentUser user) {
        String wanted = province == null ? "" : province.strip();
        if (user.isProvinceAuditor() && user.province() != null && user.province().strip().equals(wanted)) {
            return wanted;
        }
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException(user.userId() + " may not import results of province " + wanted);
        }
        if (organisations.ofProvince(wanted).isEmpty()) {
            throw new UserInputException("assessment.province.error.noOrganisations", wanted);
        }
        return wanted;
    }

    private ProvinceResultTable.Lookups lookups() {
        return new ProvinceResultTable.Lookups() {
            @Override
            public Organisation organisation(String cell, String province) {
                return find(cell, province);
            }

            @Override
            public Optional<Framework> framework(FiscalYear year) {
                return frameworks.find(year);
            }

            @Override
            public boolean hasResults(long organisationId, FiscalYear year) {
                return repository.findId(organisationId, year).isPresent();
            }
        };
    }

    /**
     * By id (what the system shows on the province page) or by the Thai or English name, matched within the province
     * only. Another province's organisation is refused without naming its province.
     */
    private Organisation find(String cell, String province) {
        Optional<Long> id = ProvinceResultTable.id(cell);
        if (id.isPresent()) {
            Organisation organisation = organisations.find(id.get()).orElseThrow(() ->
                    new UserInputException("assessment.province.error.unknownOrganisation", cell.strip(), province));
            if (!province.equals(organisation.province())) {
                throw new UserInputException("assessment.province.error.otherProvince", cell.strip(), province);
            }
            return organisation;
        }
        String name = cell.strip().toLowerCase(Locale.ROOT);
        List<Organisation> named = organisations.ofProvince(province).stream()
                .filter(o -> o.nameTh().strip().toLowerCase(Locale.ROOT).equals(name)
                        || (o.nameEn() != null && o.nameEn().strip().toLowerCase(Locale.ROOT).equals(name)))
                .toList();
        if (named.size() > 1) {
            throw new UserInputException("assessment.province.error.ambiguousOrganisation", cell.strip(),
                    String.join(", ", named.stream().map(o -> o.id() + " (" + o.district() + ")").toList()));
        }
        return named.stream().findFirst().orElseThrow(() ->
                new UserInputException("assessment.province.error.unknownOrganisation", cell.strip(), province));
    }
}
