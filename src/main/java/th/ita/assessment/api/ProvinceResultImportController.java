package th.ita.assessment.api;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.ita.api.ApiProblems;
import th.ita.assessment.ProvinceImportException;
import th.ita.assessment.ProvinceImportProblem;
import th.ita.assessment.ProvinceResultImport;
import th.ita.assessment.ProvinceResultRow;
import th.ita.assessment.Rating;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.I18n;
import th.ita.shared.RequiredText;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A whole province's results from one file (docs/RESULTS-IMPORT.md): multipart {@code file}, optional
 * {@code replace=true} (overwrite results already recorded) and {@code dryRun=true} (check only, save nothing).
 * Access is checked in {@link ProvinceResultImport} before the file is read: the province's auditor or a platform
 * administrator. A bad file is a Thai 400 problem detail listing every problem by row and column.
 */
@RestController
@PermitAll
public class ProvinceResultImportController {

    private final ProvinceResultImport importer;
    private final CurrentUserProvider users;
    private final I18n i18n;

    public ProvinceResultImportController(ProvinceResultImport importer, CurrentUserProvider users, I18n i18n) {
        this.importer = importer;
        this.users = users;
        this.i18n = i18n;
    }

    public record RatingJson(String code, String nameTh, String nameEn) {
    }

    /** One organisation's results; {@code assessmentId} is null on a dry run. */
    public record RowJson(int row, long organisationId, String organisation, int fiscalYear, BigDecimal overall,
                          RatingJson rating, boolean replaced, Long assessmentId) {
    }

    public record SummaryJson(String province, boolean saved, int created, int replaced, List<RowJson> results) {
    }

    public record ProblemJson(int row, String column, String message) {
    }

    @PostMapping(path = "/api/provinces/{province}/assessments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SummaryJson importFile(@PathVariable String province,
                                  @RequestParam(name = "file", required = false) MultipartFile file,
                                  @RequestParam(name = "replace", defaultValue = "false") boolean replace,
                                  @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) throws IOException {
        CurrentUser user = users.require();
        // An empty request still goes through the access check first, so it tells an outsider nothing.
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
        if (dryRun) {
            List<RowJson> rows = importer.check(province, name, content, replace, user).stream()
                    .map(row -> json(row, null)).toList();
            return summary(province, false, rows);
        }
        List<RowJson> rows = importer.importFile(province, name, content, replace, user).stream()
                .map(saved -> json(saved.row(), saved.assessmentId())).toList();
        return summary(province, true, rows);
    }

    private static SummaryJson summary(String province, boolean saved, List<RowJson> rows) {
        int replaced = (int) rows.stream().filter(RowJson::replaced).count();
        return new SummaryJson(province.strip(), saved, rows.size() - replaced, replaced, rows);
    }

    private static RowJson json(ProvinceResultRow row, Long assessmentId) {
        Rating rating = row.rating();
        return new RowJson(row.row(), row.organisation().id(), row.organisation().nameTh(),
                row.fiscalYear().buddhistYear(), row.overallScore() == null ? null : row.overallScore().value(),
                rating == null ? null : new RatingJson(rating.code(), rating.nameTh(), rating.nameEn()),
                row.replaces(), assessmentId);
    }

    @ExceptionHandler(ProvinceImportException.class)
    ResponseEntity<ProblemDetail> invalid(ProvinceImportException e, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                i18n.getTranslation(e.messageKey(), locale, e.arguments()));
        detail.setProperty("messageKey", e.messageKey());
        detail.setProperty("problems", e.problems().stream().map(p -> json(p, locale)).toList());
        if (e.notShown() > 0) {
            detail.setProperty("notShown", e.notShown());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    private ProblemJson json(ProvinceImportProblem problem, Locale locale) {
        Object[] arguments = Arrays.stream(problem.argumentArray())
                .map(a -> a instanceof RequiredText.FieldName field ? i18n.getTranslation(field.key(), locale) : a)
                .toArray();
        String what = i18n.getTranslation(problem.messageKey(), locale, arguments);
        String message = problem.column().isEmpty()
                ? i18n.getTranslation("assessment.province.problemWholeRow", locale, String.valueOf(problem.row()), what)
                : i18n.getTranslation("assessment.province.problemRow", locale, String.valueOf(problem.row()),
                problem.column(), what);
        return new ProblemJson(problem.row(), problem.column(), message);
    }
}
