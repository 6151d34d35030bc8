package th.ita.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkCheck;
import th.ita.assessment.FrameworkDiff;
import th.ita.assessment.FrameworkProblem;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.FrameworkSummary;
import th.ita.assessment.InvalidFrameworkException;
import th.ita.assessment.OitItem;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.SizeLimitedUploadHandler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The platform administrator's page of the ITA frameworks: the stored years, and a year's file uploaded or pasted,
 * checked and compared with the previous year's before it is saved. Save is offered only for the very text that was
 * checked and found valid; the service checks it again, so the screen's check is a preview, not the guard.
 */
@Route(FrameworksView.PATH)
@Menu(title = "nav.adminFrameworks", order = 95.5)
@RolesAllowed(Groups.PLATFORM_ADMIN)
public class FrameworksView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "admin/frameworks";

    private final FrameworkService frameworks;
    private final FrameworkAdmin admin;
    private final CurrentUser user;

    final Grid<FrameworkSummary> grid = new Grid<>();
    final IntegerField fiscalYear = new IntegerField();
    final TextArea yaml = new TextArea();
    final Upload upload;
    final Button check = new Button();
    final Button save = new Button();
    final Div result = new Div();
    /** One notice per provisional year: what is provisional and who may confirm it. */
    final Div provisional = new Div();
    /** The text the last successful check was of: saving anything else would save what nobody looked at. */
    private String checkedText;
    private Integer checkedYear;

    public FrameworksView(FrameworkService frameworks, FrameworkAdmin admin, CurrentUserProvider users) {
        this.frameworks = frameworks;
        this.admin = admin;
        this.user = users.require();
        setMaxWidth("80rem");
        configureGrid();
        fiscalYear.setId("framework-year");
        fiscalYear.setLabel(getTranslation("framework.view.year"));
        fiscalYear.setMin(FiscalYear.MIN);
        fiscalYear.setMax(FiscalYear.MAX);
        yaml.setId("framework-yaml");
        yaml.setLabel(getTranslation("framework.view.yaml"));
        yaml.setWidthFull();
        yaml.setHeight("24rem");
        yaml.getStyle().set("font-family", "monospace");
        upload = new Upload(new SizeLimitedUploadHandler(FrameworkAdmin.MAX_BYTES, (fileName, bytes) -> {
            yaml.setValue(new String(bytes, StandardCharsets.UTF_8));
            yearFromText();
            check();
        }, fileName -> Messages.error(new UserInputException("framework.view.uploadTooLarge", fileName))));
        upload.setId("framework-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setUploadButton(new Button(getTranslation("framework.view.upload")));
        check.setId("framework-check");
        check.setText(getTranslation("framework.view.check"));
        check.addClickListener(e -> check());
        save.setId("framework-save");
        save.setText(getTranslation("framework.view.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        yaml.addValueChangeListener(e -> save.setEnabled(isChecked()));
        fiscalYear.addValueChangeListener(e -> save.setEnabled(isChecked()));
        result.setId("framework-result");
        add(new H2(getTranslation("framework.view.title")), new Paragraph(getTranslation("framework.view.intro")), grid,
                provisional, fiscalYear, upload, yaml, new HorizontalLayout(check, save), result);
        refresh();
    }

    private void configureGrid() {
        grid.setId("frameworks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> String.valueOf(s.fiscalYear())).setKey("year").setHeader(getTranslation("framework.view.year"));
        grid.addColumn(FrameworkSummary::version).setKey("version").setHeader(getTranslation("framework.view.version"));
        grid.addColumn(s -> s.provisional() ? getTranslation("framework.view.provisionalYes") : "").setKey("provisional")
                .setHeader(getTranslation("framework.view.provisional"));
        grid.addColumn(FrameworkSummary::indicators).setKey("indicators")
                .setHeader(getTranslation("framework.view.indicators"));
        grid.addColumn(FrameworkSummary::oitItems).setKey("oitItems").setHeader(getTranslation("framework.view.oitItems"));
        // A correction starts from the stored file.
        grid.addItemClickListener(e -> frameworks.source(FiscalYear.of(e.getItem().fiscalYear())).ifPresent(text -> {
            fiscalYear.setValue(e.getItem().fiscalYear());
            yaml.setValue(text);
            result.removeAll();
        }));
    }

    private void refresh() {
        List<FrameworkSummary> years = frameworks.list();
        grid.setItems(years);
        provisional.removeAll();
        provisional.setId("framework-provisional");
        years.stream().filter(FrameworkSummary::provisional)
                .flatMap(year -> frameworks.find(FiscalYear.of(year.fiscalYear())).stream())
                .forEach(framework -> ProvisionalNotice.of(framework).ifPresent(provisional::add));
    }

    /** A pasted or uploaded file names its year: the year field follows it unless already filled. */
    private void yearFromText() {
        if (fiscalYear.getValue() == null) {
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("(?m)^fiscalYear:\\s*(\\d{4})")
                    .matcher(yaml.getValue());
            if (year.find()) {
                fiscalYear.setValue(Integer.valueOf(year.group(1)));
            }
        }
    }

    void check() {
        result.removeAll();
        checkedText = null;
        save.setEnabled(false);
        yearFromText();
        try {
            FiscalYear year = year();
            FrameworkCheck checked = admin.check(year, yaml.getValue(), user);
            if (!checked.ok()) {
                showProblems(checked.problems());
                return;
            }
            checkedText = yaml.getValue();
            checkedYear = year.buddhistYear();
            showCheck(checked);
            save.setEnabled(true);
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private void save() {
        if (!isChecked()) {
            Messages.error(new UserInputException("framework.view.checkFirst"));
            return;
        }
        try {
            FrameworkCheck saved = admin.save(year(), checkedText, user);
            Messages.success("framework.view.saved", String.valueOf(checkedYear), String.valueOf(saved.version()));
            result.removeAll();
            checkedText = null;
            save.setEnabled(false);
            refresh();
        } catch (InvalidFrameworkException e) {
            result.removeAll();
            showProblems(e.problems());
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private boolean isChecked() {
        return checkedText != null && checkedText.equals(yaml.getValue()) && fiscalYear.getValue() != null
                && fiscalYear.getValue().equals(checkedYear);
    }

    private FiscalYear year() {
        if (fiscalYear.getValue() == null) {
            throw new UserInputException("error.required",
                    new th.ita.shared.RequiredText.FieldName("framework.view.year"));
        }
        return FiscalYear.of(fiscalYear.getValue());
    }

    private void showProblems(List<FrameworkProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.setId("framework-problems");
        for (FrameworkProblem problem : problems) {
            String message = getTranslation(problem.messageKey(), problem.argumentArray());
            list.add(new ListItem(problem.path().isEmpty() ? message : problem.path() + ": " + message));
        }
        Paragraph heading = new Paragraph(getTranslation("framework.view.problems", String.valueOf(problems.size())));
        heading.getStyle().set("color", "var(--lumo-error-text-color)");
        result.add(heading, list);
    }

    private void showCheck(FrameworkCheck checked) {
        Paragraph ok = new Paragraph(getTranslation("framework.view.ok") + " — "
                + getTranslation("framework.view.outcome." + checked.outcome().name(), String.valueOf(checked.version())));
        ok.setId("framework-outcome");
        result.add(ok);
        if (checked.diff() == null) {
            result.add(new Paragraph(getTranslation("framework.view.noPrevious")));
            return;
        }
        Div diff = new Div();
        diff.setId("framework-diff");
        diff.add(new Paragraph(getTranslation("framework.view.comparedWith", checked.comparedWith().toString())));
        FrameworkDiff changes = checked.diff();
        if (changes.isEmpty()) {
            diff.add(new Paragraph(getTranslation("framework.view.noChanges")));
        }
        section(diff, "added", changes.added(), this::item);
        section(diff, "removed", changes.removed(), this::item);
        section(diff, "renamed", changes.renamed(), r -> getTranslation("framework.view.renamedItem", r.code(),
                r.oldTitle(), r.newTitle()));
        section(diff, "moved", changes.moved(), m -> getTranslation("framework.view.movedItem", m.code(), m.titleTh(),
                m.from().toString(), m.to().toString()));
        result.add(diff);
    }

    private String item(OitItem item) {
        return getTranslation("framework.view.item", item.code(), item.titleTh(), item.indicator().toString());
    }

    private <T> void section(Div diff, String kind, List<T> entries, Function<T, String> text) {
        if (entries.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("framework-diff-" + kind);
        entries.forEach(entry -> list.add(new ListItem(text.apply(entry))));
        diff.add(new H3(getTranslation("framework.view." + kind, String.valueOf(entries.size()))), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.view.title");
    }
}
