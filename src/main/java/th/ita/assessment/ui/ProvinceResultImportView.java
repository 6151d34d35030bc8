package th.ita.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.assessment.ProvinceImportException;
import th.ita.assessment.ProvinceImportProblem;
import th.ita.assessment.ProvinceResultImport;
import th.ita.assessment.ProvinceResultRow;
import th.ita.assessment.Score;
import th.ita.organisation.Organisation;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.SizeLimitedUploadHandler;
import th.ita.ui.UploadTexts;

import java.util.List;

/**
 * A whole province's results from one file, for the province's auditor or a platform administrator: the file is
 * checked and its rows shown before anything is saved; confirm saves exactly the file that was checked, with the
 * same choices, and the service checks it all again.
 */
@Route("province/results-import")
@Menu(title = "nav.provinceResultsImport", order = -0.5)
@RolesAllowed({Groups.PROVINCE_AUDITOR, Groups.PLATFORM_ADMIN})
public class ProvinceResultImportView extends VerticalLayout implements HasDynamicTitle {

    private final ProvinceResultImport importer;
    private final CurrentUser user;

    final ComboBox<String> province = new ComboBox<>();
    final Checkbox replace = new Checkbox();
    final Upload upload;
    final Grid<ProvinceResultRow> rows = new Grid<>();
    final UnorderedList problems = new UnorderedList();
    final Paragraph status = new Paragraph();
    final Button confirm = new Button();
    /** The ids a file may name the organisations by: a clerk has names, the system's ids are only here. */
    final Grid<Organisation> organisationIds = new Grid<>();
    private String fileName;
    private byte[] content;

    public ProvinceResultImportView(ProvinceResultImport importer, CurrentUserProvider users) {
        this.importer = importer;
        this.user = users.require();
        setMaxWidth("80rem");
        province.setId("province-import-province");
        province.setLabel(getTranslation("assessment.province.province"));
        province.setItems(importer.provinces(user));
        if (user.isProvinceAuditor() && user.province() != null) {
            province.setValue(user.province());
            province.setReadOnly(true);
        }
        province.addValueChangeListener(e -> {
            showOrganisations();
            check();
        });
        replace.setId("province-import-replace");
        replace.setLabel(getTranslation("assessment.province.replace"));
        replace.addValueChangeListener(e -> check());
        upload = new Upload(new SizeLimitedUploadHandler(ProvinceResultImport.MAX_BYTES, this::received,
                name -> Messages.error(new UserInputException("assessment.import.error.tooLarge", name,
                        String.valueOf(ProvinceResultImport.MAX_BYTES / 1024)))));
        upload.setId("province-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(UploadTexts.of(this, Math.max(1, ProvinceResultImport.MAX_BYTES / (1024 * 1024))));
        problems.setId("province-import-problems");
        status.setId("province-import-status");
        configureGrid();
        organisationIds.setId("province-import-organisations");
        organisationIds.setAllRowsVisible(true);
        organisationIds.addColumn(Organisation::id).setKey("id").setHeader(getTranslation("assessment.province.column.id"))
                .setAutoWidth(true);
        organisationIds.addColumn(Organisation::nameTh).setKey("name")
                .setHeader(getTranslation("assessment.province.column.organisation"));
        organisationIds.addColumn(Organisation::district).setKey("district")
                .setHeader(getTranslation("assessment.province.column.district"));
        showOrganisations();
        confirm.setId("province-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setText(getTranslation("assessment.province.confirm", "0"));
        confirm.addClickListener(e -> save());
        add(new H2(getTranslation("assessment.province.title")), new Paragraph(getTranslation("assessment.province.hint")),
                province, replace, upload, status, problems, rows, confirm,
                new Details(getTranslation("assessment.province.organisationIds"), organisationIds));
    }

    private void showOrganisations() {
        organisationIds.setItems(province.getValue() == null ? List.of()
                : importer.organisations(province.getValue(), user));
    }

    private void configureGrid() {
        rows.setId("province-import-rows");
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
        rows.addColumn(ProvinceResultRow::row).setKey("row").setHeader(getTranslation("assessment.province.column.row"));
        rows.addColumn(r -> r.organisation().nameTh()).setKey("organisation")
                .setHeader(getTranslation("assessment.province.column.organisation"));
        rows.addColumn(r -> r.fiscalYear().toString()).setKey("year")
                .setHeader(getTranslation("assessment.province.column.year"));
        rows.addColumn(r -> text(r.overallScore())).setKey("overall")
                .setHeader(getTranslation("assessment.province.column.overall"));
        for (String instrument : List.of("IIT", "EIT", "OIT")) {
            rows.addColumn(r -> text(r.results().instrumentScores().get(instrument))).setKey(instrument).setHeader(instrument);
        }
        rows.addColumn(r -> r.rating() == null ? "" : r.rating().name(getLocale())).setKey("rating")
                .setHeader(getTranslation("assessment.province.column.rating"));
        rows.addColumn(r -> getTranslation(r.replaces() ? "assessment.province.replaces" : "assessment.province.new"))
                .setKey("replaces").setHeader(getTranslation("assessment.province.column.replaces"));
    }

    /** The upload's file, kept whole for confirmation; checked at once. */
    private void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        check();
    }

    /** Shows what would be saved, or every problem; saves nothing. */
    void check() {
        clear();
        if (content == null) {
            return;
        }
        try {
            List<ProvinceResultRow> checked = importer.check(requiredProvince(), fileName, content, replace.getValue(), user);
            rows.setItems(checked);
            rows.setVisible(true);
            status.setText(getTranslation("assessment.province.checked", String.valueOf(checked.size())));
            confirm.setText(getTranslation("assessment.province.confirm", String.valueOf(checked.size())));
            confirm.setEnabled(true);
        } catch (ProvinceImportException e) {
            showProblems(e);
        } catch (UserInputException e) {
            status.setText(Messages.text(e));
        }
    }

    private void save() {
        if (content == null) {
            Messages.error(new UserInputException("assessment.province.noFile"));
            return;
        }
        try {
            List<ProvinceResultImport.Saved> saved = importer.importFile(requiredProvince(), fileName, content,
                    replace.getValue(), user);
            long replaced = saved.stream().filter(s -> s.row().replaces()).count();
            Messages.success("assessment.province.saved", String.valueOf(saved.size()), String.valueOf(replaced));
            content = null;
            fileName = null;
            upload.clearFileList();
            clear();
        } catch (ProvinceImportException e) {
            clear();
            showProblems(e);
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private String requiredProvince() {
        if (province.getValue() == null || province.getValue().isBlank()) {
            throw new UserInputException("error.required", new RequiredText.FieldName("assessment.province.province"));
        }
        return province.getValue();
    }

    private void clear() {
        problems.removeAll();
        status.setText("");
        rows.setItems(List.of());
        rows.setVisible(false);
        confirm.setEnabled(false);
    }

    private void showProblems(ProvinceImportException e) {
        status.setText(Messages.text(e));
        for (ProvinceImportProblem problem : e.problems()) {
            String what = Messages.text(problem.messageKey(), problem.argumentArray());
            problems.add(new ListItem(problem.column().isEmpty()
                    ? getTranslation("assessment.province.problemWholeRow", String.valueOf(problem.row()), what)
                    : getTranslation("assessment.province.problemRow", String.valueOf(problem.row()), problem.column(), what)));
        }
        if (e.notShown() > 0) {
            problems.add(new ListItem(getTranslation("assessment.import.moreProblems", String.valueOf(e.notShown()))));
        }
    }

    private static String text(Score score) {
        return score == null ? "" : score.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.province.title");
    }
}
