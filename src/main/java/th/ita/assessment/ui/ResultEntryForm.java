package th.ita.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.AssessmentWarning;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Rating;
import th.ita.assessment.Results;
import th.ita.assessment.SavedAssessment;
import th.ita.assessment.Score;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.Optional;

/**
 * The coordinator types in a result as the NACC published it. Text fields rather than number fields, since
 * reports print Thai digits (๘๕.๖๒) and a number field would refuse them. Every field is checked before
 * anything is saved, each problem shown at its field, and nothing typed is cleared on error.
 */
class ResultEntryForm extends Details {

    private final AssessmentService service;
    private final CurrentUser user;
    private final Runnable onSaved;

    final Select<Organisation> organisation;
    final TextField fiscalYear = new TextField();
    final TextField overallScore = new TextField();
    final Select<Rating> grade = new Select<>();
    final IndicatorFields indicators;
    final Paragraph existing = new Paragraph();
    final Div warnings = new Div();
    final Button save = new Button();

    ResultEntryForm(AssessmentService service, FrameworkService frameworks, OrganisationService organisations,
                    CurrentUser user, Runnable onSaved, Optional<Assessment> latest, FiscalYear defaultYear) {
        this.service = service;
        this.user = user;
        this.onSaved = onSaved;
        setId("result-entry");
        setSummaryText(getTranslation("assessment.entry.title"));
        organisation = new OrganisationSelect(organisations, user);
        organisation.setId("entry-organisation");
        indicators = new IndicatorFields(frameworks);
        configureFields(defaultYear);

        FormLayout form = new FormLayout(organisation, fiscalYear, overallScore, grade);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        warnings.setId("entry-warnings");
        warnings.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                .set("font-weight", "bold");
        warnings.setVisible(false);
        add(new Paragraph(getTranslation("assessment.entry.hint")), form, indicators, existing, warnings, save);
        load();
    }

    private void configureFields(FiscalYear defaultYear) {
        fiscalYear.setId("entry-fiscal-year");
        fiscalYear.setLabel(getTranslation("assessment.import.fiscalYear"));
        fiscalYear.setValue(defaultYear.toString());
        overallScore.setId("entry-overall-score");
        overallScore.setLabel(getTranslation("assessment.overallScore"));
        overallScore.setHelperText(getTranslation("assessment.entry.optional"));
        grade.setId("entry-grade");
        grade.setLabel(getTranslation("assessment.grade"));
        grade.setItemLabelGenerator(rating -> rating == null ? "" : rating.name(getLocale()));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("assessment.entry.gradeNone"));
        existing.setId("entry-existing");
        save.setId("entry-save");
        save.setText(getTranslation("assessment.entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // Another organisation or year is another record: show its indicators and what is stored for it.
        organisation.addValueChangeListener(e -> load());
        fiscalYear.addValueChangeListener(e -> load());
    }

    private void load() {
        Optional<FiscalYear> year = FieldParsing.parsed(fiscalYear, () -> FiscalYear.parse(fiscalYear.getValue(), "assessment.field.fiscalYear"));
        indicators.show(year.orElse(null)).ifPresent(problem -> FieldParsing.invalid(fiscalYear, problem));
        // Each year names its own ratings (AA…F, or ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน).
        grade.setItems(indicators.ratings());
        Optional<Assessment> stored = year.flatMap(y -> organisation.getOptionalValue()
                .flatMap(o -> service.find(o.id(), y, user)));
        overallScore.setValue(stored.filter(a -> !a.overallComputed()).map(Assessment::overallScore)
                .map(Score::toString).orElse(""));
        grade.setValue(stored.map(Assessment::publishedRating).orElse(null));
        stored.ifPresent(indicators::fill);
        existing.setText(stored.isPresent() ? getTranslation("assessment.entry.replaces") : "");
        existing.setVisible(stored.isPresent());
    }

    private void save() {
        warnings.removeAll();
        warnings.setVisible(false);
        Optional<FiscalYear> year = FieldParsing.parsed(fiscalYear, () -> FiscalYear.parse(fiscalYear.getValue(), "assessment.field.fiscalYear"));
        Optional<Score> overall = FieldParsing.parsed(overallScore, () -> Score.parseOptional(overallScore.getValue(), "assessment.field.overallScore"));
        var scores = indicators.scores();
        var instrumentScores = indicators.instrumentScores();
        long invalidFields = indicators.invalidCount() + (fiscalYear.isInvalid() ? 1 : 0) + (overallScore.isInvalid() ? 1 : 0);
        try {
            if (invalidFields > 0) {
                throw new UserInputException("assessment.entry.error.fields", String.valueOf(invalidFields));
            }
            long organisationId = organisation.getOptionalValue().map(Organisation::id).orElseThrow(() ->
                    new UserInputException("error.required", new RequiredText.FieldName("assessment.import.organisation")));
            SavedAssessment saved = service.save(organisationId, year.orElseThrow(),
                    new Results(overall.orElse(null), grade.getOptionalValue().map(Rating::code).orElse(null),
                            instrumentScores, scores), user);
            Messages.success("assessment.entry.done", year.orElseThrow().toString());
            saved.warnings().forEach(this::warn);
            existing.setText(getTranslation("assessment.entry.replaces"));
            existing.setVisible(true);
            onSaved.run();
        } catch (UserInputException e) {
            // Save throws only UserInputException (not AssessmentImportException, which is the file import's).
            Messages.error(e);
        }
    }

    /** Non-blocking: the result is saved; the notice stays until the next save so it is read, not missed. */
    private void warn(AssessmentWarning warning) {
        warnings.add(new Paragraph(getTranslation(warning.messageKey(), warning.argumentArray())));
        warnings.setVisible(true);
    }
}
