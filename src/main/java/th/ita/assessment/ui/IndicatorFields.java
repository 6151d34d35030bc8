package th.ita.assessment.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.assessment.Assessment;
import th.ita.assessment.Framework;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.Indicator;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.util.LinkedHashMap;
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

    IndicatorFields(FrameworkService frameworks) {
        this.frameworks = frameworks;
        setId("entry-indicators");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Empty fields for the year's indicators; the problem (no framework for the year) otherwise. */
    Optional<UserInputException> show(FiscalYear year) {
        removeAll();
        fields.clear();
        if (year == null) {
            return Optional.empty();
        }
        try {
            frameworks.require(year).indicators().forEach(this::addField);
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

    void fill(Assessment stored) {
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

    long invalidCount() {
        return fields.values().stream().filter(TextField::isInvalid).count();
    }

    TextField field(int code) {
        return fields.get(IndicatorCode.of(code));
    }
}
