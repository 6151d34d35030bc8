package th.ita.assessment.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.assessment.Assessment;
import th.ita.assessment.Framework;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.Indicator;
import th.ita.assessment.Framework;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Instrument;
import th.ita.assessment.Rating;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One score field per indicator of the year's framework: which indicators exist is the framework's data and
 * changes when NACC revises it, so the fields are built from it, never fixed in code. Blank means unknown.
 */
class IndicatorFields extends FormLayout {

    private static final String SCORE_FIELD = "assessment.field.score";

    private final FrameworkService frameworks;
    private final Map<IndicatorCode, TextField> fields = new LinkedHashMap<>();
    private final Map<String, TextField> instrumentFields = new LinkedHashMap<>();
    private List<Rating> ratings = List.of();

    IndicatorFields(FrameworkService frameworks) {
        this.frameworks = frameworks;
        setId("entry-indicators");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Empty fields for the year's indicators; the problem (no framework for the year) otherwise. */
    Optional<UserInputException> show(FiscalYear year) {
        removeAll();
        fields.clear();
        instrumentFields.clear();
        ratings = List.of();
        if (year == null) {
            return Optional.empty();
        }
        try {
            Framework framework = frameworks.require(year);
            ratings = framework.ratingRule().ratings();
            framework.instruments().forEach(this::addField);
            framework.indicators().forEach(this::addField);
            return Optional.empty();
        } catch (UserInputException e) {
            return Optional.of(e);
        }
    }

    private void addField(Indicator indicator) {
        TextField field = new TextField(getTranslation("assessment.entry.indicator",
                indicator.code().toString(), indicator.name(getLocale()), indicator.instrument()));
        field.setId("entry-indicator-" + indicator.code());
        field.setPlaceholder(getTranslation("assessment.unknownScore"));
        fields.put(indicator.code(), field);
        add(field);
    }

    /** The instrument's score as published (IIT, EIT, OIT): the year's rule may ask a minimum of each. */
    private void addField(Instrument instrument) {
        TextField field = new TextField(getTranslation("assessment.entry.instrument", instrument.code(),
                instrument.name(getLocale())));
        field.setId("entry-instrument-" + instrument.code());
        field.setPlaceholder(getTranslation("assessment.unknownScore"));
        instrumentFields.put(instrument.code(), field);
        add(field);
    }

    /** The ratings of the year's rule, highest first (empty without a framework). */
    List<Rating> ratings() {
        return ratings;
    }

    void fill(Assessment stored) {
        // A computed score is ours, not NACC's: left blank so that saving again does not turn it into a published one.
        stored.instrumentScores().stream().filter(s -> !s.computed()).forEach(s -> {
            TextField field = instrumentFields.get(s.code());
            if (field != null) {
                field.setValue(s.score().toString());
            }
        });
        for (IndicatorResult result : stored.indicators()) {
            TextField field = fields.get(result.code());
            if (field != null) {
                field.setValue(result.score() == null ? "" : result.score().toString());
            }
        }
    }

    /** The known scores; each field that does not parse is marked and left out. */
    Map<IndicatorCode, Score> scores() {
        Map<IndicatorCode, Score> scores = new TreeMap<>();
        fields.forEach((code, field) -> FieldParsing.parsed(field, () -> Score.parseOptional(field.getValue(), SCORE_FIELD))
                .ifPresent(score -> scores.put(code, score)));
        return scores;
    }

    Map<String, Score> instrumentScores() {
        Map<String, Score> scores = new TreeMap<>();
        instrumentFields.forEach((code, field) -> FieldParsing.parsed(field,
                        () -> Score.parseOptional(field.getValue(), "assessment.field.instrumentScore"))
                .ifPresent(score -> scores.put(code, score)));
        return scores;
    }

    long invalidCount() {
        return fields.values().stream().filter(TextField::isInvalid).count()
                + instrumentFields.values().stream().filter(TextField::isInvalid).count();
    }

    TextField instrumentField(String code) {
        return instrumentFields.get(code);
    }

    TextField field(int code) {
        return fields.get(IndicatorCode.of(code));
    }
}
